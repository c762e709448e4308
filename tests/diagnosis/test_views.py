"""The diagnosis page: the home page once a plan exists; the report for a coach."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from rapport.accounts.models import Workspace
from rapport.contacts.models import Contact
from rapport.formats import plan_toml
from rapport.meetings.models import Interaction
from rapport.plan.services import save_plan


@pytest.fixture(autouse=True)
def late_november() -> object:
    with freeze_time("2026-11-25 12:00"):
        yield


PLAN = """
[targets]
positions = ["Chief Financial Officer"]
industries = ["Medical devices"]
companies = ["Stryker", "Medtronic"]
[goals]
weekly_meetings = 3
"""


def a_network(user: User, coffees: int) -> None:
    save_plan(user, plan_toml.loads(PLAN))
    dana = Contact.objects.create(owner=user, full_name="Dana <Reyes>", is_job_seeker=True)
    Contact.objects.create(
        owner=user, full_name="Kevin Lobo", position="CEO", company_name="Stryker", can_hire=True
    )
    for n in range(coffees):
        meeting = Interaction.objects.create(
            owner=user,
            summary=f"Coffee w/ Dana #{n}",
            start=datetime(2026, 11, 2 + n % 10, 15, tzinfo=UTC),
            kind="coffee",
            networking=True,
        )
        meeting.contacts.add(dana)


def test_home_is_the_diagnosis_once_a_plan_exists(alice: User, alice_client: Client) -> None:
    a_network(alice, 8)
    page = alice_client.get("/").content.decode()
    assert "Your networking is not working yet" in page
    assert "This week&#x27;s actions" in page or "This week's actions" in page
    assert 'id="finding-echo-chamber"' in page


def test_the_chart_data_is_json_and_names_are_escaped(alice: User, alice_client: Client) -> None:
    a_network(alice, 8)
    page = alice_client.get("/diagnosis/").content.decode()
    assert "Dana <Reyes>" not in page
    assert "Dana &lt;Reyes&gt;" in page
    raw = re.search(r'<script id="chart-data" type="application/json">(.*?)</script>', page, re.S)
    assert raw is not None
    chart = json.loads(raw.group(1))
    assert [s["key"] for s in chart["series"]][:3] == [
        "decision_makers",
        "target_industry",
        "job_seekers",
    ]
    assert sum(sum(s["data"]) for s in chart["series"]) == 8
    assert chart["goal"][0] == 3


def test_the_page_runs_the_same_queries_for_10_or_40_meetings(
    alice: User, bob: User, alice_client: Client, bob_client: Client
) -> None:
    a_network(alice, 10)
    a_network(bob, 40)
    with CaptureQueriesContext(connection) as few:
        alice_client.get("/diagnosis/")
    with CaptureQueriesContext(connection) as many:
        bob_client.get("/diagnosis/")
    assert len(many) == len(few)


def test_a_window_can_be_chosen_and_a_reversed_one_is_explained(
    alice: User, alice_client: Client
) -> None:
    a_network(alice, 8)
    page = alice_client.get("/diagnosis/", {"since": "2026-11-01", "until": "2026-11-30"})
    assert "1 Nov 2026 – 30 Nov 2026" in page.content.decode()
    page = alice_client.get("/diagnosis/", {"since": "2026-12-01", "until": "2026-11-01"})
    assert "showing the last 90 days instead" in page.content.decode()


def test_the_report_downloads_as_a_standalone_page(alice: User, alice_client: Client) -> None:
    a_network(alice, 8)
    response = alice_client.get("/diagnosis/report.html")
    assert response["Content-Disposition"] == 'attachment; filename="rapport-diagnosis.html"'
    page = response.content.decode()
    assert "<script" not in page
    assert "echo-chamber" in page


def test_bob_sees_nothing_of_alices_diagnosis(alice: User, bob_client: Client) -> None:
    a_network(alice, 8)
    page = bob_client.get("/diagnosis/").content.decode()
    assert "Dana" not in page
    assert "Start with a plan" in page


def test_the_diagnosis_and_the_profile_page_judge_the_saved_profile_alike(
    alice: User, alice_client: Client
) -> None:
    from rapport.diagnosis.facts import pitch_analysis
    from rapport.formats import plan_toml
    from rapport.plan.services import save_plan
    from rapport.profile.services import check_pitch, save_pitch

    save_plan(alice, plan_toml.loads('[targets]\ncompanies = ["Medtronic", "Stryker"]\n'))
    Workspace.objects.update_or_create(owner=alice, defaults={"words_per_minute": 110})
    text = (
        "I have worked in finance for many years. I was responsible for budgets. "
        "I like people and I am a hard worker. Thank you for your time."
    )
    save_pitch(alice, text)
    diagnosed = pitch_analysis(alice)
    assert diagnosed is not None
    assert [f["code"] for f in diagnosed["flags"]] == [
        f.code for f in check_pitch(alice, text).flags
    ]
