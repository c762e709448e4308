"""What the messages say came of a meeting, shown beside the outcome, and confirmed in one click."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from rapport.core.meeting_evidence import MeetingOutcome
from rapport.diagnosis.evidence import outcome_of
from rapport.meetings.models import Interaction

if TYPE_CHECKING:
    from django.contrib.auth.models import User

_THANKS_WORDS = {
    "on_time": "yes, within a business day",
    "late": "yes, but late",
    "missing": "none found",
}


@dataclass(frozen=True)
class EvidenceView:
    """The evidence in words, and whether confirming it would log anything."""

    found: MeetingOutcome
    lines: tuple[tuple[str, str], ...]
    #: Some answer the messages give is not logged yet.
    confirmable: bool


def evidence_for(user: User, meeting: Interaction) -> EvidenceView | None:
    """Return what the messages with the meeting's people say, or None when they say nothing."""
    found = outcome_of(user, meeting)
    if not found.covered:
        return None
    lines = (
        ("A specific ask", "yes" if found.ask else "none found"),
        ("Your target list sent", "yes" if found.handbill else "none found"),
        ("A thank-you", _THANKS_WORDS.get(found.thank_you or "", "unknown")),
    )
    open_fields = _proposed(meeting, found)
    return EvidenceView(found, lines, bool(open_fields))


def _proposed(meeting: Interaction, found: MeetingOutcome) -> dict[str, object]:
    """Return the outcome fields the evidence would fill: only those not logged yet."""
    proposed: dict[str, object] = {}
    if meeting.ask_made is None and found.ask is not None:
        proposed["ask_made"] = found.ask
    if meeting.handbill_given is None and found.handbill is not None:
        proposed["handbill_given"] = found.handbill
    if meeting.thank_you_sent_on is None and found.thank_you_on is not None:
        proposed["thank_you_sent_on"] = found.thank_you_on
    return proposed


def confirm_evidence(user: User, meeting: Interaction, now: datetime) -> int:
    """Log what the evidence says where the user logged nothing; return the answers logged.

    What the user logged is never overwritten: correcting it is the outcome form's job.
    """
    proposed = _proposed(meeting, outcome_of(user, meeting))
    if not proposed:
        return 0
    for name, value in proposed.items():
        setattr(meeting, name, value)
    meeting.outcome_logged_at = now
    meeting.save(update_fields=[*proposed, "outcome_logged_at"])
    return len(proposed)
