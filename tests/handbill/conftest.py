"""A plan worth a handbill for alice, and a contact with a past meeting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.core.plan import Person, PlanData, TargetCompanySpec
from rapport.meetings.models import Interaction
from rapport.plan.services import save_plan

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
COMPANIES = [
    ("Medtronic", "Medical devices"),
    ("Stryker", "Medical devices"),
    ("US Bank", "Banking"),
    ("Boston Scientific", "Medical devices"),
]


def a_plan(**changes: object) -> PlanData:
    values: dict[str, object] = {
        "person": Person(
            name="Margaret Lindqvist",
            headline="Finance executive who turns plans into cash",
            email="margaret@example.com",
            location="Minneapolis, MN",
            booking_link="https://calendly.com/margaret/20min",
        ),
        "positions": ("Chief Financial Officer",),
        "industries": ("Medical devices",),
        "companies": tuple(
            TargetCompanySpec(name, industry, priority=n, notes="Secret note about them")
            for n, (name, industry) in enumerate(COMPANIES, 1)
        ),
        "decision_makers": ("CEOs of device makers",),
        "offers": ("Introductions to bankers",),
    }
    values.update(changes)
    return PlanData(**values)  # type: ignore[arg-type]


@pytest.fixture
def alice_plan(alice: User) -> PlanData:
    plan = a_plan()
    save_plan(alice, plan)
    return plan


@pytest.fixture
def geoff(alice: User) -> Contact:
    return Contact.objects.create(
        owner=alice, full_name="Geoff Martha", company_name="Medtronic", position="CEO"
    )


def meeting(owner: User, contact: Contact, start: datetime, **fields: object) -> Interaction:
    values: dict[str, object] = {
        "summary": f"Coffee with {contact.full_name}",
        "kind": "coffee",
        "networking": True,
    }
    values.update(fields)
    found = Interaction.objects.create(owner=owner, start=start, **values)
    found.contacts.add(contact)
    return found
