"""A small network for the two-way street: a job seeker, a CEO at a target, a connector."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.formats import plan_toml
from rapport.plan.services import save_plan

PLAN = """
[person]
name = "Margaret Lindqvist"
[targets]
positions = ["Chief Financial Officer"]
industries = ["Medical devices"]
companies = [{ name = "Stryker", industry = "Medical devices" }, "Medtronic"]
[offers]
items = ["Seats at FEI chapter dinners", "Introductions to bankers and auditors in medical devices"]
"""
TODAY = date(2026, 11, 25)


@pytest.fixture
def network(alice: User) -> dict[str, Contact]:
    save_plan(alice, plan_toml.loads(PLAN))
    made = {
        "kevin": Contact.objects.create(
            owner=alice,
            first_name="Kevin",
            last_name="Lobo",
            full_name="Kevin Lobo",
            company_name="Stryker",
            position="CEO",
            can_hire=True,
            in_target_industry=True,
        ),
        "dana": Contact.objects.create(
            owner=alice,
            first_name="Dana",
            last_name="Reyes",
            full_name="Dana Reyes",
            position="Open to Work",
            is_job_seeker=True,
            looking_for="a controller role at Stryker or Medtronic",
        ),
        "sam": Contact.objects.create(
            owner=alice,
            first_name="Sam",
            last_name="Allen",
            full_name="Sam Allen",
            company_name="TwinWest Chamber",
            position="President",
            is_connector=True,
        ),
        "sam2": Contact.objects.create(
            owner=alice,
            first_name="Sam",
            last_name="Lee",
            full_name="Sam Lee",
            company_name="Robert Half",
            position="Recruiter",
            is_recruiter=True,
        ),
    }
    return made
