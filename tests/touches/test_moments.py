"""A touch's moment is written as Python writes it: in its fingerprint, which a re-import
compares with the ones stored (the row's text: tests/core/test_moments.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from hashlib import blake2b

from hypothesis import given
from hypothesis import strategies as st

from rapport.core.records import Person, TouchRecord
from rapport.touches.importer import fingerprints

ZONES = st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(0))])
MOMENTS = st.builds(
    lambda moment, whole, zone: moment.replace(
        microsecond=0 if whole else moment.microsecond, tzinfo=zone
    ),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.booleans(),
    ZONES,
)


@given(st.lists(MOMENTS, max_size=5))
def test_a_fingerprints_moment_is_its_isoformat(moments: list[datetime]) -> None:
    person = Person("Ann Lee", "ann-lee")
    records = [
        TouchRecord("email", "in", when, person, "inbox.mbox", text="Hi", source_key="k")
        for when in moments
    ]
    texts = [
        "\x1e".join(("email", "in", "k", "ann-lee", when.isoformat(), "Hi")) for when in moments
    ]
    assert fingerprints(records) == [
        blake2b(text.encode(), digest_size=12).hexdigest() for text in texts
    ]
