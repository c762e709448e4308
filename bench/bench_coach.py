"""The coach's judgment measured on its tables: precision and recall per flag and per rule.

Reads the tables in tests/data/coach/ (and test_titles.py's TITLES) through
tests/coach_tables.py, the same code the tests hold to their floors, and prints the
tables that docs/benchmarks.md reports, with the time the word lists take.
"""

from __future__ import annotations

import time

from common import ROOT  # noqa: F401 - puts the repository on the import path

from tests.coach_personas import persona_results, rule_scores
from tests.coach_tables import (
    Score,
    composed_profiles,
    profile_scores,
    sentence_scores,
    title_rows,
    title_scores,
    written_profiles,
)

HEADER = "| flag or rule | cases | expected | precision | recall |\n|---|---|---|---|---|"


def show(title: str, scores: list[Score]) -> None:
    print(f"\n### {title}\n\n{HEADER}")
    for measured in scores:
        print(measured.row())


def main() -> None:
    started = time.perf_counter()
    sentences = sentence_scores()
    sentence_ms = 1000 * (time.perf_counter() - started) / max(sentences[0].cases * 2, 1)
    profiles = written_profiles() + composed_profiles()
    started = time.perf_counter()
    profile = profile_scores(profiles)
    profile_ms = 1000 * (time.perf_counter() - started) / len(profiles)
    print("\n## The coach's judgment (bench/bench_coach.py)")
    show(f"Asks and targets in {sentences[0].cases} sentences", sentences)
    show(f"Profile flags on {len(profiles)} profiles", profile)
    show(f"Seniority and job seekers on {len(title_rows())} titles", title_scores())
    show(f"Diagnosis rules on {len(persona_results())} personas", rule_scores())
    print(
        f"\nWord lists: {sentence_ms:.3f} ms a sentence for ask and target; "
        f"{profile_ms:.2f} ms a whole profile analysed."
    )


if __name__ == "__main__":
    main()
