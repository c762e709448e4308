"""Judge one contact against the plan: target company, target industry, decision-maker, and kind.

Every verdict comes with a sentence a job seeker can read, because Rapport shows its
reasoning beside each number (METHOD.md §1, the kinds of people). Unknown stays unknown:
an industry Rapport cannot tell is None, not False.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter

from rapport.core.companies import company_key, industry_key, industry_signalled
from rapport.core.plan_context import CXO, PlanContext, TargetRole
from rapport.core.titles import (
    TitleFacts,
    describe_function,
    describe_level,
    is_connector_org,
    is_recruiting_firm,
    read_title,
    seniority_rank,
)

_MANAGER = seniority_rank("manager")
#: A decision-maker sits one to three levels above the role (METHOD.md §1).
LEVELS_ABOVE_MAX = 3


@dataclass(frozen=True)
class PersonFacts:
    company: str
    position: str
    circles: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Judgments:
    target_company: str | None
    in_target_industry: bool | None
    seniority: str | None
    function: str
    can_hire: bool
    recruiter: bool
    job_seeker: bool
    connector: bool
    reasons: dict[str, str]


def verdict_key(person: PersonFacts) -> Hashable:
    """Return what ``judge``'s verdicts depend on: persons with equal keys get equal verdicts.

    The reasons may differ (they quote the title as written), the verdicts never do: the
    title counts only as ``read_title`` reads it, so the thousands of different titles in
    a 30,000-person file that read alike ("VP Finance", "Vice President, Finance") are
    judged once per company. Notes are never read (see ``judge``).
    """
    return verdict_key_of(person.company, person.position, person.circles)


def verdict_key_of(company: str, position: str, circles: tuple[str, ...]) -> Hashable:
    """Return ``verdict_key`` of the person with these facts, without making a PersonFacts."""
    return (company, _reading(position), circles)


#: Everything a title's reading holds but the sentence that quotes it.
_READ = attrgetter(*(f.name for f in fields(TitleFacts) if f.name != "reason"))


@lru_cache(maxsize=65536)
def _reading(title: str) -> tuple[object, ...]:
    """Return how ``title`` reads, without the sentence that quotes it: its facts' values.

    A tuple, not a TitleFacts copied without its reason: the key is hashed and compared for
    every contact, which a dataclass does in Python (that and ``dataclasses.replace`` were
    a tenth of reading 2,218 distinct titles cold).
    """
    found: tuple[object, ...] = _READ(read_title(title))
    return found


def judge(person: PersonFacts, ctx: PlanContext) -> Judgments:
    """Return the judgments about one contact, each with its reason in plain words.

    ``notes`` are the user's own words and are not read: a verdict should never change
    because of how a note happens to be phrased.
    """
    facts = read_title(person.position)
    company = " ".join(person.company.split())
    title = " ".join(person.position.split())
    key = company_key(company)
    target = ctx.matcher.match(company) if key else None
    reasons = {"target_company": _target_company_reason(company, key, target)}
    job_seeker = facts.is_job_seeker or (not key and read_title(company).is_job_seeker)
    reasons["seniority"] = _seniority_reason(facts, title, job_seeker)
    reasons["job_seeker"] = (
        f'"{title or company}" says they are looking for work: a peer to trade leads with.'
        if job_seeker
        else "Nothing says they are looking for work."
    )
    in_industry, reasons["in_target_industry"] = _industry_verdict(
        company, key, target, job_seeker, ctx
    )
    reasons["function"] = (
        f'"{title}" is in {describe_function(facts.function)}.'
        if facts.function != "other"
        else "The title names no function Rapport knows."
    )
    recruiter, reasons["recruiter"] = _recruiter_verdict(facts, title, company)
    connector, reasons["connector"] = _connector_verdict(person, facts, title, company, ctx)
    can_hire, reasons["can_hire"] = _hiring_verdict(
        facts, title, company, target, in_industry, ctx, recruiter=recruiter, job_seeker=job_seeker
    )
    return Judgments(
        target_company=target,
        in_target_industry=in_industry,
        seniority=None if job_seeker else facts.seniority,
        function=facts.function,
        can_hire=can_hire,
        recruiter=recruiter,
        job_seeker=job_seeker,
        connector=connector,
        reasons=reasons,
    )


def _seniority_reason(facts: TitleFacts, title: str, job_seeker: bool) -> str:
    """Return one sentence on how senior the contact is."""
    if not title:
        return "No job title is recorded."
    if job_seeker:
        return "They are looking for work, so they hold no rank anywhere right now."
    if facts.seniority is None:
        return f'"{title}" does not say how senior they are.'
    if facts.is_board:
        return f'"{title}" is a board seat: it oversees the organisation rather than a team.'
    return f'"{title}" reads as {describe_level(facts.seniority)}.'


def _at(company: str, target: str | None) -> str:
    """Return the employer as a reason names it: "Stryker", "Medtronic Diabetes (Medtronic)"."""
    if target is None or company_key(company) == company_key(target):
        return target or company
    return f"{company} ({target})"


def _target_company_reason(company: str, key: str, target: str | None) -> str:
    """Return why the contact does or does not work at a target company."""
    if not company:
        return "No company is recorded."
    if not key:
        return f'"{company}" is not an employer Rapport can match to your targets.'
    if target is None:
        return f"{company} is not one of your target companies."
    if company_key(company) == company_key(target):
        return f"{target} is one of your target companies."
    return f"{company} is part of {target}, one of your target companies."


def company_industry(company: str, ctx: PlanContext) -> str | None:
    """Return the industry Rapport reads for an employer, or None when it cannot tell.

    The one reading behind both a contact's industry verdict and the Companies page: the
    target company's industry, else the one the user set, else what the name signals.
    """
    key = company_key(" ".join(company.split()))
    if not key:
        return None
    target = ctx.matcher.match(company)
    if target is not None and ctx.target_industry_of.get(target):
        return ctx.target_industry_of[target]
    if key in ctx.company_industries:
        return ctx.company_industries[key]
    return industry_signalled(key, ctx.industry_keys)


def _industry_verdict(
    company: str, key: str, target: str | None, job_seeker: bool, ctx: PlanContext
) -> tuple[bool | None, str]:
    """Return whether the contact works in a target industry, and why (None = can't tell)."""
    if target is not None:
        industry = ctx.target_industry_of.get(target)
        named = f" in {industry}" if industry else ""
        return True, f"{_at(company, target)} is one of your target companies{named}."
    if key and key in ctx.company_industries:
        label = ctx.company_industries[key]
        if industry_key(label) in ctx.industry_keys:
            return True, f"You marked {company} as {label}, one of your target industries."
        return (
            False,
            f"You marked {company} as {label}, which is not one of your target industries.",
        )
    if job_seeker and not key:
        return False, "They are looking for work and have no current employer in your industries."
    if key:
        signalled = company_industry(company, ctx)
        if signalled is not None:
            return True, f'"{company}" sounds like {signalled}, one of your target industries.'
    if not company:
        return None, "No company is recorded, so the industry is unknown."
    if not key:
        return None, f'"{company}" is not an employer, so the industry is unknown.'
    return None, (
        f"Rapport can't tell which industry {company} is in: set it on the company to count it."
    )


def _recruiter_verdict(facts: TitleFacts, title: str, company: str) -> tuple[bool, str]:
    """Return whether the contact recruits for a living, and why."""
    if facts.is_recruiter:
        return True, (
            f'"{title}" is a recruiting role: recruiters can pass your name on, '
            "but they do not make the hiring decision."
        )
    # At a staffing or search firm, everyone but the executives and back office recruits.
    if (
        company
        and is_recruiting_firm(company)
        and facts.function in {"sales", "hr_recruiting", "general_management", "other"}
        and facts.seniority != "cxo"
    ):
        return True, (
            f"{company} is a staffing or search firm, so they work as a recruiter: "
            "useful, but not the person who decides."
        )
    return False, "Nothing marks them as a recruiter."


def _connector_verdict(
    person: PersonFacts, facts: TitleFacts, title: str, company: str, ctx: PlanContext
) -> tuple[bool, str]:
    """Return whether the contact is a connector, and why."""
    tags = [c for c in person.circles if c.strip().casefold() in ctx.connector_tags]
    if tags:
        return (
            True,
            f'You put them in your "{tags[0].strip()}" circle, one of your connector circles.',
        )
    if facts.is_connector_role:
        return True, (
            f'"{title}" is a community role: connectors know people well beyond their own field.'
        )
    if company and is_connector_org(company):
        return True, (
            f"{company} is a community organisation: its people know people well beyond "
            "their own field."
        )
    return False, "Nothing marks them as a connector."


def _hiring_verdict(
    facts: TitleFacts,
    title: str,
    company: str,
    target: str | None,
    in_industry: bool | None,
    ctx: PlanContext,
    *,
    recruiter: bool,
    job_seeker: bool,
) -> tuple[bool, str]:
    """Return whether the contact could hire for a target position, and why."""
    who = (
        f"{title or 'Their role'} at {_at(company, target)}" if company else title or "This contact"
    )
    if job_seeker:
        return False, "They are looking for work themselves, so they are not hiring right now."
    if recruiter:
        return False, "Recruiters screen candidates for the people who decide; they do not decide."
    role = ctx.target_role
    if role is None:
        return False, "Add target positions to your plan so Rapport can tell who could hire you."
    if target is not None:
        where = f"{who}, one of your target companies"
    elif in_industry:
        where = f"{who}, in your target industry"
    elif in_industry is None and company_key(company):
        return False, (
            f"Rapport can't tell whether {company} is in your target industries, "
            "so it does not count them as a decision-maker yet."
        )
    else:
        return False, f"{who} is not at a target company or in your target industries."
    for candidate in ctx.target_roles or (role,):
        why = _why_can_hire(facts, candidate)
        if why:
            return True, f"{where}: {why}."
    if facts.seniority is None:
        return False, f"{where}, but the title does not say how senior they are."
    # Explain against the most junior target: the one they were closest to hiring for.
    role = (ctx.target_roles or (role,))[-1]
    if role.rank >= CXO:
        return False, (
            f"{where}, but only the chief executive, an owner or the board hires a {role.label}."
        )
    if facts.is_board:
        return False, f"{where}, but a board hires the top executives, not a {role.label}."
    return False, (
        f"{where}, but {describe_level(facts.seniority)} in {describe_function(facts.function)} "
        f"would not be the one to hire a {role.label}."
    )


def _why_can_hire(facts: TitleFacts, role: TargetRole) -> str | None:
    """Return why this title could hire for the target role, or None when it could not."""
    rank = seniority_rank(facts.seniority)
    if rank < 0:
        return None
    top = rank >= CXO
    runs_company = facts.function == "general_management" and top and not facts.is_board
    if role.rank >= CXO:
        # The C-suite is hired by the chief executive, the owners, or the board.
        if facts.is_board:
            return f"a board chooses the top executives, including a {role.label}"
        if runs_company or facts.seniority in {"owner", "partner"}:
            return f"whoever runs the company hires a {role.label}"
        return None
    if runs_company or facts.seniority in {"owner", "partner"}:
        return f"whoever runs the company decides on a {role.label}"
    if facts.is_board:
        return None
    if facts.function == "general_management" and rank > role.rank:
        return f"as a general manager above a {role.label}, they could hire one"
    above = min(rank, CXO) - role.rank
    if facts.function in role.functions and rank >= _MANAGER and 1 <= above <= LEVELS_ABOVE_MAX:
        return (
            f"{describe_level(facts.seniority)} in {describe_function(facts.function)}, "
            f"senior to a {role.label}, could hire one"
        )
    return None
