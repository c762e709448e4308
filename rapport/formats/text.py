"""Helpers the contact readers share: decoding bytes, reading CSV tables, joining names.

Cell values are kept as text, never evaluated: a cell reading ``=SUM(1)`` is a string here.
Escaping formula-looking text is the job of whatever writes CSV back out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from typing import Any

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactRecord, Skipped
from rapport.formats.encoding import decode_text, utf16_order

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

#: How many records may precede a CSV header (LinkedIn's "Notes:" preamble takes three).
PREAMBLE_RECORDS = 10


def looks_binary(data: bytes) -> bool:
    """Return True when ``data`` is no text: NUL bytes in numbers, and it is not UTF-16.

    A stray NUL or two in a text export (a tool's bug, a cut-and-paste) leaves it text: the
    decoder removes them and the report counts them.
    """
    head = data[:8192]
    nuls = head.count(0)
    return nuls > max(2, len(head) // 200) and utf16_order(head) is None


def decode(data: bytes, filename: str) -> str:
    """Return ``data`` as text (see ``decode_text``, the one decoder, for how).

    Raises ImportFileError for binary data.
    """
    if looks_binary(data):
        raise ImportFileError(
            "this is a binary file, not text: export your contacts as CSV or vCard",
            file=filename,
        )
    return decode_text(data, filename).text


def clean(value: str) -> str:
    """Return ``value`` with Windows line ends made plain and outer whitespace removed."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.strip()


def header_key(cell: str) -> str:
    """Return a header cell in the form used to look columns up: stripped and lower-cased."""
    return cell.strip().strip("\ufeff").strip().lower()


@dataclass
class Table:
    """A CSV table: its header as written and its rows numbered as a spreadsheet shows them."""

    header: list[str]
    rows: Iterator[tuple[int, list[str]]]
    #: Rows that could not be read, with the reason, filled in while ``rows`` is consumed.
    broken: list[tuple[int, str]] = field(default_factory=list)

    def skipped(self) -> list[Skipped]:
        """Return the broken rows as skipped records (call after reading ``rows``)."""
        return [Skipped(f"row {row}", reason) for row, reason in self.broken]

    def keys(self) -> list[str]:
        return [header_key(cell) for cell in self.header]

    def column(self, *names: str) -> int | None:
        """Return the index of the first of ``names`` (lower-case) in the header, or None."""
        keys = self.keys()
        for name in names:
            if name in keys:
                return keys.index(name)
        return None

    def require(self, filename: str, **columns: int | None) -> None:
        """Raise ImportFileError naming the columns that are None, and those found instead."""
        missing = [name.replace("_", " ") for name, index in columns.items() if index is None]
        if missing:
            found = ", ".join(cell for cell in self.header if cell) or "none"
            raise ImportFileError(
                f"the file has no {' or '.join(missing)} column; the columns found are: {found}",
                file=filename,
                row=1,
            )

    def raw(self, cells: list[str], cleaned: bool = False) -> dict[str, str]:
        """Return the row's non-empty cells by header name; cells past the header by number.

        ``cleaned`` says the cells are already stripped, with plain line ends.
        """
        if cleaned:
            # The named cells that hold something, picked in C.
            raw = dict(compress(zip(self.names, cells, strict=False), cells))
        else:
            # Inlined clean(): this runs once per row of files with 30,000 rows.
            raw = {
                name: value.strip() if "\r" not in value else clean(value)
                for name, value in zip(self.names, cells, strict=False)
                if value and not value.isspace()
            }
        for index in range(len(self.names), len(cells)):
            if cells[index].strip():
                raw[f"column {index + 1}"] = clean(cells[index])
        return raw

    @cached_property
    def names(self) -> list[str]:
        """Return the header's names, with a number for a column that has none."""
        return [name or f"column {index + 1}" for index, name in enumerate(self.header)]


def format_of(head: str, looks_like: dict[str, Callable[[set[str]], bool]]) -> str | None:
    """Return the first name in ``looks_like`` whose test accepts a header among the first
    records of ``head`` (a file's start), trying comma, semicolon, then tab; else None."""
    for delimiter in ",;\t":
        reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
        try:
            for _, cells in zip(range(PREAMBLE_RECORDS), reader, strict=False):
                keys = {header_key(cell) for cell in cells}
                for name, test in looks_like.items():
                    if test(keys):
                        return name
        except csv.Error:
            continue
    return None


def read_table(text: str, filename: str, is_header: Callable[[set[str]], bool]) -> Table:
    """Return the table in CSV ``text``.

    The header is the first record, among the first few, that ``is_header`` accepts (so a
    preamble before it is dropped), trying comma, then semicolon (European Excel), then tab;
    failing that, the first non-empty comma-separated record. Row numbers count records, not
    physical lines, with the header as row 1, as a spreadsheet shows them.
    """
    for delimiter in ",;\t":
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for _ in range(PREAMBLE_RECORDS):
            cells = _next(reader, filename, 1)
            if cells is None:
                break
            if is_header({header_key(cell) for cell in cells}):
                return _table(cells, text, reader, delimiter, filename)
    reader = csv.reader(io.StringIO(text, newline=""))
    while (cells := _next(reader, filename, 1)) is not None:
        if any(cell.strip() for cell in cells):
            return _table(cells, text, reader, ",", filename)
    raise ImportFileError("the file holds no rows", file=filename)


def _table(header: list[str], text: str, reader: Any, delimiter: str, filename: str) -> Table:
    table = Table([clean(cell) for cell in header], iter(()))
    source = _Source(text, delimiter, filename, len(header), table.broken)
    table.rows = _numbered(reader, source)
    return table


def _next(reader: Iterator[list[str]], filename: str, row: int) -> list[str] | None:
    try:
        return next(reader, None)
    except csv.Error as error:
        raise ImportFileError(f"the CSV cannot be read: {error}", file=filename, row=row) from error


@dataclass
class _Source:
    """What ``_numbered`` needs to read the lines again after a broken quote."""

    text: str
    delimiter: str
    filename: str
    width: int
    broken: list[tuple[int, str]]


BROKEN_QUOTE = (
    "a quote in this row is never closed, so the row was not read (the rows after it were)"
)


def _numbered(reader: Any, source: _Source) -> Iterator[tuple[int, list[str]]]:
    """Yield the records after the header, numbered as a spreadsheet shows them.

    A quote that is never closed makes Python's reader swallow the lines after it into one
    cell and report success (or fail on the field size limit). A record that spans several
    lines and has not the header's width is such a record: it is reported as broken, and the
    lines after its first line are read again on their own.
    """
    row = 1
    text = source.text
    width = source.width
    while True:
        # The reader is iterated by the loop itself, not by a call to next() a record.
        start = reader.line_num
        try:
            for cells in reader:
                row += 1
                if len(cells) != width and reader.line_num - start > 1:
                    break
                start = reader.line_num
                # Blank lines keep their number (a spreadsheet shows them) but hold nobody.
                if cells and (len(cells) > 1 or cells[0].strip()):
                    yield row, cells
            else:
                return
        except csv.Error as error:
            if "field larger than field limit" not in str(error):
                message = f"the CSV cannot be read: {error}"
                raise ImportFileError(message, file=source.filename, row=row + 1) from error
            row += 1
        source.broken.append((row, BROKEN_QUOTE))
        text = "".join(io.StringIO(text, newline="").readlines()[start + 1 :])
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=source.delimiter)


