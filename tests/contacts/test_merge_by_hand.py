"""Two records of one person merged by hand, through the importer's own merge."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.ledger.models import Give


def two_records(alice: User) -> tuple[Contact, Contact]:
    work = Contact.objects.create(
        owner=alice, full_name="Ana Castaño", last_name="Castaño", emails=["ana@work.example"]
    )
    home = Contact.objects.create(
        owner=alice, full_name="Ana C.", last_name="Castaño", phones=["+14155552671"]
    )
    return work, home


def test_the_merge_page_offers_the_other_records_and_writes_nothing(
    alice: User, alice_client: Client
) -> None:
    work, _home = two_records(alice)
    text = alice_client.get(f"/contacts/{work.pk}/merge/").content.decode()
    assert "Merge Ana C. into Ana Castaño" in text
    assert "Merge Ana Castaño into Ana Castaño" not in text
    assert Contact.objects.filter(owner=alice).count() == 2


def test_merging_keeps_everything_of_both(alice: User, alice_client: Client) -> None:
    work, home = two_records(alice)
    Give.objects.create(owner=alice, contact=home, kind="other", note="Book", given_on="2026-03-01")
    response = alice_client.post(f"/contacts/{work.pk}/merge/", {"other": home.pk}, follow=True)
    assert "Merged Ana C. into Ana Castaño" in response.content.decode()
    [ana] = Contact.objects.filter(owner=alice)
    assert (ana.emails, ana.phones) == (["ana@work.example"], ["+14155552671"])
    assert Give.objects.get(owner=alice).contact == ana


def test_it_refuses_a_merge_with_itself_or_with_someone_elses_contact(
    alice: User, bob: User, alice_client: Client
) -> None:
    work, _home = two_records(alice)
    stranger = Contact.objects.create(owner=bob, full_name="Bob's friend")
    alice_client.post(f"/contacts/{work.pk}/merge/", {"other": work.pk})
    assert (
        alice_client.post(f"/contacts/{work.pk}/merge/", {"other": stranger.pk}).status_code == 404
    )
    assert Contact.objects.filter(owner=alice).count() == 2
    assert Contact.objects.filter(owner=bob).count() == 1
