"""Alice's small network around three target companies, judged by the real judge."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User

from rapport.contacts.judging import rejudge
from rapport.contacts.models import Company, Contact, JobChange
from rapport.formats import plan_toml
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import Interaction
from rapport.plan.models import TargetCompany
from rapport.plan.services import save_plan

#: A Wednesday: the 3B7 tests count business days from here.
TODAY = date(2026, 3, 11)
PLAN = """
[person]
name = "Margaret Lindqvist"

[targets]
positions = ["VP Finance"]
industries = ["Medical devices"]
companies = [
    { name = "Stryker", priority = 1, motivation = 3, posting = 2 },
    { name = "Medtronic", priority = 2, motivation = 3, posting = 0 },
    { name = "Abbott", priority = 3, motivation = 1 },
]
"""
PEOPLE: list[tuple[str, str, str, dict[str, Any]]] = [
    ("Kevin Lobo", "Stryker", "Chief Executive Officer", {"emails": ["kevin@example.com"]}),
    ("Rita Reyes", "Stryker", "Senior Recruiter", {}),
    ("Sofia Chen", "Stryker", "Director of Finance", {"strength": 3}),
    ("Priya Raman", "Medtronic plc", "Senior Director Finance", {}),
    ("Bob Holm", "Edina Chamber of Commerce", "President", {"circles": ["chamber"]}),
    ("Fran Olsen", "Acme Foods", "Controller", {}),
    ("Kim Berg", "Target", "Store Manager", {"knows_someone_at": ["Abbott Laboratories"]}),
    ("Ann Dahl", "US Bank", "Banker", {}),
]


def at(day: date, hour: int = 12) -> datetime:
    from django.utils import timezone

    return timezone.make_aware(datetime.combine(day, datetime.min.time()).replace(hour=hour))


@pytest.fixture
def world(alice: User) -> dict[str, Any]:
    """Return alice's targets and contacts by first name, with meetings, gifts and an intro."""
    save_plan(alice, plan_toml.loads(PLAN))
    people = {}
    for name, company, position, extra in PEOPLE:
        people[name.split()[0].lower()] = Contact.objects.create(
            owner=alice, full_name=name, company_name=company, position=position, **extra
        )
    rejudge(alice)
    for contact in people.values():
        contact.refresh_from_db()
    JobChange.objects.create(
        owner=alice,
        contact=people["fran"],
        old_company="Stryker Corporation",
        new_company="Acme Foods",
        detected_on=TODAY - timedelta(days=100),
    )
    meeting = Interaction.objects.create(
        owner=alice, summary="Coffee with Kevin", start=at(TODAY - timedelta(days=6)), kind="coffee"
    )
    meeting.contacts.add(people["kevin"])
    old = Interaction.objects.create(
        owner=alice, summary="Chamber breakfast", start=at(TODAY - timedelta(days=40)), kind="event"
    )
    old.contacts.add(people["bob"])
    cancelled = Interaction.objects.create(
        owner=alice, summary="Lunch", start=at(TODAY - timedelta(days=1)), cancelled=True
    )
    cancelled.contacts.add(people["priya"])
    Give.objects.create(
        owner=alice, contact=people["bob"], kind="information", note="Event list", given_on=TODAY
    )
    Introduction.objects.create(
        owner=alice,
        from_contact=people["ann"],
        to_contact=people["priya"],
        status="promised",
        created_on=TODAY - timedelta(days=3),
    )
    Company.objects.get_or_create(owner=alice, key="stryker", defaults={"name": "Stryker"})
    targets = {t.name: t for t in TargetCompany.objects.owned_by(alice)}
    return {"people": people, "targets": targets, "user": alice}
