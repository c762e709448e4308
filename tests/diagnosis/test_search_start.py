"""Weekly goals count from the week the search began, never over the empty weeks before."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.diagnosis.services import run_diagnosis
from rapport.formats import plan_toml
from rapport.meetings.models import Interaction
from rapport.plan.services import load_plan, save_plan

NOW = datetime(2026, 11, 27, 18, tzinfo=UTC)
PLAN = """
[targets]
positions = ["Chief Financial Officer"]
industries = ["Medical devices"]
companies = ["Stryker", "Medtronic"]
[goals]
weekly_meetings = 4
weekly_decision_maker_meetings = 1
"""


def three_good_weeks(user: User, started: date | None = None) -> None:
    """Four meetings a week for three weeks, one of them with a CEO who could hire."""
    plan = plan_toml.loads(PLAN)
    save_plan(
        user,
        dataclasses.replace(plan, goals=dataclasses.replace(plan.goals, search_started_on=started)),
    )
    ceo = Contact.objects.create(
        owner=user, full_name="Kevin Lobo", position="CEO", can_hire=True, in_target_industry=True
    )
    insider = Contact.objects.create(
        owner=user, full_name="Priya Raman", position="Controller", in_target_industry=True
    )
    first = datetime(2026, 11, 9, 15, tzinfo=UTC)  # a Monday
    for week in range(3):
        for day in range(4):
            meeting = Interaction.objects.create(
                owner=user,
                summary="Coffee",
                start=first + timedelta(weeks=week, days=day),
                kind="coffee",
                networking=True,
            )
            meeting.contacts.add(ceo if day == 0 else insider)


def fired(user: User) -> set[str]:
    report = run_diagnosis(user, now=NOW)
    return {f.code for f in report.diagnosis.findings if f.status == "fires"}


def test_a_search_three_weeks_old_is_judged_on_those_three_weeks(alice: User) -> None:
    three_good_weeks(alice)
    report = run_diagnosis(alice, now=NOW)
    assert report.facts.search_began == date(2026, 11, 9)
    assert not fired(alice) & {"low-activity", "no-decision-makers", "decision-makers-below-goal"}


@pytest.mark.parametrize(
    ("started", "short"),
    [
        (date(2026, 11, 9), False),  # the week of the first meeting: on pace
        (date(2026, 9, 1), True),  # the user says the search began in September
    ],
)
def test_a_start_date_in_the_plan_takes_precedence(alice: User, started: date, short: bool) -> None:
    three_good_weeks(alice, started)
    assert load_plan(alice).goals.search_started_on == started
    assert ("low-activity" in fired(alice)) is short
    assert ("decision-makers-below-goal" in fired(alice)) is short
