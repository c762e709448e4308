"""The meetings timeline's filters, weekly counts and JSON, shared by the page and the CLI."""

from __future__ import annotations

import zoneinfo
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from rapport.meetings.models import Interaction, job_search_group, networking_q, with_contact

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LINKS = Interaction.contacts.through
#: The kinds a user may give a meeting (the model also knows "email", for logged messages).
KINDS = ("coffee", "lunch", "call", "meeting", "group", "event")
#: Who the user met, as judged against the plan: filter value -> (label, contact lookup).
#: A meeting can match several; "other" is a meeting that matches none of them.
AUDIENCES: dict[str, tuple[str, dict[str, Any]]] = {
    "target_industry": ("Target industry", {"in_target_industry": True}),
    "decision_makers": ("Decision-makers", {"can_hire": True}),
    "job_seekers": ("Job seekers", {"is_job_seeker": True}),
    "recruiters": ("Recruiters", {"is_recruiter": True}),
    "connectors": ("Connectors", {"is_connector": True}),
    "other": ("None of these", {}),
}
WEEKS_COUNTED = 12


class FilterError(ValueError):
    """A filter value the timeline does not know; the message lists the ones it does."""


def audience_q(audience: str) -> Q:
    """Return the condition for meetings with someone of ``audience`` (see AUDIENCES)."""
    if audience == "other":
        matched = Q()
        for name, (_label, lookup) in AUDIENCES.items():
            if name != "other":
                matched |= Q(with_contact(**lookup))
        return ~(matched | job_search_group())
    _label, lookup = AUDIENCES[audience]
    if audience == "job_seekers":
        # A job-search group is full of job seekers even when no one in it is linked.
        return Q(with_contact(**lookup)) | job_search_group()
    return Q(with_contact(**lookup))


def filter_meetings(qs: QuerySet[Interaction], params: Mapping[str, Any]) -> QuerySet[Interaction]:
    """Return ``qs`` narrowed by ``params``: networking (yes/no), kind, audience."""
    networking = params.get("networking") or ""
    if networking == "yes":
        qs = qs.filter(networking_q())
    elif networking == "no":
        qs = qs.exclude(networking_q())
    elif networking:
        raise FilterError(f"networking must be yes or no, not {networking!r}")
    kind = params.get("kind") or ""
    if kind in KINDS:
        qs = qs.filter(kind=kind)
    elif kind:
        raise FilterError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    audience = params.get("audience") or ""
    if audience in AUDIENCES:
        qs = qs.filter(audience_q(audience))
    elif audience:
        raise FilterError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    return qs


def local_midnight(day: date, zone: zoneinfo.ZoneInfo) -> datetime:
    """Return the moment ``day`` begins in ``zone``."""
    return datetime.combine(day, time.min, zone)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_counts(
    qs: QuerySet[Interaction], zone: zoneinfo.ZoneInfo, today: date
) -> list[tuple[date, int]]:
    """Return (Monday, networking meetings that week) for the last 12 weeks, oldest first.

    ``qs`` is the filtered timeline; only its networking meetings are counted.
    """
    this_monday = monday_of(today)
    first = this_monday - timedelta(weeks=WEEKS_COUNTED - 1)
    counts = {first + timedelta(weeks=n): 0 for n in range(WEEKS_COUNTED)}
    starts = (
        qs.filter(networking_q())
        .filter(
            start__gte=local_midnight(first, zone),
            start__lt=local_midnight(this_monday + timedelta(weeks=1), zone),
        )
        .values_list("start", flat=True)
    )
    # A dozen weeks hold a few hundred meetings at most: bucketing them by local day in
    # Python gives the same weeks on SQLite and PostgreSQL.
    for start in starts:
        week = monday_of(start.astimezone(zone).date())
        if week in counts:
            counts[week] += 1
    return list(counts.items())


def time_moves_at(user: User, now: datetime) -> datetime:
    """Return when time alone next changes what the user's meetings say, an hour at most.

    That is the start of the next meeting (it becomes one that happened) or midnight in
    the current zone (today, and every window counted from it, moves).
    """
    local = timezone.localtime(now)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    next_meeting = (
        Interaction.objects.owned_by(user)
        .filter(start__gt=now)
        .order_by("start")
        .values_list("start", flat=True)
        .first()
    )
    return min(filter(None, (midnight, next_meeting, now + timedelta(hours=1))))


def contact_ids_by_meeting(ids: list[int]) -> dict[int, list[int]]:
    """Return each meeting's linked contact ids, sorted, in one query."""
    found: dict[int, list[int]] = {pk: [] for pk in ids}
    rows = LINKS.objects.filter(interaction_id__in=ids).values_list("interaction_id", "contact_id")
    for interaction_id, contact_id in rows.order_by("interaction_id", "contact_id"):
        found[interaction_id].append(contact_id)
    return found


def meeting_json(
    meeting: Interaction, zone: zoneinfo.ZoneInfo, contact_ids: list[int]
) -> dict[str, Any]:
    """Return the CLI's JSON for one meeting (documented in docs/cli.md)."""

    def local(moment: datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat() if moment else None

    return {
        "id": meeting.pk,
        "summary": meeting.summary,
        "start": local(meeting.start),
        "end": local(meeting.end),
        "all_day": meeting.all_day,
        "kind": meeting.kind or None,
        "networking": meeting.is_networking and not meeting.cancelled,
        "reason": meeting.networking_reason,
        "cancelled": meeting.cancelled,
        "contacts": contact_ids,
        "outcome": {
            "ask_made": meeting.ask_made,
            "ask": meeting.ask_text or None,
            "handbill_given": meeting.handbill_given,
            "referral_received": meeting.referral_received,
            "referral": meeting.referral_note or None,
            "follow_up_on": meeting.follow_up_on.isoformat() if meeting.follow_up_on else None,
            "thank_you_sent_on": (
                meeting.thank_you_sent_on.isoformat() if meeting.thank_you_sent_on else None
            ),
            "logged": local(meeting.outcome_logged_at),
        },
    }


def last_meetings(user: User, contact_ids: list[int]) -> dict[int, datetime]:
    """Return, per contact id, when their last meeting with the user began (past ones only)."""
    links = Interaction.contacts.through.objects.filter(
        interaction__owner=user,
        interaction__cancelled=False,
        interaction__start__lte=timezone.now(),
        contact_id__in=contact_ids,
    )
    rows = links.values("contact_id").annotate(last=Max("interaction__start"))
    return {row["contact_id"]: row["last"] for row in rows}
