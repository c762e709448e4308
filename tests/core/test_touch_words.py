"""What a message does, by its words: labelled tables, with precision and recall measured.

Each table holds messages as people write them, labelled by hand. The detectors are tuned
for precision (a false "you asked" or "you thanked" would hide a breakdown the diagnosis
should show), so precision must stay at 1.0 while recall may miss an odd phrasing; the
numbers are recorded in docs/decisions.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.core import touch_words

Labelled = list[tuple[str, bool]]

ASKS: Labelled = [
    ("Could I ask your advice for 20 minutes?", True),
    ("Would you introduce me to someone on the platform team?", True),
    ("Who do you know at Stryker?", True),
    ("Do you know anyone in supply chain at Medtronic?", True),
    ("Could you refer me for the analyst opening?", True),
    ("I'd love your perspective on moving into product.", True),
    ("Would you be open to a quick call next week?", True),
    ("Can I pick your brain about Hooli's culture?", True),
    ("Would you be willing to put me in touch with your recruiter?", True),
    ("I'd value your advice on my target list.", True),
    ("Any chance you have 15 minutes next week?", True),  # a miss: no telling word
    ("Congratulations on the new role!", False),
    ("Thanks again for the introduction to Omar.", False),
    ("I asked my manager about it yesterday.", False),
    ("Here is the deck we discussed.", False),
    ("Great to see you at the meetup, let's keep in touch.", False),
    ("Do you know what time the event starts?", False),
]
THANKS: Labelled = [
    ("Thank you so much for your time yesterday!", True),
    ("Thanks for the coffee and the advice on Hooli.", True),
    ("Many thanks for introducing me to Omar.", True),
    ("I really appreciated your time on Tuesday.", True),
    ("Thanks again, that list of names was gold.", True),
    ("Grateful for your help with the referral.", True),
    ("Cheers for yesterday, very useful!", True),  # a miss: "cheers" is too loose a word
    ("Could I ask your advice?\n\nThanks,\nAlex", False),
    ("Thanks in advance for any pointers.", False),
    ("Would you have 20 minutes? Thanks!", False),
    ("No thanks, I'm not looking to switch banks.", False),
    ("Happy to chat. How about Tuesday?", False),
]
SHARED: Labelled = [
    ("Saw this and thought of you: https://example.com/report", True),
    ("Thought you'd find this article on supply chains useful.", True),
    ("Sharing the job posting we talked about.", True),
    ("You might be interested in the Columbus product meetup on Friday.", True),
    ("Here's the article I mentioned: https://example.com/a", True),
    ("In case it's useful, the slides are attached.", True),
    ("FYI the panel is on Thursday.", True),  # a miss: FYI alone is too weak to count
    ("Could you share the job posting?", False),
    ("I'd love to hear your thoughts.", False),
    ("Thanks for sharing your story yesterday.", False),
    ("Let me know if you find anything.", False),
]
# (text, people besides the one it is counted for, is an introduction made)
INTRODUCTIONS: list[tuple[str, int, bool]] = [
    ("Nadia, meet Omar: Omar is CTO at Pied Piper.", 1, True),
    ("I'd like to introduce you two: Priya runs HR at Globex.", 1, True),
    ("Let me introduce you to Sam, who leads data at Initech.", 1, True),
    ("You two should talk about platform hiring.", 1, True),
    ("Connecting you both as promised.", 1, True),
    ("Introducing you to Kim, our best recruiter.", 1, True),
    ("Omar - Nadia; Nadia - Omar. Over to you!", 1, True),  # a miss: names only, no verb
    ("Could you make an introduction to your CTO?", 1, False),
    ("Thanks for the introduction to Omar!", 1, False),
    ("Nadia, meet Omar: Omar is CTO at Pied Piper.", 0, False),  # to one person: a plan
    ("The introduction of the new API went well.", 1, False),
    ("Let's meet Tuesday at the Starbucks on High Street.", 1, False),
    ("Would you introduce me to Kim?", 1, False),
]
HANDBILL: list[tuple[str, tuple[str, ...], bool]] = [
    ("My list: https://rapport.example.com/h/Zm9vYmFyYmF6", (), True),
    ("Attached is my one-pager.", ("Alex Rivera handbill.pdf",), True),
    ("Here is my target company list, in case names come to mind.", (), True),
    ("Sharing the list of companies I'm targeting.", (), True),
    ("Attached is my resume.", ("Alex_Rivera_Resume.pdf",), False),
    ("Which companies are you targeting?", (), False),
    ("See https://example.com/help/abc", (), False),
]


def measure(
    cases: list[tuple[bool, bool]],
) -> tuple[float, float]:
    """Return (precision, recall) of (found, expected) pairs."""
    hits = sum(1 for found, expected in cases if found and expected)
    found = sum(1 for found, _ in cases if found)
    expected = sum(1 for _, expected in cases if expected)
    return (hits / found if found else 1.0), (hits / expected if expected else 1.0)


@pytest.mark.parametrize(
    ("name", "detect", "table", "least_recall"),
    [
        ("ask", touch_words.ask_words, ASKS, 0.9),
        ("thank-you", touch_words.thanks_words, THANKS, 0.85),
        ("shared information", touch_words.shared_words, SHARED, 0.85),
    ],
)
def test_detectors_are_precise_and_find_most(
    name: str, detect: Callable[[str], str | None], table: Labelled, least_recall: float
) -> None:
    results = [(detect(text) is not None, expected) for text, expected in table]
    precision, recall = measure(results)
    wrong = [
        text
        for (text, _), (found, expected) in zip(table, results, strict=True)
        if found and not expected
    ]
    assert precision == 1.0, f"{name}: precision {precision:.2f}; wrongly found in {wrong}"
    assert recall >= least_recall, f"{name}: recall {recall:.2f}"


def test_introductions_need_two_people_and_an_introducing_verb() -> None:
    results = [
        (touch_words.introduction_words(text, others) is not None, expected)
        for text, others, expected in INTRODUCTIONS
    ]
    precision, recall = measure(results)
    assert precision == 1.0
    assert recall >= 0.85, recall  # the names-only case is missed


@pytest.mark.parametrize(
    "text",
    [
        "Could you make an introduction to your CTO?",
        "Thanks for the introduction to Omar!",
        "The introduction of the new API went well.",
    ],
)
def test_a_message_that_mentions_an_introduction_is_not_one_made(text: str) -> None:
    assert touch_words.introduction_words(text, 2) is None


def test_the_handbill_is_found_by_its_link_its_file_or_its_words() -> None:
    results = [
        (touch_words.handbill_words(text, files) is not None, expected)
        for text, files, expected in HANDBILL
    ]
    assert measure(results) == (1.0, 1.0)


def test_the_words_that_decided_are_returned_for_the_reason() -> None:
    assert touch_words.ask_words("Hi Kim. Could I ask your advice for 20 minutes? Alex") == (
        "Could I ask your advice for 20 minutes"
    )
    assert touch_words.thanks_words("Thank you so much for your time yesterday, Nadia!") == (
        "Thank you so much for your time yesterday, Nadia"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Just following up on my note from last week.", True),
        ("I took your advice and called Priya.", True),
        ("A quick update on the Hooli process: I have an interview!", True),
        ("Looking forward to following your work.", False),
        ("Thanks for the coffee.", False),
    ],
)
def test_follow_ups_and_report_backs(text: str, expected: bool) -> None:
    assert (touch_words.follow_up_words(text) is not None) is expected


# Words from every pattern and a few around them: texts built from these reach every
# branch of the patterns, so a needle missing from a list shows as a difference.
FRAGMENTS = (
    "Could I ask",
    "can we get",
    "would you introduce",
    "Introduce me to",
    "put me in touch",
    "who do you know at",
    "do you happen to know anyone",
    "pick your brain",
    "I'd love your",
    "I would appreciate an",
    "advice",
    "introduction",
    "referral",
    "insight",
    "open to a quick",
    "call",
    "up for coffee",
    "informational interview",
    "Thank you so much for",
    "thanks again",
    "grateful for your time",
    "appreciated the chat",
    "thanks in advance",
    "thought you'd find",
    "saw this and thought of you",
    "you might enjoy",
    "sharing this",
    "passing along the",
    "in case it's useful",
    "here's the article",
    "following up on",
    "circling back",
    "bumping this",
    "took your advice",
    "a quick update on",
    "my target list",
    "list of the target companies",
    "My Handbill",
    "THANK YOU FOR",
    "Could I Ask",
    "İstanbul",
    "Straße",
    "Hooli",
    ".",
    ",",
    "\n",
    " ",
)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join))
@settings(max_examples=400, deadline=None)
def test_the_quick_word_test_never_hides_a_match(text: str) -> None:
    def plain(pattern: re.Pattern[str]) -> str | None:
        return touch_words._words(pattern.search(text))

    assert touch_words.ask_words(text) == plain(touch_words._ASK)
    assert touch_words.shared_words(text) == plain(touch_words._SHARED)
    assert touch_words.follow_up_words(text) == plain(touch_words._FOLLOW_UP)
    assert touch_words.handbill_words(text) == plain(touch_words._HANDBILL_WORDS)
    thanks = (
        touch_words._words(m)
        for m in touch_words._THANKS.finditer(text)
        if not touch_words._NOT_THANKS.search(text[max(0, m.start() - 10) : m.end() + 12])
    )
    assert touch_words.thanks_words(text) == next(thanks, None)
