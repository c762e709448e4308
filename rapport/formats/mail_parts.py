"""A message's headers, addresses and first text part, read without building a ``Message``.

The ``email`` package's parser builds an object per header and part: reading a 100,000
message mailbox through it cost more than everything else the import does
(docs/benchmarks.md). Most mail is simple, and this module reads simple mail by hand:
headers unfolded into a dict, plain "Name <address>" lists split at commas, MIME parts
cut at their boundary. Whatever it is not sure of (quoted names, groups, RFC 2231
parameters, parts nested deeper than ``MAX_DEPTH``) it hands back as None, and the caller
reads that message with the standard parser instead: the result is the same either way,
which tests/formats/test_mail_parts.py checks.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterator

Fields = dict[str, list[str]]
MAX_DEPTH = 4
# Characters that make an address list more than "Name <a@b>, c@d": quoting, comments,
# groups, escapes. Such lists go to email.utils.getaddresses.
_UNUSUAL = re.compile(r'["();:\\]')
_PARAM = re.compile(r';\s*([\w.-]+)(\*?)\s*=\s*(?:"([^"]*)"|([^;\s]*))')
_TAGS = re.compile(r"<[^>]+>")


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    """Return a message's header block and its body (after the first empty line)."""
    lf = raw.find(b"\n\n")
    crlf = raw.find(b"\r\n\r\n")
    if crlf != -1 and (lf == -1 or crlf < lf):
        return raw[:crlf], raw[crlf + 4 :]
    if lf == -1:
        return raw, b""
    return raw[:lf], raw[lf + 2 :]


def head_fields(head: bytes) -> Fields:
    """Return the headers of ``head`` by lower-cased name, each value unfolded and stripped.

    Bytes that are not UTF-8 read as replacement characters, never as an error.
    """
    fields: Fields = {}
    last: list[str] | None = None
    for line in head.decode("utf-8", "replace").splitlines():
        if line[:1] in (" ", "\t"):
            if last:
                last[-1] = f"{last[-1]} {line.strip()}".strip()
            continue
        name, colon, value = line.partition(":")
        if not colon:
            last = None
            continue
        last = fields.setdefault(name.strip().lower(), [])
        last.append(value.strip())
    return fields


def first(fields: Fields, name: str) -> str:
    """Return the first value of header ``name`` (lower-case), or ""."""
    values = fields.get(name)
    return values[0] if values else ""


def addresses(values: list[str]) -> list[tuple[str, str]] | None:
    """Return (name, address) pairs from plain address lists, or None when one is unusual."""
    found: list[tuple[str, str]] = []
    for value in values:
        if _UNUSUAL.search(value):
            return None
        for item in value.split(","):
            name, bracket, rest = item.partition("<")
            if bracket:
                address, closed, _after = rest.partition(">")
                if not closed:
                    return None
                found.append((name.strip(), address.strip()))
            elif item.strip():
                found.append(("", item.strip()))
    return found


def param(value: str, name: str) -> str | None:
    """Return parameter ``name`` of a header value ("" when absent), None when RFC 2231."""
    for match in _PARAM.finditer(value):
        if match.group(1).lower() == name:
            if match.group(2):
                return None
            return match.group(3) if match.group(3) is not None else match.group(4)
    return ""


def parts(fields: Fields, body: bytes, depth: int = 0) -> Iterator[tuple[Fields, bytes]]:
    """Yield the leaf parts of a message as (headers, raw body), multiparts opened.

    Raises ValueError for what this reader leaves to the standard parser.
    """
    kind = first(fields, "content-type").lower()
    if not kind.startswith("multipart/"):
        yield fields, body
        return
    boundary = param(first(fields, "content-type"), "boundary")
    if not boundary or depth >= MAX_DEPTH:
        raise ValueError("a multipart message this reader leaves to the email package")
    chunks = body.split(b"--" + boundary.encode("utf-8", "replace"))
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            return
        _line, _newline, chunk = chunk.partition(b"\n")
        head, sub = split_head(chunk)
        yield from parts(head_fields(head), sub, depth + 1)


def payload(fields: Fields, body: bytes) -> bytes:
    """Return a part's body with its transfer encoding undone."""
    encoding = first(fields, "content-transfer-encoding").lower()
    if encoding == "base64":
        try:
            return base64.b64decode(body)
        except (binascii.Error, ValueError):
            return body
    if encoding == "quoted-printable":
        return quopri.decodestring(body)
    return body


class Texts:
    """The first plain-text part of a message and its first HTML part, tags removed."""

    def __init__(self) -> None:
        self.plain = ""
        self.html = ""

    def wants(self, kind: str) -> bool:
        """Return True when a part of content type ``kind`` would still be kept."""
        return kind in ("text/plain", "text/html") and not (self.plain and self.html)

    def add(self, kind: str, data: bytes, charset: str) -> None:
        """Keep the part's text, decoded from ``charset`` (UTF-8 when unknown)."""
        try:
            text = data.decode(charset, errors="replace")
        except LookupError:
            text = data.decode("utf-8", errors="replace")
        if kind == "text/plain" and not self.plain:
            self.plain = text
        elif kind == "text/html" and not self.html:
            self.html = _TAGS.sub(" ", text)

    @property
    def text(self) -> str:
        """Return the plain text, else the HTML's."""
        return self.plain or self.html


def text_and_files(fields: Fields, body: bytes) -> tuple[str, list[str]]:
    """Return the first plain-text part (else the HTML, tags removed) and attached names.

    Raises ValueError for what this reader leaves to the standard parser.
    """
    texts = Texts()
    files: list[str] = []
    for part, raw in parts(fields, body):
        disposition = first(part, "content-disposition")
        content_type = first(part, "content-type")
        name = param(disposition, "filename") if disposition else ""
        if name == "" and content_type:
            name = param(content_type, "name")
        if name is None:
            raise ValueError("an RFC 2231 file name")
        if name:
            files.append(name)
            continue
        kind = (content_type.split(";", 1)[0].strip() or "text/plain").lower()
        if texts.wants(kind):
            charset = (param(content_type, "charset") or "utf-8").strip() or "utf-8"
            texts.add(kind, payload(part, raw), charset)
    return texts.text, files
