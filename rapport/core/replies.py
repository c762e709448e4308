"""Who answers a first message, and how fast: boosters, obligates and curmudgeons.

Steve Dalton's The 2-Hour Job Search sorts the people a job seeker writes to by how they
answer a first message: boosters reply within 3 business days, obligates reply later,
curmudgeons never do. Rapport calls someone a curmudgeon once 7 business days pass with
no answer (the point where 3B7 sends one follow-up, METHOD.md §6); before that they are
not known yet. Days are counted in the user's zone: a message sent on Friday evening in
Toronto is a Friday message even when it is Saturday in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from rapport.core.evidence import CONVERSATIONS, business_days_between
from rapport.core.outreach import FOLLOW_UP_DAYS, SECOND_PERSON_DAYS
from rapport.core.records import TOUCH_CHANNEL_WORDS

Label = Literal["booster", "obligate", "curmudgeon", "unknown"]
#: The labels, in words for pages and reports (the first three are Dalton's own words).
LABEL_WORDS: dict[Label, str] = {
    "booster": "booster",
    "obligate": "obligate",
    "curmudgeon": "curmudgeon",
    "unknown": "not yet known",
}
#: What each label means, for the glossary line beside it.
LABEL_MEANS: dict[Label, str] = {
    "booster": f"replies within {SECOND_PERSON_DAYS} business days",
    "obligate": f"replies, but after more than {SECOND_PERSON_DAYS} business days",
    "curmudgeon": f"no reply in {FOLLOW_UP_DAYS} business days",
    "unknown": f"your message is under {FOLLOW_UP_DAYS} business days old",
}
#: Said where the channel of a message logged by hand would be.
LOGGED = "logged"


@dataclass(frozen=True)
class Note:
    """One message between the user and a person, as reply timing needs it.

    ``first`` marks an approach: the user's first message to the person, or one they
    logged as a first message. ``channel`` is a touch channel, or ``LOGGED``.
    """

    when: datetime
    direction: Literal["out", "in"]
    channel: str
    first: bool = False
    ident: int | None = None


@dataclass(frozen=True)
class Latency:
    """How a person answered the user's latest approach, and why Rapport says so."""

    label: Label
    sent: Note
    reply: Note | None
    #: Business days to the reply, or since the approach when there is none.
    days: int
    reason: str

    @property
    def words(self) -> str:
        """Return the label in words ("not yet known" for unknown)."""
        return LABEL_WORDS[self.label]

    def to_json(self, zone: ZoneInfo) -> dict[str, object]:
        """Return the CLI's JSON for this verdict (documented in docs/cli.md)."""
        return {
            "class": self.label,
            "sent_on": local_day(self.sent.when, zone).isoformat(),
            "replied_on": local_day(self.reply.when, zone).isoformat() if self.reply else None,
            "business_days": self.days,
            "reason": self.reason,
        }


#: A touch as the database gives it: id, when, direction, channel, signals.
TouchRow = tuple[int, datetime, str, str, Sequence[str]]


def notes_from(
    touches: Iterable[TouchRow], logged: Iterable[tuple[int, date]], zone: ZoneInfo
) -> list[Note]:
    """Return the notes for one person: their touches, and first messages logged by hand.

    A message logged on a day counts from the start of that day in ``zone``.
    """
    notes = [
        Note(when, "out" if direction == "out" else "in", channel, "outreach" in signals, pk)
        for pk, when, direction, channel, signals in touches
    ]
    notes += [
        Note(datetime.combine(day, time.min, zone), "out", LOGGED, True, pk) for pk, day in logged
    ]
    return notes


def local_day(when: datetime, zone: ZoneInfo) -> date:
    """Return the date of ``when`` in ``zone``."""
    return when.astimezone(zone).date()


def message_words(note: Note, zone: ZoneInfo) -> str:
    """Return "your LinkedIn message of Tue 5 Mar 2024" ("your message of …" when logged)."""
    day = local_day(note.when, zone)
    what = "message" if note.channel == LOGGED else TOUCH_CHANNEL_WORDS[note.channel]
    return f"your {what} of {day:%a} {day.day} {day:%b %Y}"


def first_answer(sent: Note, notes: Iterable[Note]) -> Note | None:
    """Return the person's first message at or after ``sent``, on any conversation channel.

    An answer on another channel still answers: a LinkedIn message answered by e-mail was
    answered. Endorsements and recommendations are not answers.
    """
    answers = [
        n
        for n in notes
        if n.direction == "in" and n.channel in CONVERSATIONS and n.when >= sent.when
    ]
    return min(answers, key=lambda n: n.when, default=None)


def next_message(sent: Note, notes: Iterable[Note], zone: ZoneInfo) -> Note | None:
    """Return the user's next message to the person on a later day than ``sent`` (a follow-up).

    A second message the same day (an invitation, then a note) is part of the approach.
    """
    day = local_day(sent.when, zone)
    later = [
        n
        for n in notes
        if n.direction == "out" and n.channel in CONVERSATIONS and local_day(n.when, zone) > day
    ]
    return min(later, key=lambda n: n.when, default=None)


def latency(notes: Sequence[Note], zone: ZoneInfo, today: date) -> Latency | None:
    """Return how the person answered the user's latest approach, or None without one.

    ``notes`` are every message with one person, in any order; ``today`` is the user's.
    """
    approaches = [n for n in notes if n.first and n.direction == "out"]
    if not approaches:
        return None
    sent = max(approaches, key=lambda n: n.when)
    message = message_words(sent, zone)
    start = local_day(sent.when, zone)
    reply = first_answer(sent, notes)
    if reply is not None:
        days = business_days_between(start, local_day(reply.when, zone))
        day = local_day(reply.when, zone)
        answered = (
            f"replied by {TOUCH_CHANNEL_WORDS.get(reply.channel, reply.channel)} on "
            f"{day:%a} {day.day} {day:%b %Y}, {_days(days)} after {message}"
        )
        if days <= SECOND_PERSON_DAYS:
            why = f"Booster: {answered} (boosters reply within {SECOND_PERSON_DAYS})."
            return Latency("booster", sent, reply, days, why)
        why = f"Obligate: {answered} (obligates reply, but after {SECOND_PERSON_DAYS})."
        return Latency("obligate", sent, reply, days, why)
    waited = business_days_between(start, today)
    if waited >= FOLLOW_UP_DAYS:
        why = f"Curmudgeon: no reply to {message} in {_days(waited)} ({FOLLOW_UP_DAYS} is enough)."
        return Latency("curmudgeon", sent, None, waited, why)
    why = (
        f"Not yet known: no reply to {message} after {_days(waited)}; "
        f"{FOLLOW_UP_DAYS} tell whether they answer at all."
    )
    return Latency("unknown", sent, None, waited, why)


def _days(count: int) -> str:
    return f"{count} business day{'' if count == 1 else 's'}"
