"""3B7 from imported messages: a reply closes the steps, silence fires them, people are classed."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.test import Client
from django.urls import reverse

from rapport.paths.models import Outreach
from rapport.paths.replies import latencies
from rapport.paths.routine import due_outreach_actions
from rapport.touches.importer import import_touches
from tests.messages_csv import messages_csv


def load(world: dict[str, Any], *rows: tuple[str, str, str, str]) -> None:
    run = import_touches(world["user"], messages_csv(*rows), "messages.csv")
    assert run.counts["new"] == len(rows)


FIRST = ("out", "Kevin Lobo", "2026-03-06 14:00", "Hi Kevin, could I ask your advice on Stryker?")


def test_three_business_days_without_a_reply_suggest_the_second_person_by_name(
    world: dict[str, Any],
) -> None:
    load(world, FIRST)
    assert due_outreach_actions(world["user"], date(2026, 3, 10)) == []
    [action] = due_outreach_actions(world["user"], date(2026, 3, 11))
    assert (action.kind, action.contact_name, action.due_on) == (
        "second_person",
        "Sofia Chen",
        date(2026, 3, 11),
    )
    assert action.outreach_id is None and action.touch_id is not None
    assert action.reason.startswith(
        "Kevin Lobo has not replied 3 business days after your LinkedIn message of Fri 6 Mar 2026."
    )
    assert action.draft.startswith("Hi Sofia,")


def test_seven_business_days_without_a_reply_call_for_one_follow_up(
    world: dict[str, Any],
) -> None:
    load(world, FIRST)
    actions = due_outreach_actions(world["user"], date(2026, 3, 17))
    assert [(a.kind, a.contact_name) for a in actions] == [
        ("second_person", "Sofia Chen"),
        ("follow_up", "Kevin Lobo"),
    ]
    assert actions[1].reason == (
        "No reply 7 business days after your LinkedIn message of Fri 6 Mar 2026."
    )
    kevin = world["people"]["kevin"].pk
    assert latencies(world["user"], [kevin], date(2026, 3, 17))[kevin].label == "curmudgeon"


def test_a_reply_closes_every_step_and_makes_a_booster(world: dict[str, Any]) -> None:
    load(world, FIRST, ("in", "Kevin Lobo", "2026-03-10 09:30", "Happy to help, Margaret."))
    assert due_outreach_actions(world["user"], date(2026, 3, 20)) == []
    kevin = world["people"]["kevin"].pk
    answer = latencies(world["user"], [kevin], date(2026, 3, 20))[kevin]
    assert answer.label == "booster"
    assert answer.reason.startswith("Booster: replied by LinkedIn message on Tue 10 Mar 2026")


def test_writing_to_someone_else_there_and_following_up_close_their_steps(
    world: dict[str, Any],
) -> None:
    load(
        world,
        FIRST,
        ("out", "Sofia Chen", "2026-03-11 10:00", "Hi Sofia, could I ask your advice?"),
        ("out", "Kevin Lobo", "2026-03-17 10:00", "Just following up on my note."),
    )
    # Kevin's steps are done. Sofia's clock runs from Wednesday 11: her second person is
    # covered by the message to Kevin since, her follow-up falls due on Friday 20.
    assert due_outreach_actions(world["user"], date(2026, 3, 19)) == []
    [action] = due_outreach_actions(world["user"], date(2026, 3, 20))
    assert (action.kind, action.contact_name) == ("follow_up", "Sofia Chen")
    assert action.reason == (
        "No reply 7 business days after your LinkedIn message of Wed 11 Mar 2026."
    )


def test_a_first_message_to_someone_outside_the_targets_starts_no_routine(
    world: dict[str, Any],
) -> None:
    load(world, ("out", "Fran Olsen", "2026-03-02 10:00", "Hi Fran, how are you?"))
    assert due_outreach_actions(world["user"], date(2026, 3, 20)) == []
    fran = world["people"]["fran"].pk
    assert latencies(world["user"], [fran], date(2026, 3, 20))[fran].label == "curmudgeon"


def test_a_message_logged_the_same_day_wins_over_the_one_read(world: dict[str, Any]) -> None:
    load(world, FIRST)
    Outreach.objects.create(
        owner=world["user"],
        contact=world["people"]["kevin"],
        target=world["targets"]["Stryker"],
        text="Hi",
        sent_on=date(2026, 3, 6),
    )
    [action] = due_outreach_actions(world["user"], date(2026, 3, 11))
    assert action.outreach_id is not None and action.touch_id is None


def test_they_replied_on_a_step_from_a_message_logs_it_and_quiets_it(
    world: dict[str, Any], alice_client: Client
) -> None:
    load(world, FIRST)
    [action] = due_outreach_actions(world["user"], date(2026, 3, 11))
    response = alice_client.post(action.replied_url)
    assert response.status_code == 302
    logged = Outreach.objects.get(owner=world["user"])
    assert (logged.contact, logged.sent_on) == (world["people"]["kevin"], date(2026, 3, 6))
    assert logged.replied_on is not None
    assert due_outreach_actions(world["user"], date(2026, 3, 11)) == []


def test_another_user_cannot_mark_someone_elses_message(
    world: dict[str, Any], bob_client: Client
) -> None:
    load(world, FIRST)
    [action] = due_outreach_actions(world["user"], date(2026, 3, 11))
    assert action.touch_id is not None
    url = reverse("touch-outreach-replied", args=[action.touch_id])
    assert bob_client.post(url).status_code == 404
    assert not Outreach.objects.exists()
