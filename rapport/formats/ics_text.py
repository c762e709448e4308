"""Make .ics text from any exporter alike before icalendar parses it.

1. Decoding: a BOM, UTF-8, UTF-16, else Windows-1252; line ends (CRLF, LF, CR, and the
   CR CR LF of text copied twice through Windows) made alike; folded lines joined,
   whether folded with a space or (Apple) a tab.
2. Lines Rapport never uses (alarm triggers, ``X-MICROSOFT-CDO-*``, ``X-ALT-DESC``, …)
   are dropped: icalendar spends about 20 µs on each content line, and half of an
   Outlook export is such lines, so dropping them pays for everything else.
3. Repeat rules written with spaces or stray commas (``BYDAY=MO, TU``) are repaired.
4. Time zones: a TZID that is an IANA name stays; a Windows name (``Central Standard
   Time``) or a vendor-prefixed name (``/freeassociation.sourceforge.net/Tzfile/Europe/
   Paris``) becomes its IANA name. Any other name falls back to the file's own VTIMEZONE
   offsets, registered under a name unique to that definition (icalendar caches zones
   for the whole process, and two files' "Customized Time Zone" must not mix); without a
   VTIMEZONE, to the calendar's zone.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Timezone
from icalendar.timezone import tzp

from rapport.formats.encoding import Decoded, decode_text
from rapport.formats.zone_names import iana_for_windows_name

_KEPT_PROPERTIES = (
    "BEGIN",
    "END",
    "UID",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "RDATE",
    "EXDATE",
    "RECURRENCE-ID",
    "STATUS",
    "SEQUENCE",
    "LOCATION",
    "DESCRIPTION",
    "ATTENDEE",
    "ORGANIZER",
    "TZID",
    "TZOFFSETFROM",
    "TZOFFSETTO",
    "X-WR-TIMEZONE",
    "X-WR-CALNAME",
    "METHOD",
    "CALSCALE",
)
_UNUSED_LINE = re.compile(rf"^(?!(?:{'|'.join(_KEPT_PROPERTIES)})[;:])[^\n]*\n", re.M | re.I)
_FOLD = re.compile(r"\n[ \t]")
_CALENDAR_BEGIN = re.compile(r"^BEGIN:VCALENDAR[ \t]*$", re.M | re.I)
_FIRST_COMPONENT = re.compile(r"^BEGIN:V(?:EVENT|TIMEZONE)", re.M | re.I)
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE[ \t]*\n.*?^END:VTIMEZONE[ \t]*\n", re.M | re.S | re.I)
_TZID_LINE = re.compile(r"^TZID(?:;[^:\n]*)?:([^\n]*)$", re.M | re.I)
_TZID_PARAM = re.compile(r';TZID=("[^"\n]*"|[^;:\n]*)', re.I)
_RRULE_LINE = re.compile(r"^(RRULE(?:;[^:\n]*)?):([^\n]*)$", re.M | re.I)
#: A time whose quoted zone swallowed its value: Outlook writes
#: ``DTSTART;TZID="W. Europe Standard Time:20200609T090000"``.
_SWALLOWED_TIME = re.compile(
    r'^((?:DTSTART|DTEND|RECURRENCE-ID)(?:;[^:;\n"]*)*;TZID=")([^":\n]+):(\d{8}T\d{6}Z?)"[ \t]*$',
    re.M | re.I,
)
_HEADER = re.compile(
    r"^(X-WR-TIMEZONE|X-WR-CALNAME|METHOD|CALSCALE)(?:;[^:\n]*)?:([^\n]*)$", re.M | re.I
)
_NOT_POSITIVE = re.compile(r"(?:INTERVAL|COUNT)=(?:-\d*|0+)")


def prepare(data: bytes, filename: str = "calendar") -> tuple[str, Decoded] | None:
    """Return the calendar's text made alike and trimmed, and how it was decoded.

    None when it is no calendar. The text is decoded by the one decoder every reader
    uses (``decode_text``), which also removes and counts NUL characters.
    """
    decoded = decode_text(data, filename)
    text = _unfold(decoded.text)
    if not _CALENDAR_BEGIN.search(text):
        return None
    text = _SWALLOWED_TIME.sub(r'\1\2":\3', _UNUSED_LINE.sub("", text))
    return _RRULE_LINE.sub(_repair_rule, text), decoded


def read_header(text: str) -> dict[str, str]:
    """Return the calendar properties Rapport uses (X-WR-TIMEZONE, X-WR-CALNAME, METHOD, …)."""
    first = _FIRST_COMPONENT.search(text)
    found = _HEADER.findall(text[: first.start() if first else None])
    return {name.upper(): value.strip() for name, value in found}


def zone_definitions(text: str) -> dict[str, str]:
    """Return each VTIMEZONE block by its TZID, the first one winning."""
    definitions: dict[str, str] = {}
    for block in _VTIMEZONE.findall(text):
        if found := _TZID_LINE.search(block):
            definitions.setdefault(_unquote(found.group(1)), block)
    return definitions


@lru_cache(maxsize=512)
def iana(name: str, *, guess: bool = True) -> str | None:
    """Return the IANA zone a TZID names (IANA, Windows or vendor-prefixed), or None;
    ``guess``: a zone of an unknown Outlook display name's fixed offset (zone_names)."""
    name = _unquote(name)
    candidates = [name, iana_for_windows_name(name, guess=guess) or ""]
    if name.startswith("/"):
        parts = name.strip("/").split("/")
        candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
    for candidate in candidates:
        if not candidate:
            continue
        try:
            ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        return candidate
    return None


