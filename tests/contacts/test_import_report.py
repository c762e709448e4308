"""What a contacts import's report says about the values and cards it leaves out.

Each file is a real export, trimmed (tests/data/contacts), imported through the real importer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.import_page.services import import_bytes
from rapport.imports.models import ImportRun

CONTACTS = Path(__file__).resolve().parents[1] / "data" / "contacts"
OUTCOMES = ("new", "updated", "unchanged", "merged", "review", "skipped")


def import_file(user: User, name: str) -> ImportRun:
    run = import_bytes(user, (CONTACTS / name).read_bytes(), name)
    # Every record read lands in exactly one outcome, whatever was left out of it.
    assert run.counts["read"] == sum(run.counts[outcome] for outcome in OUTCOMES)
    return run


def test_it_stores_no_redacted_email_or_phone_and_says_so(alice: User) -> None:
    run = import_file(alice, "vcard30_davx5_redacted.vcf")
    assert (run.counts["read"], run.counts["new"], run.counts["skipped"]) == (1, 1, 0)
    contact = Contact.objects.get(owner=alice)
    assert contact.full_name == "Pretty Long With-Hyphen Name"
    assert (contact.emails, contact.phones) == ([], [])
    assert run.notes == [
        '1 e-mail that is not an address ("xxxxxxxxxxxxxxxxxxxx") and 1 phone number '
        'with no digits ("xxxxxxxxxxxxxx") were left out.'
    ]
    # The card's own text is kept with the contact: only the address and number are not.
    fields = contact.sources[0]["fields"]
    assert (fields["email"], fields["tel"]) == ("xxxxxxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxx")


def test_it_leaves_out_field_names_written_as_phones(alice: User) -> None:
    run = import_file(alice, "vcard40_ezvcard_outlook2003.vcf")
    contact = Contact.objects.get(owner=alice)
    assert (contact.emails, contact.phones) == (["jdoe@hotmail.com"], [])
    # The fax is no phone to reach anyone by, so it is not counted either.
    assert run.notes == ['3 phone numbers with no digits (such as "BusinessPhone") were left out.']


def test_it_leaves_out_linkedins_placeholder_for_a_hidden_address(alice: User) -> None:
    run = import_file(alice, "linkedin_2018_hidden_email.csv")
    contact = Contact.objects.get(owner=alice)
    assert (contact.full_name, contact.emails) == ("Yugam Parashar", [])
    assert run.notes == [
        '1 e-mail that is not an address ("urn:li:member:664293716") was left out.'
    ]


def test_it_counts_an_exchange_path_left_out_of_an_outlook_row(alice: User) -> None:
    run = import_file(alice, "outlook_en.csv")
    assert Contact.objects.get(owner=alice, full_name="Katherine Johnson").emails == [
        "katherine@nasa.example"
    ]
    assert run.notes == [
        '1 e-mail that is not an address ("/o=ExchangeLabs/ou=Exchange Administrat…") was left out.'
    ]


def test_a_file_with_only_good_values_gets_no_such_note(alice: User) -> None:
    run = import_file(alice, "vcard40_rfc6350_individual.vcf")
    assert not any("left out" in note for note in run.notes)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("vcard40_group.vcf", "a contact group, not a person"),
        ("vcard40_org.vcf", "a company's card, not a person"),
        ("vcard40_location.vcf", "a place, not a person"),
    ],
)
def test_it_skips_cards_that_are_no_person_with_the_reason(
    alice: User, name: str, reason: str
) -> None:
    run = import_file(alice, name)
    assert (run.counts["read"], run.counts["new"], run.counts["skipped"]) == (1, 0, 1)
    assert run.errors == [{"where": "card 1", "reason": reason}]
    assert not Contact.objects.owned_by(alice).exists()


def test_it_skips_a_group_card_from_an_apple_style_server_and_keeps_its_member(
    alice: User,
) -> None:
    run = import_file(alice, "vcard30_fastmail_group.vcf")
    assert (run.counts["read"], run.counts["new"], run.counts["skipped"]) == (2, 1, 1)
    assert run.errors == [{"where": "card 2", "reason": "a contact group, not a person"}]
    assert list(Contact.objects.owned_by(alice).values_list("full_name", flat=True)) == [
        "test2@example.com"
    ]


COMPANY = "a company's card, not a person"


@pytest.mark.parametrize(
    ("name", "skipped", "people"),
    [
        # Apple's company card is skipped; a person it shows by the company stays a person.
        (
            "vcard30_apple_companies.vcf",
            [("card 1", COMPANY)],
            {"Hanna Brandt": "Nordlicht Labortechnik GmbH", "Chidi Okafor": "Globex Corporation"},
        ),
        (
            "google_company_only.csv",
            [("row 3", COMPANY), ("row 4", COMPANY)],
            {"Priya Raman": "Initech", "jordan.k@example.net": ""},
        ),
        (
            "outlook_company_only.csv",
            [("row 3", COMPANY)],
            {"Dana Whitfield": "Contoso Ltd.", "lee.m@example.org": ""},
        ),
    ],
)
def test_it_skips_a_companys_card_and_keeps_the_people(
    alice: User, name: str, skipped: list[tuple[str, str]], people: dict[str, str]
) -> None:
    run = import_file(alice, name)
    assert run.errors == [{"where": where, "reason": reason} for where, reason in skipped]
    assert (run.counts["new"], run.counts["skipped"]) == (len(people), len(skipped))
    contacts = Contact.objects.owned_by(alice)
    assert dict(contacts.values_list("full_name", "company_name")) == people
    # Read again, the same file brings nothing new and says the same about the companies.
    again = import_file(alice, name)
    assert (again.counts["new"], again.counts["unchanged"]) == (0, len(people))
    assert again.errors == run.errors
    assert contacts.count() == len(people)
