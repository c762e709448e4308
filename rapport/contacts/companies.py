"""Companies the user's contacts work at: industries and aliases the user confirms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Count

from rapport.contacts.judging import Judge, rejudge
from rapport.contacts.models import Company, Contact
from rapport.core.companies import company_key
from rapport.core.judgments import company_industry
from rapport.core.search_words import folded
from rapport.plan.models import Plan, TargetCompany

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def company_for(user: User, name: str) -> Company | None:
    """Return the user's Company for ``name`` (created on first use), or None for no employer."""
    key = company_key(name)
    if not key:
        return None
    company, _ = Company.objects.get_or_create(owner=user, key=key, defaults={"name": name.strip()})
    return company


def set_industry(user: User, company: Company, industry: str) -> int:
    """Record the industry the user gives ``company``; return how many judgments changed."""
    changed = set_industries(user, [company], industry)
    company.refresh_from_db(fields=["industry", "industry_set_by_user"])
    return changed


@transaction.atomic
def link_to_target(user: User, company: Company, target: TargetCompany) -> int:
    """Remember that ``company`` is ``target`` under another name (e.g. BD); rejudge."""
    if company.key != company_key(target.name) and company.key not in target.aliases:
        target.aliases = [*target.aliases, company.key]
        target.save(update_fields=["aliases"])
    return rejudge(user, Contact.objects.owned_by(user).filter(company=company))


@transaction.atomic
def set_industries(user: User, companies: list[Company], industry: str) -> int:
    """Give every one of ``companies`` ``industry``; return how many judgments changed."""
    industry = industry.strip()
    ids = [c.pk for c in companies]
    Company.objects.owned_by(user).filter(pk__in=ids).update(
        industry=industry, industry_set_by_user=bool(industry)
    )
    return rejudge(user, Contact.objects.owned_by(user).filter(company_id__in=ids))


@dataclass(frozen=True)
class CompanyRow:
    """One company of the Companies page, with what Rapport reads of it."""

    id: int
    name: str
    people: int
    industry: str
    set_by_user: bool
    #: The industry Rapport reads from the name when the user has not set one ("": none).
    inferred: str
    #: The target this company was confirmed to be under another name ("": none).
    same_as: str


def company_rows(user: User, query: str = "") -> list[CompanyRow]:
    """Return the companies where ``user`` knows people, those to tell first on top.

    First the companies whose industry Rapport cannot read, then by how many people work
    there; ``query`` keeps those whose name holds it, in any case and with or without
    accents ("nestle" finds Nestlé).
    """
    context = Judge(user).context
    same_as = {
        alias: target.name
        for target in TargetCompany.objects.owned_by(user)
        for alias in target.aliases
    }
    wanted = folded(query.strip())
    found = (
        Company.objects.owned_by(user)
        .annotate(people=Count("contacts"))
        .filter(people__gt=0)
        .values_list("id", "name", "key", "industry", "industry_set_by_user", "people")
    )
    rows = [
        CompanyRow(
            id=pk,
            name=name,
            people=people,
            industry=industry,
            set_by_user=by_user,
            inferred="" if by_user else company_industry(name, context) or "",
            same_as=same_as.get(key, ""),
        )
        for pk, name, key, industry, by_user, people in found
        if not wanted or wanted in folded(name)
    ]
    rows.sort(key=lambda r: (bool(r.set_by_user or r.inferred), -r.people, folded(r.name)))
    return rows


def industry_suggestions(user: User) -> list[str]:
    """Return the industries the plan names and those of its target companies, A to Z."""
    plan = Plan.objects.filter(owner=user).first()
    named = [*(plan.industries if plan else [])]
    named += TargetCompany.objects.owned_by(user).values_list("industry", flat=True)
    unique = {folded(i.strip()): i.strip() for i in named if i and i.strip()}
    return sorted(unique.values(), key=folded)
