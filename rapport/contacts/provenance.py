"""Where a contact came from, in words: each file record behind it and why it was merged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: How each source is named to people (never the format's code).
SOURCE_NAMES = {
    "linkedin": "LinkedIn connections",
    "vcard": "Address book card (vCard)",
    "google": "Google Contacts",
    "outlook": "Outlook contacts",
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
                fields=[(k, v) for k, v in (source.get("fields") or {}).items() if v],
            )
        )
    return rows
