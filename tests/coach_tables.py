"""The coach's test tables, and precision and recall measured on them.

The tables live in tests/data/coach/ as plain files a coach can read and correct. The
tests hold the rules to floors measured here; ``bench/bench_coach.py`` prints the numbers
that docs/benchmarks.md reports.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapport.core.pitch import PitchContext, analyse
from rapport.core.pitch.lexicon import ask
from rapport.core.pitch.shape_flags import names_target
from rapport.core.titles import SENIORITY_LEVELS, read_title

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


#: The profile flags the tables judge: what the profile says or leaves out. Length and
#: wording flags are arithmetic or word lists checked in test_pitch_flags.py.
JUDGED = (
    "no-ask",
    "no-target",
    "no-quantified-impact",
    "job-history-recital",
    "education-trivia",
    "family-trivia",
)


@dataclass(frozen=True)
class Profile:
    name: str
    kind: str
    text: str
    flags: frozenset[str]


def written_profiles() -> list[Profile]:
    """Return the whole profiles written for the table."""
    data = tomllib.loads((TABLES / "profiles.toml").read_text(encoding="utf-8"))
    return [
        Profile(p["name"], p["kind"], " ".join(p["text"].split()), frozenset(p["flags"]))
        for p in data["profile"]
    ]


def composed_profiles(count: int = 96) -> list[Profile]:
    """Return profiles put together from labelled parts, in a fixed pattern.

    Six bits of the profile's number say which parts it has (results or only vague claims,
    a job recital, schooling, family, a target, an ask), so every combination appears;
    the part texts rotate so that every part is used.
    """
    parts = tomllib.loads((TABLES / "profile_parts.toml").read_text(encoding="utf-8"))
    made = []
    for n in range(count):
        bits = [bool(n >> b & 1) for b in range(6)]
        has_impact, recital, education, family, target, asks = bits

        def pick(name: str, offset: int = 0, n: int = n) -> Any:
            options = parts[name]
            return options[(n * 7 + offset) % len(options)]

        ask = pick("ask") if asks else None
        body = [pick("present")]
        if family:
            body.append(pick("family"))
        if recital:
            body.append(pick("recital"))
        body += [pick("impact"), pick("impact", 3)] if has_impact else [pick("vague")]
        if education:
            body.insert(1 if n % 2 else len(body), pick("education"))
        if target:
            body.append(pick("target"))
        if ask is not None:
            body.append(ask["text"])
        body.append(parts["closing"][0]["text"])
        expected = {
            "no-quantified-impact": not has_impact,
            "job-history-recital": recital,
            "education-trivia": education,
            "family-trivia": family,
            "no-target": not target and not (ask is not None and ask["names_target"]),
            "no-ask": ask is None,
        }
        made.append(
            Profile(
                f"composed {n}",
                "composed",
                " ".join(body),
                frozenset(code for code, fires in expected.items() if fires),
            )
        )
    return made


def profile_scores(profiles: list[Profile]) -> list[Score]:
    """Return precision and recall of each judged flag over ``profiles``."""
    found = [{f.code for f in analyse(p.text, NO_CONTEXT).flags} for p in profiles]
    return [
        score(
            code,
            ((code in p.flags, code in codes) for p, codes in zip(profiles, found, strict=True)),
        )
        for code in JUDGED
    ]


def profile_disagreements(profiles: list[Profile]) -> list[tuple[str, set[str], set[str]]]:
    """Return (profile, flags missed, flags given wrongly) wherever the coach disagrees."""
    wrong = []
    for p in profiles:
        codes = {f.code for f in analyse(p.text, NO_CONTEXT).flags} & set(JUDGED)
        if codes != p.flags:
            wrong.append((p.name, set(p.flags - codes), codes - p.flags))
    return wrong


def title_rows() -> list[tuple[str, str, bool | None]]:
    """Return (title, LinkedIn level or "none", job seeker) for every title in the tables.

    The rows of test_titles.py's TITLES say nothing about job seeking (None there).
    """
    from tests.core.test_titles import TITLES

    written: list[tuple[str, str, bool | None]] = [
        (t, level, seeker == "1") for t, level, seeker in rows("titles.tsv")
    ]
    return [(t, level or "none", None) for t, level, _ in TITLES] + written


def title_scores() -> list[Score]:
    """Return precision and recall of each seniority level, and of "job seeker"."""
    table = title_rows()
    found = [read_title(title) for title, _, _ in table]
    levels = [*SENIORITY_LEVELS, "none"]
    scores = [
        score(
            level,
            ((want == level, (got.seniority or "none") == level) for (_, want, _), got in pairs),
        )
        for level in levels
        for pairs in [list(zip(table, found, strict=True))]
    ]
    scores.append(
        score(
            "job seeker",
            (
                (seeker, got.is_job_seeker)
                for (_, _, seeker), got in zip(table, found, strict=True)
                if seeker is not None
            ),
        )
    )
    return [s for s in scores if s.true_positives + s.false_negatives + s.false_positives]
