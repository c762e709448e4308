"""A record's fingerprint is stable: contacts store it, and a re-import compares with it."""

from __future__ import annotations

import json
from hashlib import blake2b

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.core.records import TableDigests, record_digest


def defined_digest(source_format: str, source_key: str, fields: dict[str, str]) -> str:
    """The fingerprint as docs/decisions.md defines it: kind, key and the fields' JSON."""
    text = f"{source_format}\x1e{source_key}\x1e{json.dumps(fields, sort_keys=True)}"
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


@given(
    st.sampled_from(["linkedin", "vcard", "google", "outlook"]),
    st.text(max_size=30),
    st.dictionaries(st.text(max_size=20), st.text(max_size=40), max_size=8),
)
def test_fingerprints_are_as_defined_whatever_the_fields_order(
    source_format: str, source_key: str, fields: dict[str, str]
) -> None:
    assert record_digest(source_format, source_key, fields) == defined_digest(
        source_format, source_key, fields
    )
    # PostgreSQL gives a JSON object's keys back in an order of its own.
    backwards = dict(reversed(fields.items()))
    assert record_digest(source_format, source_key, backwards) == record_digest(
        source_format, source_key, fields
    )


def test_quotes_backslashes_and_accents_keep_their_fingerprint() -> None:
    fields = {"Last Name": 'O\'Brien "Jr"', "Notes": "a\\b\nc", "First Name": "José 😀"}
    assert record_digest("linkedin", "k", fields) == defined_digest("linkedin", "k", fields)
    assert record_digest("linkedin", "k", {}) == defined_digest("linkedin", "k", {})


@given(
    st.lists(st.text(max_size=12), min_size=1, max_size=8, unique=True).flatmap(
        lambda names: st.tuples(
            st.just(names),
            st.lists(st.text(max_size=20), min_size=len(names), max_size=len(names)),
        )
    ),
    st.text(max_size=30),
)
def test_a_tables_fingerprints_are_the_records_fingerprints(
    table: tuple[list[str], list[str]], source_key: str
) -> None:
    names, cells = table
    fields = {name: value for name, value in zip(names, cells, strict=True) if value}
    digests = TableDigests("linkedin", names)
    made = (record_digest("linkedin", source_key, fields), json.dumps(fields, sort_keys=True))
    assert digests(source_key, cells) == made
    # A reader's row may carry padding past the header: it is no field.
    assert digests(source_key, [*cells, ""]) == made
    # The fields a new contact stores, in the order whose JSON is the text fingerprinted.
    assert digests.fields([*cells, ""]) == fields
    assert json.dumps(digests.fields(cells)) == made[1]


def test_a_table_with_two_columns_of_one_name_is_not_fingerprinted_by_column() -> None:
    with pytest.raises(ValueError, match="must differ"):
        TableDigests("linkedin", ["Email", "Email"])


@pytest.mark.parametrize(
    "cells",
    [
        ["Ann", "Lee", "https://www.linkedin.com/in/ann-lee"],
        ["Seán", "O'Brien", ""],
        ["Ann", 'Lee "Jr"', "a\\b"],
        ["José 😀", "Tab\there", "line\nbreak"],
        ["", "", ""],
    ],
)
def test_a_rows_fingerprint_is_the_same_whatever_its_cells_hold(cells: list[str]) -> None:
    names = ["First Name", "Last Name", "URL"]
    fields = {name: value for name, value in zip(names, cells, strict=True) if value}
    digest, _text = TableDigests("linkedin", names)("k", cells)
    assert digest == defined_digest("linkedin", "k", fields)
