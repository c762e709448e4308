"""The contact book as a file: the whole book or one filtered list, as CSV or vCard."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from django.db.models import QuerySet

from rapport.contacts.models import Contact
from rapport.core.records import ContactRecord
from rapport.formats.contact_export import to_csv, to_vcard

Writer = Callable[[Iterable[ContactRecord], Iterable[list[str]]], str]
#: Format -> (writer, content type, file name).
FORMATS: Final[dict[str, tuple[Writer, str, str]]] = {
    "csv": (to_csv, "text/csv; charset=utf-8", "contacts.csv"),
    "vcard": (to_vcard, "text/vcard; charset=utf-8", "contacts.vcf"),
}
FIELDS = (
    "full_name",
    "first_name",
    "last_name",
    "company_name",
    "position",
    "emails",
    "phones",
    "linkedin_slug",
    "notes",
    "circles",
)


def _record(contact: Contact) -> ContactRecord:
    return ContactRecord(
        source_format="rapport",
        where="",
        full_name=contact.full_name,
        first_name=contact.first_name,
        last_name=contact.last_name,
        company=contact.company_name,
        position=contact.position,
        emails=list(contact.emails or []),
        phones=list(contact.phones or []),
        linkedin_slug=contact.linkedin_slug,
        notes=contact.notes,
    )


def export_text(contacts: QuerySet[Contact], file_format: str) -> str:
    """Return ``contacts`` written as ``file_format`` ("csv" or "vcard")."""
    writer = FORMATS[file_format][0]
    rows = list(contacts.select_related(None).only(*FIELDS).iterator(chunk_size=2000))
    return writer([_record(c) for c in rows], [list(c.circles or []) for c in rows])
