"""Read vCard 2.1, 3.0 and 4.0 files as phones, mail apps and address books write them.

This is a small line parser of its own rather than vobject. vobject reads a whole file as
one stream, so one bad card stops every card after it, and its 2.1 support trips on what
Android and Outlook write: quoted-printable soft breaks (worse, a UTF-8 character cut across
one), bare parameters (``TEL;WORK;VOICE:``) and raw 8-bit text without a CHARSET. Here the
file is split into cards first and each card is parsed on bytes, so each value is decoded
with its own CHARSET (or UTF-8, else Windows-1252) after the soft breaks are joined.

Cards are numbered by their BEGIN:VCARD, the first card being "card 1".
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.encoding import UTF8_BOM, utf16_order
from rapport.formats.linkedin import slug_from_url
from rapport.formats.names import clean_name, split_full_name
from rapport.formats.reachable import split_emails, split_phones
from rapport.formats.text import (
    NOBODY_REASON,
    clean,
    decode,
    join_name,
    looks_binary,
    nobody,
    unique,
)

# CR CR LF comes from a CRLF file passed once more through a text-mode converter.
_LINE_END = re.compile(rb"\r*\n|\r")
# A line that starts a property; used to stop a soft break at a writer's stray trailing "=".
_PROPERTY_START = re.compile(
    rb"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|ORG|TITLE|ROLE|TEL|EMAIL|ADR|LABEL|URL|NOTE"
    rb"|UID|REV|BDAY|PHOTO|CATEGORIES|NICKNAME|X-[A-Za-z0-9-]+)[;:]",
    re.IGNORECASE,
)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
# Structured values whose raw text is kept as written (with its ';' separators).
_STRUCTURED = frozenset({"N", "ADR", "ORG", "GENDER"})
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
#: Cards of other kinds than a person (vCard 4.0's KIND), with the reason the report gives.
_NOT_PEOPLE = {
    "group": "a contact group, not a person",
    "org": "a company's card, not a person",
    "location": "a place, not a person",
}


class _CardError(Exception):
    """A card that cannot be read; the message is the reason shown to the user."""


@dataclass
class _Property:
    group: str
    name: str  # upper case
    params: dict[str, list[str]]
    value: bytes

    def param(self, key: str) -> str:
        values = self.params.get(key)
        return values[0].upper() if values else ""

    def types(self) -> set[str]:
        return {value.upper() for value in self.params.get("TYPE", [])}


@dataclass
class _Card:
    properties: list[_Property] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # Apple item group → X-ABLabel

    def all(self, name: str) -> list[_Property]:
        return [prop for prop in self.properties if prop.name == name]

    def text(self, name: str) -> str:
        props = self.all(name)
        return _unescape(_decode(props[0])) if props else ""

    def values(self, name: str) -> list[str]:
        """Return the texts of every ``name`` property, preferred ones (TYPE=pref, PREF=1) first."""
        props = sorted(
            self.all(name), key=lambda p: "PREF" not in p.types() and "PREF" not in p.params
        )
        return [_unescape(_decode(prop)) for prop in props if "FAX" not in prop.types()]


def read_vcard(data: bytes, filename: str, default_region: str = "US") -> ContactFile:
    """Return the contacts in a vCard file, and each card left out with its reason.

    Raises ImportFileError when the file is binary or holds no BEGIN:VCARD at all.
    """
    if utf16_order(data[:8192]) is not None:
        data = decode(data, filename).encode("utf-8")
    elif looks_binary(data):
        raise ImportFileError("this is a binary file, not a vCard", file=filename)
    data = data.removeprefix(UTF8_BOM)
    records: list[ContactRecord] = []
    skipped: list[Skipped] = []
    seen_any = False
    for number, lines in _split_cards(_LINE_END.split(data)):
        seen_any = True
        where = f"card {number}"
        try:
            found = _read_card(lines, where, default_region)
        except _CardError as error:
            found = Skipped(where, str(error))
        if isinstance(found, Skipped):
            skipped.append(found)
        else:
            records.append(found)
    if not seen_any:
        raise ImportFileError("the file holds no BEGIN:VCARD, so no contacts", file=filename)
    return ContactFile("vcard", records, skipped)


def _read_card(
    lines: list[bytes] | str, where: str, default_region: str
) -> ContactRecord | Skipped:
    """Return the card's contact, or why it is left out; raise _CardError when unreadable."""
    if isinstance(lines, str):
        raise _CardError(lines)
    card = _parse_card(lines)
    if reason := _not_a_person(card):
        return Skipped(where, reason)
    record = _record(card, where, default_region)
    return Skipped(where, NOBODY_REASON) if nobody(record) else record


