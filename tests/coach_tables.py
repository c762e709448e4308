"""The coach's test tables, and precision and recall measured on them.

The tables live in tests/data/coach/ as plain files a coach can read and correct. The
tests hold the rules to floors measured here; ``bench/bench_coach.py`` prints the numbers
that docs/benchmarks.md reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rapport.core.pitch import PitchContext
from rapport.core.pitch.lexicon import ask
from rapport.core.pitch.shape_flags import names_target

TABLES = Path(__file__).resolve().parent / "data" / "coach"
NO_CONTEXT = PitchContext()


@dataclass
class Score:
    """Counts for one flag or rule: hits, false alarms and misses against the table."""

    name: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    cases: int = 0

    def add(self, expected: bool, found: bool) -> None:
        self.cases += 1
        self.true_positives += expected and found
        self.false_positives += found and not expected
        self.false_negatives += expected and not found

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    def row(self) -> str:
        return (
            f"| `{self.name}` | {self.cases} | {self.true_positives + self.false_negatives} "
            f"| {self.precision:.2f} | {self.recall:.2f} |"
        )


def rows(name: str) -> list[list[str]]:
    """Return the tab-separated rows of a table, without comments and blank lines."""
    text = (TABLES / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def score(name: str, cases: Iterable[tuple[bool, bool]]) -> Score:
    """Return the score of (expected, found) pairs."""
    result = Score(name)
    for expected, found in cases:
        result.add(expected, found)
    return result


SENTENCE_JUDGES: dict[str, tuple[int, Callable[[str], bool]]] = {
    "ask": (1, lambda s: ask(s) is not None),
    "target": (2, lambda s: names_target(s, NO_CONTEXT)),
}


def sentence_scores() -> list[Score]:
    """Return how well single sentences are read as an ask and as a target."""
    table = rows("sentences.tsv")
    return [
        score(name, ((row[column] == "1", judge(row[0])) for row in table))
        for name, (column, judge) in SENTENCE_JUDGES.items()
    ]
