"""The coach measured on its tables: precision and recall stay at or above their floors."""

from __future__ import annotations

import pytest

from rapport.core.pitch import analyse
from tests.coach_personas import persona_results, rule_scores
from tests.coach_tables import (
    JUDGED,
    NO_CONTEXT,
    Profile,
    Score,
    composed_profiles,
    profile_disagreements,
    profile_scores,
    sentence_scores,
    title_rows,
    title_scores,
    written_profiles,
)

#: Measured on 2026-12-06 (docs/benchmarks.md); a change that lowers them fails here.
SENTENCE_FLOORS = {"ask": (1.0, 1.0), "target": (0.95, 1.0)}
PROFILES = written_profiles() + composed_profiles()


@pytest.mark.parametrize("measured", sentence_scores(), ids=lambda s: s.name)
def test_asks_and_targets_are_read_in_ordinary_phrasings(measured: Score) -> None:
    precision, recall = SENTENCE_FLOORS[measured.name]
    assert measured.cases >= 70
    assert measured.precision >= precision
    assert measured.recall >= recall


def test_the_profile_table_holds_every_kind_a_coach_meets() -> None:
    assert len(PROFILES) >= 100
    kinds = {p.kind for p in PROFILES}
    assert {"strong", "weak", "rambling", "short", "non-native", "composed"} <= kinds
    for code in JUDGED:
        assert 0 < sum(code in p.flags for p in PROFILES) < len(PROFILES), code


def test_a_coach_strikes_out_nothing_on_the_profile_table() -> None:
    assert profile_disagreements(PROFILES) == []
    assert all(s.precision == 1.0 and s.recall == 1.0 for s in profile_scores(PROFILES))


@pytest.mark.parametrize("profile", written_profiles(), ids=lambda p: p.name)
def test_each_written_profile_scores_as_a_coach_would(profile: Profile) -> None:
    analysis = analyse(profile.text, NO_CONTEXT)
    serious = {f.code for f in analysis.flags if f.severity == "serious"} & set(JUDGED)
    if profile.kind in {"strong", "non-native"}:
        assert serious == set()
        assert analysis.score >= 40  # these are short of two minutes: length caps them
    else:
        assert analysis.score < 40


def test_the_title_table_spans_300_titles_and_its_levels_hold() -> None:
    assert len({title for title, _, _ in title_rows()}) >= 300
    for measured in title_scores():
        # Two known misses: a school principal read as a partner, and an employer called
        # "Looking For Group Studios" read as a job seeker (docs/benchmarks.md).
        assert measured.precision >= 0.85, measured.row()
        assert measured.recall >= 0.95, measured.row()


@pytest.mark.parametrize(
    ("persona", "expected", "fired"), persona_results(), ids=[p for p, _, _ in persona_results()]
)
def test_each_persona_gets_exactly_the_findings_a_coach_would_give(
    persona: str, expected: set[str], fired: set[str]
) -> None:
    assert fired == expected


def test_every_rule_is_measured_on_a_persona_where_it_should_fire() -> None:
    assert all(s.true_positives > 0 for s in rule_scores())
