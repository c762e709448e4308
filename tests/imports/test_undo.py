"""Undo removes what an import made, never what the user has done since."""

from __future__ import annotations

from datetime import UTC, date, datetime

from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.import_page.undo import preview_undo, undo_import
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
    assert "Kept 1 person you have worked with since" in page
    assert "Kevin Lobo" in page
    assert Contact.objects.owned_by(alice).count() == 1


def test_the_undo_page_asks_first_and_its_preview_is_what_undo_then_does(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    run = import_as_alice("network_v1.csv")
    total = Contact.objects.owned_by(alice).count()
    kevin = Contact.objects.get(owner=alice, full_name="Kevin Lobo")
    Give.objects.create(
        owner=alice, contact=kevin, kind="article", note="x", given_on=date(2026, 3, 1)
    )
    page = alice_client.get(f"/import/{run.pk}/undo/").content.decode()
    assert f"Removes <strong>{total - 1}</strong> contacts" in page
    assert "Keeps <strong>1</strong> person you have worked with since" in page
    assert "Kevin Lobo" in page
    assert Contact.objects.owned_by(alice).count() == total  # looking removed nothing
    preview = preview_undo(alice, run)
    result = undo_import(alice, run)
    assert result["removed"] == preview["contacts"] + preview["meetings"]
    assert result["kept"] == preview["kept"] == ["Kevin Lobo"]
    assert result["restored"] == preview["restored"]
    again = alice_client.get(f"/import/{run.pk}/undo/").content.decode()
    assert "already undone" in again


def test_the_report_page_states_what_was_read_and_what_became_of_it(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    run = import_as_alice("network_v1.csv")
    page = alice_client.get(f"/import/{run.pk}/").content.decode()
    counts = run.counts
    assert f'<div class="stat">{counts["read"]}</div><div class="stat-label">Rows read' in page
    assert f'<div class="stat">{counts["merged"]}</div><div class="stat-label">Merged into' in page
    assert "read as UTF-8 text" in page
    assert "LinkedIn connections" in page
    assert "Jobchanges" not in page and "job_changes" not in page
    assert "older version of Rapport" not in page
