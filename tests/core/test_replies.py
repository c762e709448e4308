"""Boosters, obligates and curmudgeons: a labelled table, scored for precision and recall."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, get_args
from zoneinfo import ZoneInfo

import pytest

from rapport.core.replies import (
    LABEL_WORDS,
    Label,
    Note,
    first_answer,
    latency,
    next_message,
    notes_from,
)

TORONTO = ZoneInfo("America/Toronto")


def at(day: int, hour: int = 10, month: int = 3, zone: ZoneInfo = TORONTO) -> datetime:
    """Return a moment in March 2026 (Monday 2 March is day 2; Friday 6 March is day 6)."""
    return datetime(2026, month, day, hour, 0, tzinfo=zone)


def out(day: int, hour: int = 10, channel: str = "linkedin_message", first: bool = True) -> Note:
    return Note(at(day, hour), "out", channel, first)


def answer(day: int, hour: int = 10, channel: str = "linkedin_message") -> Note:
    return Note(at(day, hour), "in", channel)


Expected = Label | Literal["none"]

# (what the case shows, the messages with one person, today (a day in March 2026), expected)
CASES: list[tuple[str, list[Note], int, Expected]] = [
    ("a reply the same day", [out(2), answer(2, 15)], 20, "booster"),
    ("a reply the next day", [out(2), answer(3)], 20, "booster"),
    ("Friday to Wednesday is 3 business days", [out(6), answer(11)], 20, "booster"),
    ("Friday to Thursday is 4", [out(6), answer(12)], 20, "obligate"),
    ("a weekend does not count: Friday to Monday is 1", [out(6), answer(9)], 20, "booster"),
    (
        "a reply by e-mail to a LinkedIn message",
        [out(2), answer(4, channel="email")],
        20,
        "booster",
    ),
    ("a reply two weeks later", [out(2), answer(16)], 20, "obligate"),
    (
        "an endorsement is no reply",
        [out(2), answer(3, channel="linkedin_endorsement")],
        20,
        "curmudgeon",
    ),
    ("no reply in 7 business days", [out(2)], 11, "curmudgeon"),
    ("no reply in 6 business days: not known yet", [out(2)], 10, "unknown"),
    ("no reply yet, the day after", [out(2)], 3, "unknown"),
    ("their message before mine is no reply", [answer(2), out(3)], 20, "curmudgeon"),
    (
        "a follow-up of mine is no reply",
        [out(2), out(9, first=False), answer(10)],
        20,
        "obligate",
    ),
    ("the latest approach counts", [out(2), answer(3), out(20, first=True)], 31, "curmudgeon"),
    (
        "an earlier curmudgeon who answers a later approach at once",
        [out(2), out(20), answer(20, 18)],
        31,
        "booster",
    ),
    ("no first message: nothing to tell", [answer(2), Note(at(3), "out", "email")], 20, "none"),
    (
        "late Friday evening in Toronto is Saturday in UTC, still a Friday message",
        [Note(at(6, 23), "out", "email", True), answer(11)],
        20,
        "booster",
    ),
]


def label_of(notes: list[Note], today: int) -> Expected:
    found = latency(notes, TORONTO, date(2026, 3, today))
    return "none" if found is None else found.label


@pytest.mark.parametrize(("case", "notes", "today", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_person_is_classed_by_how_they_answered(
    case: str, notes: list[Note], today: int, expected: Expected
) -> None:
    assert label_of(notes, today) == expected


@pytest.mark.parametrize("label", get_args(Label))
def test_each_class_has_full_precision_and_recall_on_the_table(label: Label) -> None:
    predicted = {case for case, notes, today, _ in CASES if label_of(notes, today) == label}
    expected = {case for case, _notes, _today, wanted in CASES if wanted == label}
    assert expected, f"the table has no {label} case"
    precision = len(predicted & expected) / len(predicted) if predicted else 0.0
    recall = len(predicted & expected) / len(expected)
    assert (precision, recall) == (1.0, 1.0), predicted ^ expected


def test_the_reason_points_at_both_messages_with_their_day_and_channel() -> None:
    found = latency([out(6), answer(12, channel="email")], TORONTO, date(2026, 3, 20))
    assert found is not None
    assert found.words == "obligate"
    assert found.days == 4
    assert found.reason == (
        "Obligate: replied by e-mail on Thu 12 Mar 2026, 4 business days after your LinkedIn "
        "message of Fri 6 Mar 2026 (obligates reply, but after 3)."
    )


def test_a_person_not_yet_known_says_how_long_it_has_been() -> None:
    found = latency([out(6)], TORONTO, date(2026, 3, 10))
    assert found is not None
    assert found.words == LABEL_WORDS["unknown"] == "not yet known"
    assert "after 2 business days" in found.reason
    assert found.to_json(TORONTO) == {
        "class": "unknown",
        "sent_on": "2026-03-06",
        "replied_on": None,
        "business_days": 2,
        "reason": found.reason,
    }


def test_a_message_logged_by_hand_counts_from_the_start_of_its_day() -> None:
    notes = notes_from(
        [(7, at(9, 8), "in", "linkedin_message", ["reply"])], [(3, date(2026, 3, 9))], TORONTO
    )
    found = latency(notes, TORONTO, date(2026, 3, 20))
    assert found is not None
    assert (found.label, found.sent.ident, found.reply and found.reply.ident) == ("booster", 3, 7)
    assert "your message of Mon 9 Mar 2026" in found.reason


def test_a_first_message_is_known_by_its_outreach_signal_whatever_its_kind() -> None:
    # An ask in a first message is listed as an ask; it is still the approach.
    notes = notes_from([(1, at(2), "out", "email", ["ask", "outreach"])], [], TORONTO)
    assert [n.first for n in notes] == [True]


def test_the_follow_up_is_the_next_message_on_a_later_day() -> None:
    sent = out(2, 9)
    same_day = out(2, 11, first=False)
    later = out(9, first=False)
    assert next_message(sent, [sent, same_day, later], TORONTO) == later
    assert next_message(sent, [sent, same_day], TORONTO) is None


def test_the_first_answer_is_the_earliest_after_the_message() -> None:
    sent = out(4)
    early, late = answer(5), answer(6)
    assert first_answer(sent, [late, answer(3), early, sent]) == early
    assert first_answer(sent, [Note(at(5), "in", "linkedin_recommendation")]) is None


def test_days_are_counted_in_the_zone_given() -> None:
    # Thursday 22:00 in Toronto is Friday 03:00 in UTC: answered Friday morning, that is
    # 1 business day in Toronto and 0 in UTC.
    sent = Note(datetime(2026, 3, 5, 22, 0, tzinfo=TORONTO), "out", "email", True)
    reply = Note(datetime(2026, 3, 6, 9, 0, tzinfo=TORONTO), "in", "email")
    in_toronto = latency([sent, reply], TORONTO, date(2026, 3, 20))
    in_utc = latency([sent, reply], ZoneInfo("UTC"), date(2026, 3, 20))
    assert in_toronto is not None and in_utc is not None
    assert (in_toronto.days, in_utc.days) == (1, 0)
