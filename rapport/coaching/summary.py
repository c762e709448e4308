"""Each client's roster figures: computed once per change of their data, stored, then read.

``compute`` runs the client's diagnosis (the same one their own page shows) and counts what
a coach scans for; ``fresh`` returns stored figures, refreshing only the stale ones.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Max
from django.utils import timezone

from rapport.accounts.clock import today_for, workspace_zone
from rapport.coaching.models import Summary
from rapport.contacts.models import Contact
from rapport.diagnosis.kept import diagnosis_for
from rapport.imports.models import ImportRun
from rapport.ledger.models import Give
from rapport.meetings.models import FollowUp, Interaction
from rapport.paths.models import Outreach
from rapport.paths.routine import due_outreach_actions
from rapport.profile.models import Pitch

SEVERITIES = ("error", "warning", "info", "unknown")


def compute(client: User, now: datetime | None = None) -> dict[str, Any]:
    """Return the client's figures as the roster and ``rapport coach clients --json`` show them."""
    now = now or timezone.now()
    today = today_for(client)
    # The kept diagnosis (PostgreSQL): the client's own page may have computed it already.
    report = diagnosis_for(client)
    facts = report.facts
    findings = dict.fromkeys(SEVERITIES, 0)
    for finding in report.diagnosis.findings:
        findings["unknown" if finding.status == "unknown" else finding.severity] += 1
    met = facts.metrics["meetings"]
    last = last_activity(client, now)
    return {
        "headline": report.diagnosis.headline,
        "findings": findings,
        "meetings_per_week": round(met / facts.weeks, 1),
        "goal_per_week": facts.plan.goals.weekly_meetings,
        "decision_maker_meetings": facts.metrics["meetings_with_decision_makers"],
        "job_seeker_share": round(facts.metrics["meetings_with_job_seekers"] / met, 2)
        if met
        else None,
        "overdue_follow_ups": FollowUp.objects.owned_by(client)
        .filter(done_at__isnull=True, due_on__lt=today)
        .count(),
        "steps_3b7_due": len(due_outreach_actions(client, today)),
        "last_activity": last.isoformat() if last else None,
        # For the coach's overview: what to comment on (rapport coach clients leaves it out).
        "finding_list": [
            {"code": f.code, "severity": f.severity, "status": f.status, "title": f.title}
            for f in report.diagnosis.findings
        ],
    }


def last_activity(client: User, now: datetime) -> date | None:
    """Return the last day the client met someone, wrote, gave, imported, edited or practised."""
    moments: list[datetime | date | None] = [
        Interaction.objects.owned_by(client).filter(start__lte=now).aggregate(m=Max("start"))["m"],
        ImportRun.objects.owned_by(client).aggregate(m=Max("started_at"))["m"],
        Contact.objects.owned_by(client).aggregate(m=Max("updated_at"))["m"],
        Pitch.objects.owned_by(client).aggregate(m=Max("created_at"))["m"],
        Outreach.objects.owned_by(client)
        .filter(sent_on__isnull=False)
        .aggregate(m=Max("sent_on"))["m"],
        Give.objects.owned_by(client).aggregate(m=Max("given_on"))["m"],
    ]
    zone = workspace_zone(client)
    days = [
        timezone.localtime(m, zone).date() if isinstance(m, datetime) else m
        for m in moments
        if m is not None
    ]
    return max(days) if days else None


def refresh(client: User) -> dict[str, Any]:
    """Compute and store the client's figures; return them."""
    summary, _ = Summary.objects.get_or_create(owner=client)
    # Cleared first: a change that lands while this computes marks it stale again.
    Summary.objects.filter(pk=summary.pk).update(stale=False)
    figures = compute(client)
    Summary.objects.filter(pk=summary.pk).update(
        figures=figures, computed_on=today_for(client), computed_at=timezone.now()
    )
    return figures


@dataclass(frozen=True)
class Shown:
    """A client's figures as the roster shows them: ``behind`` when not yet brought up to date."""

    figures: dict[str, Any]
    as_of: date | None
    behind: bool = False


def fresh(clients: list[User], budget: float | None = None) -> dict[int, Shown]:
    """Return each client's figures by user id, refreshing those changed since or of another day.

    With a ``budget`` in seconds, the changed ones are refreshed first, then those of an
    earlier day, until the budget is spent; the rest are shown as they were, marked behind
    (the next view carries on). A client never computed is computed whatever the budget.
    """
    stored = {s.owner_id: s for s in Summary.objects.filter(owner__in=clients)}
    shown: dict[int, Shown] = {}
    due: list[tuple[int, User, date]] = []
    for client in clients:
        summary, today = stored.get(client.pk), today_for(client)
        if summary is None or not summary.figures:
            shown[client.pk] = Shown(refresh(client), today)
            continue
        shown[client.pk] = Shown(summary.figures, summary.computed_on)
        if summary.stale or summary.computed_on != today:
            shown[client.pk] = Shown(summary.figures, summary.computed_on, behind=True)
            due.append((0 if summary.stale else 1, client, today))
    started = time.perf_counter()
    for _order, client, today in sorted(due, key=lambda d: d[0]):
        if budget is not None and time.perf_counter() - started >= budget:
            break
        shown[client.pk] = Shown(refresh(client), today)
    return shown
