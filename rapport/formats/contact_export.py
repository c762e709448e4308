"""Write contacts out: a CSV table for spreadsheets and vCard 4.0 for address books.

Both take plain ``ContactRecord``s. Cells that a spreadsheet would run as a formula (text
beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are written with a
leading apostrophe, so an imported name like ``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from rapport.core.records import ContactRecord
from rapport.formats.spreadsheet_cells import guarded

CSV_COLUMNS = (
    "Name",
    "First name",
    "Last name",
    "Company",
    "Title",
    "E-mails",
    "Phones",
    "LinkedIn",
    "Circles",
    "Notes",
)
#: vCard lines are folded at 75 octets (RFC 6350 §3.2).
_FOLD_AT = 75


def linkedin_url(record: ContactRecord) -> str:
    slug = record.linkedin_slug
    return f"https://www.linkedin.com/in/{slug}" if slug else ""


def to_csv(records: Iterable[ContactRecord], circles: Iterable[list[str]] = ()) -> str:
    """Return ``records`` as CSV text with a header row; lists are joined with "; "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    groups = iter(circles)
    for record in records:
        cells = (
            record.full_name,
            record.first_name,
            record.last_name,
            record.company,
            record.position,
            "; ".join(record.emails),
            "; ".join(record.phones),
            linkedin_url(record),
            "; ".join(next(groups, [])),
            record.notes,
        )
        writer.writerow([guarded(cell) for cell in cells])
    return out.getvalue()


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _fold(line: str) -> str:
    """Fold ``line`` at 75 octets without cutting a UTF-8 character in two."""
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > _FOLD_AT:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def to_vcard(records: Iterable[ContactRecord], circles: Iterable[list[str]] = ()) -> str:
    """Return ``records`` as vCard 4.0 cards, one per contact (RFC 6350)."""
    cards = []
    groups = iter(circles)
    for record in records:
        lines = [
            "BEGIN:VCARD",
            "VERSION:4.0",
            f"FN:{_escape(record.full_name)}",
            f"N:{_escape(record.last_name)};{_escape(record.first_name)};;;",
        ]
        if record.company:
            lines.append(f"ORG:{_escape(record.company)}")
        if record.position:
            lines.append(f"TITLE:{_escape(record.position)}")
        lines += [f"EMAIL;TYPE=internet:{_escape(email)}" for email in record.emails]
        for phone in record.phones:
            if phone.startswith("+") and phone[1:].isdigit():
                lines.append(f"TEL;VALUE=uri:tel:{phone}")
            else:
                lines.append(f"TEL;VALUE=text:{_escape(phone)}")
        if url := linkedin_url(record):
            lines.append(f"URL:{url}")
        if groups_of_one := next(groups, []):
            lines.append("CATEGORIES:" + ",".join(_escape(c) for c in groups_of_one))
        if record.notes:
            lines.append(f"NOTE:{_escape(record.notes)}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(_fold(line) for line in lines))
    return "".join(card + "\r\n" for card in cards)
