"""The contact list's search, filters and sort, shared by the web page and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import Q, QuerySet, TextField
from django.db.models.functions import Cast

from rapport.contacts.models import FUNCTION_CHOICES, SENIORITY_CHOICES, Contact
from rapport.core.search_words import folded, phone_digits

SORTS = {
    "name": ("last_name", "first_name", "id"),
    "-name": ("-last_name", "-first_name", "-id"),
    "company": ("company_name", "last_name", "id"),
    "-company": ("-company_name", "-last_name", "-id"),
    "position": ("position", "last_name", "id"),
    "connected": ("connected_on", "id"),
    "-connected": ("-connected_on", "-id"),
}
#: The sorts in words, for the list's "Sort by".
SORT_WORDS = {
    "name": "Name, A to Z",
    "-name": "Name, Z to A",
    "company": "Company, A to Z",
    "-company": "Company, Z to A",
    "position": "Title",
    "connected": "Connected, oldest first",
    "-connected": "Connected, newest first",
}
#: Yes/no filters: name -> (label, column).
FLAGS = {
    "target": ("At a target company", "target_company__isnull"),
    "can_hire": ("Can hire", "can_hire"),
    "recruiter": ("Recruiter", "is_recruiter"),
    "job_seeker": ("Job seeker", "is_job_seeker"),
    "connector": ("Connector", "is_connector"),
}
SENIORITIES = [value for value, _ in SENIORITY_CHOICES]
FUNCTIONS = [value for value, _ in FUNCTION_CHOICES]


class FilterError(ValueError):
    """A filter the list does not know; the message lists the ones it does."""


def filter_contacts(qs: QuerySet[Contact], params: Mapping[str, Any]) -> QuerySet[Contact]:
    """Return ``qs`` narrowed by ``params`` (q, target, can_hire, …, industry, sort)."""
    query = str(params.get("q", "") or "").strip()
    if digits := phone_digits(query):
        qs = qs.alias(phone_text=Cast("phones", TextField())).filter(phone_text__contains=digits)
    elif query:
        qs = qs.alias(email_text=Cast("emails", TextField()))
        for word in folded(query).split()[:5]:
            qs = qs.filter(Q(search_text__contains=word) | Q(email_text__icontains=word))
    for name, (_label, column) in FLAGS.items():
        value = params.get(name)
        if value in ("yes", "no"):
            wanted = value == "yes"
            qs = qs.filter(**{column: (not wanted) if column.endswith("isnull") else wanted})
        elif value not in (None, ""):
            raise FilterError(f"{name} must be yes or no, not {value!r}")
    industry = params.get("industry")
    if industry in ("yes", "no", "unknown"):
        qs = qs.filter(in_target_industry={"yes": True, "no": False, "unknown": None}[industry])
    elif industry not in (None, ""):
        raise FilterError(f"industry must be yes, no or unknown, not {industry!r}")
    for name, allowed in (("seniority", SENIORITIES), ("function", FUNCTIONS)):
        value = params.get(name)
        if value in allowed:
            qs = qs.filter(**{name: value})
        elif value not in (None, ""):
            raise FilterError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    company = params.get("company")
    if company:
        qs = qs.filter(company_name__iexact=company)
    sort = params.get("sort") or "name"
    if sort not in SORTS:
        raise FilterError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    return qs.order_by(*SORTS[sort])


def contact_json(contact: Contact, reasons: dict[str, str]) -> dict[str, Any]:
    """Return the CLI's JSON for one contact (documented in docs/cli.md).

    ``reasons`` come from ``rapport.contacts.judging.reasons_for``.
    """
    target = contact.target_company
    return {
        "id": contact.pk,
        "name": contact.full_name,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "company": contact.company_name,
        "position": contact.position,
        "emails": contact.emails,
        "phones": contact.phones,
        "linkedin": contact.linkedin_slug,
        "circles": contact.circles,
        "judgments": {
            "target_company": target.name if target else None,
            "in_target_industry": contact.in_target_industry,
            "seniority": contact.seniority or None,
            "function": contact.function or None,
            "can_hire": contact.can_hire,
            "recruiter": contact.is_recruiter,
            "job_seeker": contact.is_job_seeker,
            "connector": contact.is_connector,
            "reasons": reasons,
        },
    }
