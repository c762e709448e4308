"""The coach measured on its tables: precision and recall stay at or above their floors."""

from __future__ import annotations

import pytest

from tests.coach_tables import Score, sentence_scores

#: Measured on 2026-12-06 (docs/benchmarks.md); a change that lowers them fails here.
SENTENCE_FLOORS = {"ask": (1.0, 1.0), "target": (0.95, 1.0)}


@pytest.mark.parametrize("measured", sentence_scores(), ids=lambda s: s.name)
def test_asks_and_targets_are_read_in_ordinary_phrasings(measured: Score) -> None:
    precision, recall = SENTENCE_FLOORS[measured.name]
    assert measured.cases >= 70
    assert measured.precision >= precision
    assert measured.recall >= recall
