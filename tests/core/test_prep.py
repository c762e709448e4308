"""What to ask at a meeting depends on who the person is."""

from __future__ import annotations

import pytest

from rapport.core.plan import PlanData
from rapport.core.prep import Person, Role, questions, role_of

PLAN = PlanData(positions=("VP Finance",), industries=("Medical devices",))


@pytest.mark.parametrize(
    ("person", "role"),
    [
        (Person(job_seeker=True, can_hire=True, at_target=True), "job_seeker"),
        (Person(can_hire=True, at_target=True), "decision_maker"),
        (Person(at_target=True), "insider"),
        (Person(in_target_industry=True, connector=True), "insider"),
        (Person(connector=True), "connector"),
        (Person(), "contact"),
    ],
)
def test_the_most_telling_role_wins(person: Person, role: Role) -> None:
    assert role_of(person) == role


@pytest.mark.parametrize(
    ("role", "expected", "never"),
    [
        ("job_seeker", "which companies are on your list", "when you joined"),
        ("decision_maker", "Where is Stryker headed", "when you joined"),
        ("insider", "What surprised you most when you joined Stryker?", "your search"),
        ("connector", "Who do you know at any of the companies on my list?", "joined"),
        ("contact", "aiming for VP Finance", "joined"),
    ],
)
def test_questions_fit_the_person(role: Role, expected: str, never: str) -> None:
    asked = " ".join(q for _, q in questions(role, PLAN, "Stryker"))
    assert expected in asked
    assert never not in asked
    assert "{" not in asked
