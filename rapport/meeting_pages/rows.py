"""What the timeline shows for each meeting, built for a whole page in a fixed number of queries."""

from __future__ import annotations

import itertools
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from rapport.contacts.models import Contact
from rapport.meeting_pages.forms import tri
from rapport.meetings.models import Interaction
from rapport.meetings.people import open_people
from rapport.meetings.queries import monday_of

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Contact columns a row needs: the name and the judgments shown as tags.
CONTACT_COLUMNS = (
    "id",
    "full_name",
    "company_name",
    "can_hire",
    "is_recruiter",
    "is_job_seeker",
    "is_connector",
    "in_target_industry",
    "target_company_id",
)
TRI_QUESTIONS = (
    ("ask_made", "Did you make a specific ask?"),
    ("handbill_given", "Did you give your handbill?"),
    ("referral_received", "Did you get a referral or an introduction?"),
)


@dataclass
class OpenPerson:
    index: int
    text: str
    email: str
    how: str
    candidates: list[dict[str, Any]]


@dataclass
class Row:
    meeting: Interaction
    start: datetime
    end: datetime | None
    people: list[Contact]
    open_people: list[OpenPerson]
    values: dict[str, Any]
    tri: list[tuple[str, str, str]]
    errors: list[str] = field(default_factory=list)
    saved: list[str] = field(default_factory=list)
    #: The first meeting of the timeline that has begun: "Today" is marked above it.
    first_past: bool = False

    @property
    def happened(self) -> bool:
        """True once the meeting has begun: only then is there an outcome to log."""
        return self.meeting.start <= timezone.now()

    @property
    def week(self) -> date:
        return monday_of(self.start.date())

    @property
    def networking(self) -> bool:
        return self.meeting.is_networking and not self.meeting.cancelled

    @property
    def logged(self) -> bool:
        return self.meeting.outcome_logged_at is not None

    @property
    def outcome(self) -> list[tuple[str, str]]:
        return outcome_summary(self.meeting)

    @property
    def overridden(self) -> bool:
        return self.meeting.networking_override is not None


def with_people(qs: QuerySet[Interaction]) -> QuerySet[Interaction]:
    """Return ``qs`` fetching each meeting's contacts in one extra query for the page."""
    contacts = Contact.objects.only(*CONTACT_COLUMNS).order_by("full_name")
    return qs.prefetch_related(Prefetch("contacts", queryset=contacts))


def build_rows(
    user: User,
    meetings: Iterable[Interaction],
    zone: zoneinfo.ZoneInfo,
    posted: Mapping[int, Mapping[str, Any]] | None = None,
) -> list[Row]:
    """Return a Row per meeting; ``posted`` holds form values to show again after an error."""
    meetings = list(meetings)
    wanted = {
        candidate
        for meeting in meetings
        for _, person in open_people(meeting)
        for candidate in person.get("candidates", [])
    }
    candidates = {
        c["id"]: c
        for c in Contact.objects.owned_by(user)
        .filter(pk__in=wanted)
        .values("id", "full_name", "company_name")
    }
    rows = []
    for meeting in meetings:
        values = dict(posted.get(meeting.pk, {})) if posted else outcome_values(meeting)
        rows.append(
            Row(
                meeting=meeting,
                start=meeting.start.astimezone(zone),
                end=meeting.end.astimezone(zone) if meeting.end else None,
                people=list(meeting.contacts.all()),
                open_people=[
                    OpenPerson(
                        index,
                        person.get("text", ""),
                        person.get("email", ""),
                        person.get("how", ""),
                        [
                            dict(candidates[c])
                            for c in person.get("candidates", [])
                            if c in candidates
                        ],
                    )
                    for index, person in open_people(meeting)
                ],
                values=values,
                tri=[(name, question, values.get(name, "")) for name, question in TRI_QUESTIONS],
            )
        )
    return rows


def by_week(rows: list[Row]) -> list[tuple[date, list[Row]]]:
    """Return the rows grouped by the Monday of their week, in the rows' order."""
    return [(week, list(group)) for week, group in itertools.groupby(rows, key=lambda r: r.week)]


def outcome_values(meeting: Interaction) -> dict[str, Any]:
    """Return the outcome form's values for ``meeting`` as stored."""
    return {
        "ask_made": tri(meeting.ask_made),
        "ask_text": meeting.ask_text,
        "handbill_given": tri(meeting.handbill_given),
        "referral_received": tri(meeting.referral_received),
        "referral_note": meeting.referral_note,
        "follow_up_on": meeting.follow_up_on.isoformat() if meeting.follow_up_on else "",
        "thank_you_sent_on": (
            meeting.thank_you_sent_on.isoformat() if meeting.thank_you_sent_on else ""
        ),
        "notes": meeting.notes,
        "kind": meeting.kind,
    }


def outcome_summary(meeting: Interaction) -> list[tuple[str, str]]:
    """Return the logged outcome as (label, words) pairs; unknown stays "not logged"."""
    words = {None: "not logged", True: "yes", False: "no"}
    ask = words[meeting.ask_made]
    if meeting.ask_made and meeting.ask_text:
        ask = f"yes: {meeting.ask_text}"
    referral = words[meeting.referral_received]
    if meeting.referral_received and meeting.referral_note:
        referral = f"yes: {meeting.referral_note}"
    items = [("Ask", ask), ("Handbill", words[meeting.handbill_given]), ("Referral", referral)]
    if meeting.thank_you_sent_on:
        items.append(("Thank-you sent", f"{meeting.thank_you_sent_on:%a %d %b}"))
    if meeting.follow_up_on:
        items.append(("Follow up", f"{meeting.follow_up_on:%a %d %b}"))
    return items
