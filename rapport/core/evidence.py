"""What each touch was (outreach, reply, thank-you, ask, give, …) and how fast replies came.

``classify`` reads a person's touches in time order, channel by channel: the user's first
message to someone is outreach, their next one before any answer a follow-up, and an
answer after one of theirs a reply, with its delay in business days. The words of the
message can say more (``touch_words``): every signal found is kept, and the touch's kind
is the most telling of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, tzinfo

from rapport.core import touch_words
from rapport.core.records import Person, TouchRecord

#: Most telling first: the kind a touch is listed under when it shows several.
PRIORITY = ("thank_you", "handbill", "give", "ask", "follow_up", "outreach", "reply", "other")
CONVERSATIONS = frozenset({"linkedin_message", "linkedin_invitation", "email"})
_LABELS = {
    "thank_you": "thanked",
    "handbill": "sent the target list",
    "give": "gave",
    "ask": "asked",
    "follow_up": "followed up",
    "outreach": "first message",
    "reply": "replied",
}


@dataclass(frozen=True)
class Verdict:
    """What one touch was: its kind, every signal found, and the words that decided."""

    kind: str
    reason: str
    signals: tuple[str, ...] = ()
    #: For a reply: business days since the user's message it answers.
    reply_days: int | None = None


def business_days_between(start: date, end: date) -> int:
    """Return the business days (Monday to Friday) after ``start`` up to and including ``end``.

    A reply the same day is 0; Friday to Monday is 1.
    """
    if end <= start:
        return 0
    weeks, rest = divmod((end - start).days, 7)
    return weeks * 5 + _WEEKDAYS_AFTER[start.weekday()][rest]


#: For each weekday (Monday 0) and each 0 to 6 days after it, how many of those days are
#: Monday to Friday: counted once here, not a date made for each day of every reply.
_WEEKDAYS_AFTER = tuple(
    tuple(sum(1 for offset in range(1, rest + 1) if (day + offset) % 7 < 5) for rest in range(7))
    for day in range(7)
)


#: The words every message is read for, in the order they are looked for.
_DETECTORS = (
    ("thank_you", touch_words.thanks_words),
    ("give", touch_words.shared_words),
    ("ask", touch_words.ask_words),
)

#: The verdict given for a record the caller did not ask about (``classify``'s ``wanted``).
NOT_ASKED = Verdict("other", "")


def classify(
    records: Sequence[TouchRecord],
    *,
    zone: tzinfo = UTC,
    wanted: Callable[[int], bool] | None = None,
    order: Iterable[int] | None = None,
) -> list[Verdict]:
    """Return a verdict for each of ``records``, in their order.

    ``records`` may be in any order; they are followed in time order, per person (``order``
    gives it when the caller has it: their indices sorted stably by time). Reply delays
    count business days in ``zone``. Only records whose index ``wanted`` accepts have their
    words read (a re-import reads only new messages); the others still count as history,
    and their verdict is ``NOT_ASKED``.
    """
    verdicts: list[Verdict] = [NOT_ASKED] * len(records)
    #: (channel, person) -> when the user wrote and has had no answer since.
    waiting: dict[tuple[str, str], date | None] = {}
    #: People already written with: a message to them is no first approach. (An endorsement
    #: or a recommendation is not a conversation: the first message after one still is.)
    known: set[str] = set()
    tell = _Teller(zone).tell
    if order is None:
        # A stable sort on the times alone, read by index in C rather than through a lambda.
        times = [record.when for record in records]
        order = sorted(range(len(records)), key=times.__getitem__)
    # A person (the same object in thousands of records) is keyed once.
    keys: dict[int, tuple[Person, str]] = {}
    for index in order:
        record = records[index]
        known_key = keys.get(id(record.person))
        if known_key is None or known_key[0] is not record.person:
            known_key = keys[id(record.person)] = (record.person, record.person.key())
        person = known_key[1]
        channel = record.channel
        # Per channel and person, not per thread: an answer in a new thread (a new e-mail,
        # a new LinkedIn conversation) still answers the message waiting for one.
        key = (channel, person)
        since = waiting.get(key)
        if wanted is None or wanted(index):
            verdicts[index] = tell(record, person in known, since)
        if channel in CONVERSATIONS:
            known.add(person)
        if record.direction != "out":
            waiting[key] = None
        elif since is None:
            waiting[key] = record.when.astimezone(zone).date()
    return verdicts


class _Teller:
    """Tells touches' verdicts, reading the words of each distinct message once.

    Texts come back in an archive (a message sent to several people is one touch each;
    invitations' boilerplate, "Thanks for connecting"): what the words say depends only on
    the text, which way it went, its attachments and whether others were on it, and is
    kept for the length of one ``classify``; so is each verdict made from it. When no text
    repeats, this costs about 5% more than reading each message alone (docs/benchmarks.md).
    """

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        #: The text of a message received, or (text, attachments, with others) of one sent
        #: -> the words' signals, and the verdicts made from them keyed by (invitation,
        #: the signal the history adds, reply days).
        self.read: dict[
            str | tuple[str, tuple[str, ...], bool],
            tuple[dict[str, str], dict[tuple[bool, str, int | None], Verdict]],
        ] = {}

    def tell(self, record: TouchRecord, known: bool, waiting_since: date | None) -> Verdict:
        """Return the verdict of ``record``, given its person's history."""
        out = record.direction == "out"
        channel = record.channel
        if channel == "linkedin_endorsement":
            skill = record.subject or "a skill"
            who = "you endorsed them" if out else "they endorsed you"
            return Verdict("give", f"{who} for {skill}", ("give",))
        if channel == "linkedin_recommendation":
            who = "you recommended them" if out else "they recommended you"
            return Verdict("give", who, ("give",))
        text = f"{record.subject}\n{record.text}" if record.subject else record.text
        # A message received is read for fewer signals than one sent: its text alone is
        # its key (no tuple to make and hash); a sent one's also holds what it is sent with.
        key: str | tuple[str, tuple[str, ...], bool] = (
            (text, record.attachments, bool(record.others)) if out else text
        )
        entry = self.read.get(key)
        if entry is None:
            found = _words_found(text, out, record.attachments, bool(record.others))
            entry = self.read[key] = (found, {})
        found, made = entry
        invitation = channel == "linkedin_invitation"
        # The signal the person's history adds, when the words have not already given it.
        added = ""
        reply_days = None
        if out and not known and (not invitation or record.text.strip()):
            added = "outreach"
        elif out and waiting_since is not None:
            # Written the same day it is the same approach in two messages ("Hi Harshita",
            # then "Good evening!" seconds later); a follow-up comes on a later day.
            if record.when.astimezone(self.zone).date() > waiting_since:
                added = "follow_up"
        elif not out and waiting_since is not None:
            added = "reply"
            day = record.when.astimezone(self.zone).date()
            reply_days = business_days_between(waiting_since, day)
        shape = (invitation, added, reply_days)
        verdict = made.get(shape)
        if verdict is None:
            verdict = made[shape] = _verdict(found, invitation, added, reply_days)
        return verdict


def _words_found(
    text: str, out: bool, attachments: tuple[str, ...], others: bool
) -> dict[str, str]:
    """Return the signals the words of ``text`` give, each with the words that gave it."""
    found: dict[str, str] = {}
    if out and others and (words := touch_words.introduction_words(text, 1)):
        found["give"] = f'introduced people: "{words}"'
    if out and (words := touch_words.handbill_words(text, attachments)):
        found["handbill"] = f'{_LABELS["handbill"]}: "{words}"'
    for kind, detect in _DETECTORS:
        if kind not in found and (words := detect(text)):
            found[kind] = f'{_LABELS[kind]}: "{words}"'
    if out and (words := touch_words.follow_up_words(text)):
        found["follow_up"] = f'{_LABELS["follow_up"]}: "{words}"'
    return found


def _verdict(
    words: dict[str, str], invitation: bool, added: str, reply_days: int | None
) -> Verdict:
    """Return the verdict of a touch whose words gave ``words`` and whose history ``added``."""
    signals = tuple([kind for kind in PRIORITY if kind in words or kind == added])
    if not signals:
        what = "an invitation" if invitation else "a message"
        return Verdict("other", f"{what} with nothing more to tell")
    first = signals[0]
    reason = words.get(first)
    if reason is None:  # the words say nothing of it: the history does
        if first == "outreach":
            reason = "the first message to them"
        elif first == "follow_up":
            reason = "a second message with no answer in between"
        else:
            days = "business day" if reply_days == 1 else "business days"
            reason = f"answered your message after {reply_days} {days}"
    return Verdict(first, reason, signals, reply_days)