def _split_cards(lines: list[bytes]) -> Iterator[tuple[int, list[bytes] | str]]:
    """Yield (card number, the card's inner lines) or (card number, why it is unreadable)."""
    number = 0
    current: list[bytes] | None = None
    for line in lines:
        marker = line.strip().upper()
        if marker == b"BEGIN:VCARD":
            if current is not None:
                yield number, "it has no END:VCARD before the next card begins"
            number += 1
            current = []
        elif marker == b"END:VCARD":
            if current is not None:
                yield number, current
            current = None
        elif current is not None:
            current.append(line)
    if current is not None:
        yield number, "the file ends inside it (no END:VCARD)"


def _parse_card(lines: list[bytes]) -> _Card:
    card = _Card()
    for line in _unfold(lines):
        prop = _parse_property(line)
        if prop.name == "X-ABLABEL" and prop.group:
            card.labels[prop.group] = _apple_label(_decode(prop))
        else:
            card.properties.append(prop)
    return card


def _unfold(lines: list[bytes]) -> list[bytes]:
    """Return logical lines: folds and quoted-printable soft breaks joined, blanks dropped.

    Each logical line is gathered as a list of pieces and joined once: joining as it grows
    made a 12 MB quoted-printable note take more than ten minutes.
    """
    result: list[bytes] = []
    pieces: list[bytes] = []
    for line in lines:
        if not pieces:
            if line.strip():
                pieces.append(line)
        elif (
            pieces[-1].endswith(b"=")
            and _is_quoted_printable(pieces)
            and not (_PROPERTY_START.match(line))
        ):
            # Checked before folding: after a soft break a leading space is content (RFC 2045).
            # Joined as bytes, so a UTF-8 character cut across the break decodes whole.
            pieces[-1] = pieces[-1][:-1]
            pieces.append(line)
        elif line[:1] in (b" ", b"\t"):
            if len(line) > 1:
                pieces.append(line[1:])
        elif not line.strip():
            continue
        elif b":" not in line:
            # A line break written raw inside a value (some exporters do this in NOTE), or
            # base64 continued without indentation as vCard 2.1 allows.
            pieces.extend((b"\n", line))
        else:
            result.append(b"".join(pieces))
            pieces = [line]
    if pieces:
        result.append(b"".join(pieces))
    return result


def _is_quoted_printable(pieces: list[bytes]) -> bool:
    """Return True when the property begun by ``pieces`` says it is quoted-printable."""
    first = pieces[0]
    if b":" not in first:  # the parameters themselves were folded
        first = b"".join(pieces)
    return b"QUOTED-PRINTABLE" in first.split(b":", 1)[0].upper()


def _parse_property(line: bytes) -> _Property:
    # Latin-1 maps each byte to one character, so structure is found on text and the value
    # goes back to its exact bytes for decoding with its own charset.
    text = line.decode("latin-1")
    colon = _colon(text)
    if colon < 0:
        raise _CardError(f'a line of this card cannot be read: "{text[:60]}"')
    head, value = text[:colon], text[colon + 1 :]
    name, *raw_params = _split_outside_quotes(head, ";")
    group, _, name = name.strip().rpartition(".")
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, equals, values = raw.partition("=")
        if not equals:
            # vCard 2.1 bare parameters: TEL;WORK;VOICE, NOTE;QUOTED-PRINTABLE
            bare = key.strip().upper()
            key, values = ("ENCODING" if bare in _BARE_ENCODINGS else "TYPE"), bare
        for item in _split_outside_quotes(values, ","):
            params.setdefault(key.strip().upper(), []).append(item.strip().strip('"'))
    return _Property(group, name.upper(), params, value.encode("latin-1"))


def _colon(text: str) -> int:
    colon = text.find(":")
    quote = text.find('"')
    if quote < 0 or colon < quote:
        return colon
    inside = False
    for index, char in enumerate(text):
        if char == '"':
            inside = not inside
        elif char == ":" and not inside:
            return index
    return -1


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
    parts: list[str] = []
    current: list[str] = []
    inside = False
    for char in text:
        if char == '"':
            inside = not inside
        if char == separator and not inside:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _decode(prop: _Property) -> str:
    """Return a property's value as text: transfer encoding undone, then its charset."""
    data = prop.value
    encoding = prop.param("ENCODING")
    if encoding == "QUOTED-PRINTABLE":
        data = binascii.a2b_qp(data)
    elif encoding in ("B", "BASE64"):
        try:
            data = base64.b64decode(b"".join(data.split()), validate=False)
        except binascii.Error as error:
            raise _CardError(f"{prop.name} is not valid base64") from error
    charset = prop.param("CHARSET")
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown CHARSET: fall back to guessing, as for raw 8-bit text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _unescape(value: str) -> str:
    r"""Return text with vCard escapes undone: ``\n`` is a line break, ``\,`` a comma."""
    if "\\" not in value:
        return clean(value)
    return clean(_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value))


