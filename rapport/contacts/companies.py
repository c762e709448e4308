"""Companies the user's contacts work at: industries and aliases the user confirms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction

from rapport.contacts.judging import rejudge
from rapport.contacts.models import Company, Contact
from rapport.core.companies import company_key
from rapport.plan.models import TargetCompany

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def company_for(user: User, name: str) -> Company | None:
    """Return the user's Company for ``name`` (created on first use), or None for no employer."""
    key = company_key(name)
    if not key:
        return None
    company, _ = Company.objects.get_or_create(owner=user, key=key, defaults={"name": name.strip()})
    return company


@transaction.atomic
def set_industry(user: User, company: Company, industry: str) -> int:
    """Record the industry the user gives ``company``; return how many judgments changed."""
    company.industry = industry.strip()
    company.industry_set_by_user = bool(company.industry)
    company.save(update_fields=["industry", "industry_set_by_user"])
    return rejudge(user, Contact.objects.owned_by(user).filter(company=company))


@transaction.atomic
def link_to_target(user: User, company: Company, target: TargetCompany) -> int:
    """Remember that ``company`` is ``target`` under another name (e.g. BD); rejudge."""
    if company.key != company_key(target.name) and company.key not in target.aliases:
        target.aliases = [*target.aliases, company.key]
        target.save(update_fields=["aliases"])
    return rejudge(user, Contact.objects.owned_by(user).filter(company=company))
