"""The one text decoder every reader calls: BOMs, UTF-16, UTF-8, else a measured guess.

Why our own guess rather than charset-normalizer's: on the short files people import (a
contacts CSV of a few dozen names) charset-normalizer reads a Windows-1251 "Ольга
Иванова" as Windows-1257 ("Īėüćą Čāąķīāą") and a Windows-1252 "José Müller" as
Windows-1250 (tests/formats/test_encoding.py holds the cases). Names are what these files
hold, so the guess scores each legacy code page by how much the decoded text looks like
names: letters rather than symbols, one script per word, and few runs of accented Latin
letters (which is what Cyrillic bytes look like when read as a Latin code page).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapport.core.errors import ImportFileError

UTF8_BOM = b"\xef\xbb\xbf"
#: The legacy code pages Rapport recognises, most common first (first wins a tie).
CODE_PAGES = (
    ("cp1252", "Windows-1252 (Western European)"),
    ("cp1250", "Windows-1250 (Central European)"),
    ("cp1251", "Windows-1251 (Cyrillic)"),
    ("cp1253", "Windows-1253 (Greek)"),
    ("cp1254", "Windows-1254 (Turkish)"),
    ("cp1257", "Windows-1257 (Baltic)"),
    ("koi8_r", "KOI8-R (Cyrillic)"),
)
_NAMES = dict(CODE_PAGES)


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was read, for the import report."""

    text: str
    #: The encoding in words, e.g. "UTF-8", "UTF-16 (little-endian)", "Windows-1251 (Cyrillic)".
    encoding: str
    #: Sentences for the report about anything unusual ("2 lines were not UTF-8 …").
    notes: tuple[str, ...] = ()
    #: NUL characters removed from the text (no database column can hold them).
    nul_removed: int = 0


def decode_text(data: bytes, filename: str) -> Decoded:
    """Return ``data`` decoded, with the encoding used and what was unusual about it.

    Raises ImportFileError for data no encoding reads (binary files).
    """
    text, encoding, notes = _decode(data, filename)
    # Looked for before counted: a search stops at the first, where counting reads every
    # character of a 13 MB file (docs/benchmarks.md).
    nuls = text.count("\x00") if "\x00" in text else 0
    if nuls:
        text = text.replace("\x00", "")
        what = "1 NUL character was" if nuls == 1 else f"{nuls:,} NUL characters were"
        notes = (*notes, f"{what} removed from the text.")
    return Decoded(text.removeprefix("\ufeff"), encoding, notes, nuls)


def utf16_order(head: bytes) -> str | None:
    """Return "le" or "be" when ``head`` is UTF-16 text, by its BOM or its NUL bytes."""
    if head.startswith(b"\xff\xfe"):
        return "le"
    if head.startswith(b"\xfe\xff"):
        return "be"
    sample = head[:4000]
    even, odd = sample[0::2], sample[1::2]
    # ASCII text in UTF-16 has a NUL in every other byte: odd ones for LE, even for BE.
    if len(odd) > 4 and odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "le"
    if len(even) > 4 and even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "be"
    return None


def _decode(data: bytes, filename: str) -> tuple[str, str, tuple[str, ...]]:
    order = utf16_order(data[:8192])
    if order is not None:
        try:
            return data.decode(f"utf-16-{order}"), _utf16_name(order), ()
        except UnicodeDecodeError as error:
            raise ImportFileError(
                "the text is UTF-16 but breaks off: save the file again and import it",
                file=filename,
            ) from error
    data = data.removeprefix(UTF8_BOM)
    try:
        return data.decode("utf-8"), "UTF-8", ()
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    bad = [i for i, line in enumerate(lines) if not _is_utf8(line)]
    proof = any(not line.isascii() and _is_utf8(line) for line in lines)
    if not proof:
        codec = guess_code_page(data)
        return data.decode(codec, errors="replace"), _NAMES[codec], ()
    codec = guess_code_page(b"".join(lines[i] for i in bad))
    broken = set(bad)
    decoded = [
        line.decode(codec, errors="replace") if i in broken else line.decode("utf-8")
        for i, line in enumerate(lines)
    ]
    shown = ", ".join(str(i + 1) for i in bad[:5]) + (" and more" if len(bad) > 5 else "")
    word = "line was" if len(bad) == 1 else "lines were"
    note = (
        f"The file is UTF-8 except {len(bad)} {word} written in another encoding "
        f"(line {shown}); {'it was' if len(bad) == 1 else 'they were'} read as {_NAMES[codec]}."
    )
    return "".join(decoded), "UTF-8", (note,)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf16_name(order: str) -> str:
    return "UTF-16 (little-endian)" if order == "le" else "UTF-16 (big-endian)"


def guess_code_page(data: bytes) -> str:
    """Return the legacy code page under which ``data`` reads most like people's names."""
    best, best_score = CODE_PAGES[0][0], float("-inf")
    sample = data[:200_000]
    for codec, _name in CODE_PAGES:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if score > best_score:
            best, best_score = codec, score
    return best


def _score(text: str) -> float:
    score = 0.0
    run = 0  # accented Latin letters in a row
    previous = " "
    for char in text:
        if char.isascii():
            run = 0
        elif not char.isalpha():
            score -= 3  # a symbol or control character where a letter should be
            run = 0
        else:
            latin = "LATIN" in unicodedata.name(char, "")
            run = run + 1 if latin else 0
            if not latin and previous.isascii() and previous.isalpha():
                score -= 3  # "Josй": one word in two scripts
            elif run >= 3:
                score -= 2  # "Îëüãà": Cyrillic bytes read as a Latin code page
            else:
                score += 1
        previous = char
    return score
