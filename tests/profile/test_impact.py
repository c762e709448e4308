"""The impact helper: the core's shape as form fields, and the answers as a sentence."""

from __future__ import annotations

import pytest

from rapport.profile.impact import SLOTS, assemble, slots

SLOT_TABLE = [
    ("I was responsible for budgeting and reporting.", {"what": "budgeting and reporting"}),
    (
        "At Duo, I led the ERP migration, which cut reporting errors by 40%.",
        {
            "action": "led",
            "what": "the ERP migration",
            "result": "cut reporting errors",
            "number": "40%",
        },
    ),
    (
        "I cut patient falls by 40% in six months.",
        {"action": "cut", "what": "patient falls", "number": "40%", "time": "six months"},
    ),
    ("I would describe myself as a results-oriented team player.", {}),
    ("", {}),
]


@pytest.mark.parametrize(("sentence", "filled"), SLOT_TABLE)
def test_the_slots_hold_what_the_sentence_already_says(
    sentence: str, filled: dict[str, str]
) -> None:
    assert slots(sentence) == {name: filled.get(name, "") for name in SLOTS}


ASSEMBLE_TABLE = [
    (
        {"action": "cut", "what": "scrap", "result": "saved $4.1 million a year"},
        "I cut scrap, which saved $4.1 million a year.",
    ),
    (
        {"action": "cut", "what": "scrap", "number": "32%", "time": "18 months"},
        "I cut scrap by 32% in 18 months.",
    ),
    (
        {
            "action": "rebuilt",
            "what": "the close",
            "whom": "the board",
            "result": "cut errors",
            "number": "40%",
            "time": "nine months",
        },
        "I rebuilt the close for the board, which cut errors by 40% in nine months.",
    ),
    ({"action": " led ", "what": "the  audit.", "whom": ""}, "I led the audit."),
    ({"what": "budgets"}, ""),
    ({}, ""),
]


@pytest.mark.parametrize(("answers", "sentence"), ASSEMBLE_TABLE)
def test_the_answers_make_a_sentence_leaving_out_empty_parts(
    answers: dict[str, str], sentence: str
) -> None:
    assert assemble(answers) == sentence
