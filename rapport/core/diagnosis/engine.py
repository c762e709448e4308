"""Run every rule over the facts; order findings; pick this week's actions."""

from __future__ import annotations

from rapport.core.diagnosis import rules  # noqa: F401 - registers every rule
from rapport.core.diagnosis.model import SEVERITY_ORDER, Action, Diagnosis, Facts, Finding
from rapport.core.diagnosis.registry import RULES
from rapport.core.outreach import advice_request

MAX_ACTIONS = 10


def diagnose(facts: Facts) -> Diagnosis:
    """Return the findings for ``facts`` (worst first), a headline and the week's actions."""
    findings: list[Finding] = []
    has_plan = facts.plan.has_targets
    for rule in RULES.values():
        if rule.doc.needs_plan and not has_plan:
            continue  # without a plan these rules would guess; no-plan speaks instead
        finding = rule.check(facts, rule.doc)
        if finding is not None:
            findings.append(finding)
    findings.sort(key=lambda f: (f.status == "unknown", SEVERITY_ORDER[f.severity]))
    return Diagnosis(headline(findings, facts), tuple(findings), week_actions(findings, facts))


def headline(findings: list[Finding], facts: Facts) -> str:
    """Return the one-sentence verdict."""
    verdicts = [f for f in findings if f.status == "fires"]
    errors = [f for f in verdicts if f.severity == "error"]
    meetings = facts.metrics["meetings"]
    if not facts.plan.has_targets:
        return (
            "Start with a plan: Rapport cannot tell what is working until it knows what you want."
        )
    if errors:
        more = f", and {len(errors) - 1} more problems" if len(errors) > 1 else ""
        return f"Your networking is not working yet: {_lower(errors[0].title)}{more}."
    if verdicts:
        return f"Your networking is close: {_lower(verdicts[0].title)}."
    if not meetings:
        return "No networking meetings in this window yet: import your calendar or log a meeting."
    return f"Your networking is on track: {meetings} meetings, aimed where your plan points."


def _lower(title: str) -> str:
    return title[:1].lower() + title[1:]


def week_actions(findings: list[Finding], facts: Facts) -> tuple[Action, ...]:
    """Return five to ten actions: people first, from the worst findings down, no repeats."""
    chosen: list[Action] = []
    seen: set[tuple[int | None, str]] = set()
    # Round-robin over findings so one finding's long list cannot crowd out the others;
    # the steady habits of the method fill the week when few findings fire.
    queues = [list(f.actions) for f in findings if f.status == "fires"]
    queues.insert(min(2, len(queues)), list(facts.reminders))
    queues += [list(f.actions) for f in findings if f.status == "unknown"]
    queues.append(steady_habits(facts))
    while any(queues) and len(chosen) < MAX_ACTIONS:
        for queue in queues:
            # Each finding takes its turn with its next action not already chosen.
            while queue and len(chosen) < MAX_ACTIONS:
                action = queue.pop(0)
                key = (action.contact_id, action.text if action.contact_id is None else "")
                if key not in seen:
                    seen.add(key)
                    chosen.append(action)
                    break
    return tuple(chosen)


def steady_habits(facts: Facts) -> list[Action]:
    """Return the method's standing actions for this week, naming people where it can."""
    habits = [
        Action(
            f"Write to {p.label()}",
            contact_id=p.id,
            reason=f"you know them at {p.target_company} and have not met yet",
            draft=advice_request(p.name, p.position, p.company, facts.plan),
        )
        for p in facts.untapped[:3]
    ]
    habits += [
        Action(
            f"Show {p.label()} your target list",
            contact_id=p.id,
            reason="connectors know people in circles you do not",
        )
        for p in facts.connectors[:2]
    ]
    habits += [
        Action("Send something useful to one person who helped you recently", reason="give first"),
        Action(
            "Send a thank-you within a day of every meeting this week",
            reason="it keeps them helping",
        ),
        Action("Bring your handbill to every meeting and ask who they know on it"),
    ]
    return habits