def rewrite_tzids(text: str, definitions: dict[str, str], fallback_zone: str) -> str:
    """Return the text with every TZID parameter naming a zone icalendar resolves right."""
    targets: dict[str, str] = {}
    for name in {_unquote(value) for value in _TZID_PARAM.findall(text)}:
        # A zone known by name first, then the file's own definition of it, and only then
        # a fixed offset read from an Outlook display name: an Exchange invite's "(GMT)
        # Greenwich Mean Time/Dublin/Edinburgh/London" defines British Summer Time.
        target = (
            iana(name, guess=False)
            or (_register(definitions[name]) if name in definitions else None)
            or iana(name)
        )
        if target != name:
            targets[name] = target or fallback_zone

    def replace(match: re.Match[str]) -> str:
        target = targets.get(_unquote(match.group(1)))
        return match.group(0) if target is None else f";TZID={target}"

    return _TZID_PARAM.sub(replace, text) if targets else text


def _unfold(text: str) -> str:
    """Return the text with one kind of line end and folded lines joined."""
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    text = _FOLD.sub("", text)
    return text if text.endswith("\n") else text + "\n"


def _repair_rule(match: re.Match[str]) -> str:
    """Return an RRULE line without spaces, empty parts or stray commas, upper-cased.

    INTERVAL or COUNT below one are dropped: dateutil loops for ever on INTERVAL=0, and
    exporters write COUNT=-1 to mean "no count".
    """
    value = re.sub(r"\s+", "", match.group(2)).upper()
    parts = (
        re.sub(r",{2,}", ",", part).replace("=,", "=").rstrip(",") for part in value.split(";")
    )
    kept = (part for part in parts if part and not _NOT_POSITIVE.fullmatch(part))
    return f"{match.group(1)}:{';'.join(kept)}"


def _register(definition: str) -> str | None:
    """Return a name unique to this VTIMEZONE definition, registered with icalendar."""
    unique = "rapport-" + hashlib.sha256(definition.encode()).hexdigest()[:16]
    try:
        component = Timezone.from_ical(_TZID_LINE.sub(f"TZID:{unique}", definition, count=1))
        tzp.cache_timezone_component(component)
    except Exception:  # a broken definition falls back to the calendar's zone
        return None
    return unique if tzp.timezone(unique) is not None else None


def _unquote(value: str) -> str:
    # A TZID property escapes its commas ("Bangkok\\, Hanoi"); the parameters naming it
    # quote them instead: both must come out the same to be matched.
    return value.strip().strip('"').replace("\\,", ",").replace("\\;", ";").strip()