def _components(value: str, separator: str = ";") -> list[str]:
    """Return the parts of a structured value split on unescaped ``separator``, unescaped."""
    parts, current = [], ""
    chars = iter(value)
    for char in chars:
        if char == "\\":
            current += char + next(chars, "")
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [_unescape(part) for part in parts]


def _apple_label(label: str) -> str:
    match = _APPLE_LABEL.match(label.strip())
    return match.group(1) if match else label.strip()


def _not_a_person(card: _Card) -> str:
    """Return why ``card`` is left out as no person (a group, a company, a place), or ""."""
    # vCard 3.0 has no KIND: Apple's address book server, and iCloud and Fastmail after it,
    # mark a group with a property of their own.
    kind = card.text("KIND") or card.text("X-ADDRESSBOOKSERVER-KIND")
    return _NOT_PEOPLE.get(kind.lower(), "")


def _linkedin_slug(card: _Card, urls: list[str]) -> str:
    for url in urls:
        if slug := slug_from_url(url):
            return slug
    for prop in card.all("X-SOCIALPROFILE"):
        # iOS may write only the user: X-SOCIALPROFILE;type=linkedin;x-user=jdoe:x-apple:jdoe
        if "LINKEDIN" in prop.types() and prop.params.get("X-USER"):
            return prop.params["X-USER"][0].strip().lower()
    return ""


def _record(card: _Card, where: str, default_region: str) -> ContactRecord:
    n = _components(_decode(card.all("N")[0])) if card.all("N") else []
    family, given, additional = [*n, "", "", ""][:3]
    first, last = clean_name(given.replace(",", " ")), clean_name(family.replace(",", " "))
    full_name = card.text("FN")
    # Apple marks company cards; their FN is the company, not a person to split.
    if full_name and not (first or last) and card.text("X-ABSHOWAS").upper() != "COMPANY":
        first, last = split_full_name(full_name)
    org = _components(_decode(card.all("ORG")[0])) if card.all("ORG") else []
    company = org[0] if org else ""
    emails, left_out_emails = split_emails(
        email.removeprefix("mailto:") for email in card.values("EMAIL")
    )
    # Faxes are left out (``values``): they reach no one.
    phones, left_out_phones = split_phones(card.values("TEL"), default_region)
    urls = [_unescape(_decode(p)) for p in (*card.all("URL"), *card.all("X-SOCIALPROFILE"))]
    urls = unique([url for url in urls if "://" in url or url.startswith("www.")])
    full_name = full_name or join_name(first, additional, last) or company or next(iter(emails), "")
    slug = _linkedin_slug(card, urls)
    categories = []
    for prop in card.all("CATEGORIES"):
        categories += [c for c in _components(_decode(prop), ",") if c]
    return ContactRecord(
        source_format="vcard",
        where=where,
        first_name=first,
        last_name=last,
        full_name=full_name,
        emails=emails,
        phones=phones,
        urls=urls,
        linkedin_slug=slug,
        company=company,
        position=card.text("TITLE") or card.text("ROLE"),
        notes="\n\n".join(_unescape(_decode(p)) for p in card.all("NOTE")).strip(),
        source_key=card.text("UID") or slug or next(iter(emails), "").lower(),
        raw=_raw(card, categories),
        left_out_emails=left_out_emails,
        left_out_phones=left_out_phones,
    )


def _raw(card: _Card, categories: list[str]) -> dict[str, str]:
    """Return every text property by lower-case name (Apple labels added), pictures left out."""
    raw: dict[str, str] = {}
    for prop in card.properties:
        if prop.name in _BINARY_PROPERTIES or prop.name == "VERSION":
            continue
        value = clean(_decode(prop)) if prop.name in _STRUCTURED else _unescape(_decode(prop))
        if not value:
            continue
        key = prop.name.lower()
        if prop.group in card.labels:
            key = f"{key} ({card.labels[prop.group]})"
        raw[key] = f"{raw[key]}\n{value}" if key in raw else value
    if categories:
        raw["categories"] = ", ".join(unique(categories))
    return raw
