"""The roster's figures against hand-built clients, and when they are computed again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult
from freezegun import freeze_time

from rapport.accounts.owner import user_named
from rapport.coaching import sharing, summary
from rapport.coaching.models import Summary
from rapport.contacts.models import Contact
from rapport.meetings.models import FollowUp, Interaction
from rapport.plan.models import Plan
from tests.coaching.conftest import coach

NOW = datetime(2026, 11, 20, 17, tzinfo=UTC)  # a Friday


@pytest.fixture(autouse=True)
def frozen() -> Iterator[None]:
    with freeze_time(NOW):
        yield


def client_with(name: str, goal: int | None, meetings: int, with_whom: dict[str, Any]) -> User:
    """A client with a weekly goal and ``meetings`` networking meetings, one every 3 days."""
    user = user_named(name, create=True)
    Plan.objects.create(owner=user, name=name, positions=["CFO"], weekly_meetings=goal)
    person = Contact.objects.create(owner=user, full_name=f"Someone of {name}", **with_whom)
    for n in range(meetings):
        met = Interaction.objects.create(
            owner=user,
            summary="Coffee",
            kind="coffee",
            networking=True,
            start=NOW - timedelta(days=1 + 3 * n),
        )
        met.contacts.add(person)
    return user


@pytest.mark.parametrize(
    ("goal", "meetings", "with_whom", "per_week", "deciders", "seekers"),
    [
        # No meetings at all: no share to speak of, not 0%.
        (3, 0, {}, 0.0, 0, None),
        # Meets only fellow job seekers: a full share, nobody who could hire.
        (3, 6, {"is_job_seeker": True}, 0.5, 0, 1.0),
        # On goal, every meeting with a decision-maker: 26 meetings in the 90-day window.
        (2, 26, {"can_hire": True}, 2.0, 26, 0.0),
    ],
)
def test_figures_of_hand_built_clients(
    db: None,
    goal: int,
    meetings: int,
    with_whom: dict[str, Any],
    per_week: float,
    deciders: int,
    seekers: float | None,
) -> None:
    figures = summary.compute(client_with("nadia", goal, meetings, with_whom))
    assert figures["meetings_per_week"] == per_week
    assert figures["goal_per_week"] == goal
    assert figures["decision_maker_meetings"] == deciders
    assert figures["job_seeker_share"] == seekers
    assert sum(figures["findings"].values()) >= 1
    assert figures["headline"]


def test_overdue_follow_ups_and_last_activity_are_counted(db: None) -> None:
    nadia = client_with("nadia", 3, 2, {})
    FollowUp.objects.create(owner=nadia, kind="thank_you", due_on=date(2026, 11, 19))
    FollowUp.objects.create(owner=nadia, kind="thank_you", due_on=date(2026, 11, 21))
    done = FollowUp.objects.create(owner=nadia, kind="thank_you", due_on=date(2026, 11, 1))
    done.done_at = NOW
    done.save()
    figures = summary.compute(nadia)
    assert figures["overdue_follow_ups"] == 1
    assert figures["last_activity"] == "2026-11-20"  # the contact made today


def test_a_change_marks_the_summary_stale_and_the_roster_computes_it_once(
    transactional_db: None,
) -> None:
    carol = coach("carol")
    nadia = client_with("nadia", 3, 0, {})
    sharing.grant(nadia, carol, [])
    first = summary.fresh([nadia])[nadia.pk].figures
    assert first["meetings_per_week"] == 0.0
    assert not Summary.objects.get(owner=nadia).stale

    # Unchanged: the stored figures are read, nothing is computed.
    computed_at = Summary.objects.get(owner=nadia).computed_at
    summary.fresh([nadia])
    assert Summary.objects.get(owner=nadia).computed_at == computed_at

    # Committed (the test runs outside a transaction): the summary is marked at commit.
    with transaction.atomic():
        met = Interaction.objects.create(
            owner=nadia, summary="Lunch", networking=True, start=NOW - timedelta(days=2)
        )
        met.contacts.add(Contact.objects.get(owner=nadia))
    assert Summary.objects.get(owner=nadia).stale
    assert summary.fresh([nadia])[nadia.pk].figures["meetings_per_week"] == 0.1
    assert not Summary.objects.get(owner=nadia).stale


def test_another_clients_change_leaves_a_summary_fresh(transactional_db: None) -> None:
    carol = coach("carol")
    nadia, sam = client_with("nadia", 3, 0, {}), client_with("sam", 3, 0, {})
    sharing.grant(nadia, carol, [])
    summary.fresh([nadia])
    Contact.objects.create(owner=sam, full_name="Sam's friend")
    assert not Summary.objects.get(owner=nadia).stale


def test_a_new_day_computes_the_figures_again(db: None) -> None:
    carol = coach("carol")
    nadia = client_with("nadia", 3, 0, {})
    sharing.grant(nadia, carol, [])
    summary.fresh([nadia])
    with freeze_time(NOW + timedelta(days=1)):
        summary.fresh([nadia])
        assert Summary.objects.get(owner=nadia).computed_on == date(2026, 11, 21)


def test_a_page_with_no_time_left_shows_the_figures_it_has_marked_behind(db: None) -> None:
    carol = coach("carol")
    nadia, sam = client_with("nadia", 3, 0, {}), client_with("sam", 3, 0, {})
    for client in (nadia, sam):
        sharing.grant(client, carol, [])
    summary.fresh([nadia, sam])  # computed today
    with freeze_time(NOW + timedelta(days=1)):
        waiting = summary.fresh([nadia, sam], budget=0)
        assert [(s.as_of, s.behind) for s in waiting.values()] == [(date(2026, 11, 20), True)] * 2
        done = summary.fresh([nadia, sam])
        assert [(s.as_of, s.behind) for s in done.values()] == [(date(2026, 11, 21), False)] * 2


def test_a_client_never_computed_is_computed_whatever_the_budget(db: None) -> None:
    carol = coach("carol")
    nadia = client_with("nadia", 3, 0, {})
    sharing.grant(nadia, carol, [])
    shown = summary.fresh([nadia], budget=0)[nadia.pk]
    assert not shown.behind
    assert shown.figures["goal_per_week"] == 3


def test_on_a_hosted_server_the_worker_refreshes_figures_soon_after_a_change(
    transactional_db: None, settings: Any
) -> None:
    settings.TASKS_MODE = "queue"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    carol = coach("carol")
    nadia = client_with("nadia", 3, 0, {})
    sharing.grant(nadia, carol, [])
    summary.fresh([nadia])
    with transaction.atomic():
        for day in (2, 4):  # two writes in one burst: one task
            met = Interaction.objects.create(
                owner=nadia, summary="Lunch", networking=True, start=NOW - timedelta(days=day)
            )
            met.contacts.add(Contact.objects.get(owner=nadia))
    Contact.objects.create(owner=nadia, full_name="Another")  # still stale: nothing queued
    assert DBTaskResult.objects.count() == 1
    assert Summary.objects.get(owner=nadia).stale

    call_command("db_worker", batch=True, interval=0, startup_delay=False, reload=False)
    stored = Summary.objects.get(owner=nadia)
    assert not stored.stale
    assert stored.figures["meetings_per_week"] == 0.2  # 2 meetings in 90 days, no roster view


def test_on_a_laptop_a_change_queues_nothing(transactional_db: None) -> None:
    carol = coach("carol")
    nadia = client_with("nadia", 3, 0, {})
    sharing.grant(nadia, carol, [])
    summary.fresh([nadia])
    Contact.objects.create(owner=nadia, full_name="Another")
    assert Summary.objects.get(owner=nadia).stale
    assert DBTaskResult.objects.count() == 0
