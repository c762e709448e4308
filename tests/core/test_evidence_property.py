"""``classify`` reads each distinct message once and shares verdicts: the same verdicts,
reasons and words as reading every message on its own, which ``_reference`` still does."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.core import touch_words
from rapport.core.evidence import (
    _DETECTORS,
    _LABELS,
    CONVERSATIONS,
    PRIORITY,
    Verdict,
    business_days_between,
    classify,
)
from rapport.core.moments import second_texts, text_order
from rapport.core.records import Person, TouchRecord

PEOPLE = [
    Person("Nadia Haddad", "nadia-haddad"),
    Person("Omar Farouk", "omar-farouk"),
    Person("Lena Ortiz", "", "lena@example.com"),
    Person("Sam Lee"),
]
#: Pieces that set off every detector, near-misses, and nothing at all.
PIECES = [
    "Hi Nadia,",
    "thank you so much for your time yesterday",
    "Thanks in advance",
    "Thanks,",
    "no thanks",
    "really grateful for your advice",
    "Could I ask your advice on the platform team?",
    "could you introduce me to someone at Acme",
    "I'd love your thoughts",
    "open to a quick call?",
    "I thought you'd find this article useful",
    "here's the link to the report",
    "sharing this in case it's useful",
    "Nadia, meet Omar",
    "let me introduce you to each other",
    "let's meet Tuesday",
    "just following up on my note",
    "bumping this",
    "I took your advice and applied",
    "my target list: https://rapport.example/h/abc123xyz",
    "the list of target companies I mentioned",
    "Happy to chat next week.",
    "İstanbul office",
    "   ",
    "",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=4).map(lambda parts: "\n".join(parts))
CHANNELS = [
    "linkedin_message",
    "linkedin_message",
    "linkedin_invitation",
    "email",
    "linkedin_endorsement",
    "linkedin_recommendation",
]
START = datetime(2024, 3, 1, 22, 30, tzinfo=UTC)


@st.composite
def records(draw: st.DrawFn) -> TouchRecord:
    others = draw(st.lists(st.sampled_from(PEOPLE), max_size=2, unique=True))
    return TouchRecord(
        channel=draw(st.sampled_from(CHANNELS)),
        direction=draw(st.sampled_from(["out", "in"])),
        when=START + timedelta(hours=draw(st.integers(0, 24 * 20))),
        person=draw(st.sampled_from(PEOPLE)),
        where="messages.csv, row 1",
        subject=draw(st.sampled_from(["", "", "Coffee?", "Re: intro"])),
        text=draw(TEXTS),
        others=tuple(others),
        attachments=draw(st.sampled_from([(), (), ("handbill.pdf",), ("notes.txt",)])),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(records(), max_size=30),
    st.sampled_from([UTC, ZoneInfo("America/Los_Angeles")]),
    st.integers(0, 3),
)
def test_it_gives_the_verdicts_of_reading_every_message_alone(
    touches: list[TouchRecord], zone: tzinfo, skip: int
) -> None:
    # Repeated texts are what is shared: send some messages twice, to others.
    touches = touches + [
        dataclasses.replace(t, person=PEOPLE[-1], when=t.when + timedelta(days=1))
        for t in touches[::3]
    ]
    wanted = (lambda i: i % 4 != skip) if skip else None
    expected = _reference(touches, zone, wanted)
    assert classify(touches, zone=zone, wanted=wanted) == expected
    # Followed in the order of the times' texts, as the importer gives it: the same.
    order = text_order(second_texts([t.when for t in touches], "T", "+00:00"))
    assert order is not None
    assert classify(touches, zone=zone, wanted=wanted, order=order) == expected


def _reference(records: Sequence[TouchRecord], zone: tzinfo, wanted: object) -> list[Verdict]:
    """``classify`` as it was before the texts were shared: every message read alone."""
    verdicts = [Verdict("other", "")] * len(records)
    waiting: dict[tuple[str, str], date | None] = {}
    known: set[str] = set()
    for index in sorted(range(len(records)), key=lambda i: records[i].when):
        record = records[index]
        person = record.person.key()
        key = (record.channel, person)
        since = waiting.get(key)
        if wanted is None or wanted(index):  # type: ignore[operator]
            verdicts[index] = _verdict(record, person in known, since, zone)
        if record.channel in CONVERSATIONS:
            known.add(person)
        if record.direction != "out":
            waiting[key] = None
        elif since is None:
            waiting[key] = record.when.astimezone(zone).date()
    return verdicts


def _verdict(record: TouchRecord, known: bool, waiting_since: date | None, zone: tzinfo) -> Verdict:
    out = record.direction == "out"
    text = f"{record.subject}\n{record.text}" if record.subject else record.text
    if record.channel == "linkedin_endorsement":
        skill = record.subject or "a skill"
        who = "you endorsed them" if out else "they endorsed you"
        return Verdict("give", f"{who} for {skill}", ("give",))
    if record.channel == "linkedin_recommendation":
        who = "you recommended them" if out else "they recommended you"
        return Verdict("give", who, ("give",))
    found: dict[str, str] = {}
    if (
        out
        and record.others
        and (words := touch_words.introduction_words(text, len(record.others)))
    ):
        found["give"] = f'introduced people: "{words}"'
    if out and (words := touch_words.handbill_words(text, record.attachments)):
        found["handbill"] = f'{_LABELS["handbill"]}: "{words}"'
    for kind, detect in _DETECTORS:
        if kind not in found and (words := detect(text)):
            found[kind] = f'{_LABELS[kind]}: "{words}"'
    if out and (words := touch_words.follow_up_words(text)):
        found["follow_up"] = f'{_LABELS["follow_up"]}: "{words}"'
    reply_days = None
    invitation = record.channel == "linkedin_invitation"
    if out and not known and (record.text.strip() or not invitation):
        found.setdefault("outreach", "the first message to them")
    elif out and waiting_since is not None:
        if record.when.astimezone(zone).date() > waiting_since:  # a later day's message
            found.setdefault("follow_up", "a second message with no answer in between")
    elif not out and waiting_since is not None:
        reply_days = business_days_between(waiting_since, record.when.astimezone(zone).date())
        days = "business day" if reply_days == 1 else "business days"
        found.setdefault("reply", f"answered your message after {reply_days} {days}")
    signals = tuple([kind for kind in PRIORITY if kind in found])
    if not signals:
        what = "an invitation" if record.channel == "linkedin_invitation" else "a message"
        return Verdict("other", f"{what} with nothing more to tell")
    return Verdict(signals[0], found[signals[0]], signals, reply_days)
