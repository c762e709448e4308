"""Who the meetings were with: the target industry, decision-makers, fellow job seekers."""

from __future__ import annotations

from rapport.core.diagnosis.model import Action, Facts, Finding, Person, Severity
from rapport.core.diagnosis.registry import RuleDoc, rule
from rapport.core.diagnosis.share import percent, plural, share
from rapport.core.outreach import advice_request


@rule(
    "off-target-meetings",
    title="Few of your meetings are with people in your target industry",
    why=(
        "A year of meetings with people met at job-search groups can pass without one "
        "conversation with anyone in your industry. Insiders know who is hiring and why."
    ),
    fix="Spend most meetings with people in your target industry; ask each for two more names.",
    measures="Share of networking meetings that include someone in a target industry.",
)
def off_target_meetings(facts: Facts, doc: RuleDoc) -> Finding | None:
    meetings = facts.metrics["meetings"]
    if meetings < facts.threshold("min_meetings"):
        return None
    in_industry = facts.metrics["meetings_with_target_industry"]
    ratio = share(in_industry, meetings)
    if ratio >= facts.threshold("target_industry_share"):
        return None
    severity: Severity = (
        "error" if ratio < facts.threshold("target_industry_share_error") else "warning"
    )
    industries = ", ".join(facts.plan.industries) or "your target industry"
    actions = [
        Action(
            f"Ask {p.label()} for 20 minutes of advice",
            contact_id=p.id,
            reason=f"works at {p.target_company}, one of your targets",
            draft=advice_request(p.name, p.position, p.company, facts.plan),
        )
        for p in facts.untapped[:3]
    ]
    return doc.finding(
        severity,
        f"{percent(in_industry, meetings)} networking meetings included someone in {industries}.",
        [m.label() for m in facts.off_target_meetings[:10]],
        actions,
    )


@rule(
    "no-decision-makers",
    title="You are not meeting people who could hire you",
    why=(
        "A job seeker reaches about 25 decision-makers before an offer. "
        "Only people one to three levels above your target role, or who run the company, decide."
    ),
    fix="Meet at least one decision-maker a week; the people you already know at targets first.",
    measures=(
        "Share of networking meetings with a contact judged able to hire you: none is an "
        "error, a small share a warning."
    ),
)
def no_decision_makers(facts: Facts, doc: RuleDoc) -> Finding | None:
    meetings = facts.metrics["meetings"]
    if meetings < facts.threshold("min_meetings"):
        return None
    met = facts.metrics["meetings_with_decision_makers"]
    if met and share(met, meetings) >= facts.threshold("decision_maker_share"):
        return None
    deciders = [p for p in facts.untapped if p.can_hire]
    return doc.finding(
        "error" if met == 0 else "warning",
        f"{percent(met, meetings)} networking meetings were with someone who could hire you.",
        [p.label() for p in deciders[:10]],
        _decider_actions(facts, deciders),
    )


@rule(
    "decision-makers-below-goal",
    title="Fewer meetings with decision-makers than your weekly goal",
    why=(
        "You meet people who could hire you, but fewer than you planned; about 25 "
        "decision-makers come before an offer, so the pace sets the date."
    ),
    fix="Book one more decision-maker a week, starting with the people you know at targets.",
    measures=(
        "Meetings with decision-makers since the week your search began, against the plan's "
        "weekly goal (or one a month when the plan sets none)."
    ),
)
def decision_makers_below_goal(facts: Facts, doc: RuleDoc) -> Finding | None:
    meetings = facts.metrics["meetings"]
    met = facts.metrics["meetings_with_decision_makers"]
    weeks = facts.goal_weeks
    if meetings < facts.threshold("min_meetings") or weeks < facts.threshold("min_weeks"):
        return None
    if not met or share(met, meetings) < facts.threshold("decision_maker_share"):
        return None  # no-decision-makers says it more strongly
    goal = facts.plan.goals.weekly_decision_maker_meetings
    per_week = goal if goal else facts.threshold("decision_maker_meetings_per_week")
    expected = per_week * weeks
    if met >= expected * facts.threshold("decision_maker_goal_share"):
        return None
    deciders = [p for p in facts.untapped if p.can_hire]
    return doc.finding(
        "info",
        f"{plural(met, 'meeting')} with decision-makers in {weeks:.0f} weeks since your "
        f"search began (goal: about {expected:.0f}).",
        [p.label() for p in deciders[:10]],
        _decider_actions(facts, deciders),
    )


def _decider_actions(facts: Facts, deciders: list[Person]) -> list[Action]:
    return [
        Action(
            f"Ask {p.label()} for advice",
            contact_id=p.id,
            reason="can hire for your target role and you have never met",
            draft=advice_request(p.name, p.position, p.company, facts.plan),
        )
        for p in deciders[:5]
    ]


@rule(
    "echo-chamber",
    title="Most of your meetings are with fellow job seekers",
    why=(
        "Fellow job seekers are kind company, but they cannot hire you and rarely know who is "
        "hiring in your field; a whole year can pass this way."
    ),
    fix="Keep one group, and give the other hours to your industry and to connectors.",
    measures="Share of networking meetings with a job seeker or at a job-search group.",
)
def echo_chamber(facts: Facts, doc: RuleDoc) -> Finding | None:
    meetings = facts.metrics["meetings"]
    if meetings < facts.threshold("min_meetings"):
        return None
    seekers = facts.metrics["meetings_with_job_seekers"]
    ratio = share(seekers, meetings)
    if ratio < facts.threshold("echo_chamber_share"):
        return None
    severity: Severity = (
        "error" if ratio >= facts.threshold("echo_chamber_share_error") else "warning"
    )
    return doc.finding(
        severity,
        f"{percent(seekers, meetings)} networking meetings were with job seekers or "
        "job-search groups.",
        [m.label() for m in facts.job_seeker_meetings[:10]],
        [
            Action(
                "Swap two of next week's coffees with job seekers for people in "
                f"{', '.join(facts.plan.industries) or 'your industry'}",
                reason="the same hours, spent where the jobs are",
            )
        ],
    )
