"""The demo personas load through the real importers and tell their story."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User

from rapport.accounts.models import Workspace
from rapport.contacts.models import Contact
from rapport.core.errors import InputError
from rapport.demo.loader import date_shift, load_demo
from rapport.meetings.models import Interaction
from rapport.plan.services import load_plan
from rapport.profile.models import Pitch


def test_the_scattered_persona_is_the_articles_case(alice: User) -> None:
    summary = load_demo(alice, "scattered")
    assert summary.startswith("Demo loaded")
    plan = load_plan(alice)
    assert "Chief Financial Officer" in plan.positions
    assert len(plan.companies) >= 35
    contacts = Contact.objects.owned_by(alice)
    assert contacts.count() >= 550
    at_targets = contacts.filter(target_company__isnull=False)
    assert at_targets.count() >= 30
    deciders = at_targets.filter(can_hire=True)
    assert deciders.count() >= 5
    assert contacts.filter(is_job_seeker=True).count() >= 80
    networking = Interaction.objects.owned_by(alice).networking()
    assert networking.count() >= 150
    # A year of meetings, and not one with anyone at a target company who could hire her.
    assert not networking.filter(contacts__can_hire=True).exists()
    assert networking.filter(contacts__is_job_seeker=True).count() >= 80
    pitch = Pitch.objects.get(owner=alice)
    assert "dog" in pitch.text.lower() or "retriever" in pitch.text.lower()


def test_the_focused_persona_meets_decision_makers(alice: User) -> None:
    load_demo(alice, "focused")
    networking = Interaction.objects.owned_by(alice).networking()
    assert networking.filter(contacts__can_hire=True).distinct().count() >= 10
    assert networking.filter(contacts__target_company__isnull=False).distinct().count() >= 40


def test_the_demo_loads_only_into_an_empty_workspace(alice: User) -> None:
    load_demo(alice, "scattered")
    with pytest.raises(InputError, match="already holds data"):
        load_demo(alice, "focused")


def test_an_unknown_persona_is_named(alice: User) -> None:
    with pytest.raises(InputError, match="no demo persona 'lazy'"):
        load_demo(alice, "lazy")


@pytest.mark.parametrize(
    ("today", "weeks"),
    [
        (date(2026, 11, 20), 0),
        (date(2026, 11, 26), 0),
        (date(2026, 11, 27), 1),
        (date(2027, 3, 1), 14),
        (date(2026, 1, 1), -47),
    ],
)
def test_dates_move_by_whole_weeks_to_today(today: date, weeks: int) -> None:
    shift = date_shift(date(2026, 11, 20), today)
    assert shift == timedelta(weeks=weeks)
    assert (date(2026, 11, 20) + shift).weekday() == date(2026, 11, 20).weekday()


@pytest.mark.parametrize("zone_before", ["UTC", "America/New_York", "America/Chicago"])
def test_the_demos_all_day_events_keep_their_dates_in_its_zone(
    alice: User, zone_before: str
) -> None:
    # Loaded on 1 June 2027 the story moves 27 weeks: a July holiday lands in January,
    # across a change of the clocks, and the demo's zone (Chicago) is not the user's.
    Workspace.objects.filter(owner=alice).update(time_zone=zone_before)
    today = date(2027, 6, 1)
    load_demo(alice, "scattered", today=today)
    shift = date_shift(date(2026, 11, 20), today)
    chicago = ZoneInfo("America/Chicago")
    for uid, first, last in [
        ("4rqisj4b9rqttbv1leev5a0edg@google.com", date(2025, 11, 27), date(2025, 11, 28)),
        ("ckr03rl9eldfs8ltq03sn2hrl5@google.com", date(2026, 7, 4), date(2026, 7, 12)),
    ]:
        meeting = Interaction.objects.get(owner=alice, source_uid=uid)
        assert meeting.all_day
        assert meeting.start == datetime.combine(first + shift, time(), chicago)
        assert meeting.end == datetime.combine(last + shift, time(), chicago)
