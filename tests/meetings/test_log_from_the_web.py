"""Log a meeting from the web: who, when, kind and outcome, in one short form."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.ledger.models import Introduction
from rapport.meetings.models import Interaction

FORM = {"who": "Dana Reyes", "when": "2026-03-10", "kind": "coffee"}


def test_opening_the_form_writes_nothing_and_offers_today(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.get("/meetings/log/")
    assert response.status_code == 200
    assert 'type="date"' in response.content.decode()
    assert not Interaction.objects.exists()


def test_it_logs_the_meeting_and_leaves_the_unsaid_unknown(
    alice: User, alice_client: Client
) -> None:
    dana = Contact.objects.create(owner=alice, full_name="Dana Reyes")
    response = alice_client.post("/meetings/log/", FORM)
    meeting = Interaction.objects.get(owner=alice)
    assert response["Location"] == f"/meetings/{meeting.pk}/"
    assert list(meeting.contacts.all()) == [dana]
    assert meeting.start.date() == date(2026, 3, 10)
    assert (meeting.kind, meeting.networking) == ("coffee", True)
    assert (meeting.ask_made, meeting.handbill_given, meeting.referral_received) == (
        None,
        None,
        None,
    )


def test_it_logs_the_outcome(alice: User, alice_client: Client) -> None:
    Contact.objects.create(owner=alice, full_name="Dana Reyes")
    alice_client.post(
        "/meetings/log/",
        {**FORM, "ask": "An intro to Stryker's CFO", "handbill": "on", "referral": "Kevin Lobo"},
    )
    meeting = Interaction.objects.get(owner=alice)
    assert (meeting.ask_made, meeting.handbill_given, meeting.referral_received) == (
        True,
        True,
        True,
    )
    assert Introduction.objects.filter(owner=alice).count() == 1


def test_two_people_of_one_name_are_offered_to_choose_from(
    alice: User, alice_client: Client
) -> None:
    first = Contact.objects.create(owner=alice, full_name="Dana Reyes", company_name="Acme")
    Contact.objects.create(owner=alice, full_name="Dana Reyes", company_name="Medtronic")
    response = alice_client.post("/meetings/log/", FORM)
    assert response.status_code == 400
    assert "Several contacts have this name" in response.content.decode()
    assert "Medtronic" in response.content.decode()
    alice_client.post("/meetings/log/", {**FORM, "contact": first.pk})
    assert list(Interaction.objects.get(owner=alice).contacts.all()) == [first]


def test_an_unknown_name_is_explained(alice: User, alice_client: Client) -> None:
    response = alice_client.post("/meetings/log/", {**FORM, "who": "Nobody Known"})
    assert response.status_code == 400
    assert "Nobody Known" in response.content.decode().split("</label>", 1)[1]
    assert not Interaction.objects.exists()


def test_bob_cannot_log_a_meeting_with_alices_contact(alice: User, bob_client: Client) -> None:
    dana = Contact.objects.create(owner=alice, full_name="Dana Reyes")
    response = bob_client.post("/meetings/log/", {**FORM, "contact": dana.pk})
    assert response.status_code == 404
    assert not Interaction.objects.exists()
