"""The give ledger page, the offer page and the meeting prep sheet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from rapport.contacts.models import Contact
from rapport.handbill.models import Handbill
from rapport.ledger.models import Give
from rapport.ledger.services import log_meeting
from rapport.meetings.models import Interaction
from tests.ledger.conftest import TODAY


def test_logging_a_give_from_the_ledger_page(
    alice: User, alice_client: Client, network: dict[str, Contact]
) -> None:
    response = alice_client.post(
        "/give/",
        {
            "contact_name": "Kevin Lobo",
            "kind": "event",
            "note": "Invited him to the FEI dinner",
            "given_on": timezone.localdate().isoformat(),
        },
        follow=True,
    )
    assert "Logged: event to Kevin Lobo." in response.content.decode()
    assert Give.objects.get(owner=alice).contact == network["kevin"]
    page = alice_client.get("/give/").content.decode()
    assert "Invited him to the FEI dinner" in page


def test_an_ambiguous_name_is_explained_beside_the_field(
    alice_client: Client, network: dict[str, Contact]
) -> None:
    response = alice_client.post(
        "/give/",
        {"contact_name": "Sam", "kind": "event", "note": "x", "given_on": "2026-11-01"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Several contacts match this name" in page
    assert "Sam Allen (President, TwinWest Chamber)" in page
    assert not Give.objects.exists()


def test_a_give_in_the_future_is_refused(alice_client: Client, network: dict[str, Contact]) -> None:
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = alice_client.post(
        "/give/", {"contact_name": "Kevin Lobo", "kind": "event", "note": "x", "given_on": tomorrow}
    )
    assert "is in the future" in response.content.decode()
    assert not Give.objects.exists()


def test_the_offer_page_suggests_with_reasons(
    alice_client: Client, network: dict[str, Contact]
) -> None:
    Contact.objects.filter(pk=network["kevin"].pk).update(strength=2)
    page = alice_client.get(f"/give/offer/{network['dana'].pk}/").content.decode()
    assert "Introduce Dana Reyes to Kevin Lobo (CEO at Stryker)" in page
    assert "Introduction: Dana Reyes is looking for: a controller role at Stryker" in page


def test_the_offer_page_counts_your_asks_as_yours(
    alice: User, alice_client: Client, network: dict[str, Contact]
) -> None:
    log_meeting(alice, network["kevin"], TODAY, ask="Who runs FP&A at Medtronic?")
    page = alice_client.get(f"/give/offer/{network['kevin'].pk}/").content.decode()
    assert "You gave 0 things and asked 1 time; they gave you 0 referrals" in page
    assert "received 1 ask" not in page


def test_the_prep_sheet_says_who_what_to_ask_and_what_to_offer(
    alice: User, alice_client: Client, network: dict[str, Contact]
) -> None:
    meeting = Interaction.objects.create(
        owner=alice,
        summary="Coffee with Kevin",
        start=datetime(2026, 12, 2, 15, tzinfo=UTC),
        networking=True,
    )
    meeting.contacts.add(network["kevin"])
    Handbill.objects.create(owner=alice, share_token="tok123")
    page = alice_client.get(f"/give/prep/{meeting.pk}/").content.decode()
    assert "Kevin Lobo" in page
    assert "This is your first meeting." in page
    assert "Do you know anyone at: <strong>Medtronic</strong>?" in page
    assert "Kevin Lobo is someone who could hire you." in page
    assert "Where is Stryker headed in the next year or two?" in page
    assert "What surprised you most when you joined" not in page
    assert "Seats at FEI chapter dinners" in page
    assert "/h/tok123/" in page


def test_the_prep_sheet_lists_the_past_only_and_the_meetings_own_context(
    alice: User, alice_client: Client, network: dict[str, Contact]
) -> None:
    dana = network["dana"]

    def coffee(day: int, month: int = 11, year: int = 2026, **outcome: object) -> Interaction:
        made = Interaction.objects.create(
            owner=alice,
            summary=f"Coffee {day}/{month}",
            start=datetime(year, month, day, 15, tzinfo=UTC),
            networking=True,
            **outcome,
        )
        made.contacts.add(dana)
        return made

    coffee(3, ask_made=True, ask_text="Who runs FP&A at Stryker?")
    coffee(10, referral_received=True, referral_note="Kevin Lobo")
    meeting = coffee(20, 12, notes="She asked me to bring my list")
    coffee(15, 1, 2027)  # January: later than the meeting prepared
    page = alice_client.get(f"/give/prep/{meeting.pk}/").content.decode()
    history = page.split("Your history")[1].split("What to ask")[0]
    assert "Coffee 3/11" in history and "Coffee 10/11" in history
    assert "Coffee 15/1" not in history and "Coffee 20/12" not in history
    assert "This meeting" in page and "She asked me to bring my list" in page
    assert "you asked “Who runs FP&amp;A at Stryker?”" in page
    assert "they offered “Kevin Lobo”" in page
    assert "Dana Reyes is a fellow job seeker." in page
    assert "What are you looking for, and which companies are on your list?" in page
    assert "What surprised you most when you joined" not in page


def test_without_a_shared_handbill_the_prep_sheet_says_how_to_make_one(
    alice: User, alice_client: Client, network: dict[str, Contact]
) -> None:
    meeting = Interaction.objects.create(
        owner=alice, summary="Lunch", start=datetime(2026, 12, 2, 12, tzinfo=UTC), networking=True
    )
    meeting.contacts.add(network["sam"])
    page = alice_client.get(f"/give/prep/{meeting.pk}/").content.decode()
    assert "You have no shared handbill yet" in page
    assert "Create a share link" in page
    assert "Bring your handbill" not in page
    assert "Sam Allen is a connector outside your industry." in page


def test_two_namesakes_on_the_give_page_are_told_apart_by_choosing_one(
    alice: User, alice_client: Client, network: dict[str, Contact]
) -> None:
    cfo = Contact.objects.create(
        owner=alice, full_name="Jordan Blake", position="CFO", company_name="Abbott"
    )
    student = Contact.objects.create(
        owner=alice, full_name="Jordan Blake", position="Student", company_name="St. Olaf"
    )
    give = {"contact_name": "Jordan Blake", "kind": "event", "note": "x", "given_on": "2026-11-01"}
    response = alice_client.post("/give/", give)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Several contacts match this name" in page
    assert f'value="{cfo.pk}"' in page and "Jordan Blake (Student, St. Olaf)" in page
    alice_client.post("/give/", {**give, "contact_id": str(student.pk)}, follow=True)
    assert Give.objects.get(owner=alice).contact == student


def test_the_give_form_on_a_contacts_offer_page_logs_for_that_contact(
    alice: User, alice_client: Client, network: dict[str, Contact]
) -> None:
    Contact.objects.create(owner=alice, full_name="Kevin Lobo", company_name="Medtronic")
    page = alice_client.get(f"/give/offer/{network['kevin'].pk}/").content.decode()
    assert f'name="contact_id" value="{network["kevin"].pk}"' in page
    alice_client.post(
        "/give/",
        {
            "contact_name": "Kevin Lobo",
            "contact_id": str(network["kevin"].pk),
            "kind": "event",
            "note": "x",
            "given_on": "2026-11-01",
        },
    )
    assert Give.objects.get(owner=alice).contact == network["kevin"]
