"""Read Google Contacts CSV exports, current and legacy.

- current (2020 on): ``First Name,Middle Name,Last Name,…,Organization Name,Organization
  Title,…,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,…``
- Gmail's 2007 shape: ``Name,E-mail,Notes,Section 1 - Description,Section 1 - Email,
  Section 1 - IM,Section 1 - Phone,Section 1 - Mobile,…,Section 1 - Company,Section 1 -
  Title,…,Section 2 - …`` (one section per address book entry of the person)
- legacy ("Google CSV"): ``Name,Given Name,Additional Name,Family Name,…,Notes,…,Group
  Membership,E-mail 1 - Type,E-mail 1 - Value,…,Organization 1 - Name,Organization 1 - Title``

Both join several values in one cell with `` ::: `` and mark the primary one with ``* ``
(``* myContacts ::: Friends``). Labels and groups go to ``raw["categories"]``.

Rows are numbered as a spreadsheet shows them: the header is row 1; a quoted cell spanning
lines still counts as one row.
"""

from __future__ import annotations

import re

from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.headers import looks_like_google
from rapport.formats.linkedin import slug_from_url
from rapport.formats.names import clean_name, split_full_name
from rapport.formats.reachable import split_emails, split_phones
from rapport.formats.text import (
    Table,
    cell,
    decode,
    join_name,
    left_out_reason,
    read_table,
    unique,
)

_NUMBERED = re.compile(r"^(e-mail|phone|website) (\d+) - (value|label|type)$")
#: Gmail 2007: "Section 2 - Mobile" and the like, one value a cell.
_SECTION = re.compile(r"^section \d+ - (email|phone|mobile|company|title)$")


def split_values(text: str) -> list[tuple[bool, str]]:
    """Return the values of a ``:::``-joined cell as (is primary, value), primary first."""
    values = []
    for part in text.split(":::"):
        part = part.strip()
        primary = part.startswith("* ")
        value = part[2:].strip() if primary else part
        if value:
            values.append((primary, value))
    return sorted(values, key=lambda pair: not pair[0])


def read_google_csv(data: bytes, filename: str, default_region: str = "US") -> ContactFile:
    """Return the contacts in a Google Contacts CSV (current or legacy headers).

    Raises ImportFileError when the text cannot be decoded or has no name column.
    """
    table = read_table(decode(data, filename), filename, looks_like_google)
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
    return ContactFile("google", records, skipped)


class _Columns:
    """Where each field is in this file's header, current or legacy."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.name = table.column("name")
        self.first = table.column("first name", "given name")
        self.middle = table.column("middle name", "additional name")
        self.last = table.column("last name", "family name")
        #: The name the contact is filed under, which for a company's card is the company.
        self.file_as = table.column("file as")
        self.company = table.column(
            "organization name", "organization 1 - name", "section 1 - company"
        )
        self.position = table.column(
            "organization title", "organization 1 - title", "section 1 - title"
        )
        self.notes = table.column("notes")
        self.labels = table.column("labels", "group membership")
        sections = [(i, m.group(1)) for i, k in enumerate(table.keys()) if (m := _SECTION.match(k))]
        plain_email = [(i, None) for i in [table.column("e-mail")] if i is not None]
        self.emails = plain_email + self._numbered("e-mail")
        self.emails += [(i, None) for i, kind in sections if kind == "email"]
        self.phones = self._numbered("phone")
        self.phones += [(i, None) for i, kind in sections if kind in ("phone", "mobile")]
        self.websites = self._numbered("website")

    def _numbered(self, kind: str) -> list[tuple[int, int | None]]:
        """Return (value column, label column) of "E-mail 1 - Value", "E-mail 2 - Value", …"""
        keys = self.table.keys()
        pairs = []
        for index, key in enumerate(keys):
            match = _NUMBERED.match(key)
            if match and match.group(1) == kind and match.group(3) == "value":
                prefix = f"{kind} {match.group(2)}"
                pairs.append((index, self.table.column(f"{prefix} - label", f"{prefix} - type")))
        return pairs

    def values(self, cells: list[str], pairs: list[tuple[int, int | None]]) -> list[str]:
        """Return the values of numbered columns, those labelled primary (``* Work``) first.

        Several values in a cell pair up with several labels in the label cell, in order.
        """
        primary: list[str] = []
        others: list[str] = []
        for value_column, label_column in pairs:
            labels = [label.strip() for label in cell(cells, label_column).split(":::")]
            for number, part in enumerate(cell(cells, value_column).split(":::")):
                label = labels[number] if number < len(labels) else ""
                value = part.strip()
                is_primary = label.startswith("* ") or value.startswith("* ")
                value = value.removeprefix("* ").strip()
                if value:
                    (primary if is_primary else others).append(value)
        return primary + others

    def names(self, cells: list[str]) -> list[str]:
        """Return the row's name cells: first, middle, last, whole name and File As."""
        columns = (self.first, self.middle, self.last, self.name, self.file_as)
        return [cell(cells, column) for column in columns]

    def first_value(self, cells: list[str], column: int | None) -> str:
        return next((value for _, value in split_values(cell(cells, column))), "")

    def record(self, cells: list[str], where: str, default_region: str) -> ContactRecord:
        first = clean_name(cell(cells, self.first))
        last = clean_name(cell(cells, self.last))
        full_name = cell(cells, self.name)
        if full_name and not (first or last):
            first, last = split_full_name(full_name)
        company = self.first_value(cells, self.company)
        position = self.first_value(cells, self.position)
        emails, left_out_emails = split_emails(self.values(cells, self.emails))
        phones, left_out_phones = split_phones(self.values(cells, self.phones), default_region)
        urls = unique(self.values(cells, self.websites))
        slug = next((s for url in urls if (s := slug_from_url(url))), "")
        raw = self.table.raw(cells)
        labels = [label for _, label in split_values(cell(cells, self.labels))]
        if labels:
            raw["categories"] = ", ".join(labels)
        return ContactRecord(
            source_format="google",
            where=where,
            first_name=first,
            last_name=last,
            full_name=full_name
            or join_name(first, cell(cells, self.middle), last)
            or company
            or next(iter(emails), ""),
            emails=emails,
            phones=phones,
            urls=urls,
            linkedin_slug=slug,
            company=company,
            position=position,
            notes=cell(cells, self.notes),
            source_key=slug or next(iter(emails), "").lower(),
            raw=raw,
            left_out_emails=left_out_emails,
            left_out_phones=left_out_phones,
        )
