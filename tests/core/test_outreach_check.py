"""The outreach checker on good and bad drafts, and Rapport's own drafts against it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rapport.core import outreach
from rapport.core.errors import NotFoundError
from rapport.core.outreach_check import RULES, check, explain, prepare
from rapport.core.plan import Person, PlanData

PLAN = PlanData(
    person=Person(name="Lorraine Halvorsen"),
    positions=("VP Finance",),
    industries=("Medical devices",),
)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "paths.md"

GOOD = """Hi Kevin,

We met at the Edina Chamber breakfast in March. As CFO at Stryker, you see medical devices
from the inside, in a way no website can show. I am exploring VP Finance work. Could you
spare 15 minutes next week to share your advice?

Best,
Lorraine"""


def codes(text: str, kind: str = "first") -> set[str]:
    return {issue.code for issue in check(text, kind).issues}


def test_a_good_first_message_breaks_no_rule() -> None:
    result = check(GOOD)
    assert result.ok, result.issues
    assert result.words == 44


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("too-long", GOOD.replace("next week", "next week " + "really " * 60)),
        (
            "connection-not-first",
            "Hi Kevin,\n\nYou see medical devices from the inside. Could you share your advice?",
        ),
        ("asks-for-a-job", GOOD.replace("share your advice", "tell me about any openings")),
        ("asks-for-a-job", GOOD + "\n\nP.S. I attach my résumé."),
        (
            "no-advice-ask",
            "Hi Kevin,\n\nWe met at the Chamber. You run a great team. Could we talk?",
        ),
        (
            "mostly-about-me",
            "Hi Kevin,\n\nWe met at the Chamber. I am a CFO and I have led my teams through "
            "three acquisitions, and I want my next step to be in devices. Could you give "
            "me advice?",
        ),
        ("no-closing-question", GOOD.replace("share your advice?", "share your advice.")),
        ("gap-left", GOOD.replace("the Edina Chamber breakfast", "[where you met]")),
    ],
)
def test_a_bad_draft_breaks_its_rule(code: str, text: str) -> None:
    assert code in codes(text)


def test_an_introduction_request_needs_a_target_list() -> None:
    text = outreach.connector_request("Bob Holm", ["Stryker"], PLAN, connection="We met.")
    assert "no-target-list" not in codes(text, "intro_request")
    without = text.replace("I can send you the full one-page list. ", "")
    assert "no-target-list" in codes(without, "intro_request")
    assert "no-target-list" not in codes(without, "first")


def test_an_empty_message_says_so() -> None:
    assert codes("") == {"empty"}
    assert codes("Hi Kevin,\n\nLorraine") == {"empty"}


@pytest.mark.parametrize("sign_off", ["Thanks,\nLou", "Thanks!", "Best regards,\nLou Smith", "Lou"])
def test_the_greeting_and_sign_off_are_not_counted(sign_off: str) -> None:
    message = prepare(f"Hi Kevin,\n\nWe met at the Chamber. Could you advise me?\n\n{sign_off}")
    assert message.sentences == ("We met at the Chamber.", "Could you advise me?")
    assert message.words == 9


def test_a_postscript_is_part_of_the_message() -> None:
    message = prepare("Hi K,\n\nCould you advise me?\n\nP.S. I attach my CV.")
    assert message.sentences[-1] == "I attach my CV."


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "first",
            outreach.first_message(
                "Kevin Lobo",
                "Chief Executive Officer",
                "Stryker",
                PLAN,
                connection="It was good to talk with you in March.",
            ),
        ),
        ("first", outreach.advice_request("Kevin Lobo", "CEO", "Stryker", PLAN)),
        (
            "intro_request",
            outreach.connector_request(
                "Bob Holm",
                ["Stryker", "Medtronic", "Abbott", "Boston Scientific", "Baxter"],
                PLAN,
                list_link="https://rapport.example/h/abc123/",
                connection="We know each other through the Edina Chamber of Commerce.",
            ),
        ),
        ("intro_request", outreach.introduction_request("Bob Holm", ["Stryker"], PLAN)),
        ("intro_request", outreach.introduction_reminder("Ann Berg", "Priya", "Abbott", PLAN)),
        (
            "intro_request",
            outreach.introduction_reminder("Ann Berg", "someone", "Abbott", PLAN, asked=True),
        ),
        ("follow_up", outreach.follow_up_message("Kevin Lobo", "Stryker", date(2026, 3, 3), PLAN)),
    ],
)
def test_rapports_own_drafts_follow_every_rule(kind: str, text: str) -> None:
    assert check(text, kind).issues == ()
    assert text.startswith("Hi ")
    assert text.endswith("Lorraine Halvorsen")


def test_a_draft_without_a_known_connection_leaves_a_gap_to_fill() -> None:
    text = outreach.first_message("Kevin Lobo", "CEO", "Stryker", PLAN)
    assert codes(text) == {"gap-left"}


def test_the_connector_request_carries_the_handbill_link() -> None:
    link = "https://rapport.example/h/tok/"
    text = outreach.connector_request("Bob", ["Stryker"], PLAN, list_link=link)
    assert f"\n{link}\n" in text
    assert "one-page list" in outreach.connector_request("Bob", ["Stryker"], PLAN)


def test_the_mailto_link_encodes_subject_and_body() -> None:
    link = outreach.mailto_link("kevin+work@stryker.com", "Your advice on A&B", "Hi K,\n\nOk?")
    assert link == (
        "mailto:kevin%2Bwork@stryker.com?subject=Your%20advice%20on%20A%26B"
        "&body=Hi%20K%2C%0A%0AOk%3F"
    )


def test_every_rule_is_documented() -> None:
    text = DOCS.read_text()
    for code, (doc, _check) in RULES.items():
        assert f"`{code}`" in text, code
        assert explain(code) is doc


def test_explaining_an_unknown_rule_names_the_rules() -> None:
    with pytest.raises(NotFoundError, match="too-long"):
        explain("too-polite")


BODY = GOOD.removesuffix("\n\nBest,\nLorraine")


@pytest.mark.parametrize(
    ("ending", "asks"),
    [
        ("\n\nThanks, Lorraine", True),
        ("\nThanks, Lorraine", True),
        (" Thanks, Lorraine", True),
        ("\n\nThanks so much.\nLorraine", True),
        ("\n\nThank you,\nLorraine Halvorsen", True),
        ("\nMany thanks!", True),
        (" I look forward to hearing from you.\n\nThanks, Lorraine", False),
    ],
)
def test_the_question_before_the_sign_off_is_the_closing_question(ending: str, asks: bool) -> None:
    assert ("no-closing-question" not in codes(BODY + ending)) is asks
