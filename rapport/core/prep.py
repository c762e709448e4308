"""What to ask at a meeting, chosen for who the person is (METHOD.md §1, §6).

A fellow job seeker, a decision-maker, an insider at a target company and a connector
each know different things; asking a job seeker what surprised them when they joined
"your organisation" wastes the meeting. Plain data in, questions out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapport.core.plan import PlanData

Role = Literal["job_seeker", "decision_maker", "insider", "connector", "contact"]

#: Who the person is, in words for the prep sheet.
ROLE_LABELS: dict[Role, str] = {
    "job_seeker": "a fellow job seeker",
    "decision_maker": "someone who could hire you",
    "insider": "an insider in your target industry",
    "connector": "a connector outside your industry",
    "contact": "a contact",
}


@dataclass(frozen=True)
class Person:
    """What the questions need to know about the person met."""

    company: str = ""
    job_seeker: bool = False
    can_hire: bool = False
    at_target: bool = False
    in_target_industry: bool = False
    connector: bool = False


def role_of(person: Person) -> Role:
    """Return who the person is for this meeting, the most telling first.

    A job seeker first: whatever their last title, they are not hiring now. Then whoever
    could hire, then insiders (at a target or in its industry), then connectors.
    """
    if person.job_seeker:
        return "job_seeker"
    if person.can_hire:
        return "decision_maker"
    if person.at_target or person.in_target_industry:
        return "insider"
    if person.connector:
        return "connector"
    return "contact"


_QUESTIONS: dict[Role, tuple[tuple[str, str], ...]] = {
    "job_seeker": (
        ("Their search", "What are you looking for, and which companies are on your list?"),
        ("Trade names", "Could we swap target lists and see who each of us knows there?"),
        ("Resources", "Which groups, events or job boards have been worth your time?"),
        ("Give", "What would help you most this week? I may know someone."),
    ),
    "decision_maker": (
        ("Trends", "Where is {company} headed in the next year or two?"),
        ("Problems", "What are the hardest problems on your desk in {industry} right now?"),
        ("Advice", "What do you look for in someone for a role like {position}?"),
        ("Resources", "Who else should I talk to, at {company} or elsewhere?"),
        ("Stay in touch", "May I keep you posted on how my search goes?"),
    ),
    "insider": (
        ("Trends", "What trends are you seeing in {industry} right now?"),
        ("Insights", "What surprised you most when you joined {company}?"),
        ("Advice", "If you were in my shoes, aiming for {position}, what would you do next?"),
        ("Resources", "Who decides on roles like {position} at {company}, and who knows them?"),
        ("Assignments", "Is there a problem I could look into, or something I could send you?"),
    ),
    "connector": (
        ("Their circle", "Who do you know at any of the companies on my list?"),
        ("Groups", "Which of your groups or events do people in {industry} come to?"),
        ("Introductions", "Who is the best-connected person you know in {industry}?"),
        ("Give", "What could I do for you or your group?"),
    ),
    "contact": (
        ("Trends", "What changes are you seeing in your work these days?"),
        ("Resources", "Who do you know in {industry}, or at any of the companies on my list?"),
        ("Advice", "If you were in my shoes, aiming for {position}, what would you do next?"),
        ("Give", "Is there something I could send you or someone I could introduce you to?"),
    ),
}


def questions(role: Role, plan: PlanData, company: str) -> list[tuple[str, str]]:
    """Return (label, question) pairs for someone in ``role``, filled from the plan."""
    values = {
        "industry": (plan.industries or ("your field",))[0],
        "company": company or "your company",
        "position": (plan.positions or ("my next role",))[0],
    }
    return [(label, text.format(**values)) for label, text in _QUESTIONS[role]]
