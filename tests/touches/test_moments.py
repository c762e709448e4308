"""A touch's moment is written as Python writes it: in its fingerprint, which a re-import
compares with the ones stored, and in its row, which Django reads back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from rapport.touches.importer import _moment

ZONES = st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(0))])
MOMENTS = st.builds(
    lambda moment, whole, zone: moment.replace(
        microsecond=0 if whole else moment.microsecond, tzinfo=zone
    ),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
    st.booleans(),
    ZONES,
)


@given(MOMENTS)
def test_a_fingerprints_moment_is_its_isoformat(when: datetime) -> None:
    assert _moment(when) == when.isoformat()
