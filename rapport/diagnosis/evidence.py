"""What came of each meeting, from what the user logged first and their messages second.

A meeting's outcome is what the user logged about it; where they logged nothing, it is
what the messages with the people met say (``rapport.core.meeting_evidence``); where
there are no such messages, it stays unknown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Q

from rapport.core.diagnosis import Evidence, Outcomes
from rapport.core.meeting_evidence import (
    COVER_AFTER,
    COVER_BEFORE,
    MeetingOutcome,
    TouchFact,
    meeting_outcome,
    reply_stats,
)
from rapport.meetings.models import Interaction
from rapport.touches.models import Touch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LINKS = Interaction.contacts.through
#: How each channel's touches are counted in the sentence saying what a verdict rests on.
SOURCE_WORDS = {
    "linkedin_message": ("LinkedIn message", "LinkedIn messages"),
    "linkedin_invitation": ("LinkedIn invitation", "LinkedIn invitations"),
    "linkedin_endorsement": ("LinkedIn endorsement", "LinkedIn endorsements"),
    "linkedin_recommendation": ("LinkedIn recommendation", "LinkedIn recommendations"),
    "email": ("e-mail", "e-mails"),
}
_FIELDS = ("contact_id", "person_key", "person_name", "when", "direction", "channel", "signals")


@dataclass
class Judged:
    """Outcome counts for the rules, the evidence metrics, and which meetings fell where."""

    outcomes: Outcomes
    evidence: Evidence
    no_ask_ids: list[int] = field(default_factory=list)
    no_handbill_ids: list[int] = field(default_factory=list)
    no_thank_you_ids: list[int] = field(default_factory=list)
    unknown_ids: list[int] = field(default_factory=list)


def _fact(row: dict[str, Any], extra: dict[str, Any] | None = None) -> TouchFact:
    person = str(row["contact_id"]) if row["contact_id"] else row["person_key"]
    return TouchFact(
        person=person,
        when=row["when"],
        direction=row["direction"],
        channel=row["channel"],
        signals=tuple(row["signals"] or ()),
        **(extra or {}),
    )


def meeting_touches(user: User, contact_ids: list[int], start: datetime, end: datetime) -> Any:
    """Return the touches with ``contact_ids`` that may tell about meetings from start to end."""
    return Touch.objects.owned_by(user).filter(
        contact_id__in=contact_ids, when__gte=start - COVER_BEFORE, when__lt=end + COVER_AFTER
    )


def outcome_of(user: User, meeting: Interaction) -> MeetingOutcome:
    """Return what the messages with ``meeting``'s people say came of it (for its page)."""
    ids = list(meeting.contacts.values_list("pk", flat=True))
    rows = meeting_touches(user, ids, meeting.start, meeting.start).values(*_FIELDS, "reason")
    facts = [_fact(row, {"reason": row["reason"]}) for row in rows]
    return meeting_outcome(meeting.start, facts)


