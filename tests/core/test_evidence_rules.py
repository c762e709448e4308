"""The rules that read the user's messages, and what the messages say about each meeting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from rapport.core.diagnosis import RULES, Evidence, Outcomes
from rapport.core.meeting_evidence import TouchFact, meeting_outcome, reply_stats
from tests.core.test_diagnosis_rules import COFFEE, healthy

MESSAGES = ("212 LinkedIn messages",)


@pytest.mark.parametrize(
    ("code", "evidence", "fires"),
    [
        # no-replies: at least ten first messages, and under a fifth answered.
        ("no-replies", Evidence(MESSAGES, outreach_sent=10, outreach_replied=2), False),
        ("no-replies", Evidence(MESSAGES, outreach_sent=10, outreach_replied=1), True),
        ("no-replies", Evidence(MESSAGES, outreach_sent=9, outreach_replied=0), False),
        ("no-replies", Evidence(), False),  # nothing imported: nothing to judge
        # thank-you-missing: at least three meetings told about, under half thanked.
        (
            "thank-you-missing",
            Evidence(MESSAGES, covered_meetings=4, meetings_with_thank_you=2),
            False,
        ),
        (
            "thank-you-missing",
            Evidence(MESSAGES, covered_meetings=4, meetings_with_thank_you=1),
            True,
        ),
        (
            "thank-you-missing",
            Evidence(MESSAGES, covered_meetings=2, meetings_with_thank_you=0),
            False,
        ),
    ],
)
def test_evidence_rules_at_their_thresholds(code: str, evidence: Evidence, fires: bool) -> None:
    rule = RULES[code]
    finding = rule.check(healthy(evidence=evidence), rule.doc)
    assert (finding is not None) is fires


def test_a_finding_says_what_it_rests_on_and_names_who_never_answered() -> None:
    evidence = Evidence(
        ("212 LinkedIn messages", "3 LinkedIn invitations"),
        outreach_sent=20,
        outreach_replied=1,
        median_reply_business_days=4.0,
        unanswered=("Sam Patel, written 02 Mar 2024",),
    )
    rule = RULES["no-replies"]
    finding = rule.check(healthy(evidence=evidence), rule.doc)
    assert finding is not None
    assert finding.measured == (
        "1 of 20 (5%) first messages were answered; replies came after 4 business days "
        "(median). From your calendar, what you logged and 212 LinkedIn messages and 3 "
        "LinkedIn invitations."
    )
    assert finding.evidence == ("Sam Patel, written 02 Mar 2024",)


@pytest.mark.parametrize("code", ["no-asks", "no-handbill"])
def test_outcome_findings_name_their_sources_once_messages_count(code: str) -> None:
    changes: dict[str, Any] = {
        "outcomes": Outcomes(logged=10, asks=1, no_asks=9, handbills=1, no_handbills=9),
        "no_ask_meetings": [COFFEE],
        "no_handbill_meetings": [COFFEE],
    }
    rule = RULES[code]
    plain = rule.check(healthy(**changes), rule.doc)
    sourced = rule.check(healthy(evidence=Evidence(MESSAGES), **changes), rule.doc)
    assert plain is not None and sourced is not None
    assert "From your" not in plain.measured
    assert sourced.measured.endswith(
        "From your calendar, what you logged and 212 LinkedIn messages."
    )


START = datetime(2024, 3, 5, 15, 0, tzinfo=UTC)  # a Tuesday


def fact(
    days: float, direction: str, *signals: str, channel: str = "linkedin_message"
) -> TouchFact:
    return TouchFact(
        person="7",
        when=START + timedelta(days=days),
        direction=direction,
        channel=channel,
        signals=signals,
        reason=f"{signals[0] if signals else 'a message'}",
    )


@pytest.mark.parametrize(
    ("touches", "covered", "ask", "handbill", "thank_you"),
    [
        ([], False, None, None, None),
        # Endorsements are no conversation: the meeting stays unknown.
        ([fact(-3, "in", "give", channel="linkedin_endorsement")], False, None, None, None),
        # Set up by message, then nothing: covered, and nothing asked, sent or thanked.
        ([fact(-7, "out", "outreach"), fact(-6, "in", "reply")], True, False, False, "missing"),
        ([fact(-7, "out", "ask", "outreach")], True, True, False, "missing"),
        ([fact(-20, "out", "ask")], True, False, False, "missing"),  # too long before
        ([fact(2, "out", "handbill", "give")], True, False, True, "missing"),
        ([fact(0.2, "out", "thank_you")], True, False, False, "on_time"),
        ([fact(1, "out", "thank_you")], True, False, False, "on_time"),  # next business day
        ([fact(3, "out", "thank_you")], True, False, False, "late"),  # Friday
        ([fact(9, "out", "thank_you")], True, False, False, "missing"),  # past a week
        ([fact(-40, "out", "ask")], False, None, None, None),  # too long before to tell
    ],
)
def test_what_the_messages_around_a_meeting_say(
    touches: list[TouchFact],
    covered: bool,
    ask: bool | None,
    handbill: bool | None,
    thank_you: str | None,
) -> None:
    found = meeting_outcome(START, touches)
    assert (found.covered, found.ask, found.handbill, found.thank_you) == (
        covered,
        ask,
        handbill,
        thank_you,
    )


def test_the_reasons_point_at_the_messages_that_decided() -> None:
    found = meeting_outcome(START, [fact(-7, "out", "ask"), fact(0.2, "out", "thank_you")])
    assert found.reasons == ("27 Feb: ask", "05 Mar: thank_you")


def test_reply_stats_count_first_messages_answered_later_on_any_channel() -> None:
    since, until = START - timedelta(days=30), START + timedelta(days=30)
    answered = TouchFact("a", START, "out", "linkedin_message", ("outreach",))
    reply = TouchFact("a", START + timedelta(days=2), "in", "linkedin_message", ("reply",), "", 2)
    ignored = TouchFact("b", START, "out", "linkedin_message", ("outreach",))
    before = TouchFact("c", START - timedelta(days=1), "in", "linkedin_message")
    too_early = TouchFact("c", START, "out", "linkedin_invitation", ("outreach",))
    stats = reply_stats([answered, reply, ignored, before, too_early], since, until)
    assert (stats.sent, stats.replied, stats.rate, stats.median_days) == (3, 1, 1 / 3, 2.0)
    assert [person for person, _ in stats.unanswered] == ["b", "c"]
