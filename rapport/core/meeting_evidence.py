"""What the messages around a meeting say came of it: an ask, the handbill, a thank-you.

A meeting is covered when the user and someone they met exchanged messages in the weeks
around it: then what those messages hold (and do not hold) is evidence. A meeting with
no message around it stays unknown (METHOD.md §2: missing data is not bad news).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rapport.core.evidence import CONVERSATIONS, business_days_between

#: Messages this far around a meeting tell about it.
COVER_BEFORE, COVER_AFTER = timedelta(days=30), timedelta(days=14)
#: An ask is made while setting up the meeting or in the days right after it.
ASK_BEFORE, ASK_AFTER = timedelta(days=14), timedelta(days=3)
HANDBILL_AFTER = timedelta(days=7)
#: A thank-you comes within a week; within one business day it is on time (METHOD.md §6).
THANKS_WITHIN = timedelta(days=7)
ON_TIME_DAYS = 1


@dataclass(frozen=True)
class TouchFact:
    """A touch as evidence: who, when, which way, and what its words showed."""

    person: str  # the person's key (a contact id as text, else their profile or name)
    when: datetime
    direction: str
    channel: str
    signals: tuple[str, ...] = ()
    reason: str = ""
    reply_days: int | None = None


@dataclass(frozen=True)
class MeetingOutcome:
    """What the evidence says about one meeting; None where it says nothing."""

    covered: bool
    ask: bool | None = None
    handbill: bool | None = None
    #: "on_time", "late" or "missing"; None when not covered.
    thank_you: str | None = None
    #: The touches' reasons that decided, for the meeting page.
    reasons: tuple[str, ...] = ()
    #: The day of the first thank-you, when there was one.
    thank_you_on: date | None = None


def meeting_outcome(start: datetime, touches: Sequence[TouchFact]) -> MeetingOutcome:
    """Return what ``touches`` with the meeting's people say came of the meeting at ``start``."""
    around = [
        t
        for t in touches
        if t.channel in CONVERSATIONS and start - COVER_BEFORE <= t.when <= start + COVER_AFTER
    ]
    if not around:
        return MeetingOutcome(covered=False)
    sent = [t for t in around if t.direction == "out"]
    asks = [
        t for t in sent if "ask" in t.signals and start - ASK_BEFORE <= t.when <= start + ASK_AFTER
    ]
    handbills = [
        t
        for t in sent
        if "handbill" in t.signals and start - ASK_BEFORE <= t.when <= start + HANDBILL_AFTER
    ]
    thanks = sorted(
        (t for t in sent if "thank_you" in t.signals and start <= t.when <= start + THANKS_WITHIN),
        key=lambda t: t.when,
    )
    if thanks:
        days = business_days_between(start.date(), thanks[0].when.date())
        thank_you = "on_time" if days <= ON_TIME_DAYS else "late"
    else:
        thank_you = "missing"
    reasons = tuple(
        f"{t.when:%d %b}: {t.reason}"
        for t in sorted({*asks[:1], *handbills[:1], *thanks[:1]}, key=lambda t: t.when)
    )
    first_thanks = thanks[0].when.date() if thanks else None
    return MeetingOutcome(True, bool(asks), bool(handbills), thank_you, reasons, first_thanks)


@dataclass(frozen=True)
class ReplyStats:
    """First messages sent, how many were answered, and how fast (business days)."""

    sent: int = 0
    replied: int = 0
    median_days: float | None = None
    #: (person, when) of first messages never answered, newest first.
    unanswered: tuple[tuple[str, datetime], ...] = ()

    @property
    def rate(self) -> float | None:
        return self.replied / self.sent if self.sent else None


def reply_stats(touches: Sequence[TouchFact], since: datetime, until: datetime) -> ReplyStats:
    """Return the reply rate of the first messages sent between ``since`` and ``until``.

    A first message is answered when the same person wrote back afterwards, on any channel
    people write on; the delay is the one measured on the reply itself.
    """
    answered_after: dict[str, list[datetime]] = {}
    for t in touches:
        if t.direction == "in" and t.channel in CONVERSATIONS:
            answered_after.setdefault(t.person, []).append(t.when)
    sent = replied = 0
    unanswered: list[tuple[str, datetime]] = []
    for t in touches:
        if t.direction != "out" or "outreach" not in t.signals or not since <= t.when < until:
            continue
        sent += 1
        if any(when > t.when for when in answered_after.get(t.person, ())):
            replied += 1
        else:
            unanswered.append((t.person, t.when))
    delays = [t.reply_days for t in touches if t.reply_days is not None and since <= t.when < until]
    median = float(statistics.median(delays)) if delays else None
    unanswered.sort(key=lambda item: item[1], reverse=True)
    return ReplyStats(sent, replied, median, tuple(unanswered))
