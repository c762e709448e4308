"""Read and write a user's plan as plain ``PlanData`` (the same shape as plan.toml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction

from rapport.core.plan import Goals, Person, PlanData, TargetCompanySpec
from rapport.plan.models import Plan, TargetCompany
from rapport.plan.signals import plan_saved

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LIST_FIELDS = (
    "positions",
    "industries",
    "geography",
    "decision_makers",
    "peers",
    "connectors",
    "offers",
)
GOAL_FIELDS = (
    "weekly_meetings",
    "weekly_target_industry_meetings",
    "weekly_decision_maker_meetings",
    "search_started_on",
)
PERSON_FIELDS = ("name", "headline", "email", "location", "booking_link")


def plan_for(user: User) -> Plan:
    """Return the user's Plan row, created empty on first use."""
    plan, _ = Plan.objects.get_or_create(owner=user)
    return plan


def load_plan(user: User) -> PlanData:
    """Return the user's plan as plain data (empty when they have none yet)."""
    plan = Plan.objects.filter(owner=user).first()
    if plan is None:
        return PlanData()
    companies = tuple(
        TargetCompanySpec(
            name=t.name,
            industry=t.industry,
            priority=t.priority,
            notes=t.notes,
            advocacy=t.advocacy,
            motivation=t.motivation,
            posting=t.posting,
        )
        for t in TargetCompany.objects.owned_by(user).order_by("position", "id")
    )
    return PlanData(
        person=Person(**{f: getattr(plan, f) for f in PERSON_FIELDS}),
        companies=companies,
        goals=Goals(**{f: getattr(plan, f) for f in GOAL_FIELDS}),
        **{f: tuple(getattr(plan, f)) for f in LIST_FIELDS},
    )


@transaction.atomic
def save_plan(user: User, data: PlanData) -> Plan:
    """Store ``data`` as the user's whole plan, in one transaction.

    Target companies are matched by name so their ids, links and LAMP notes survive
    an edit; companies no longer listed are removed. Contacts are judged again.
    """
    plan = plan_for(user)
    for f in PERSON_FIELDS:
        setattr(plan, f, getattr(data.person, f))
    for f in LIST_FIELDS:
        setattr(plan, f, list(getattr(data, f)))
    for f in GOAL_FIELDS:
        setattr(plan, f, getattr(data.goals, f))
    plan.save()

    existing = {t.name.casefold(): t for t in TargetCompany.objects.owned_by(user)}
    keep: set[int] = set()
    for index, spec in enumerate(data.companies):
        target = existing.get(spec.name.casefold()) or TargetCompany(owner=user)
        target.name = spec.name
        target.industry = spec.industry
        target.priority = spec.priority
        target.notes = spec.notes
        target.advocacy = spec.advocacy
        target.motivation = spec.motivation
        target.posting = spec.posting
        target.position = index
        target.save()
        keep.add(target.pk)
    TargetCompany.objects.owned_by(user).exclude(pk__in=keep).delete()
    # Every judgment is relative to the plan: a new target or industry changes them. The
    # contacts app listens (plan sits below contacts and never imports it).
    plan_saved.send(sender=Plan, user=user)
    return plan
