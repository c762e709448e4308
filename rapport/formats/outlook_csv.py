"""Read Outlook CSV exports, in English and as localised Outlook writes them.

Outlook names its columns in the language of its install: ``First Name`` is ``Vorname``
in German and ``Imię`` in Polish (``outlook_languages.LANGUAGES`` holds the names). Files
are in the install's Windows code page (1252, 1250 for Polish), rows may be ragged
(fewer or more cells than the header), notes span lines inside quotes, and an empty
birthday is written ``0/0/00`` (``0.0.00`` in German, ``0-0-00`` in Dutch), which is
dropped as no date.

Rows are numbered as a spreadsheet shows them: the header is row 1; a quoted cell spanning
lines still counts as one row.
"""

from __future__ import annotations

from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.linkedin import slug_from_url
from rapport.formats.names import clean_name, split_full_name
from rapport.formats.outlook_languages import language_of, looks_like_outlook
from rapport.formats.reachable import split_emails, split_phones
from rapport.formats.text import (
    Table,
    cell,
    decode,
    join_name,
    left_out_reason,
    read_table,
)

_EMPTY_DATES = frozenset(
    {"0/0/00", "0.0.00", "0-0-00", "0/0/0000", "0.0.0000", "00.00.00", "00.00.0000"}
)


def read_outlook_csv(data: bytes, filename: str, default_region: str = "US") -> ContactFile:
    """Return the contacts in an Outlook CSV, in any language of ``LANGUAGES``.

    Raises ImportFileError when the text cannot be decoded or has no first or last name
    column.
    """
    table = read_table(decode(data, filename), filename, looks_like_outlook)
    columns = _Columns(table)
    table.require(
        filename,
        First_Name_or_Name=next(
            (c for c in (columns.first, columns.last, columns.name) if c is not None), None
        ),
    )
    records: list[ContactRecord] = []
    skipped: list[Skipped] = []
    for row, cells in table.rows:
        record = columns.record(cells, f"row {row}", default_region)
        if reason := left_out_reason(record, *columns.names(cells)):
            skipped.append(Skipped(f"row {row}", reason))
        else:
            records.append(record)
    skipped.extend(table.skipped())
    return ContactFile("outlook", records, skipped)


class _Columns:
    """Where each field is in this file's header, in the language the header is in."""

    def __init__(self, table: Table) -> None:
        self.table = table
        keys = table.keys()
        language = language_of(set(keys))
        self.first = table.column(*language.first)
        #: Some Outlook versions (and hand-made sheets) give one Name column and no parts.
        self.name = table.column("name", "full name", "display name")
        self.middle = table.column(*language.middle)
        self.last = table.column(*language.last)
        self.company = table.column(*language.company)
        # French Outlook writes "Titre" twice: the salutation, then the job title.
        name = next((name for name in language.position if name in keys), None)
        self.position = None if name is None else len(keys) - 1 - keys[::-1].index(name)
        self.notes = table.column(*language.notes)
        self.web_page = table.column(*language.web_page)
        self.emails = [keys.index(name) for name in language.emails if name in keys]
        self.phones = [index for index, key in enumerate(keys) if language.is_phone(key)]

    def names(self, cells: list[str]) -> list[str]:
        """Return the row's name cells: first, middle, last and whole name."""
        return [cell(cells, c) for c in (self.first, self.middle, self.last, self.name)]

    def record(self, cells: list[str], where: str, default_region: str) -> ContactRecord:
        first = clean_name(cell(cells, self.first))
        last = clean_name(cell(cells, self.last))
        whole = cell(cells, self.name)
        if whole and not (first or last):
            first, last = split_full_name(whole)
        company = cell(cells, self.company)
        # Exchange contacts may hold an X.500 path (/o=ExchangeLabs/…) instead of an
        # address; it stays in raw but is no email.
        emails, left_out_emails = split_emails(cell(cells, i) for i in self.emails)
        phones, left_out_phones = split_phones(
            (cell(cells, i) for i in self.phones), default_region
        )
        url = cell(cells, self.web_page)
        slug = slug_from_url(url)
        raw = {k: v for k, v in self.table.raw(cells).items() if v not in _EMPTY_DATES}
        return ContactRecord(
            source_format="outlook",
            where=where,
            first_name=first,
            last_name=last,
            full_name=join_name(first, cell(cells, self.middle), last)
            or whole
            or company
            or next(iter(emails), ""),
            emails=emails,
            phones=phones,
            urls=[url] if url else [],
            linkedin_slug=slug,
            company=company,
            position=cell(cells, self.position),
            notes=cell(cells, self.notes),
            source_key=slug or next(iter(emails), "").lower(),
            raw=raw,
            left_out_emails=left_out_emails,
            left_out_phones=left_out_phones,
        )
