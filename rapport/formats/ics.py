"""Read ``.ics`` calendars from Outlook/Exchange, Google, Apple, Evolution and DAVx5.

``read_calendar`` returns one ``EventRecord`` per single event, whatever its date, and per
occurrence of a recurring series from its first start to the window's end, all times in
UTC. ``ics_text`` first makes the text
alike (encodings, line ends, folding, repeat rules, zone names); then each VEVENT is
parsed on its own, so that a broken event is skipped and named, not the file.

The calendar's zone is X-WR-TIMEZONE, else the first VTIMEZONE with a known name, else
``default_zone``, else UTC. Floating times are read in it, and all-day dates at midnight
in ``default_zone`` (the user's, so a date shows as itself on their pages); Google's
X-WR-TIMEZONE reaches series through recurring-ical-events, which applies the
x-wr-timezone library to them (a series written in UTC then keeps its local time
across daylight saving, as Google shows it).

Bounded work on any file, even 100 MB: series are expanded up to the window's end, in
chunks, and the caps below bound the occurrences kept, the rule steps spent and the time
taken; what a cap leaves out is counted as skipped, occurrence by occurrence. Memory
is therefore about three times the file's size while its text is prepared, plus at
most ``MAX_EVENTS`` records.
"""

from __future__ import annotations

import hashlib
import re
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component, Event

from rapport.core.errors import ImportFileError, UnknownFormatError
from rapport.core.records import CalendarFile, EventRecord, Skipped
from rapport.formats.ics_checks import (
    finer_than_daily,
    firings_per_day,
    problem,
    property_values,
)
from rapport.formats.ics_people import GOOGLE_UNKNOWN_ORGANIZER, address, attendees, owner_emails
from rapport.formats.ics_text import iana, prepare, read_header, rewrite_tzids, zone_definitions

#: Occurrences kept from one series, the newest (a daily meeting for eight years): older
#: ones say nothing about this month's networking and would crowd the timeline.
MAX_OCCURRENCES_PER_SERIES = 2_000
#: Records returned from one file; the rest are reported as skipped.
MAX_EVENTS = 50_000
#: Estimated rule steps (from a series' first start to the window's end) one series may
#: cost, at about 2 µs each: a daily series from 1890 fits, FREQ=SECONDLY does not.
MAX_RULE_STEPS_PER_SERIES = 50_000
#: Rule steps one file may spend in total (about two seconds).
MAX_RULE_STEPS = 1_000_000
#: Seconds a file may spend expanding series before the rest are skipped. Step estimates
#: cannot see a rule whose filters never match (BYMONTH=2;BYMONTHDAY=30): dateutil then
#: walks to year 9999, a few seconds for a daily rule, so time is the last bound.
MAX_EXPANSION_SECONDS = 10.0

_MARKER = re.compile(r"^(BEGIN|END):(VEVENT|VCALENDAR)[ \t]*$", re.M | re.I)
_SERIES_LINE = re.compile(r"^(?:RRULE|RDATE|RECURRENCE-ID)[;:]", re.M | re.I)
_BLOCK_FIELD = re.compile(r"^(SUMMARY|UID)(?:;[^:\n]*)?:([^\n]*)$", re.M | re.I)
_SERIES_PROPERTIES = frozenset({"RRULE", "RDATE", "RECURRENCE-ID"})
_DAY = timedelta(days=1)
#: How much of an event's ID a report shows.
UID_CHARS = 40


def read_calendar(
    data: bytes,
    filename: str,
    *,
    window_start: datetime,
    window_end: datetime,
    default_zone: str = "UTC",
) -> CalendarFile:
    """Return the occurrences starting in [window_start, window_end), what was skipped, the owner.

    Raises UnknownFormatError when the bytes are not an iCalendar file.
    """
    if window_start.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("window_start and window_end must be timezone-aware")
    prepared = prepare(data, filename)
    if prepared is None:
        raise UnknownFormatError(
            "This is not a calendar (.ics) file: it has no BEGIN:VCALENDAR line.", file=filename
        )
    text, decoded = prepared
    header = read_header(text)
    if header.get("CALSCALE", "GREGORIAN").upper() != "GREGORIAN":
        raise ImportFileError(
            f"This calendar uses the {header['CALSCALE']} calendar scale; only Gregorian dates "
            "can be read.",
            file=filename,
        )
    definitions = zone_definitions(text)
    x_wr_zone = iana(header.get("X-WR-TIMEZONE", ""))
    zone_name = (
        x_wr_zone or next(filter(None, map(iana, definitions)), None) or iana(default_zone) or "UTC"
    )
    day_zone = iana(default_zone) or "UTC"
    reader = _Reader(zone_name, x_wr_zone is not None, window_start, window_end, day_zone)
    reader.read(rewrite_tzids(text, definitions, zone_name))
    records = reader.finish()
    return CalendarFile(
        format="ics",
        records=records,
        skipped=reader.skipped,
        owner_emails=owner_emails(records, header),
        time_zone=zone_name,
        encoding=decoded.encoding,
        notes=list(decoded.notes),
    )


