"""What each touch was, followed thread by thread, and reply delays in business days."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from rapport.core.evidence import business_days_between, classify
from rapport.core.records import Person, TouchRecord

NADIA = Person("Nadia Haddad", "nadia-haddad")
OMAR = Person("Omar Farouk", "omar-farouk")


def touch(
    day: int,
    direction: str,
    text: str,
    person: Person = NADIA,
    channel: str = "linkedin_message",
    thread: str = "t1",
    others: tuple[Person, ...] = (),
) -> TouchRecord:
    return TouchRecord(
        channel=channel,
        direction=direction,
        when=datetime(2024, 3, day, 9, 0, tzinfo=UTC),
        person=person,
        where=f"messages.csv, row {day}",
        thread=thread,
        text=text,
        others=others,
    )


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (date(2024, 3, 4), date(2024, 3, 4), 0),  # Monday, same day
        (date(2024, 3, 4), date(2024, 3, 5), 1),
        (date(2024, 3, 8), date(2024, 3, 11), 1),  # Friday to Monday
        (date(2024, 3, 8), date(2024, 3, 9), 0),  # Friday to Saturday
        (date(2024, 3, 4), date(2024, 3, 18), 10),  # two weeks
        (date(2024, 3, 9), date(2024, 3, 13), 3),  # Saturday to Wednesday
        (date(2024, 3, 5), date(2024, 3, 4), 0),  # backwards
    ],
)
def test_business_days_count_weekdays_after_the_first_day(
    start: date, end: date, days: int
) -> None:
    assert business_days_between(start, end) == days


def test_a_first_message_is_outreach_and_the_answer_a_reply_with_its_delay() -> None:
    records = [
        touch(4, "out", "Hi Nadia, hope all is well."),  # Monday
        touch(7, "in", "Good to hear from you!"),  # Thursday
    ]
    outreach, reply = classify(records)
    assert (outreach.kind, outreach.signals) == ("outreach", ("outreach",))
    assert (reply.kind, reply.reply_days) == ("reply", 3)
    assert reply.reason == "answered your message after 3 business days"


def test_a_second_message_before_any_answer_is_a_follow_up() -> None:
    records = [touch(4, "out", "Hi Nadia."), touch(12, "out", "Hi again Nadia.")]
    assert [v.kind for v in classify(records)] == ["outreach", "follow_up"]


def test_a_second_message_the_same_day_is_the_same_approach_not_a_follow_up() -> None:
    # A real archive: "Hi harshita", then "Good evening!" seven seconds later.
    first = touch(4, "out", "Hi Nadia.")
    second = dataclasses.replace(
        first, when=first.when + timedelta(seconds=7), text="Good evening!"
    )
    later = touch(12, "out", "Hi again Nadia.")
    assert [v.kind for v in classify([first, second, later])] == ["outreach", "other", "follow_up"]


def test_records_in_any_order_are_followed_in_time_order() -> None:
    records = [touch(7, "in", "Sure!"), touch(4, "out", "Hi Nadia.")]
    assert [v.kind for v in classify(records)] == ["reply", "outreach"]


def test_an_ask_in_the_first_message_is_both_with_the_ask_listed_first() -> None:
    (verdict,) = classify([touch(4, "out", "Could I ask your advice for 20 minutes?")])
    assert verdict.kind == "ask"
    assert verdict.signals == ("ask", "outreach")
    assert verdict.reason == 'asked: "Could I ask your advice for 20 minutes"'


def test_an_introduction_is_a_give_only_in_a_message_to_both_people() -> None:
    group = [
        touch(4, "out", "Nadia, meet Omar.", NADIA, others=(OMAR,)),
        touch(4, "out", "Nadia, meet Omar.", OMAR, others=(NADIA,)),
    ]
    assert [v.kind for v in classify(group)] == ["give", "give"]
    (alone,) = classify([touch(4, "out", "Nadia, meet Omar next week?")])
    assert alone.kind != "give"


def test_a_message_after_an_endorsement_is_still_a_first_approach() -> None:
    records = [
        touch(1, "in", "", channel="linkedin_endorsement", thread=""),
        touch(4, "out", "Hi Nadia."),
    ]
    endorsement, message = classify(records)
    assert endorsement.kind == "give"
    assert endorsement.reason == "they endorsed you for a skill"
    assert message.kind == "outreach"


def test_an_invitation_without_a_note_is_no_outreach() -> None:
    bare, noted = classify(
        [
            touch(4, "out", "", channel="linkedin_invitation", thread=""),
            touch(5, "out", "We met at the meetup.", OMAR, "linkedin_invitation", ""),
        ]
    )
    assert bare.kind == "other"
    assert noted.kind == "outreach"
