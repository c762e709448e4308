"""Bob never reaches alice's handbill choices, contacts or meetings through the handbill pages."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.core.plan import PlanData
from rapport.handbill.models import Handbill
from rapport.handbill.services import share
from rapport.meetings.models import Interaction


def test_bob_cannot_log_a_handbill_for_alices_contact(
    bob_client: Client, alice_plan: PlanData, geoff: Contact
) -> None:
    for how in ("meeting", "email"):
        response = bob_client.post("/handbill/given/", {"contact": geoff.pk, "how": how})
        assert response.status_code == 404
    assert not Interaction.objects.exists()


def test_bob_finds_none_of_alices_contacts(bob_client: Client, geoff: Contact) -> None:
    assert "Geoff" not in bob_client.get("/handbill/people/", {"q": "geoff"}).content.decode()
    assert "Geoff" not in bob_client.get("/handbill/", {"q": "geoff"}).content.decode()


def test_bobs_pages_show_none_of_alices_handbill(
    alice: User, bob_client: Client, alice_plan: PlanData
) -> None:
    token = share(alice)
    for url in (
        "/handbill/",
        "/handbill/sheet/",
        "/handbill/handbill.html",
        "/handbill/handbill.md",
        "/handbill/handbill.txt",
    ):
        page = bob_client.get(url, follow=True).content.decode()
        assert "Margaret" not in page, url
        assert "Boston Scientific" not in page, url
        assert token not in page, url


def test_bob_cannot_turn_off_or_renew_alices_link(
    alice: User, bob_client: Client, alice_plan: PlanData
) -> None:
    token = share(alice)
    bob_client.post("/handbill/share/", {"action": "revoke"})
    bob_client.post("/handbill/share/", {"action": "renew"})
    assert Handbill.objects.get(owner=alice).share_token == token