class _Reader:
    """Turns a prepared calendar text into records, counting what it skips and spends."""

    def __init__(
        self, zone_name: str, x_wr: bool, start: datetime, end: datetime, day_zone: str = "UTC"
    ) -> None:
        self.zone_name = zone_name
        self.zone = ZoneInfo(zone_name)
        self.day_zone = ZoneInfo(day_zone)
        self.x_wr = x_wr
        self.start, self.end = start.astimezone(UTC), end.astimezone(UTC)
        self.singles: dict[str, tuple[int, EventRecord | None]] = {}
        self.series: dict[str, list[Event]] = {}
        self.skipped: list[Skipped] = []
        self.full = False
        self.rule_steps = 0.0
        self.began = time.monotonic()

    def read(self, text: str) -> None:
        """Read every complete VEVENT: single events into records, series kept to expand."""
        begin: int | None = None
        count = 0
        complete = False
        for marker in _MARKER.finditer(text):
            kind, name = marker.group(1).upper(), marker.group(2).upper()
            if begin is not None and (kind == "BEGIN" or name == "VCALENDAR"):
                where = _where_in_text(text[begin : marker.start()])
                self.skipped.append(Skipped(where, "it has no END:VEVENT, so it was not read"))
                begin = None
            if name == "VCALENDAR":
                complete = complete or kind == "END"
            elif kind == "BEGIN":
                begin = marker.start()
            elif begin is not None:
                block, begin = text[begin : marker.end()] + "\n", None
                count += 1
                if not self.full or _SERIES_LINE.search(block):
                    self._take(block)
                else:
                    self.skipped.append(Skipped(_where_in_text(block), _full()))
        if not complete:
            reason = f"the file was truncated after event {count}: later events are missing"
            self.skipped.append(Skipped("end of file", reason))

    def finish(self) -> list[EventRecord]:
        """Expand the series and return every record, in order of start."""
        for uid in self.series:
            self.singles.pop(uid, None)  # a copy of a series' event belongs to the series
        records = [record for _, record in self.singles.values() if record is not None]
        self.began = time.monotonic()
        for group in self.series.values():
            if len(records) >= MAX_EVENTS:
                master = next((e for e in group if "RECURRENCE-ID" not in e), group[0])
                self.skipped.append(Skipped(_where(master), _full()))
                continue
            records += self._expand_series(group)
        records.sort(key=lambda r: (r.start, r.uid, r.recurrence_id))
        if len(records) > MAX_EVENTS:
            extra = len(records) - MAX_EVENTS
            self.skipped.append(Skipped("the calendar", _full(), extra))
        return records[:MAX_EVENTS]

    def _take(self, block: str) -> None:
        try:
            event = Event.from_ical(block)
        except Exception as error:  # icalendar raises assorted types on malformed input
            self.skipped.append(Skipped(_where_in_text(block), f"it cannot be read: {error}"))
            return
        if not isinstance(event, Event):
            self.skipped.append(Skipped(_where_in_text(block), "it is not an event"))
            return
        why = problem(event)
        if why:
            self.skipped.append(Skipped(_where(event), why))
            return
        uid = _text(event, "UID") or _fallback_uid(event)
        if _SERIES_PROPERTIES.intersection(event):
            self.series.setdefault(uid, []).append(event)
            return
        # Copies of one event: the highest SEQUENCE is the latest edit.
        sequence = int(event.get("SEQUENCE", 0))
        if uid in self.singles and self.singles[uid][0] > sequence:
            return
        try:
            record = self._record(event, "")
        except (ValueError, TypeError, OverflowError) as error:
            self.skipped.append(Skipped(_where(event), f"its times cannot be read: {error}"))
            return
        if uid not in self.singles and len(self.singles) >= MAX_EVENTS:
            self.full = True  # the memory bound: no more records than the cap
            self.skipped.append(Skipped(_where(event), _full()))
            return
        self.singles[uid] = (sequence, record)

    def _expand_series(self, group: list[Event]) -> list[EventRecord]:
        """Return the occurrences of a series inside the window, at most the series cap."""
        master = next((e for e in group if "RECURRENCE-ID" not in e), group[0])
        where = _where(master)
        try:
            found = self._occurrences(group, master, where)
        except Exception as error:  # recurring-ical-events and dateutil raise assorted types
            rules = ", ".join(rule.to_ical().decode() for rule in property_values(master, "RRULE"))
            reason = f"its repeats cannot be worked out ({rules or error})"
            self.skipped.append(Skipped(where, reason))
            return []
        occurrences, total = found
        if total > len(occurrences):
            reason = (
                f"it repeats {total:,} times; the newest {len(occurrences):,} were read and "
                "the older ones left out"
            )
            self.skipped.append(Skipped(where, reason, total - len(occurrences)))
        return occurrences

    def _occurrences(
        self, group: list[Event], master: Event, where: str
    ) -> tuple[list[EventRecord], int]:
        """Return the newest occurrences (at most the cap) and how many the series has."""
        steps, per_day = self._rule_cost(master)
        refusal = self._refusal(master, steps)
        if refusal:
            self.skipped.append(Skipped(where, refusal))
            return [], 0
        self.rule_steps += steps
        calendar = Calendar()
        if self.x_wr:
            calendar.add("X-WR-TIMEZONE", self.zone_name)
        for event in group:
            calendar.add_component(event)
        query = recurring_ical_events.of(calendar)
        found: dict[str, EventRecord] = {}
        total = 0
        # Chunks sized to hold about one series cap each, so memory stays bounded
        # even when the estimate of how often the rule fires is generous; only the newest
        # cap's worth is kept, the rest only counted.
        chunk = _DAY * min(36_500.0, max(1.0, MAX_OCCURRENCES_PER_SERIES / max(per_day, 1e-6)))
        starts = [self._utc(_when(e, "DTSTART")) for e in group if "DTSTART" in e]
        low = max(self.start, min(starts, default=self.start)) - _DAY
        stop = self.end + _DAY
        while low < stop:
            high = low + chunk if stop - low > chunk else stop
            for component in query.between(low, high):
                occurrence = _occurrence_id(_when(component, "RECURRENCE-ID"), self.zone)
                record = self._record(component, occurrence)
                if occurrence not in found and self.start <= record.start < self.end:
                    found[occurrence] = record
                    total += 1
            if len(found) > MAX_OCCURRENCES_PER_SERIES:
                newest = sorted(found.values(), key=lambda r: r.start)[-MAX_OCCURRENCES_PER_SERIES:]
                found = {r.recurrence_id: r for r in newest}
            low = high
        return sorted(found.values(), key=lambda r: r.start), total

    def _refusal(self, master: Component, steps: float) -> str:
        """Return why a series is not expanded, or '' when it may be."""
        if any(finer_than_daily(rule) for rule in property_values(master, "RRULE")):
            # dateutil walks every candidate up to year 9999 when filters never match,
            # which at that grain never ends; and no meeting repeats hourly.
            return "it repeats more often than daily, which no meeting does"
        if steps > MAX_RULE_STEPS_PER_SERIES:
            return (
                f"it repeats too often to expand (about {int(steps):,} times from its first "
                "start to the end of the window)"
            )
        if self.rule_steps + steps > MAX_RULE_STEPS:
            return "the file has too many repeating events to expand them all"
        if time.monotonic() - self.began > MAX_EXPANSION_SECONDS:
            return "the file's repeating events took too long to expand; this one was left out"
        return ""

    def _rule_cost(self, master: Component) -> tuple[float, float]:
        """Return (estimated rule steps to the window's end, firings a day) of a series."""
        first = self._utc(_when(master, "DTSTART"))
        steps, per_day = float(len(property_values(master, "RDATE"))), 0.0
        for rule in property_values(master, "RRULE"):
            rate = firings_per_day(rule)
            end = min([self.end, *(self._utc(u) for u in rule.get("UNTIL", []))])
            rule_steps = max(0.0, (end - first) / _DAY + 1) * rate
            for count in rule.get("COUNT", []):
                rule_steps = min(rule_steps, float(count))
            steps += rule_steps
            per_day += rate
        return steps, per_day

    def _utc(self, value: date | datetime) -> datetime:
        """Return a time in UTC: a floating time read in the calendar's zone, and a date
        (an all-day event's) at midnight where the user is, the workspace's zone.

        A date has no zone: anchored in the calendar's, a Zurich calendar's 24 March
        showed as 23 March to a user in London or New York, on every page.
        """
        return _to_utc(value, self.zone if isinstance(value, datetime) else self.day_zone)

    def _record(self, component: Component, recurrence_id: str) -> EventRecord:
        start_value = _when(component, "DTSTART")
        all_day = not isinstance(start_value, datetime)
        start = self._utc(start_value)
        end: datetime | None = None
        if "DTEND" in component:
            end = self._utc(_when(component, "DTEND"))
        elif "DURATION" in component:
            duration = _when(component, "DURATION")
            # A date's length is in dates: its end is the midnight that many dates on,
            # 23 or 25 hours on the day the clocks change.
            whole_days = all_day and not duration % _DAY
            end = self._utc(start_value + duration) if whole_days else start + duration
        elif all_day:
            end = self._utc(start_value + _DAY)
        organizer = address(component.get("ORGANIZER"))
        return EventRecord(
            uid=_text(component, "UID") or _fallback_uid(component),
            recurrence_id=recurrence_id,
            summary=_text(component, "SUMMARY"),
            start=start,
            end=end if end is not None and end >= start else None,
            all_day=all_day,
            location=_text(component, "LOCATION"),
            description=_text(component, "DESCRIPTION"),
            attendees=attendees(property_values(component, "ATTENDEE")),
            organizer=organizer
            if organizer is not None and organizer.email != GOOGLE_UNKNOWN_ORGANIZER
            else None,
            cancelled=_text(component, "STATUS").upper() in ("CANCELLED", "CANCELED"),
        )


