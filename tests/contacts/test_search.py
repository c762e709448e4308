"""Search finds people by name, e-mail, phone, company or title, whatever the accents."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.contacts.queries import filter_contacts


@pytest.fixture
def book(alice: User) -> None:
    Contact.objects.create(
        owner=alice,
        full_name="Ana Castaño",
        company_name="Société Générale",
        position="Directrice financière",
        emails=["ana.castano@socgen.example"],
        phones=["+14155552671"],
    )
    Contact.objects.create(owner=alice, full_name="Dana Reyes", company_name="Medtronic")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Castano", ["Ana Castaño"]),
        ("castaño", ["Ana Castaño"]),
        ("CASTAÑO", ["Ana Castaño"]),
        ("societe generale", ["Ana Castaño"]),
        ("financiere", ["Ana Castaño"]),
        ("ana.castano@socgen", ["Ana Castaño"]),
        ("SOCGEN.example", ["Ana Castaño"]),
        ("(415) 555-2671", ["Ana Castaño"]),
        ("555 2671", ["Ana Castaño"]),
        ("medtronic", ["Dana Reyes"]),
        ("ana", ["Ana Castaño", "Dana Reyes"]),
        ("ana medtronic", ["Dana Reyes"]),
        ("nobody", []),
    ],
)
def test_search_finds_people_however_they_are_written(
    alice: User, book: None, query: str, found: list[str]
) -> None:
    contacts = filter_contacts(Contact.objects.owned_by(alice), {"q": query})
    assert sorted(c.full_name for c in contacts) == found