def cell(cells: list[str], index: int | None) -> str:
    """Return the cleaned cell at ``index``, or "" when the column or the cell is missing."""
    if index is None or index >= len(cells):
        return ""
    return clean(cells[index])


def join_name(*parts: str) -> str:
    """Return the non-empty ``parts`` joined by single spaces."""
    return " ".join([part for part in parts if part])


def unique(values: list[str]) -> list[str]:
    """Return ``values`` without empties and case-insensitive repeats, order kept."""
    seen: set[str] = set()
    result = []
    for value in values:
        key = value.lower()
        if value and key not in seen:
            seen.add(key)
            result.append(value)
    return result


def nobody(record: ContactRecord) -> bool:
    """Return True when a record names no one: no name, email, phone or profile."""
    return not (record.full_name or record.emails or record.phones or record.linkedin_slug)


NOBODY_REASON = "no name, email, phone or profile"
#: What a report says of an address book's card for a company rather than a person.
COMPANY_REASON = "a company's card, not a person"


def left_out_reason(record: ContactRecord, *names: str) -> str:
    """Return why ``record`` is no person to import, or "" when it is one.

    ``names`` are the record's name fields as its file wrote them: first, middle, last and a
    whole name (FN, Display Name, Google's File As). When every one is empty or the company
    itself, the card is the company's (a shop, a clinic, a switchboard), not someone to know.
    """
    company = record.company.casefold()
    if company and all(name.strip().casefold() in ("", company) for name in names):
        return COMPANY_REASON
    return NOBODY_REASON if nobody(record) else ""
