"""Build the diagnosis facts from the database: counts by aggregation, evidence by LIMIT.

Nothing here loads every contact or meeting into Python: counts come from COUNT with
EXISTS flags over the meeting-contact links, and evidence lists are short, ordered slices.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Case, CharField, Count, Exists, Min, OuterRef, Q, Value, When
from django.utils import timezone

from rapport.accounts.clock import workspace_zone
from rapport.accounts.models import KEEP_IN_TOUCH_DAYS, Workspace
from rapport.contacts.models import Contact
from rapport.core.diagnosis import Action, Facts, MeetingRef, Person
from rapport.core.plan import PlanData
from rapport.diagnosis.evidence import judge
from rapport.ledger.models import Give, Introduction
from rapport.ledger.services import reminders
from rapport.meetings.models import (
    FollowUp,
    Interaction,
    job_search_group,
    networking_q,
    with_contact,
)
from rapport.plan.models import TargetCompany
from rapport.plan.services import load_plan
from rapport.profile.models import Pitch
from rapport.profile.services import check_pitch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

DEFAULT_WINDOW_DAYS = 90
EVIDENCE = 10
LINKS = Interaction.contacts.through
AUDIENCES = ("decision_makers", "target_industry", "job_seekers", "connectors", "other")


@dataclass(frozen=True)
class Window:
    since: date
    until: date
    zone: zoneinfo.ZoneInfo

    @property
    def start(self) -> datetime:
        return datetime.combine(self.since, time.min, self.zone)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.until + timedelta(days=1), time.min, self.zone)


def window_for(user: User, since: date | None, until: date | None, today: date) -> Window:
    """Return the window (default: the 90 days up to today) in the user's time zone."""
    until = until or today
    since = since or until - timedelta(days=DEFAULT_WINDOW_DAYS - 1)
    return Window(since, until, workspace_zone(user))


#: Interactions annotated with audience flags (industry, decider, seeker, …): the type
#: checker cannot see annotations, so these querysets are typed loosely.
Meetings = Any


def meetings_in(user: User, window: Window, now: datetime) -> Meetings:
    """Return the user's past networking meetings in the window, flagged by audience."""
    end = min(window.end, now)
    return (
        Interaction.objects.owned_by(user)
        .networking()
        .filter(start__gte=window.start, start__lt=end)
        .annotate(
            industry=with_contact(in_target_industry=True),
            at_target=with_contact(target_company__isnull=False),
            decider=with_contact(can_hire=True),
            seeker=with_contact(is_job_seeker=True),
            connector=with_contact(is_connector=True),
            recruiter=with_contact(is_recruiter=True),
        )
        .annotate(
            audience=Case(
                When(decider=True, then=Value("decision_makers")),
                When(industry=True, then=Value("target_industry")),
                When(Q(seeker=True) | job_search_group(), then=Value("job_seekers")),
                When(connector=True, then=Value("connectors")),
                default=Value("other"),
                output_field=CharField(),
            )
        )
    )


def metrics(user: User, meetings: Meetings, window: Window) -> dict[str, int]:
    """Return the counts the issue names (see docs/diagnosis.md), all from aggregations."""
    counts: dict[str, int] = meetings.aggregate(
        meetings=Count("pk"),
        meetings_with_target_industry=Count("pk", filter=Q(industry=True)),
        meetings_with_target_companies=Count("pk", filter=Q(at_target=True)),
        meetings_with_decision_makers=Count("pk", filter=Q(decider=True)),
        meetings_with_job_seekers=Count("pk", filter=Q(seeker=True) | job_search_group()),
        meetings_with_connectors=Count("pk", filter=Q(connector=True)),
        meetings_with_recruiters=Count("pk", filter=Q(recruiter=True)),
        asks=Count("pk", filter=Q(ask_made=True)),
        referrals=Count("pk", filter=Q(referral_received=True)),
        handbills_given=Count("pk", filter=Q(handbill_given=True)),
    )
    contacts = Contact.objects.owned_by(user)
    targets = TargetCompany.objects.owned_by(user)
    counts["contacts"] = contacts.count()
    counts["contacts_at_target_companies"] = contacts.filter(target_company__isnull=False).count()
    counts["target_companies"] = targets.count()
    counts["target_companies_with_contacts"] = (
        targets.filter(contacts__isnull=False).distinct().count()
    )
    counts["gives"] = (
        Give.objects.owned_by(user)
        .filter(given_on__gte=window.since, given_on__lte=window.until)
        .count()
    )
    return counts


def weekly(meetings: Meetings, window: Window) -> list[dict[str, Any]]:
    """Return one row per week of the window: its Monday and meetings by audience."""
    first_monday = window.since - timedelta(days=window.since.weekday())
    weeks: dict[date, dict[str, Any]] = {}
    monday = first_monday
    while monday <= window.until:
        weeks[monday] = {"week": monday, **dict.fromkeys(AUDIENCES, 0), "total": 0}
        monday += timedelta(days=7)
    # Grouping by local day in the database keeps this to one small query per window.
    rows = meetings.values_list("start", "audience")
    for start, audience in rows.iterator(chunk_size=2000):
        day = timezone.localtime(start, window.zone).date()
        week = weeks.get(day - timedelta(days=day.weekday()))
        if week is not None:
            week[audience] += 1
            week["total"] += 1
    return list(weeks.values())


def meeting_refs(meetings: Meetings, window: Window) -> list[MeetingRef]:
    rows = meetings.order_by("-start").prefetch_related("contacts")[:EVIDENCE]
    return [
        MeetingRef(
            m.pk,
            timezone.localtime(m.start, window.zone).date(),
            m.summary,
            tuple(c.full_name for c in m.contacts.all()),
        )
        for m in rows
    ]


