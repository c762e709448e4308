"""``rapport contacts export`` and the contact filters ``rapport contacts list`` shares."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from rapport.cli_support import current_user, fail, write

FilterOption = Annotated[
    list[str] | None,
    typer.Option(
        "--filter",
        help="NAME=VALUE, repeatable: q, target, can_hire, recruiter, job_seeker, connector "
        "(yes/no), industry (yes/no/unknown), seniority, function, company, sort.",
    ),
]
#: The filters the contact list knows (rapport/contacts/queries.py reads them).
CONTACT_FILTERS = (
    "q",
    "target",
    "can_hire",
    "recruiter",
    "job_seeker",
    "connector",
    "industry",
    "seniority",
    "function",
    "company",
    "sort",
)


def filtered_contacts(filters: list[str] | None, search: str = "") -> Any:
    """Return the acting user's contacts narrowed by ``--filter`` items and ``--search``."""
    from rapport.contacts.models import Contact
    from rapport.contacts.queries import FilterError, filter_contacts

    user = current_user()
    params: dict[str, str] = {}
    for item in filters or []:
        name, sep, value = item.partition("=")
        if not sep:
            fail(f"--filter takes NAME=VALUE, not {item!r}")
        params[name.strip()] = value.strip()
    unknown = set(params) - set(CONTACT_FILTERS)
    if unknown:
        fail(
            f"unknown filter {', '.join(sorted(unknown))}; "
            f"use one of {', '.join(sorted(CONTACT_FILTERS))}"
        )
    if search:
        params["q"] = search
    try:
        return filter_contacts(
            Contact.objects.owned_by(user).select_related("target_company"), params
        )
    except FilterError as exc:
        fail(str(exc))


class ExportFormat(StrEnum):
    csv = "csv"
    vcard = "vcard"


def contacts_export(
    file_format: Annotated[
        ExportFormat,
        typer.Option("--format", help="csv for a spreadsheet, vcard for an address book."),
    ],
    filters: FilterOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write to this file (default: standard output).")
    ] = None,
) -> None:
    """Write your contacts (or the filtered ones) as CSV or vCard 4.0."""
    from rapport.contacts.export import export_text

    contacts = filtered_contacts(filters)
    text = export_text(contacts, file_format.value)
    if out is None:
        sys.stdout.write(text)
        return
    write(out, text)
    count = contacts.count()
    typer.echo(f"Wrote {count} contact{'s' if count != 1 else ''} to {out}")
