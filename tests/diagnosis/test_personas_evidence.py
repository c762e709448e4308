"""The demo personas' messages decide the outcome rules that only logging could before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User
from freezegun import freeze_time

from rapport.demo.loader import load_demo
from rapport.diagnosis.services import run_diagnosis

OUTCOME_RULES = ("no-asks", "no-follow-up", "one-way-street", "no-handbill")
TODAY = datetime(2027, 2, 10, 15, tzinfo=UTC)


def statuses(user: User) -> dict[str, str]:
    report = run_diagnosis(user, now=TODAY)
    return {f.code: f.status for f in report.diagnosis.findings}


@pytest.fixture
def without_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rapport.demo.loader.MESSAGE_FILES", ())


@pytest.mark.parametrize("persona", ["scattered", "focused"])
def test_without_her_messages_the_outcome_rules_are_unknown(
    alice: User, persona: str, without_messages: None
) -> None:
    with freeze_time(TODAY):
        load_demo(alice, persona)
    found = statuses(alice)
    assert {code: found.get(code, "passes") for code in OUTCOME_RULES} == dict.fromkeys(
        OUTCOME_RULES, "unknown"
    )
    # Unlogged is unknown, never "no": the finding asks her to log outcomes instead.
    assert found["outcomes-unlogged"] == "fires"


def test_her_messages_show_no_asks_no_list_and_late_thanks(alice: User) -> None:
    with freeze_time(TODAY):
        load_demo(alice, "scattered")
    report = run_diagnosis(alice, now=TODAY)
    found = {f.code: f for f in report.diagnosis.findings}
    assert {code: found[code].status if code in found else "passes" for code in OUTCOME_RULES} == {
        "no-asks": "fires",
        "no-follow-up": "fires",
        "one-way-street": "passes",
        "no-handbill": "fires",
    }
    assert "LinkedIn messages and" in found["no-asks"].measured
    assert "e-mails" in found["no-asks"].measured
    metrics = report.to_json()["metrics"]
    assert metrics["asks_detected"] == metrics["gives_detected"] == 0
    assert metrics["thank_yous_late"] > metrics["meetings_with_thank_you"] / 2
    assert metrics["outcomes_unknown"] < metrics["meetings"] / 2


def test_the_focused_networkers_messages_show_asks_lists_thanks_and_gives(bob: User) -> None:
    with freeze_time(TODAY):
        load_demo(bob, "focused")
    report = run_diagnosis(bob, now=TODAY)
    found = {f.code: f for f in report.diagnosis.findings}
    assert {
        code: found[code].status if code in found else "passes" for code in OUTCOME_RULES
    } == dict.fromkeys(OUTCOME_RULES, "passes")
    metrics = report.to_json()["metrics"]
    assert metrics["asks_detected"] > 0 and metrics["gives_detected"] > 0
    assert metrics["thank_yous_late"] == 0
    assert metrics["meetings_with_thank_you"] > metrics["meetings"] / 2
