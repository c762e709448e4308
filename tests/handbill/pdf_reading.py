"""Read a Typst PDF's pages and text from its bytes, with nothing but the standard library.

Typst compresses content streams and draws text as two-byte glyph ids; each font's
ToUnicode map turns them back into characters. This is enough for the PDFs Rapport
writes (no object streams, one level of resources), not a general PDF reader.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.DOTALL)
_STREAM = re.compile(rb"stream\r?\n(.*)\r?\nendstream", re.DOTALL)
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_FONT_NAMES = re.compile(rb"/Font\s*<<(.*?)>>", re.DOTALL)
_FONT_REF = re.compile(rb"/([\w.+-]+)\s+(\d+) 0 R")
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+) 0 R")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.DOTALL)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_DELIMITERS = b"()<>[]{}/% \t\r\n\f\0"
_CONTENTS = re.compile(rb"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)")
_REFS = re.compile(rb"(\d+)\s+\d+\s+R")
_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}


def page_count(data: bytes) -> int:
    """Return the number of page objects in the PDF."""
    return len(_PAGE.findall(data))


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Return every object as (dictionary text, decompressed stream or b"")."""
    found = {}
    for match in _OBJECT.finditer(data):
        body = match.group(2)
        stream = _STREAM.search(body)
        content = b""
        if stream is not None:
            content = stream.group(1)
            if b"/FlateDecode" in body[: stream.start()]:
                content = zlib.decompress(content)
            body = body[: stream.start()]
        found[int(match.group(1))] = (body, content)
    return found


def _unicode(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be")


def _cmap(text: bytes) -> dict[int, str]:
    mapping = {}
    for block in _BFCHAR.findall(text):
        codes = _HEX.findall(block)
        for source, target in zip(codes[::2], codes[1::2], strict=True):
            mapping[int(source, 16)] = _unicode(target)
    for block in _BFRANGE.findall(text):
        for line in block.strip().splitlines():
            codes = _HEX.findall(line)
            if len(codes) < 3:
                continue
            first, last = int(codes[0], 16), int(codes[1], 16)
            if b"[" in line:
                for offset, target in enumerate(codes[2:]):
                    mapping[first + offset] = _unicode(target)
            else:
                start = _unicode(codes[2])
                for offset in range(last - first + 1):
                    mapping[first + offset] = start[:-1] + chr(ord(start[-1]) + offset)
    return mapping


def _literal(stream: bytes, i: int) -> tuple[bytes, int]:
    """Return the literal string starting at ``stream[i] == '('`` and the index after it."""
    out = bytearray()
    depth = 0
    i += 1
    while True:
        c = stream[i]
        if c == 0x5C:  # backslash
            nxt = stream[i + 1]
            if 0x30 <= nxt <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", stream[i + 1 : i + 4])
                assert digits is not None
                out.append(int(digits.group(), 8) & 0xFF)
                i += 1 + len(digits.group())
                continue
            if nxt in (10, 13):  # a line continuation
                i += 2
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            if depth == 0:
                return bytes(out), i + 1
            depth -= 1
        out.append(c)
        i += 1


def _operations(stream: bytes) -> Iterator[tuple[bytes, list[object]]]:
    """Yield (operator, operands) from a content stream; strings stay bytes."""
    operands: list[object] = []
    i, n = 0, len(stream)
    while i < n:
        c = stream[i : i + 1]
        if c == b"(":
            value, i = _literal(stream, i)
            operands.append(value)
        elif stream.startswith(b"<<", i) or stream.startswith(b">>", i):
            i += 2
        elif c == b"<":
            end = stream.index(b">", i)
            operands.append(bytes.fromhex(stream[i + 1 : end].decode()))
            i = end + 1
        elif c in b"[] \t\r\n\f\0{}" and c:
            i += 1
        else:
            j = i + 1
            while j < n and stream[j] not in _DELIMITERS:
                j += 1
            token = stream[i:j]
            i = j
            if token.startswith(b"/"):
                operands.append(token[1:])
            elif re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)", token):
                operands.append(float(token))
            else:
                yield token, operands
                operands = []


def pdf_text(data: bytes) -> str:
    """Return the text drawn on the PDF's pages, one line per text object (BT … ET)."""
    objects = _objects(data)
    fonts: dict[bytes, dict[int, str]] = {}
    for body, _ in objects.values():
        for names in _FONT_NAMES.findall(body):
            for name, ref in _FONT_REF.findall(names):
                font_body = objects[int(ref)][0]
                to_unicode = _TO_UNICODE.search(font_body)
                if to_unicode:
                    fonts[name] = _cmap(objects[int(to_unicode.group(1))][1])
    # Only the pages' own content streams: a font program or the metadata may hold the
    # bytes "BT" by chance, and is not made of drawing operators.
    contents: list[int] = []
    for body, _ in objects.values():
        if _PAGE.search(body):
            found = _CONTENTS.search(body)
            if found:
                contents += [int(ref) for ref in _REFS.findall(found.group(1))]
    lines: list[str] = []
    for number in contents:
        body, content = objects[number]
        if not content or b"BT" not in content:
            continue
        current: dict[int, str] = {}
        line: list[str] = []
        for operator, operands in _operations(content):
            if operator == b"Tf" and operands and isinstance(operands[0], bytes):
                current = fonts.get(operands[0], {})
            elif operator in (b"TJ", b"Tj", b"'", b'"'):
                for value in operands:
                    if isinstance(value, bytes):
                        codes = [int.from_bytes(value[k : k + 2]) for k in range(0, len(value), 2)]
                        line.append("".join(current.get(code, "\ufffd") for code in codes))
            elif operator == b"ET":
                lines.append("".join(line))
                line = []
    return "\n".join(lines)


def words(data: bytes) -> str:
    """Return the PDF's text with all runs of white space (line ends too) as one space."""
    return " ".join(pdf_text(data).split())
