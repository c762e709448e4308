"""The plan, the pace and the message: no plan, too few meetings, a dull profile."""

from __future__ import annotations

from typing import Any

from rapport.core.diagnosis.model import Action, Facts, Finding
from rapport.core.diagnosis.registry import RuleDoc, rule
from rapport.core.diagnosis.share import plural
from rapport.core.pitch import severity_of


@rule(
    "no-plan",
    title="You have no marketing plan yet",
    why=(
        "Begin with the end in mind: effective networking is not random. Without target "
        "positions, industries and companies, no one can steer you."
    ),
    fix="Write your plan: one to three positions and industries, and about 40 target companies.",
    measures="Whether the plan names target positions, industries or companies.",
    needs_plan=False,
)
def no_plan(facts: Facts, doc: RuleDoc) -> Finding | None:
    if facts.plan.has_targets:
        return None
    return doc.finding(
        "error",
        "The plan names no target positions, industries or companies.",
        actions=[Action("Write your marketing plan: positions, industries, about 40 companies")],
    )


@rule(
    "low-activity",
    title="Fewer networking meetings than your weekly goal",
    why="A search runs on conversations: about 15 for each decision-maker reached.",
    fix="Book next week's meetings now, from the people Rapport names in this week's actions.",
    measures=(
        "Networking meetings a week since the week your search began, against the plan's "
        "weekly goal."
    ),
)
def low_activity(facts: Facts, doc: RuleDoc) -> Finding | None:
    goal = facts.plan.goals.weekly_meetings
    weeks = facts.goal_weeks
    if not goal or weeks < facts.threshold("min_weeks"):
        return None  # the empty weeks before a search began are not a shortfall
    per_week = facts.metrics["meetings"] / weeks
    if per_week >= goal * facts.threshold("activity_share"):
        return None
    return doc.finding(
        "warning",
        f"{per_week:.1f} networking meetings a week in the {weeks:.0f} weeks since your "
        f"search began, against a goal of {goal}.",
        actions=[Action(f"Book {plural(goal, 'meeting')} for next week")],
    )


@rule(
    "pitch-not-compelling",
    title="Your two-minute profile is not compelling yet",
    why=(
        "Most people answer 'tell me about yourself' with spouse, children, the dog and a list "
        "of past jobs. A concise profile with impact and a clear ask lets people help."
    ),
    fix="Rewrite the profile on the Profile page: present, past with numbers, future with an ask.",
    measures="The saved profile's score and its serious flags.",
    needs_plan=False,
)
def pitch_not_compelling(facts: Facts, doc: RuleDoc) -> Finding | None:
    pitch: dict[str, Any] | None = facts.pitch
    if pitch is None:
        return doc.finding(
            "info",
            "Unknown: you have not saved a two-minute profile.",
            actions=[Action("Write your two-minute profile on the Profile page")],
            unknown=True,
        )
    flags = pitch.get("flags", [])
    serious = [f for f in flags if severity_of(f) == "serious"]
    score = int(pitch.get("score", 0))
    if score >= facts.threshold("pitch_score") and len(serious) < facts.threshold(
        "pitch_serious_flags"
    ):
        return None
    codes = sorted({f["code"] for f in serious})
    return doc.finding(
        "error" if len(serious) >= facts.threshold("pitch_serious_flags") else "warning",
        f"Score {score}/100 with {plural(len(serious), 'serious flag')}: {', '.join(codes)}.",
        [f"{f['code']}: “{f['sentence'][:120]}”" for f in serious[:8]],
        [
            Action(
                "Rewrite your profile: cut the family and job history, add two results with numbers"
            )
        ],
    )
