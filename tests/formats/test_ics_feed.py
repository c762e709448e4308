"""Writing the follow-up feed that calendar apps subscribe to."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rapport.formats.ics import read_calendar
from rapport.formats.ics_feed import FeedItem, write_feed

STAMP = datetime(2026, 3, 11, 8, 30, tzinfo=UTC)
THANKS = FeedItem(
    uid="thank-you-7.abc@rapport",
    summary="Send a thank-you: Jane Doe",
    due=date(2026, 3, 11),
    description="Coffee with Jane Doe, Tue 10 Mar 15:00",
    url="https://rapport.example/meetings/7/",
)
FOLLOW = FeedItem(uid="follow-up-3.abc@rapport", summary="Follow up: Sam Lee", due=date(2026, 3, 9))


def events(data: bytes) -> list[icalendar.Event]:
    found = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return [event for event in found if isinstance(event, icalendar.Event)]


def test_each_item_is_an_all_day_event_on_its_due_date() -> None:
    (event,) = events(write_feed([THANKS], name="Rapport follow-ups", stamp=STAMP))
    assert event.decoded("dtstart") == date(2026, 3, 11)
    assert event.decoded("dtend") == date(2026, 3, 12)
    assert str(event["summary"]) == "Send a thank-you: Jane Doe"
    assert str(event["uid"]) == "thank-you-7.abc@rapport"
    assert str(event["url"]) == "https://rapport.example/meetings/7/"
    assert str(event["transp"]) == "TRANSPARENT"


def test_the_feed_names_itself_and_asks_to_be_polled_hourly() -> None:
    text = write_feed([], name="Rapport follow-ups", stamp=STAMP).decode()
    assert "X-WR-CALNAME:Rapport follow-ups" in text
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in text
    assert "BEGIN:VEVENT" not in text


def test_the_same_items_give_the_same_bytes_in_any_order() -> None:
    first = write_feed([THANKS, FOLLOW], name="F", stamp=STAMP)
    assert write_feed([FOLLOW, THANKS], name="F", stamp=STAMP) == first
    assert [str(e["uid"]) for e in events(first)] == [FOLLOW.uid, THANKS.uid]


def test_rapports_own_calendar_reader_reads_the_feed_back() -> None:
    data = write_feed([THANKS, FOLLOW], name="F", stamp=STAMP)
    read = read_calendar(
        data,
        "follow-ups.ics",
        window_start=datetime(2026, 3, 1, tzinfo=UTC),
        window_end=datetime(2026, 4, 1, tzinfo=UTC),
    )
    assert read.skipped == []
    assert sorted((r.summary, r.all_day) for r in read.records) == [
        ("Follow up: Sam Lee", True),
        ("Send a thank-you: Jane Doe", True),
    ]


def test_a_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        write_feed([THANKS], name="F", stamp=datetime(2026, 3, 11))


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(
    summary=_text, description=st.lists(_text, max_size=3).map("\n".join), days=st.integers(0, 400)
)
def test_any_text_survives_the_round_trip(summary: str, description: str, days: int) -> None:
    # icalendar's reader (not our writer, which escapes it as RFC 5545 says) turns an
    # escaped backslash before a capital N back into a line break.
    assume("\\N" not in summary + description)
    item = FeedItem(
        uid="x@rapport",
        summary=summary,
        due=date(2026, 1, 1) + timedelta(days=days),
        description=description,
    )
    (event,) = events(write_feed([item], name="F", stamp=STAMP))
    assert str(event["summary"]) == summary
    assert str(event.get("description", "")) == description
    assert event.decoded("dtstart") == item.due
