"""The two demo personas, imported through the real importers, then diagnosed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User
from freezegun import freeze_time

from rapport.demo.loader import load_demo
from rapport.diagnosis.services import run_diagnosis

STORY = {
    "off-target-meetings",
    "no-decision-makers",
    "echo-chamber",
    "untapped-target-contacts",
    "pitch-not-compelling",
}
#: A day some weeks after the demo's anchor: the loader moves the demo to any day.
TODAY = datetime(2027, 2, 10, 15, tzinfo=UTC)


@pytest.fixture
def scattered(alice: User) -> User:
    with freeze_time(TODAY):
        load_demo(alice, "scattered")
    return alice


@pytest.fixture
def focused(bob: User) -> User:
    with freeze_time(TODAY):
        load_demo(bob, "focused")
    return bob


def test_the_articles_job_seeker_gets_the_articles_diagnosis(scattered: User) -> None:
    report = run_diagnosis(scattered, now=TODAY)
    fired = {f.code for f in report.diagnosis.findings if f.status == "fires"}
    assert fired >= STORY
    assert report.diagnosis.headline.startswith("Your networking is not working yet")
    metrics = report.facts.metrics
    assert metrics["meetings"] >= 30
    assert metrics["meetings_with_decision_makers"] == 0
    assert metrics["meetings_with_job_seekers"] > metrics["meetings"] / 2


def test_her_actions_name_the_ceos_and_presidents_she_already_knows(scattered: User) -> None:
    report = run_diagnosis(scattered, now=TODAY)
    texts = [a.text for a in report.diagnosis.actions]
    leaders = [t for t in texts if "CEO" in t or "Chief Executive" in t or "President" in t]
    assert len(leaders) >= 2
    named = [a for a in report.diagnosis.actions if a.contact_id]
    assert all(a.draft.startswith("Hi ") for a in named if "Ask" in a.text and "advice" in a.text)
    assert 5 <= len(report.diagnosis.actions) <= 10


def test_the_focused_networker_gets_none_of_those_findings(focused: User) -> None:
    report = run_diagnosis(focused, now=TODAY)
    fired = {f.code for f in report.diagnosis.findings if f.status == "fires"}
    assert not fired & STORY
    assert report.facts.metrics["meetings_with_decision_makers"] >= 5


def test_the_json_has_the_documented_shape(scattered: User) -> None:
    data = run_diagnosis(scattered, now=TODAY).to_json()
    assert set(data) == {"window", "headline", "metrics", "findings", "actions"}
    assert set(data["window"]) == {"since", "until"}
    for key in (
        "meetings",
        "meetings_with_target_industry",
        "meetings_with_target_companies",
        "meetings_with_decision_makers",
        "meetings_with_job_seekers",
        "meetings_with_connectors",
        "meetings_with_recruiters",
        "contacts",
        "contacts_at_target_companies",
        "target_companies",
        "target_companies_with_contacts",
        "asks",
        "gives",
        "referrals",
        "handbills_given",
    ):
        assert isinstance(data["metrics"][key], int), key
    assert len(data["metrics"]["weekly"]) >= 13
    assert set(data["findings"][0]) >= {
        "code",
        "severity",
        "title",
        "why",
        "measured",
        "evidence",
        "actions",
    }
