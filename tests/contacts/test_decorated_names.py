"""Names as LinkedIn members decorate them: the contact is the person, and meets their card."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.import_page.services import import_bytes
from rapport.imports.models import ImportRun

CONTACTS = Path(__file__).resolve().parents[1] / "data" / "contacts"
OUTCOMES = ("new", "updated", "unchanged", "merged", "review", "skipped")
CONNECTIONS = "linkedin_decorated_names.csv"
PHONE = "vcard30_iphone_same_people.vcf"


def import_file(user: User, name: str) -> ImportRun:
    run = import_bytes(user, (CONTACTS / name).read_bytes(), name)
    assert run.counts["read"] == sum(run.counts[k] for k in OUTCOMES), run.counts
    return run


def test_a_decorated_name_is_stored_clean_with_the_row_as_written(alice: User) -> None:
    run = import_file(alice, CONNECTIONS)
    assert run.counts["new"] == 16
    names = sorted(Contact.objects.owned_by(alice).values_list("full_name", flat=True))
    assert names == [
        "Anna Müller",
        "Christina Tran",
        "Elliot Sandberg",
        "Jane Smith",
        "Joel Okonkwo",
        "John Smith Jr.",
        "Lena Smith-Jones",
        "Michael Porter",
        "Monika Dahl",
        "Pia Eriksson",
        "Pieter van den Berg",
        "Priya Kapoor",
        "Robert Goslee",
        "Romy Saad",
        "Sheryl Sherrick",
        "Theo Lind",
    ]
    jane = Contact.objects.get(owner=alice, linkedin_slug="jane-smith-cia-aiia-0b7a1422")
    assert (jane.first_name, jane.last_name) == ("Jane", "Smith")
    assert jane.sources[0]["fields"]["Last Name"] == "Smith, CIA, AIIA"


def test_the_phone_card_of_the_same_person_merges_into_the_connection(alice: User) -> None:
    import_file(alice, CONNECTIONS)
    run = import_file(alice, PHONE)
    assert (run.counts["merged"], run.counts["new"], run.counts["review"]) == (6, 0, 0)
    jane = Contact.objects.get(owner=alice, full_name="Jane Smith")
    assert jane.linkedin_slug == "jane-smith-cia-aiia-0b7a1422"
    assert jane.phones == ["+16125550142"]
    anna = Contact.objects.get(owner=alice, full_name="Anna Müller")
    assert anna.phones == ["+4915123456789"]
    assert Contact.objects.owned_by(alice).count() == 16


def test_a_re_import_of_the_same_connections_finds_nothing_new(alice: User) -> None:
    import_file(alice, CONNECTIONS)
    import_file(alice, PHONE)
    again = import_file(alice, CONNECTIONS)
    assert (again.counts["new"], again.counts["unchanged"]) == (0, 16)
    assert import_file(alice, PHONE).counts["unchanged"] == 6
    assert Contact.objects.owned_by(alice).count() == 16
