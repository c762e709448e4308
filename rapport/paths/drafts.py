"""A draft message for the step of a path the user should act on, checked as it is drafted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapport.core import outreach
from rapport.core.outreach_check import CheckResult, check
from rapport.core.paths import Path, Person
from rapport.core.plan import PlanData

#: Roles of people written to for advice; everyone else is asked for an introduction.
ADVICE_ROLES = frozenset({"decision-maker", "peer", "insider", "gatekeeper", "contact there"})


@dataclass(frozen=True)
class Draft:
    """A message ready to edit: who it goes to, its kind, subject, text and check."""

    kind: str
    contact_id: int
    name: str
    email: str
    subject: str
    text: str
    check: CheckResult

    @property
    def mailto(self) -> str:
        return outreach.mailto_link(self.email, self.subject, self.text)


def connection_for(person: Person, today: date) -> str:
    """Return one sentence saying how the user knows ``person``, or "" when nothing says."""
    met = person.last_met
    if met is not None:
        if (met.year, met.month) == (today.year, today.month):
            when = "earlier this month"
        elif met.year == today.year:
            when = f"in {met:%B}"
        else:
            when = f"in {met:%B %Y}"
        return f"It was good to talk with you {when}."
    if person.circles:
        return f"We know each other through {person.circles[0]}."
    if person.on_linkedin:
        return "We are connected on LinkedIn."
    return ""


def draft_for(path: Path, target: str, plan: PlanData, today: date, list_link: str) -> Draft | None:
    """Return the draft for ``path``'s next step, or None when that step is not a contact."""
    step = path.action
    person = step.person
    if person.id is None:
        return None
    connection = connection_for(person, today)
    if step.role == "introducer":
        to = path.steps[-1].person
        text = outreach.introduction_reminder(
            person.name, to.name, target, plan, asked=path.basis == "introduction requested"
        )
        kind = "intro_request"
    elif step.role in ADVICE_ROLES:
        introducer = path.steps[0].person if len(path.steps) > 1 else None
        if introducer is not None:
            connection = f"{outreach.first_name(introducer.name)} suggested I write to you."
        text = outreach.first_message(
            person.name, person.position, person.company or target, plan, connection=connection
        )
        kind = "first"
    else:
        text = outreach.connector_request(
            person.name, [target], plan, list_link=list_link, connection=connection
        )
        kind = "intro_request"
    return Draft(
        kind=kind,
        contact_id=person.id,
        name=person.name,
        email=person.email,
        subject=outreach.subject_for(kind, target),
        text=text,
        check=check(text, kind),
    )
