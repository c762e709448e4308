"""A vCard's syntax: its cards, unfolded lines, properties and decoded values.

Kept apart from the reader (vcard.py), which turns a parsed card into a contact. Values
are decoded with their own CHARSET (or UTF-8, else Windows-1252) after quoted-printable
soft breaks are joined, so one odd card or line does not garble the rest.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapport.formats.text import clean

# CR CR LF comes from a CRLF file passed once more through a text-mode converter.
LINE_END = re.compile(rb"\r*\n|\r")

# A line that starts a property; used to stop a soft break at a writer's stray trailing "=".
_PROPERTY_START = re.compile(
    rb"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|ORG|TITLE|ROLE|TEL|EMAIL|ADR|LABEL|URL|NOTE"
    rb"|UID|REV|BDAY|PHOTO|CATEGORIES|NICKNAME|X-[A-Za-z0-9-]+)[;:]",
    re.IGNORECASE,
)

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")

_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


class CardError(Exception):
    """A card that cannot be read; the message is the reason shown to the user."""


@dataclass
class Property:
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
class Card:
    properties: list[Property] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # Apple item group → X-ABLabel

    def all(self, name: str) -> list[Property]:
        return [prop for prop in self.properties if prop.name == name]

    def text(self, name: str) -> str:
        props = self.all(name)
        return unescape(decode_value(props[0])) if props else ""

    def parts(self, name: str) -> list[str]:
        """Return the components of the first ``name`` property (N, ORG), or []."""
        props = self.all(name)
        return components(decode_value(props[0])) if props else []

    def values(self, name: str) -> list[str]:
        """Return the texts of every ``name`` property, preferred ones (TYPE=pref, PREF=1) first."""
        props = sorted(
            self.all(name), key=lambda p: "PREF" not in p.types() and "PREF" not in p.params
        )
        return [unescape(decode_value(prop)) for prop in props if "FAX" not in prop.types()]


def split_cards(lines: list[bytes]) -> Iterator[tuple[int, list[bytes] | str]]:
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


def parse_card(lines: list[bytes]) -> Card:
    card = Card()
    for line in _unfold(lines):
        prop = _parse_property(line)
        if prop.name == "X-ABLABEL" and prop.group:
            card.labels[prop.group] = _apple_label(decode_value(prop))
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


def _parse_property(line: bytes) -> Property:
    # Latin-1 maps each byte to one character, so structure is found on text and the value
    # goes back to its exact bytes for decoding with its own charset.
    text = line.decode("latin-1")
    colon = _colon(text)
    if colon < 0:
        raise CardError(f'a line of this card cannot be read: "{text[:60]}"')
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
    return Property(group, name.upper(), params, value.encode("latin-1"))


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


def decode_value(prop: Property) -> str:
    """Return a property's value as text: transfer encoding undone, then its charset."""
    data = prop.value
    encoding = prop.param("ENCODING")
    if encoding == "QUOTED-PRINTABLE":
        data = binascii.a2b_qp(data)
    elif encoding in ("B", "BASE64"):
        try:
            data = base64.b64decode(b"".join(data.split()), validate=False)
        except binascii.Error as error:
            raise CardError(f"{prop.name} is not valid base64") from error
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


def unescape(value: str) -> str:
    r"""Return text with vCard escapes undone: ``\n`` is a line break, ``\,`` a comma."""
    if "\\" not in value:
        return clean(value)
    return clean(_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value))


def components(value: str, separator: str = ";") -> list[str]:
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
    return [unescape(part) for part in parts]


def _apple_label(label: str) -> str:
    match = _APPLE_LABEL.match(label.strip())
    return match.group(1) if match else label.strip()
