"""Who is who: the identity rules an import applies, and the report that tells the truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings as SettingsWrapper

from rapport.contacts.models import Contact, MergeCandidate
from rapport.core.errors import ImportFileError
from rapport.import_page.services import import_bytes
from rapport.imports.models import ImportRun
from tests.contacts.conftest import Importer

CONTACTS = Path(__file__).resolve().parents[1] / "data" / "contacts"
CONTACT_OUTCOMES = ("new", "updated", "unchanged", "merged", "review", "skipped")


def import_file(user: User, name: str) -> ImportRun:
    return import_bytes(user, (CONTACTS / name).read_bytes(), name)


def assert_adds_up(run: ImportRun) -> None:
    assert run.counts["read"] == sum(run.counts[k] for k in CONTACT_OUTCOMES), run.counts


def names(user: User) -> list[str]:
    return sorted(Contact.objects.owned_by(user).values_list("full_name", flat=True))


def test_three_profiles_sharing_one_email_stay_three_people(alice: User) -> None:
    run = import_file(alice, "linkedin_shared_email.csv")
    assert names(alice) == ["James Okafor", "Maria Gonzalez", "Wei Chen"]
    assert run.counts["read"] == 3
    assert run.counts["new"] == 3
    assert run.counts["merged"] == 0
    assert_adds_up(run)
    # Each keeps their own job, not the last row's.
    assert Contact.objects.get(owner=alice, full_name="Wei Chen").position == (
        "Recruiting Coordinator"
    )
    assert any("hr@northwind-medical.com" in note for note in run.notes)


def test_a_duplicate_row_is_counted_as_merged_and_shown_on_the_contact(alice: User) -> None:
    run = import_file(alice, "linkedin_duplicate_rows.csv")
    assert run.counts["read"] == 4
    assert run.counts["merged"] == 1
    assert run.counts["new"] == 3
    assert_adds_up(run)
    # Two Kevin Lobos with two profiles are two people; the repeated row is one of them.
    assert names(alice) == ["Kevin Lobo", "Kevin Lobo", "Priya Raman"]
    kevin = Contact.objects.get(owner=alice, linkedin_slug="kevin-lobo-1a2b3c")
    client = Client()
    client.force_login(alice)
    page = client.get(f"/contacts/{kevin.pk}/").content.decode()
    assert "Row 4 of linkedin_duplicate_rows.csv" in page
    assert "Merged into this contact: same LinkedIn profile" in page


def test_differently_named_cards_sharing_a_phone_go_to_review(alice: User) -> None:
    run = import_file(alice, "vcard21_shared_phone.vcf")
    assert run.counts["read"] == 3
    # Anna's second card (same name, same phone) is Anna; Jonas is someone else.
    assert run.counts["merged"] == 1
    assert run.counts["review"] == 1
    assert_adds_up(run)
    assert names(alice) == ["Anna Fischer", "Jonas Fischer"]
    pair = MergeCandidate.objects.get(owner=alice)
    assert pair.reason == "same phone 123456, different names"
    anna = Contact.objects.get(owner=alice, full_name="Anna Fischer")
    assert anna.emails == ["anna.fischer@example.de"]


def test_a_switchboard_number_identifies_nobody(alice: User) -> None:
    run = import_file(alice, "vcard30_switchboard.vcf")
    assert run.counts["new"] == 6
    assert run.counts["review"] == 0
    assert_adds_up(run)
    assert len(names(alice)) == 6
    assert any("+19525550100" in note and "shared" in note for note in run.notes)


def test_the_same_email_and_name_merges_and_says_why(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    run = import_as_alice("phone.vcf")
    assert run.counts["merged"] == 1
    assert_adds_up(run)
    priya = Contact.objects.get(owner=alice, full_name="Priya Raman")
    assert priya.sources[-1]["why"] == "same email priya.raman@example.com"


def test_the_same_email_with_another_name_waits_for_review(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    run = import_as_alice("family_email.vcf")
    assert run.counts == {**run.counts, "read": 1, "review": 1, "merged": 0, "new": 0}
    pair = MergeCandidate.objects.get(owner=alice)
    assert pair.reason == "same email priya.raman@example.com, different names"
    assert names(alice).count("Priya Raman") == 1
    assert "Ravi Raman" in names(alice)


def test_a_reimport_reads_every_record_again_without_merging(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    again = import_as_alice("network_v1.csv")
    assert again.counts["unchanged"] == 7
    assert again.counts["merged"] == 0
    assert_adds_up(again)


def test_a_zip_past_the_import_limit_once_inflated_writes_nothing(
    alice: User, settings: SettingsWrapper
) -> None:
    settings.RAPPORT_MAX_IMPORT_BYTES = 512 * 1024
    with pytest.raises(ImportFileError) as caught:
        import_file(alice, "linkedin_inflates.zip")
    assert "unpack to more than 0.5 MB" in caught.value.message
    assert names(alice) == []
    assert not ImportRun.objects.filter(owner=alice).exists()
