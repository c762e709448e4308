"""Download the contact book, or the list the filters show, as CSV or vCard."""

from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.formats.vcard import read_vcard


@pytest.fixture
def book(alice: User, bob: User) -> None:
    Contact.objects.create(
        owner=alice,
        full_name="Ana Castaño",
        first_name="Ana",
        last_name="Castaño",
        company_name="Medtronic",
        emails=["ana@example.com"],
        phones=["+14155552671"],
    )
    Contact.objects.create(owner=alice, full_name="=cmd|' /C calc'!A0", company_name="Evil")
    Contact.objects.create(owner=bob, full_name="Bob's Friend")


def names_in_csv(text: str) -> list[str]:
    return [row["Name"] for row in csv.DictReader(io.StringIO(text))]


def test_the_csv_guards_a_formula_and_keeps_other_users_out(
    alice_client: Client, book: None
) -> None:
    response = alice_client.get("/contacts/export.csv")
    assert response["Content-Disposition"] == 'attachment; filename="contacts.csv"'
    text = response.content.decode()
    assert sorted(names_in_csv(text)) == ["'=cmd|' /C calc'!A0", "Ana Castaño"]


def test_a_filtered_list_downloads_as_vcard(alice_client: Client, book: None) -> None:
    response = alice_client.get("/contacts/export.vcf?q=castano")
    assert response["Content-Type"].startswith("text/vcard")
    [ana] = read_vcard(response.content, "contacts.vcf").records
    assert (ana.full_name, ana.emails, ana.phones) == (
        "Ana Castaño",
        ["ana@example.com"],
        ["+14155552671"],
    )


def test_an_unknown_filter_is_explained_instead_of_a_file(alice_client: Client, book: None) -> None:
    response = alice_client.get("/contacts/export.csv?sort=shoe-size", follow=True)
    assert "sort must be one of" in response.content.decode()
