"""Where a contact came from, in words: each file record behind it and why it was merged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapport.formats.linkedin import CONNECTIONS_COLUMNS

#: How each source is named to people (never the format's code).
SOURCE_NAMES = {
    "linkedin": "LinkedIn connections",
    "vcard": "Address book card (vCard)",
    "google": "Google Contacts",
    "outlook": "Outlook contacts",
    "thunderbird": "Thunderbird address book",
    "yahoo": "Yahoo contacts",
    "hand": "Added by you",
}


@dataclass(frozen=True)
class SourceRow:
    kind: str
    where: str
    #: "" for the record that made the contact or was read again; otherwise why it was merged.
    merged_because: str
    fields: list[tuple[str, str]]


def source_rows(sources: list[dict[str, Any]]) -> list[SourceRow]:
    """Return the contact's sources for its page, oldest first."""
    rows = []
    for source in sources:
        where = str(source.get("where", "")).capitalize()
        if source.get("file"):
            where = f"{where} of {source['file']}" if where else str(source["file"])
        rows.append(
            SourceRow(
                kind=SOURCE_NAMES.get(str(source.get("format", "")), "Another file"),
                where=where,
                merged_because=str(source.get("why", "")),
                fields=_in_file_order(str(source.get("format", "")), source.get("fields") or {}),
            )
        )
    return rows


#: Each format's columns in the order its files write them, where stored fields lose it:
#: a LinkedIn row's fields are stored with their names sorted (the text its fingerprint is
#: made of), and PostgreSQL keeps a JSON object's keys in an order of its own.
FILE_ORDER = {"linkedin": {name: n for n, name in enumerate(CONNECTIONS_COLUMNS)}}


def _in_file_order(source_format: str, fields: dict[str, Any]) -> list[tuple[str, Any]]:
    """Return the fields that hold something, in the order the file wrote them: the
    format's known columns first, in their order, then any other in the order stored."""
    filled = [(k, v) for k, v in fields.items() if v]
    order = FILE_ORDER.get(source_format)
    if order is None:
        return filled
    return sorted(filled, key=lambda item: order.get(item[0], len(order)))