def judge(user: User, meetings: Any, start: datetime, end: datetime, now: datetime) -> Judged:
    """Return outcomes for the rules and evidence for the metrics over ``meetings``.

    ``meetings`` are the networking meetings of the window from ``start`` to ``end``.
    """
    rows = list(
        meetings.values(
            "pk",
            "start",
            "ask_made",
            "handbill_given",
            "referral_received",
            "thank_you_sent_on",
            "outcome_logged_at",
        )
    )
    people: dict[int, set[int]] = {}
    for meeting_id, contact_id in LINKS.objects.filter(
        interaction_id__in=[r["pk"] for r in rows]
    ).values_list("interaction_id", "contact_id"):
        people.setdefault(meeting_id, set()).add(contact_id)
    by_contact: dict[int, list[TouchFact]] = {}
    contact_ids = sorted({c for ids in people.values() for c in ids})
    for row in meeting_touches(user, contact_ids, start, end).values(*_FIELDS):
        by_contact.setdefault(row["contact_id"], []).append(_fact(row))

    counts: Counter[str] = Counter()
    judged = Judged(Outcomes(), Evidence())
    for row in rows:
        found = meeting_outcome(
            row["start"], [t for c in people.get(row["pk"], ()) for t in by_contact.get(c, ())]
        )
        logged = row["outcome_logged_at"] is not None or any(
            row[k] is not None
            for k in ("ask_made", "handbill_given", "referral_received", "thank_you_sent_on")
        )
        if not (logged or found.covered):
            judged.unknown_ids.append(row["pk"])
            continue
        counts["logged"] += 1
        counts["referrals"] += row["referral_received"] is True
        ask = row["ask_made"] if row["ask_made"] is not None else found.ask
        handbill = row["handbill_given"] if row["handbill_given"] is not None else found.handbill
        counts["asks"] += ask is True
        counts["no_asks"] += ask is False
        counts["handbills"] += handbill is True
        counts["no_handbills"] += handbill is False
        if ask is False:
            judged.no_ask_ids.append(row["pk"])
        if handbill is False:
            judged.no_handbill_ids.append(row["pk"])
        thanks = _thanks(row, found)
        if thanks is not None:
            counts["thanks_known"] += 1
            counts[thanks] += 1
            if thanks == "missing":
                judged.no_thank_you_ids.append(row["pk"])
    judged.outcomes = Outcomes(
        logged=counts["logged"],
        asks=counts["asks"],
        no_asks=counts["no_asks"],
        handbills=counts["handbills"],
        no_handbills=counts["no_handbills"],
        referrals=counts["referrals"],
        thank_yous_late=counts["late"],
        thank_yous_on_time=counts["on_time"],
    )
    judged.evidence = _evidence(user, start, min(end, now), now, counts, len(judged.unknown_ids))
    return judged


def _thanks(row: dict[str, Any], found: MeetingOutcome) -> str | None:
    """Return "on_time", "late", "missing" or None (unknown) for one meeting, logged first."""
    sent = row["thank_you_sent_on"]
    if sent is not None:
        return "late" if (sent - row["start"].date()).days > 1 else "on_time"
    return found.thank_you


def _evidence(
    user: User, start: datetime, end: datetime, now: datetime, counts: Counter[str], unknown: int
) -> Evidence:
    touches = Touch.objects.owned_by(user)
    in_window = touches.filter(when__gte=start, when__lt=end)
    by_channel = dict(
        Counter(in_window.values_list("channel", flat=True).iterator(chunk_size=5000))
    )
    sources = tuple(
        f"{by_channel[channel]:,} {one if by_channel[channel] == 1 else many}"
        for channel, (one, many) in SOURCE_WORDS.items()
        if by_channel.get(channel)
    )
    # Replies may come after the window: they are read up to now.
    conversation = touches.filter(when__gte=start, when__lt=now).filter(
        Q(direction="in") | Q(signals__icontains="outreach")
    )
    names: dict[str, str] = {}
    facts = []
    for row in conversation.values(*_FIELDS, "contact__full_name", "reply_days"):
        fact = _fact(row, {"reply_days": row["reply_days"]})
        names[fact.person] = row["contact__full_name"] or row["person_name"] or fact.person
        facts.append(fact)
    stats = reply_stats(facts, start, end)
    out = in_window.filter(direction="out")
    return Evidence(
        sources=sources,
        outreach_sent=stats.sent,
        outreach_replied=stats.replied,
        median_reply_business_days=stats.median_days,
        unanswered=tuple(
            f"{names.get(person, person)}, written {when:%d %b %Y}"
            for person, when in stats.unanswered[:10]
        ),
        covered_meetings=counts["thanks_known"],
        meetings_with_thank_you=counts["on_time"] + counts["late"],
        thank_yous_late=counts["late"],
        asks_detected=out.filter(signals__icontains='"ask"').count(),
        gives_detected=out.filter(signals__icontains='"give"').count(),
        outcomes_unknown=unknown,
    )
