"""The timeline opens at today; an outcome is logged only for a meeting that has happened."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from rapport.meeting_pages.views import PAGE_SIZE
from rapport.meetings.models import Interaction


def coffees(user: User, past: int, upcoming: int) -> None:
    now = timezone.now()
    Interaction.objects.bulk_create(
        [
            Interaction(
                owner=user,
                summary=f"Past coffee {n}",
                start=now - timedelta(days=n + 1),
                networking=True,
                kind="coffee",
            )
            for n in range(past)
        ]
        + [
            Interaction(
                owner=user,
                summary=f"Coming coffee {n}",
                start=now + timedelta(hours=n + 1),
                networking=True,
                kind="coffee",
            )
            for n in range(upcoming)
        ]
    )


def test_the_timeline_opens_at_the_page_where_today_is(alice: User, alice_client: Client) -> None:
    # A long recurring series ahead would otherwise fill the first pages with the future.
    coffees(alice, past=30, upcoming=PAGE_SIZE + 10)
    page = alice_client.get("/meetings/").content.decode()
    assert "Page 2 of 2" in page
    marker = page.index('id="today"')
    assert page.index(">Coming coffee 0</a></h3>") < marker < page.index(">Past coffee 0</a></h3>")
    first = alice_client.get("/meetings/", {"page": "1"}).content.decode()
    assert 'id="today"' not in first and "Past coffee 0</a></h3>" not in first


def test_an_upcoming_meeting_offers_preparation_not_an_outcome(
    alice: User, alice_client: Client
) -> None:
    coffees(alice, past=1, upcoming=1)
    coming = Interaction.objects.get(owner=alice, summary="Coming coffee 0")
    past = Interaction.objects.get(owner=alice, summary="Past coffee 0")
    assert "Log the outcome" not in alice_client.get(f"/meetings/{coming.pk}/").content.decode()
    assert "Log the outcome" in alice_client.get(f"/meetings/{past.pk}/").content.decode()
    response = alice_client.post(
        f"/meetings/{coming.pk}/outcome/", {"ask_made": "yes", "ask_text": "Intro"}, follow=True
    )
    assert "has not happened yet" in response.content.decode()
    coming.refresh_from_db()
    assert coming.ask_made is None and coming.outcome_logged_at is None
