"""Write the follow-up feed: an iCalendar file that calendar apps subscribe to.

Plain data in, bytes out. Each item is an all-day event on its due date: reminders are
about a day, not an hour, and all-day events never collide with real meetings (they are
also marked free, TRANSP:TRANSPARENT). The caller gives each item a UID that stays the
same across polls, so a calendar app updates an item in place when its date moves
instead of showing it twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, vDuration

PRODID = "-//Rapport//Follow-ups//EN"
#: How often we ask calendar apps to poll (RFC 7986 REFRESH-INTERVAL, and Outlook's
#: X-PUBLISHED-TTL); apps may poll less often, Google about twice a day.
REFRESH = timedelta(hours=1)


@dataclass(frozen=True)
class FeedItem:
    """One reminder: what to do, by which day, and where to read more."""

    uid: str
    summary: str
    due: date
    description: str = ""
    url: str = ""


def write_feed(items: Iterable[FeedItem], *, name: str, stamp: datetime) -> bytes:
    """Return the iCalendar bytes of a feed called ``name`` holding ``items``.

    ``stamp`` (timezone-aware) is written as every event's DTSTAMP. Events are sorted
    by due date then UID, so the same items always give the same bytes.
    """
    if stamp.tzinfo is None:
        raise ValueError("stamp must be timezone-aware")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    calendar.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    stamp_utc = stamp.astimezone(UTC)
    for item in sorted(items, key=lambda i: (i.due, i.uid)):
        calendar.add_component(_event(item, stamp_utc))
    data: bytes = calendar.to_ical()
    return data


def _event(item: FeedItem, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", item.due)
    event.add("dtend", item.due + timedelta(days=1))
    event.add("summary", item.summary)
    if item.description:
        event.add("description", item.description)
    if item.url:
        event.add("url", item.url)
    event.add("transp", "TRANSPARENT")
    event.add("class", "PRIVATE")
    return event
