"""Undo removes what an import made, never what the user has done since."""

from __future__ import annotations

from datetime import UTC, date, datetime

from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.imports.undo import undo_import
from rapport.ledger.models import Give
from rapport.meetings.models import Interaction
from tests.contacts.conftest import Importer


def test_undo_keeps_the_people_the_user_worked_with_and_names_them(
    alice: User, import_as_alice: Importer
) -> None:
    run = import_as_alice("network_v1.csv")
    kevin = Contact.objects.get(owner=alice, full_name="Kevin Lobo")
    Give.objects.create(
        owner=alice,
        contact=kevin,
        kind="article",
        note="Sent the FP&A article",
        given_on=date(2026, 3, 1),
    )
    priya = Contact.objects.get(owner=alice, full_name="Priya Raman")
    priya.edited_fields = ["position"]
    priya.position = "CFO"
    priya.save()
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    coffee = Interaction.objects.create(
        owner=alice, summary="Coffee with Tom", start=datetime(2026, 3, 2, 15, tzinfo=UTC)
    )
    coffee.contacts.add(tom)

    result = undo_import(alice, run)

    assert result["kept"] == ["Kevin Lobo", "Priya Raman", "Tom Becker"]
    assert sorted(Contact.objects.owned_by(alice).values_list("full_name", flat=True)) == [
        "Kevin Lobo",
        "Priya Raman",
        "Tom Becker",
    ]
    assert Contact.objects.get(pk=priya.pk).position == "CFO"
    assert list(coffee.contacts.all()) == [tom]
    assert Give.objects.filter(contact=kevin).exists()


def test_the_undo_page_says_who_was_kept(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    run = import_as_alice("network_v1.csv")
    kevin = Contact.objects.get(owner=alice, full_name="Kevin Lobo")
    Give.objects.create(
        owner=alice,
        contact=kevin,
        kind="article",
        note="Sent the FP&A article",
        given_on=date(2026, 3, 1),
    )
    page = alice_client.post(f"/import/{run.pk}/undo/", follow=True).content.decode()
    assert "Kept 1 people you have worked with since" in page
    assert "Kevin Lobo" in page
    assert Contact.objects.owned_by(alice).count() == 1
