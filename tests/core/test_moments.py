from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from rapport.core.moments import second_texts, text_order

whole_utc_seconds = st.datetimes(timezones=st.just(UTC)).map(
    lambda when: when.replace(microsecond=0)
)


@given(st.lists(whole_utc_seconds, max_size=30))
def test_it_writes_whole_utc_seconds_as_isoformat_does(moments: list[datetime]) -> None:
    assert second_texts(moments, "T", "+00:00") == [when.isoformat() for when in moments]
    assert second_texts(moments, " ", "") == [str(when)[:-6] for when in moments]


def test_it_leaves_other_moments_to_the_caller() -> None:
    others = [
        datetime(2024, 3, 5, 14, 22, 10, tzinfo=timezone(timedelta(hours=1))),
        datetime(2024, 3, 5, 14, 22, 10, 5, tzinfo=UTC),
        datetime(2024, 3, 5, 14, 22, 10),
    ]
    assert second_texts(others, "T", "+00:00") == [None, None, None]


@given(st.lists(whole_utc_seconds, max_size=30))
def test_the_texts_order_is_the_moments_order_ties_kept(moments: list[datetime]) -> None:
    texts = second_texts(moments, "T", "+00:00")
    assert text_order(texts) == sorted(range(len(moments)), key=moments.__getitem__)


def test_there_is_no_text_order_when_a_moment_has_no_text() -> None:
    texts = second_texts([datetime(2024, 3, 5, tzinfo=UTC), datetime(2024, 3, 5)], "T", "")
    assert text_order(texts) is None