def person(contact: Contact, last_met: date | None = None) -> Person:
    target = contact.target_company
    return Person(
        id=contact.pk,
        name=contact.full_name,
        company=contact.company_name,
        position=contact.position,
        target_company=target.name if target else None,
        can_hire=contact.can_hire,
        last_met=last_met,
    )


SENIORITY_ORDER = Case(
    *(
        When(seniority=level, then=Value(rank))
        for rank, level in enumerate(
            ("owner", "cxo", "partner", "vp", "director", "manager", "senior", "entry")
        )
    ),
    default=Value(9),
)


def build_facts(
    user: User, *, since: date | None = None, until: date | None = None, now: datetime | None = None
) -> tuple[Facts, list[dict[str, Any]]]:
    """Return the facts for the user's diagnosis and the weekly series for the charts."""
    now = now or timezone.now()
    window = window_for(user, since, until, timezone.localtime(now).date())
    plan = load_plan(user)
    meetings = meetings_in(user, window, now)
    counts = metrics(user, meetings, window)
    networking_links = LINKS.objects.filter(
        networking_q("interaction__"), contact_id=OuterRef("pk"), interaction__start__lt=now
    )
    at_targets = Contact.objects.owned_by(user).filter(target_company__isnull=False)
    never_met = at_targets.filter(~Exists(networking_links))
    # Whoever runs a company first: the CEO or president is the surest decision-maker.
    runs_company = Case(When(function="general_management", then=Value(0)), default=Value(1))
    untapped = never_met.select_related("target_company").order_by(
        "-can_hire", runs_company, SENIORITY_ORDER, "target_company__priority", "last_name"
    )[:15]
    connectors = (
        Contact.objects.owned_by(user)
        .filter(is_connector=True, target_company__isnull=True)
        .order_by("-strength", "last_name")
        .select_related("target_company")[:5]
    )
    uncovered = list(
        TargetCompany.objects.owned_by(user)
        .filter(contacts__isnull=True)
        .ranked()
        .values_list("name", flat=True)[:40]
    )
    follow_ups = (
        FollowUp.objects.owned_by(user)
        .filter(done_at__isnull=True, due_on__lt=window.until)
        .select_related("contact")
        .order_by("due_on")[:EVIDENCE]
    )
    workspace = Workspace.objects.filter(owner=user).first()
    # Outcomes: what the user logged first, what their messages show where they logged nothing.
    judged = judge(user, meetings, window.start, window.end, now)
    facts = Facts(
        since=window.since,
        until=window.until,
        today=timezone.localtime(now, window.zone).date(),
        plan=plan,
        metrics=counts,
        weeks=max((window.until - window.since).days + 1, 1) / 7,
        search_began=search_began(user, plan, now, window),
        outcomes=judged.outcomes,
        gives=counts["gives"] + judged.evidence.gives_detected,
        introductions=Introduction.objects.owned_by(user)
        .filter(created_on__gte=window.since, created_on__lte=window.until)
        .count(),
        overdue_follow_ups=[
            (
                f"{f.contact.full_name if f.contact else 'a contact'} ({f.get_kind_display()})",
                f.due_on,
            )
            for f in follow_ups
        ],
        untapped=[person(c) for c in untapped],
        untapped_count=never_met.count(),
        target_contacts_met=at_targets.filter(Exists(networking_links)).count(),
        uncovered=uncovered,
        connectors=[person(c) for c in connectors],
        job_seeker_meetings=meeting_refs(
            meetings.filter(Q(seeker=True) | job_search_group()), window
        ),
        off_target_meetings=meeting_refs(meetings.filter(industry=False), window),
        unlogged_meetings=meeting_refs(meetings.filter(pk__in=judged.unknown_ids), window),
        no_ask_meetings=meeting_refs(meetings.filter(pk__in=judged.no_ask_ids), window),
        no_handbill_meetings=meeting_refs(meetings.filter(pk__in=judged.no_handbill_ids), window),
        pitch=pitch_analysis(user),
        thresholds=dict(workspace.thresholds) if workspace else {},
        reminders=reminders(
            user,
            timezone.localtime(now, window.zone).date(),
            workspace.keep_in_touch.get("default", KEEP_IN_TOUCH_DAYS)
            if workspace
            else KEEP_IN_TOUCH_DAYS,
        ),
        evidence=replace(
            judged.evidence,
            no_thank_you_meetings=tuple(
                meeting_refs(meetings.filter(pk__in=judged.no_thank_you_ids), window)
            ),
        ),
    )
    return facts, weekly(meetings, window)


def search_began(user: User, plan: PlanData, now: datetime, window: Window) -> date | None:
    """Return the day the search began: the plan's start date, else the first meeting."""
    if plan.goals.search_started_on is not None:
        return plan.goals.search_started_on
    first = (
        Interaction.objects.owned_by(user)
        .networking()
        .filter(start__lt=now)
        .aggregate(first=Min("start"))["first"]
    )
    return timezone.localtime(first, window.zone).date() if first else None


def outreach_steps(user: User, today: date) -> list[Action]:
    """Return the 3B7 steps due today as week actions (METHOD.md §6)."""
    from rapport.paths.routine import due_outreach_actions

    return [
        Action(step.text, contact_id=step.contact_id, reason=step.reason, draft=step.draft)
        for step in due_outreach_actions(user, today)
    ]


def pitch_analysis(user: User) -> dict[str, Any] | None:
    """Return the latest saved profile's analysis, flags with their severity, or None."""
    pitch = Pitch.objects.owned_by(user).order_by("-created_at", "-id").first()
    if pitch is None:
        return None
    # The same analysis as the Profile page's, so both count the same flags.
    return check_pitch(user, pitch.text).to_json()
