"""The follow-up feed: a private, revocable calendar of thank-yous and follow-ups."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest
from django.contrib.auth.models import User
from django.test import Client
from freezegun import freeze_time

from rapport.accounts.models import Workspace
from rapport.contacts.models import Contact
from rapport.meeting_pages.feed import enable_feed
from rapport.meetings.models import FollowUp, Interaction
from tests.meetings.conftest import EVENTS, Import, vevent


@pytest.fixture
def feed_url(alice: User, meetings: dict[str, Interaction]) -> str:
    return f"/feeds/{enable_feed(alice)}/follow-ups.ics"


def reminders(client: Client, url: str) -> dict[str, date]:
    response = client.get(url)
    assert response.status_code == 200
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    return {str(e["summary"]): e.decoded("dtstart") for e in events}


def test_a_recent_networking_meeting_asks_for_a_thank_you_the_next_day(
    feed_url: str, frozen: None
) -> None:
    assert reminders(Client(), feed_url) == {
        "Send a thank-you: Jane Doe": date(2026, 3, 11),
        "Send a thank-you: Lunch w/ Craig": date(2026, 3, 10),
        "Send a thank-you: Call with Michael Page": date(2026, 3, 6),
        "Send a thank-you: Sam Lee": date(2026, 3, 5),
    }


def test_no_thank_you_is_asked_once_sent_nor_for_groups_old_or_other_events(
    feed_url: str, meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    old = vevent("old", "Coffee w/ Jane Doe", "20260220T150000")
    import_as_alice(*EVENTS, old)
    Interaction.objects.filter(pk=meetings["coffee-jane"].pk).update(
        thank_you_sent_on=date(2026, 3, 10)
    )
    Interaction.objects.filter(pk=meetings["call-page"].pk).update(networking_override=False)
    assert set(reminders(Client(), feed_url)) == {
        "Send a thank-you: Lunch w/ Craig",
        "Send a thank-you: Sam Lee",
    }


def test_open_follow_ups_are_in_the_feed_and_done_ones_are_not(
    alice: User, feed_url: str, meetings: dict[str, Interaction], contacts: dict[str, Contact]
) -> None:
    coffee = meetings["coffee-jane"]
    Interaction.objects.filter(pk=coffee.pk).update(thank_you_sent_on=date(2026, 3, 10))
    FollowUp.objects.create(
        owner=alice,
        kind="follow_up",
        contact=contacts["jane"],
        interaction=coffee,
        due_on=date(2026, 3, 24),
    )
    FollowUp.objects.create(
        owner=alice,
        kind="keep_in_touch",
        contact=contacts["dana"],
        due_on=date(2026, 4, 1),
        done_at=coffee.start,
    )
    found = reminders(Client(), feed_url)
    assert found["Follow up: Jane Doe"] == date(2026, 3, 24)
    assert "Keep in touch: Dana Reyes" not in found


def test_the_same_reminder_keeps_its_uid_across_polls(feed_url: str) -> None:
    def uids() -> list[str]:
        data = Client().get(feed_url).content
        return [str(e["uid"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]

    first = uids()
    with freeze_time("2026-03-12 13:00:00"):
        assert uids() == first
    assert all(uid.startswith("thank-you-") and uid.endswith("@rapport") for uid in first)


def test_the_feed_is_private_and_never_cached(feed_url: str) -> None:
    response = Client().get(feed_url)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    assert Client().post(feed_url).status_code == 405


def test_a_wrong_or_revoked_address_is_a_404(
    alice: User, alice_client: Client, feed_url: str
) -> None:
    assert Client().get("/feeds/not-the-token/follow-ups.ics").status_code == 404
    alice_client.post("/meetings/feed/", {"action": "revoke"})
    assert Workspace.objects.get(owner=alice).follow_up_feed_token == ""
    assert Client().get(feed_url).status_code == 404


def test_the_page_creates_shows_and_revokes_the_address(
    alice: User, alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    page = alice_client.get("/meetings/").content.decode()
    assert "Create a private feed address" in page
    alice_client.post("/meetings/feed/", {"action": "create"})
    token = Workspace.objects.get(owner=alice).follow_up_feed_token
    assert len(token) >= 32
    page = alice_client.get("/meetings/").content.decode()
    assert f'value="http://testserver/feeds/{token}/follow-ups.ics"' in page
    alice_client.post("/meetings/feed/", {"action": "create"})
    assert Workspace.objects.get(owner=alice).follow_up_feed_token == token
    alice_client.post("/meetings/feed/", {"action": "revoke"})
    alice_client.post("/meetings/feed/", {"action": "create"})
    assert Workspace.objects.get(owner=alice).follow_up_feed_token not in ("", token)


def test_the_page_lists_what_is_due_now(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    page = alice_client.get("/meetings/").content.decode()
    assert "Send a thank-you: Jane Doe" in page
    assert f'href="/meetings/{meetings["coffee-jane"].pk}/"' in page


def test_a_feed_shows_only_its_owners_reminders(bob: User, feed_url: str, frozen: None) -> None:
    bobs = f"/feeds/{enable_feed(bob)}/follow-ups.ics"
    assert reminders(Client(), bobs) == {}
