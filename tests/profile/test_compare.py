"""What changed between two versions: score, length, flags by code, structure."""

from __future__ import annotations

from typing import Any

from rapport.core.pitch import PitchContext, analyse
from rapport.profile.compare import compare
from tests.profile.conftest import FOCUSED, SCATTERED

CTX = PitchContext(("VP Operations",), ("Medical devices",), ("Inspire Medical Systems",))


def _json(text: str) -> dict[str, Any]:
    return analyse(text, CTX).to_json()


def test_the_good_version_fixes_every_flag_of_the_bad_one() -> None:
    before, after = _json(SCATTERED), _json(FOCUSED)
    diff = compare(before, after)
    assert diff.score == after["score"] - before["score"] > 0
    assert diff.words == after["words"] - before["words"]
    assert diff.seconds == after["seconds"] - before["seconds"]
    fixed = {change.code: change.before for change in diff.fixed}
    assert fixed["hedging"] == 9 and fixed["family-trivia"] == 3
    assert diff.new == [] and diff.more == []


def test_going_back_shows_the_flags_as_new() -> None:
    diff = compare(_json(FOCUSED), _json(SCATTERED))
    assert diff.score < 0
    assert {change.code for change in diff.new} >= {"family-trivia", "job-history-recital"}
    assert diff.fixed == []


def test_fewer_of_one_flag_is_counted_not_called_fixed() -> None:
    two_hedges = "I guess I cut costs by 40% in a year. I basically led the team."
    one_hedge = "I cut costs by 40% in a year. I basically led the team."
    changes = {c.code: c for c in compare(_json(two_hedges), _json(one_hedge)).changes}
    assert (changes["hedging"].before, changes["hedging"].after) == (2, 1)
    assert changes["hedging"].kind == "fewer"


def test_structure_parts_gained_and_lost_are_named() -> None:
    past_only = "I cut costs by 40% in a year."
    with_future = past_only + " I'm looking for a VP Operations role at Inspire Medical Systems."
    assert compare(_json(past_only), _json(with_future)).parts_gained == ("Future",)
    assert compare(_json(with_future), _json(past_only)).parts_lost == ("Future",)


def test_an_empty_stored_analysis_compares_without_error() -> None:
    diff = compare({}, _json(FOCUSED))
    assert diff.fixed == [] and diff.score > 0
