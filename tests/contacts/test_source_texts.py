"""A new contact's source record is stored as the JSON text Django's encoder writes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.contacts.import_rows import ContactRows
from rapport.contacts.models import Contact
from rapport.core.records import ContactRecord
from rapport.import_page.services import import_bytes
from rapport.lib.bulk import insert_rows
from rapport.lib.column_values import JSONList


def record(fields: dict[str, Any], key: str = "ana-lima", where: str = "row 2") -> ContactRecord:
    return ContactRecord("linkedin", where, "Ana", "Lima", "Ana Lima", source_key=key, raw=fields)


def stored_sources(user: User) -> list[str]:
    """Return the text of each contact's sources as stored: SQLite keeps the text written."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL stores jsonb, not the text written")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sources FROM contacts_contact WHERE owner_id = %s ORDER BY id", [user.pk]
        )
        return [text for (text,) in cursor.fetchall()]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=st.dictionaries(st.text(max_size=12), st.text(max_size=20), max_size=8),
    key=st.text(max_size=20),
    where=st.text(max_size=10),
    filename=st.text(min_size=1, max_size=12),
)
def test_a_source_records_text_is_the_encoders(
    alice: User, fields: dict[str, str], key: str, where: str, filename: str
) -> None:
    rows = ContactRows(alice, 7, filename, {})
    sources = rows.new_row(record(fields, key, where))["sources"]
    assert isinstance(sources, JSONList)
    assert sources.text == json.dumps(sources)
    assert sources == [
        {
            "format": "linkedin",
            "key": key,
            "run": 7,
            "file": filename,
            "where": where,
            "fields": fields,
        }
    ]


def test_fields_that_are_not_all_text_are_left_to_the_encoder(alice: User) -> None:
    rows = ContactRows(alice, 7, "contacts.vcf", {})
    sources = rows.new_row(record({"First Name": "Ana", "Count": 3}))["sources"]
    assert type(sources) is list
    insert_rows(Contact, [{"owner_id": alice.pk, "full_name": "Ana", "sources": sources}])
    assert Contact.objects.owned_by(alice).get().sources == sources
    assert stored_sources(alice) == [json.dumps(sources)]


def test_an_imported_contacts_sources_read_back_as_written(alice: User) -> None:
    data = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        'José,"O\'Brien ""Jo""",https://www.linkedin.com/in/jose-ob,,Müller & Söhne,'
        "CFO \u2014 100%,05 Sep 2023\n"
    ).encode()
    run = import_bytes(alice, data, "Connections ü.csv")
    contact = Contact.objects.owned_by(alice).get()
    assert contact.sources == [
        {
            "format": "linkedin",
            "key": "jose-ob",
            "run": run.pk,
            "file": "Connections ü.csv",
            "where": "row 2",
            "fields": {
                "First Name": "José",
                "Last Name": 'O\'Brien "Jo"',
                "URL": "https://www.linkedin.com/in/jose-ob",
                "Company": "Müller & Söhne",
                "Position": "CFO \u2014 100%",
                "Connected On": "05 Sep 2023",
            },
        }
    ]
    assert stored_sources(alice) == [json.dumps(contact.sources)]
