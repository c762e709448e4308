"""A whole-word alternation grouped by first letter finds exactly what the plain one finds."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.core import title_words
from rapport.core.alternation import first_chars, top_level, whole_word_alternation
from rapport.core.function_words import FUNCTION_TIERS
from rapport.core.titles import _normalise
from tests.core.test_titles import TITLES

DATA = Path(__file__).resolve().parents[1] / "data"

#: The tables the title reader joins into alternations, as it joins them.
TABLES = {
    "ranks": [alternatives for alternatives, _, _ in title_words.RANK_RULES],
    "functions": [alternatives for tier in FUNCTION_TIERS for _, alternatives in tier],
}


def plain(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), match.group()) for match in pattern.finditer(text)]


def real_titles() -> list[str]:
    """The titles of the suite's own table and of every LinkedIn fixture, as the reader
    hands them to the patterns (folded, one role at a time)."""
    titles = [title for title, _, _ in TITLES]
    for path in sorted(DATA.rglob("*.csv")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for row in csv.DictReader(line for line in text.splitlines() if line.strip()):
            titles += [value for key, value in row.items() if key and "position" in key.lower()]
    return [segment for title in titles if title for segment in _normalise(title)[1]]


#: Words the tables are made of, and a few they are not: texts built from them hit the
#: alternatives, their neighbours and the gaps between them.
WORDS = sorted(
    {word for table in TABLES.values() for word in re.findall(r"[a-z]{2,}", " ".join(table))}
    | {"at", "and", "the", "of", "to", "acme", "x", "sales", "growth"}
)


@pytest.mark.parametrize("table", list(TABLES))
def test_real_titles_give_the_same_matches(table: str) -> None:
    before, after = plain(TABLES[table]), whole_word_alternation(TABLES[table])
    segments = real_titles()
    assert len(segments) > 150
    for segment in segments:
        assert spans(after, segment) == spans(before, segment), segment


@pytest.mark.parametrize("table", list(TABLES))
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=7), glue=st.sampled_from(" ,&"))
def test_any_text_of_their_words_gives_the_same_matches(
    table: str, words: list[str], glue: str
) -> None:
    text = (glue if glue == " " else f"{glue} ").join(words)
    before, after = plain(TABLES[table]), whole_word_alternation(TABLES[table])
    assert spans(after, text) == spans(before, text)


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        ("ceo", {"c"}),
        ("(?:vice |co )?chair", {"v", "c"}),
        ("(?<!vice )president", {"p"}),
        ("[a-c]x|dy", {"a", "b", "c", "d"}),
        ("(?:senior )*manager", {"s", "m"}),
        (r"\w+ officer", None),
        ("(?:a)?", None),  # may match nothing: it can start anywhere
        ("(?i)ceo", None),  # "CEO" matches too
        ("x(", None),  # not a pattern at all: never grouped
    ],
)
def test_first_characters(pattern: str, first: set[str] | None) -> None:
    assert first_chars(pattern) == (None if first is None else frozenset(first))


def test_alternatives_are_split_at_the_top_level_only() -> None:
    assert top_level(r"a|b(c|d)|[|]|e\|f|[]|]|g") == ["a", "b(c|d)", "[|]", r"e\|f", "[]|]", "g"]


def test_an_alternative_that_may_start_anywhere_is_tried_at_every_word() -> None:
    pattern = whole_word_alternation([r"\w+ager", "manager"])
    assert spans(pattern, "zz manager") == spans(plain([r"\w+ager", "manager"]), "zz manager")
    assert pattern.search("qmanager") is not None
