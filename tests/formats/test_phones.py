"""Phone numbers normalised to E.164, or kept as written when they are no valid number."""

from __future__ import annotations

import pytest

from rapport.formats.phones import normalize_phone
from rapport.formats.reachable import split_phones


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("tel:+1-617-555-0199", "+16175550199"),
        ("tel:+1-617-555-0199;ext=102", "+16175550199;ext=102"),
        # Not a valid number (555-0000): the number the URI holds, not the URI.
        ("tel:+1-555-000-0000", "+1-555-000-0000"),
        ("TEL:+1-555-000-0000;ext=7", "+1-555-000-0000;ext=7"),
        ("tel:7042;phone-context=example.com", "7042"),
        ("+1-555-000-0000", "+1-555-000-0000"),
    ],
)
def test_it_reads_tel_uris_as_the_number_they_hold(written: str, stored: str) -> None:
    assert normalize_phone(written) == stored


def test_it_leaves_out_values_with_no_digit_and_says_which() -> None:
    assert split_phones(["Tel privat", "+49 30 12345678", "Handy", " "], "DE") == (
        ["+493012345678"],
        ("Tel privat", "Handy"),
    )
