"""Short messages in the shape the method recommends, and the 3B7 follow-up clock (METHOD.md §6).

A first message is under 100 words, says the connection first, asks for advice rather
than a job, is mostly about the other person and ends with a question;
``rapport.core.outreach_check`` checks those rules on any text, these drafts included.
3B7: with no reply after 3 business days, approach a second person at the same company;
after 7 business days, follow up once with the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal
from urllib.parse import quote

from rapport.core.plan import PlanData

#: Said when nothing recorded tells how the user knows someone; the checker flags brackets.
UNKNOWN_CONNECTION = "We know each other from [where you met]."
SECOND_PERSON_DAYS = 3
FOLLOW_UP_DAYS = 7


def first_name(name: str) -> str:
    """Return the first word of a name ("Ian" for "Ian Sato")."""
    return name.split()[0] if name.split() else name


def _target(plan: PlanData) -> str:
    """Return the work the user is after, as a noun phrase ("VP Finance work")."""
    return f"{plan.positions[0]} work" if plan.positions else "my next role"


def _industry(plan: PlanData) -> str:
    """Return the first target industry in lower case, or a neutral phrase."""
    return plan.industries[0].lower() if plan.industries else "this field"


def _listed(names: Sequence[str], most: int = 5) -> str:
    """Return up to ``most`` names as "A, B and C"."""
    shown = [n for n in names if n.strip()][:most]
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def _letter(name: str, body: str, plan: PlanData) -> str:
    """Return the greeting, ``body`` and the user's name as the sign-off."""
    return f"Hi {first_name(name)},\n\n{body}\n\n{plan.person.name}".rstrip()


def first_message(
    name: str, position: str, company: str, plan: PlanData, *, connection: str = ""
) -> str:
    """Return a first message asking ``name`` for 15-20 minutes of advice.

    ``connection`` is one sentence saying how the user knows them; without it the message
    keeps a bracketed gap for the user to fill in.
    """
    where = company or "your company"
    inside = (
        f"As {position} at {where}, you see {_industry(plan)} from the inside"
        if position
        else f"You know {where} from the inside"
    )
    body = (
        f"{connection or UNKNOWN_CONNECTION} {inside}, in a way no website can show. "
        f"I am exploring {_target(plan)} in {_industry(plan)}. "
        "Could you spare 15 or 20 minutes in the next few weeks to share your advice?"
    )
    return _letter(name, body, plan)


def advice_request(name: str, position: str, company: str, plan: PlanData) -> str:
    """Return a first message asking ``name`` for 15-20 minutes of advice."""
    return first_message(
        name, position, company, plan, connection="We have been connected for a while."
    )


def connector_request(
    name: str,
    companies: Sequence[str],
    plan: PlanData,
    *,
    list_link: str = "",
    connection: str = "",
) -> str:
    """Return a note asking a connector who they know at ``companies``.

    ``list_link`` is the public handbill link, on a line of its own so that mail programs
    make it clickable; without one the note offers "the full one-page list" instead.
    """
    listing = (
        f"The full one-page list is here:\n{list_link}\n"
        if list_link
        else "I can send you the full one-page list. "
    )
    body = (
        f"{connection or UNKNOWN_CONNECTION} You know people in so many circles, and your "
        "advice would mean a lot to me right now. "
        f"I am after {_target(plan)} at {_listed(companies)}. "
        f"{listing}Would you look it over and tell me whether anyone you know works "
        f"{'there' if len(companies) == 1 else 'at one of them'}, or knows someone who does?"
    )
    return _letter(name, body, plan)


def introduction_request(name: str, companies: list[str], plan: PlanData) -> str:
    """Return a note asking a connector whether they know anyone at ``companies``."""
    return connector_request(
        name, companies, plan, connection="We have been connected for a while."
    )


def introduction_reminder(
    name: str, to_name: str, company: str, plan: PlanData, *, asked: bool = False
) -> str:
    """Return a nudge to someone who offered (or, ``asked``, was asked) to introduce the user."""
    who = f"{to_name} at {company}" if to_name else f"someone at {company}"
    thanks = (
        f"Thank you for thinking about introducing me to {who}."
        if asked
        else f"Thank you again for your offer to introduce me to {who}; your help means a lot."
    )
    body = (
        f"{thanks} Would my one-page list help you, and what would you advise? When would suit you?"
    )
    return _letter(name, body, plan)


def follow_up_message(name: str, company: str, sent_on: date, plan: PlanData) -> str:
    """Return the single 3B7 follow-up to someone who has not answered a first message."""
    body = (
        f"Your inbox must be full, so here is my note of {sent_on.day} {sent_on:%B} again. "
        f"Your view of {company or 'your company'} would still be a great help. "
        "Would 15 minutes in the next couple of weeks work for you?"
    )
    return _letter(name, body, plan)


def subject_for(kind: str, company: str) -> str:
    """Return a short, honest subject line for a message of ``kind``."""
    if kind == "intro_request":
        return "A quick question about people you know"
    return f"Your advice on {company}" if company else "Your advice"


def mailto_link(email: str, subject: str, body: str) -> str:
    """Return a ``mailto:`` URL with the subject and body percent-encoded (spaces as %20)."""
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(email, safe='@')}?{query}"


def add_business_days(day: date, count: int) -> date:
    """Return the date ``count`` business days (Monday to Friday) after ``day``."""
    current = day
    added = 0
    while added < count:
        current += timedelta(days=1)
        if current.weekday() < 5:
            added += 1
    return current


DueKind = Literal["second_person", "follow_up"]


@dataclass(frozen=True)
class Due:
    """A 3B7 step and the day it falls due."""

    kind: DueKind
    due_on: date


def due_3b7(
    *,
    sent_on: date,
    replied_on: date | None,
    followed_up_on: date | None,
    has_target: bool,
    second_person_written: bool,
    today: date,
    horizon: int = 0,
) -> list[Due]:
    """Return the 3B7 steps due on or before ``today`` + ``horizon`` days, earliest first.

    A reply ends the routine. The second person is due 3 business days after the first
    message unless someone else at the company has been written to since; the one
    follow-up is due after 7 business days unless it was sent.
    """
    if replied_on is not None:
        return []
    until = today + timedelta(days=horizon)
    due: list[Due] = []
    second = add_business_days(sent_on, SECOND_PERSON_DAYS)
    if has_target and not second_person_written and second <= until:
        due.append(Due("second_person", second))
    follow = add_business_days(sent_on, FOLLOW_UP_DAYS)
    if followed_up_on is None and follow <= until:
        due.append(Due("follow_up", follow))
    return due
