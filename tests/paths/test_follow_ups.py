"""3B7: a second person after 3 business days without a reply, one follow-up after 7."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from freezegun import freeze_time

from rapport.core.outreach import add_business_days, due_3b7
from rapport.paths.models import Outreach
from rapport.paths.routine import due_outreach_actions

FRIDAY = date(2026, 3, 6)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 3, 6), 3, date(2026, 3, 11)),  # Friday + 3: Wednesday
        (date(2026, 3, 5), 7, date(2026, 3, 16)),  # Thursday + 7: the Monday after next
        (date(2026, 3, 7), 3, date(2026, 3, 11)),  # sent on Saturday: counts from Monday
        (date(2026, 3, 8), 1, date(2026, 3, 9)),  # Sunday + 1: Monday
        (date(2026, 3, 9), 5, date(2026, 3, 16)),  # a whole working week
        (date(2026, 3, 9), 0, date(2026, 3, 9)),
    ],
)
def test_business_days_skip_weekends(start: date, days: int, expected: date) -> None:
    assert add_business_days(start, days) == expected


def due(today: date, **kwargs: Any) -> list[tuple[str, date]]:
    values: dict[str, Any] = {
        "sent_on": FRIDAY,
        "replied_on": None,
        "followed_up_on": None,
        "has_target": True,
        "second_person_written": False,
    }
    values.update(kwargs)
    return [(d.kind, d.due_on) for d in due_3b7(today=today, **values)]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 3, 9), []),  # Monday: 1 business day
        (date(2026, 3, 10), []),  # Tuesday: 2
        (date(2026, 3, 11), [("second_person", date(2026, 3, 11))]),
        (date(2026, 3, 14), [("second_person", date(2026, 3, 11))]),  # Saturday: 6
        (date(2026, 3, 16), [("second_person", date(2026, 3, 11))]),  # Monday: 6
        (
            date(2026, 3, 17),
            [("second_person", date(2026, 3, 11)), ("follow_up", date(2026, 3, 17))],
        ),
    ],
)
def test_3b7_from_a_friday_message_over_the_weekends(
    today: date, expected: list[tuple[str, date]]
) -> None:
    assert due(today) == expected


def test_a_reply_ends_the_routine() -> None:
    assert due(date(2026, 3, 20), replied_on=date(2026, 3, 9)) == []


def test_a_second_person_written_to_and_a_follow_up_sent_are_done() -> None:
    assert (
        due(date(2026, 3, 20), second_person_written=True, followed_up_on=date(2026, 3, 17)) == []
    )


def test_without_a_target_company_only_the_follow_up_applies() -> None:
    assert due(date(2026, 3, 17), has_target=False) == [("follow_up", date(2026, 3, 17))]


def test_a_horizon_looks_ahead() -> None:
    assert due(date(2026, 3, 9), horizon=2) == [("second_person", date(2026, 3, 11))]


def send(world: dict[str, Any], who: str, day: date, **kwargs: Any) -> Outreach:
    return Outreach.objects.create(
        owner=world["user"],
        contact=world["people"][who],
        target=world["targets"]["Stryker"],
        text="Hi",
        sent_on=day,
        **kwargs,
    )


@freeze_time("2026-03-11 15:00")
def test_three_business_days_after_a_friday_message_suggest_a_second_person(
    world: dict[str, Any],
) -> None:
    sent = send(world, "kevin", FRIDAY)
    actions = due_outreach_actions(world["user"], date(2026, 3, 10))
    assert actions == []
    [action] = due_outreach_actions(world["user"], date(2026, 3, 11))
    assert action.kind == "second_person"
    assert action.outreach_id == sent.pk
    assert action.contact_id == world["people"]["sofia"].pk
    assert action.due_on == date(2026, 3, 11)
    assert action.text == "Write to Sofia Chen, a second way into Stryker"
    assert "Kevin Lobo has not replied 3 business days" in action.reason
    assert action.draft.startswith("Hi Sofia,")


@freeze_time("2026-03-17 15:00")
def test_seven_business_days_after_call_for_one_follow_up(world: dict[str, Any]) -> None:
    send(world, "kevin", FRIDAY)
    send(world, "sofia", date(2026, 3, 11))
    actions = due_outreach_actions(world["user"], date(2026, 3, 17))
    # Sofia was the second person; with no reply from her either, a third is due.
    assert [(a.kind, a.contact_name, a.due_on) for a in actions] == [
        ("second_person", "Rita Reyes", date(2026, 3, 16)),
        ("follow_up", "Kevin Lobo", date(2026, 3, 17)),
    ]
    follow_up = actions[1]
    assert follow_up.contact_id == world["people"]["kevin"].pk
    assert follow_up.draft.startswith("Hi Kevin,")
    assert "No reply 7 business days after your message of Fri 6 Mar" in follow_up.reason


@freeze_time("2026-03-20 15:00")
def test_replied_and_followed_up_messages_are_quiet(world: dict[str, Any]) -> None:
    send(world, "kevin", FRIDAY, replied_on=date(2026, 3, 9))
    send(world, "sofia", date(2026, 3, 9), followed_up_on=date(2026, 3, 18))
    send(world, "rita", date(2026, 3, 9))
    actions = due_outreach_actions(world["user"], date(2026, 3, 20))
    assert [(a.kind, a.contact_name) for a in actions] == [("follow_up", "Rita Reyes")]


@freeze_time("2026-03-11 15:00")
def test_with_no_one_left_at_the_company_it_says_to_find_someone(world: dict[str, Any]) -> None:
    Outreach.objects.create(
        owner=world["user"],
        contact=world["people"]["kim"],
        target=world["targets"]["Abbott"],
        sent_on=FRIDAY,
    )
    Outreach.objects.create(
        owner=world["user"],
        contact=world["people"]["bob"],
        kind="intro_request",
        target=world["targets"]["Abbott"],
        sent_on=date(2026, 3, 2),
        replied_on=FRIDAY,
    )
    [action] = due_outreach_actions(world["user"], date(2026, 3, 11))
    assert action.contact_id is None
    assert action.text.startswith("Find a second person at Abbott")


def test_an_old_unanswered_message_drops_out(world: dict[str, Any]) -> None:
    send(world, "kevin", date(2025, 12, 1))
    assert due_outreach_actions(world["user"], date(2026, 3, 11)) == []