def _to_utc(value: date | datetime, zone: ZoneInfo) -> datetime:
    """Return a date (midnight) or floating time read in zone, or an aware time, in UTC."""
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _occurrence_id(value: date | datetime, zone: ZoneInfo) -> str:
    """Return an occurrence's original start as 20260310T150000Z, or 20260310 all day."""
    if not isinstance(value, datetime):
        return f"{value:%Y%m%d}"
    return f"{_to_utc(value, zone):%Y%m%dT%H%M%SZ}"


def _when(component: Component, name: str) -> Any:
    """Return the date, datetime or timedelta of a date-time property."""
    value: Any = component[name]
    return value.dt


def _text(component: Component, name: str) -> str:
    values = property_values(component, name)
    return str(values[0]).strip() if values else ""


def _fallback_uid(component: Component) -> str:
    # Stable across re-imports of the same file, unlike the Python id() icalendar would use.
    digest = hashlib.sha256(f"{_text(component, 'SUMMARY')}|{component.get('DTSTART')!r}".encode())
    return "rapport-" + digest.hexdigest()[:16]


def _where(event: Component) -> str:
    return _named(_text(event, "SUMMARY"), _text(event, "UID"))


def _full() -> str:
    return f"the calendar has more than {MAX_EVENTS:,} events; this one was not read"


def _where_in_text(block: str) -> str:
    fields = {name.upper(): value.strip() for name, value in _BLOCK_FIELD.findall(block)}
    return _named(fields.get("SUMMARY", ""), fields.get("UID", ""))


def _named(summary: str, uid: str) -> str:
    """Return how a skipped event is named in the report: its title, and its ID to find it
    by (the start of an Exchange ID, which runs to 112 characters)."""
    shown = uid if len(uid) <= UID_CHARS else f"{uid[: UID_CHARS - 1]}…"
    if not summary:
        return f"an event with no title (UID {shown})" if uid else "an event with no title or ID"
    return f"event '{summary}' (UID {shown})" if uid else f"event '{summary}'"
