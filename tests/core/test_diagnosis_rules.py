"""Each diagnosis rule at its thresholds: fires, stays silent, or reports unknown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from rapport.core.diagnosis import (
    RULES,
    THRESHOLDS,
    Facts,
    MeetingRef,
    Outcomes,
    Person,
    diagnose,
    explain,
)
from rapport.core.errors import NotFoundError
from rapport.core.plan import Goals, PlanData, TargetCompanySpec

PLAN = PlanData(
    positions=("Chief Financial Officer",),
    industries=("Medical devices",),
    companies=(TargetCompanySpec("Stryker"), TargetCompanySpec("Medtronic")),
    goals=Goals(weekly_meetings=4, weekly_decision_maker_meetings=1),
)
CEO = Person(1, "Kevin Lobo", "Stryker", "CEO", target_company="Stryker", can_hire=True)
PEER = Person(2, "Priya Raman", "Medtronic", "Senior Director Finance", target_company="Medtronic")
CONNECTOR = Person(3, "Sam Allen", "TwinWest Chamber", "President")
COFFEE = MeetingRef(9, date(2026, 11, 3), "Coffee w/ Dana", ("Dana Reyes",))


def metrics(**values: int) -> dict[str, int]:
    base = {
        "meetings": 52,
        "meetings_with_target_industry": 36,
        "meetings_with_target_companies": 20,
        "meetings_with_decision_makers": 13,
        "meetings_with_job_seekers": 2,
        "meetings_with_connectors": 2,
        "meetings_with_recruiters": 0,
        "asks": 0,
        "referrals": 0,
        "handbills_given": 0,
        "contacts": 300,
        "contacts_at_target_companies": 20,
        "target_companies": 2,
        "target_companies_with_contacts": 2,
        "gives": 0,
    }
    base.update(values)
    return base


def healthy(**changes: Any) -> Facts:
    """Return the facts of a networker for whom nothing fires; ``changes`` break one thing."""
    facts = Facts(
        since=date(2026, 9, 1),
        until=date(2026, 11, 29),
        today=date(2026, 11, 29),
        plan=PLAN,
        metrics=metrics(),
        weeks=13,
        search_began=date(2026, 9, 1),
        outcomes=Outcomes(
            logged=40, asks=30, no_asks=10, handbills=30, no_handbills=10, referrals=4
        ),
        gives=20,
        untapped=[PEER],
        untapped_count=1,
        target_contacts_met=19,
        uncovered=[],
        connectors=[CONNECTOR],
        pitch={"score": 90, "flags": []},
    )
    return replace(facts, **changes)


def codes(facts: Facts, status: str = "fires") -> set[str]:
    return {f.code for f in diagnose(facts).findings if f.status == status}


def test_a_healthy_networker_gets_no_findings() -> None:
    diagnosis = diagnose(healthy())
    assert diagnosis.findings == ()
    assert diagnosis.headline.startswith("Your networking is on track")


@pytest.mark.parametrize(
    ("code", "changes", "fires"),
    [
        # off-target-meetings: half of the 52 meetings in the industry is the line.
        ("off-target-meetings", {"metrics": metrics(meetings_with_target_industry=26)}, False),
        ("off-target-meetings", {"metrics": metrics(meetings_with_target_industry=25)}, True),
        (
            "off-target-meetings",
            {"metrics": metrics(meetings=4, meetings_with_target_industry=0)},
            False,
        ),
        # no-decision-makers: none, or under a tenth of the 52 meetings.
        ("no-decision-makers", {"metrics": metrics(meetings_with_decision_makers=6)}, False),
        ("no-decision-makers", {"metrics": metrics(meetings_with_decision_makers=5)}, True),
        ("no-decision-makers", {"metrics": metrics(meetings_with_decision_makers=0)}, True),
        (
            "no-decision-makers",
            {"metrics": metrics(meetings=4, meetings_with_decision_makers=0)},
            False,
        ),
        # decision-makers-below-goal: under half the goal (1 a week for 12.9 weeks).
        (
            "decision-makers-below-goal",
            {"metrics": metrics(meetings_with_decision_makers=7)},
            False,
        ),
        (
            "decision-makers-below-goal",
            {"metrics": metrics(meetings_with_decision_makers=6)},
            True,
        ),
        # ... and silent where no-decision-makers says it more strongly.
        (
            "decision-makers-below-goal",
            {"metrics": metrics(meetings_with_decision_makers=5)},
            False,
        ),
        # Goals count from the week the search began: 6 in the 3 weeks since is on pace.
        (
            "decision-makers-below-goal",
            {
                "metrics": metrics(meetings=12, meetings_with_decision_makers=2),
                "search_began": date(2026, 11, 9),
            },
            False,
        ),
        # echo-chamber: half the meetings with job seekers.
        ("echo-chamber", {"metrics": metrics(meetings_with_job_seekers=25)}, False),
        ("echo-chamber", {"metrics": metrics(meetings_with_job_seekers=26)}, True),
        # untapped-target-contacts: too few of the people at targets met, or deciders unmet.
        ("untapped-target-contacts", {"target_contacts_met": 5, "untapped_count": 15}, False),
        ("untapped-target-contacts", {"target_contacts_met": 4, "untapped_count": 16}, True),
        (
            "untapped-target-contacts",
            {"untapped": [CEO], "metrics": metrics(meetings_with_decision_makers=0)},
            True,
        ),
        # uncovered-targets: any target with nobody known.
        ("uncovered-targets", {"uncovered": ["Medtronic"]}, True),
        # no-handbill and no-asks: half of the logged meetings.
        ("no-handbill", {"outcomes": Outcomes(logged=10, handbills=5, no_handbills=5)}, False),
        ("no-handbill", {"outcomes": Outcomes(logged=10, handbills=4, no_handbills=6)}, True),
        ("no-asks", {"outcomes": Outcomes(logged=10, asks=5, no_asks=5)}, False),
        ("no-asks", {"outcomes": Outcomes(logged=10, asks=4, no_asks=6)}, True),
        # one-way-street: more than two asks and referrals per thing given.
        (
            "one-way-street",
            {"gives": 4, "outcomes": Outcomes(logged=10, asks=6, referrals=2)},
            False,
        ),
        (
            "one-way-street",
            {"gives": 3, "outcomes": Outcomes(logged=10, asks=6, referrals=1)},
            True,
        ),
        ("one-way-street", {"gives": 0, "outcomes": Outcomes(logged=10, asks=3)}, True),
        # no-follow-up: any late thank-you or overdue follow-up.
        (
            "no-follow-up",
            {"overdue_follow_ups": [("Dana Reyes (follow up)", date(2026, 11, 2))]},
            True,
        ),
        ("no-follow-up", {"outcomes": Outcomes(logged=10, asks=6, thank_yous_late=1)}, True),
        # pitch-not-compelling: score under 60 or two serious flags.
        ("pitch-not-compelling", {"pitch": {"score": 60, "flags": []}}, False),
        ("pitch-not-compelling", {"pitch": {"score": 59, "flags": []}}, True),
        (
            "pitch-not-compelling",
            {
                "pitch": {
                    "score": 80,
                    "flags": [
                        {"code": "family-trivia", "sentence": "My husband", "severity": "serious"},
                        {"code": "no-ask", "sentence": "", "severity": "serious"},
                    ],
                }
            },
            True,
        ),
        (
            "pitch-not-compelling",
            {
                "pitch": {
                    "score": 80,
                    "flags": [
                        {"code": "hedging", "sentence": "I guess", "severity": "minor"},
                        {
                            "code": "duty-language",
                            "sentence": "responsible for",
                            "severity": "minor",
                        },
                    ],
                }
            },
            False,
        ),
        # low-activity: three quarters of the weekly goal (4 a week, 13 weeks = 39).
        ("low-activity", {"metrics": metrics(meetings=39)}, False),
        ("low-activity", {"metrics": metrics(meetings=38)}, True),
        # The empty weeks before the search began are not a shortfall.
        (
            "low-activity",
            {"metrics": metrics(meetings=12), "search_began": date(2026, 11, 9)},
            False,
        ),
        ("low-activity", {"metrics": metrics(meetings=8), "search_began": date(2026, 11, 9)}, True),
        # A search younger than two weeks is not judged; nor one that has not begun.
        (
            "low-activity",
            {"metrics": metrics(meetings=1), "search_began": date(2026, 11, 24)},
            False,
        ),
        ("low-activity", {"metrics": metrics(meetings=0), "search_began": None}, False),
        # outcomes-unlogged: half the meetings without an outcome.
        ("outcomes-unlogged", {"outcomes": Outcomes(logged=27, asks=20, handbills=20)}, False),
        ("outcomes-unlogged", {"outcomes": Outcomes(logged=26, asks=20, handbills=20)}, True),
        # no-plan: no positions, industries or companies.
        ("no-plan", {"plan": PlanData()}, True),
    ],
)
def test_each_rule_fires_exactly_past_its_threshold(
    code: str, changes: dict[str, Any], fires: bool
) -> None:
    assert (code in codes(healthy(**changes))) is fires


@pytest.mark.parametrize(
    ("deciders", "finding", "severity"),
    [
        (0, "no-decision-makers", "error"),
        (3, "no-decision-makers", "warning"),
        (6, "decision-makers-below-goal", "info"),
    ],
)
def test_none_is_worse_than_a_small_share_and_a_missed_goal_is_mildest(
    deciders: int, finding: str, severity: str
) -> None:
    findings = diagnose(healthy(metrics=metrics(meetings_with_decision_makers=deciders))).findings
    assert [(f.code, f.severity) for f in findings if "decision" in f.code] == [(finding, severity)]


@pytest.mark.parametrize(
    ("search_began", "weeks"),
    [
        (date(2026, 9, 1), 90 / 7),  # before the window: the whole window
        (date(2026, 11, 11), 3),  # a Wednesday: from its Monday, 9 November
        (date(2026, 12, 7), 0),  # after the window
        (None, 0),  # no meeting yet and no start date
    ],
)
def test_goal_weeks_start_in_the_week_the_search_began(
    search_began: date | None, weeks: float
) -> None:
    assert healthy(search_began=search_began).goal_weeks == pytest.approx(weeks)


@pytest.mark.parametrize("code", ["no-handbill", "no-asks", "one-way-street", "no-follow-up"])
def test_outcome_rules_say_unknown_when_nothing_is_logged(code: str) -> None:
    facts = healthy(outcomes=Outcomes(), gives=0)
    assert code in codes(facts, "unknown")
    assert code not in codes(facts)
    assert "outcomes-unlogged" in codes(facts)


def test_no_profile_is_unknown_not_a_bad_profile() -> None:
    facts = healthy(pitch=None)
    assert "pitch-not-compelling" in codes(facts, "unknown")
    assert "pitch-not-compelling" not in codes(facts)


def test_without_a_plan_only_plan_free_rules_speak() -> None:
    facts = healthy(
        plan=PlanData(),
        metrics=metrics(meetings_with_target_industry=0, meetings_with_job_seekers=20),
        untapped=[CEO],
    )
    fired = codes(facts)
    assert "no-plan" in fired
    assert not fired & {"off-target-meetings", "echo-chamber", "no-decision-makers"}
    assert diagnose(facts).headline.startswith("Start with a plan")


def test_findings_come_worst_first_and_actions_name_people() -> None:
    facts = healthy(
        metrics=metrics(
            meetings=52, meetings_with_target_industry=0, meetings_with_decision_makers=0
        ),
        untapped=[CEO, PEER],
        untapped_count=2,
        target_contacts_met=0,
        off_target_meetings=[COFFEE],
    )
    diagnosis = diagnose(facts)
    severities = [f.severity for f in diagnosis.findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    assert diagnosis.actions[0].contact_id == CEO.id
    assert "Kevin Lobo" in diagnosis.actions[0].text
    assert diagnosis.actions[0].draft.startswith("Hi Kevin,")
    off_target = next(f for f in diagnosis.findings if f.code == "off-target-meetings")
    assert off_target.evidence == ("Tue 03 Nov: Coffee w/ Dana with Dana Reyes",)
    assert 5 <= len(diagnosis.actions) <= 10


def test_a_users_threshold_overrides_the_default() -> None:
    facts = healthy(metrics=metrics(meetings_with_job_seekers=20))
    assert "echo-chamber" not in codes(facts)
    assert "echo-chamber" in codes(replace(facts, thresholds={"echo_chamber_share": 0.3}))


def test_every_rule_is_documented() -> None:
    for code in RULES:
        doc = explain(code)
        assert doc.title and doc.why and doc.fix and doc.measures
    assert len(RULES) >= 13
    with pytest.raises(NotFoundError, match="no rule 'nope'"):
        explain("nope")


def test_every_threshold_has_a_meaning() -> None:
    assert all(t.meaning for t in THRESHOLDS.values())


def test_the_json_has_the_documented_keys() -> None:
    finding = diagnose(healthy(uncovered=["Medtronic"])).findings[0]
    assert set(finding.to_json()) == {
        "code",
        "severity",
        "status",
        "title",
        "why",
        "measured",
        "evidence",
        "actions",
    }
