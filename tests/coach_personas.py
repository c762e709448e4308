"""Diagnosis personas: the facts of a job search, and the findings a coach would give.

Each persona is a 90-day window of plain facts (no database), a well-run search unless
it says otherwise; precision and recall per rule are measured over them
(``bench/bench_coach.py``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from rapport.core.diagnosis import RULES, Evidence, Facts, Outcomes, Person, diagnose
from rapport.core.plan import Goals, PlanData, TargetCompanySpec
from tests.coach_tables import Score, score

PERSONA_PLAN = PlanData(
    positions=("VP Finance",),
    industries=("Medical devices",),
    companies=(TargetCompanySpec("Stryker"), TargetCompanySpec("Medtronic")),
    goals=Goals(weekly_meetings=4, weekly_decision_maker_meetings=1),
)
CEO = Person(1, "Kevin Lobo", "Stryker", "CEO", target_company="Stryker", can_hire=True)
PEER = Person(2, "Priya Raman", "Medtronic", "Director Finance", target_company="Medtronic")
GOOD_PITCH: dict[str, Any] = {"score": 88, "flags": []}
BAD_PITCH: dict[str, Any] = {
    "score": 12,
    "flags": [
        {"code": "family-trivia", "sentence": "My wife and I", "severity": "serious"},
        {"code": "no-ask", "sentence": "", "severity": "serious"},
    ],
}


def _metrics(meetings: int, **counts: int) -> dict[str, int]:
    base = dict.fromkeys(
        (
            "meetings_with_target_industry",
            "meetings_with_target_companies",
            "meetings_with_decision_makers",
            "meetings_with_job_seekers",
            "meetings_with_connectors",
            "meetings_with_recruiters",
            "asks",
            "referrals",
            "handbills_given",
            "gives",
        ),
        0,
    )
    base.update(contacts=400, contacts_at_target_companies=12, target_companies=2)
    base.update(target_companies_with_contacts=2, meetings=meetings, **counts)
    return base


def _persona(meetings: int, **changes: Any) -> Facts:
    """Return a 90-day window's facts: a well-run search unless ``changes`` say otherwise."""
    facts = Facts(
        since=date(2026, 9, 1),
        until=date(2026, 11, 29),
        today=date(2026, 11, 29),
        plan=PERSONA_PLAN,
        metrics=_metrics(meetings),
        weeks=90 / 7,
        search_began=date(2026, 9, 1),
        outcomes=Outcomes(logged=meetings, asks=meetings, handbills=meetings, referrals=2),
        gives=meetings,
        untapped=[PEER],
        untapped_count=1,
        target_contacts_met=11,
        pitch=GOOD_PITCH,
    )
    return replace(facts, **changes)


#: (persona, facts, the rules a coach would have fire): the two demo stories and five more.
PERSONAS: list[tuple[str, Facts, set[str]]] = [
    (
        "healthy networker three weeks in",
        _persona(
            12,
            metrics=_metrics(12, meetings_with_target_industry=9, meetings_with_decision_makers=3),
            search_began=date(2026, 11, 9),
        ),
        set(),
    ),
    (
        "healthy networker all quarter",
        _persona(
            52,
            metrics=_metrics(
                52,
                meetings_with_target_industry=36,
                meetings_with_decision_makers=13,
                meetings_with_connectors=4,
            ),
        ),
        set(),
    ),
    (
        "meets only recruiters",
        _persona(
            20,
            metrics=_metrics(20, meetings_with_recruiters=20),
            untapped=[CEO, PEER],
            untapped_count=10,
            target_contacts_met=1,
        ),
        # 20 meetings in 13 weeks is also short of four a week.
        {"off-target-meetings", "no-decision-makers", "untapped-target-contacts", "low-activity"},
    ),
    (
        "no plan",
        _persona(15, plan=PlanData(), metrics=_metrics(15, meetings_with_job_seekers=12)),
        {"no-plan"},
    ),
    (
        "all connectors",
        _persona(16, metrics=_metrics(16, meetings_with_connectors=16)),
        {"off-target-meetings", "no-decision-makers", "low-activity"},
    ),
    (
        "never follows up",
        _persona(
            40,
            metrics=_metrics(
                40, meetings_with_target_industry=30, meetings_with_decision_makers=10
            ),
            outcomes=Outcomes(logged=40, asks=30, handbills=30, referrals=3, thank_yous_late=9),
            overdue_follow_ups=[("Kevin Lobo (follow up)", date(2026, 11, 2))],
        ),
        {"no-follow-up"},
    ),
    (
        "the article's job seeker",
        _persona(
            40,
            metrics=_metrics(40, meetings_with_target_industry=2, meetings_with_job_seekers=30),
            outcomes=Outcomes(logged=4, asks=1, handbills=0, no_handbills=4),
            gives=0,
            untapped=[CEO, PEER],
            untapped_count=12,
            target_contacts_met=0,
            pitch=BAD_PITCH,
        ),
        {
            "off-target-meetings",
            "no-decision-makers",
            "echo-chamber",
            "untapped-target-contacts",
            "outcomes-unlogged",
            "pitch-not-compelling",
            "no-handbill",
        },
    ),
    (
        "a few decision-makers, short of the goal",
        _persona(
            40,
            metrics=_metrics(40, meetings_with_target_industry=30, meetings_with_decision_makers=5),
        ),
        {"decision-makers-below-goal"},
    ),
    (
        "never asks",
        _persona(
            40,
            metrics=_metrics(
                40, meetings_with_target_industry=30, meetings_with_decision_makers=10
            ),
            outcomes=Outcomes(logged=40, asks=4, no_asks=36, handbills=30, referrals=1),
        ),
        {"no-asks"},
    ),
    (
        "takes without giving",
        _persona(
            40,
            metrics=_metrics(
                40, meetings_with_target_industry=30, meetings_with_decision_makers=10
            ),
            gives=1,
        ),
        {"one-way-street"},
    ),
    (
        "targets nobody knows",
        _persona(
            40,
            metrics=_metrics(
                40, meetings_with_target_industry=30, meetings_with_decision_makers=10
            ),
            uncovered=["Medtronic"],
        ),
        {"uncovered-targets"},
    ),
    (
        "first messages nobody answers",
        _persona(
            40,
            metrics=_metrics(
                40, meetings_with_target_industry=30, meetings_with_decision_makers=10
            ),
            evidence=Evidence(
                sources=("80 LinkedIn messages",), outreach_sent=20, outreach_replied=1
            ),
        ),
        {"no-replies"},
    ),
    (
        "meetings never thanked",
        _persona(
            40,
            metrics=_metrics(
                40, meetings_with_target_industry=30, meetings_with_decision_makers=10
            ),
            evidence=Evidence(
                sources=("80 LinkedIn messages",), covered_meetings=10, meetings_with_thank_you=2
            ),
        ),
        {"thank-you-missing"},
    ),
]


def persona_results() -> list[tuple[str, set[str], set[str]]]:
    """Return (persona, expected rules, rules that fired) for every persona."""
    return [
        (
            name,
            expected,
            {f.code for f in diagnose(facts).findings if f.status == "fires"},
        )
        for name, facts, expected in PERSONAS
    ]


def rule_scores() -> list[Score]:
    """Return precision and recall of each diagnosis rule over the personas."""
    results = persona_results()
    return [
        score(code, ((code in expected, code in fired) for _, expected, fired in results))
        for code in RULES
    ]
