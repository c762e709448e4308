"""The identity rules, as a table of one known contact and one incoming record."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.core.dedupe import ContactIndex, Known, name_key, names_agree, shared_identifiers

PRIYA = Known(
    id=1,
    full_name="Priya Raman",
    company="Medtronic",
    linkedin_slug="priya-raman-77",
    emails=("priya@example.com",),
    phones=("+16125550188",),
)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"full_name": "P R", "linkedin_slug": "Priya-Raman-77"}, (True, "same LinkedIn profile")),
        (
            {"full_name": "Priya Raman", "emails": ["PRIYA@example.com"]},
            (True, "same email priya@example.com"),
        ),
        ({"full_name": "", "phones": ["+16125550188"]}, (True, "same phone +16125550188")),
        (
            {"full_name": "Ravi Raman", "emails": ["priya@example.com"]},
            (False, "same email priya@example.com, different names"),
        ),
        (
            {
                "full_name": "Priya Raman",
                "linkedin_slug": "priya-r-2",
                "emails": ["priya@example.com"],
            },
            None,
        ),
        (
            {"full_name": "Priya Raman", "company": "Medtronic plc"},
            (True, "same name at the same company"),
        ),
        (
            {"full_name": "Priya Raman", "company": "Stryker"},
            (False, "same name at a different company"),
        ),
        (
            {"full_name": "Priya Ramen", "company": "Medtronic"},
            (False, "similar name at the same company"),
        ),
        ({"full_name": "Someone Else", "company": "Medtronic"}, None),
    ],
)
def test_it_matches_by_the_rules(
    record: dict[str, object], expected: tuple[bool, str] | None
) -> None:
    index = ContactIndex.build([PRIYA])
    found = index.find(**record)  # type: ignore[arg-type]
    assert (None if found is None else (found.certain, found.reason)) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # A profile the index does not know is only ever someone known without one.
        ({"full_name": "Priya Ramen", "company": "Medtronic", "linkedin_slug": "pr-9"}, None),
        (
            {"full_name": "Ana Limaa", "company": "Medtronic", "linkedin_slug": "al-2"},
            (False, "similar name at the same company"),
        ),
        (
            {"full_name": "Ana Limaa", "company": "Medtronic"},
            (False, "similar name at the same company"),
        ),
    ],
)
def test_similar_names_are_looked_for_among_colleagues_added_since_the_last_search(
    record: dict[str, object], expected: tuple[bool, str] | None
) -> None:
    index = ContactIndex.build([PRIYA])
    assert index.find(full_name="Someone Else", company="Medtronic", linkedin_slug="se-1") is None
    assert index.find(full_name="Someone Else", company="Medtronic") is None
    index.add(Known(id=2, full_name="Ana Lima", company="Medtronic"))
    found = index.find(**record)  # type: ignore[arg-type]
    assert (None if found is None else (found.certain, found.reason)) == expected


def test_a_shared_identifier_matches_nobody() -> None:
    index = ContactIndex.build([PRIYA])
    index.shared.add("+16125550188")
    assert index.find(full_name="Priya Raman", phones=["+16125550188"]) is not None  # by name
    assert index.find(full_name="", phones=["+16125550188"]) is None


def test_it_finds_identifiers_several_differently_named_people_share() -> None:
    people = [("ana lima", ["1"]), ("bo berg", ["1", "2"]), ("cy x", ["1"]), ("ana lima", ["2"])]
    assert shared_identifiers(people) == {"1": 3}


@pytest.mark.parametrize(
    ("one", "other", "agree"),
    [
        ("ana lima", "ana lima", True),
        ("ana lima", "", True),
        ("ana lima", "ana m lima", True),
        ("bob smith", "robert smith", False),
        ("ana", "ana lima", False),
    ],
)
def test_names_agree_only_when_nothing_contradicts(one: str, other: str, agree: bool) -> None:
    assert names_agree(one, other) is agree


def name_key_by_pattern(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ana  Lima", "ana lima"),
        (" Ana Lima 3rd ", "ana lima 3rd"),
        ("Mary-Jane O'Neil", "mary jane o neil"),
        ("ana_lima", "ana_lima"),
        ("Ana\tLima", "ana lima"),
        ("José Müller", "jose muller"),
        ("", ""),
    ],
)
def test_a_name_key_has_no_case_accents_or_punctuation(name: str, key: str) -> None:
    assert name_key(name) == key


@given(st.text(alphabet=st.sampled_from("aZ9 _-.,'\té"), max_size=20) | st.text(max_size=20))
def test_a_name_key_is_the_patterns_key(name: str) -> None:
    # Names of letters, digits and spaces skip the pattern: the key must be the same.
    assert name_key(name) == name_key_by_pattern(name)
