"""One click logs who got the handbill, at a meeting or by email."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from rapport.contacts.models import Contact
from rapport.core.plan import PlanData
from rapport.meetings.models import Interaction
from tests.handbill.conftest import meeting


def test_i_gave_it_at_a_meeting_marks_the_recent_meeting(
    alice: User, alice_client: Client, alice_plan: PlanData, geoff: Contact
) -> None:
    coffee = meeting(alice, geoff, timezone.now() - timedelta(days=3))
    response = alice_client.post(
        "/handbill/given/", {"contact": geoff.pk, "how": "meeting"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/handbill/#give"
    assert "you gave your handbill to Geoff Martha at your meeting on" in response.content.decode()
    coffee.refresh_from_db()
    assert coffee.handbill_given is True


def test_i_gave_it_at_a_meeting_logs_one_when_there_is_none(
    alice: User, alice_client: Client, alice_plan: PlanData, geoff: Contact
) -> None:
    response = alice_client.post(
        "/handbill/given/", {"contact": geoff.pk, "how": "meeting"}, follow=True
    )
    assert "Logged a meeting with Geoff Martha today" in response.content.decode()
    logged = Interaction.objects.get(owner=alice)
    assert (logged.kind, logged.handbill_given) == ("meeting", True)


def test_i_emailed_it_logs_an_email(
    alice: User, alice_client: Client, alice_plan: PlanData, geoff: Contact
) -> None:
    response = alice_client.post(
        "/handbill/given/", {"contact": geoff.pk, "how": "email"}, follow=True
    )
    assert "you emailed your handbill to Geoff Martha" in response.content.decode()
    assert Interaction.objects.get(owner=alice).kind == "email"


def test_a_bad_request_logs_nothing(
    alice: User, alice_client: Client, alice_plan: PlanData, geoff: Contact
) -> None:
    response = alice_client.post(
        "/handbill/given/", {"contact": geoff.pk, "how": "fax"}, follow=True
    )
    assert "Choose a contact and how" in response.content.decode()
    assert (
        alice_client.post("/handbill/given/", {"contact": 999999, "how": "email"}).status_code
        == 404
    )
    assert alice_client.get("/handbill/given/").status_code == 405
    assert not Interaction.objects.exists()
