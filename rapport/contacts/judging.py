"""Judge contacts against the plan and store the verdicts (overrides win)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rapport.contacts.models import Company, Contact
from rapport.core.judgments import Judgments, PersonFacts, PlanContext, build_context, judge
from rapport.plan.models import Plan, TargetCompany

#: Judgment name -> Contact column. The user's overrides use the judgment names.
COLUMNS = {
    "target_company": "target_company_id",
    "in_target_industry": "in_target_industry",
    "seniority": "seniority",
    "function": "function",
    "can_hire": "can_hire",
    "recruiter": "is_recruiter",
    "job_seeker": "is_job_seeker",
    "connector": "is_connector",
}
JUDGMENT_FIELDS = [column.removesuffix("_id") for column in COLUMNS.values()] + ["judgment_reasons"]


class Judge:
    """Everything needed to judge one user's contacts, built once per batch."""

    def __init__(self, user: Any) -> None:
        plan = Plan.objects.filter(owner=user).first()
        targets = list(TargetCompany.objects.owned_by(user).order_by("position", "id"))
        self.target_ids = {t.name: t.pk for t in targets}
        industries = {
            c.key: c.industry
            for c in Company.objects.owned_by(user).filter(industry_set_by_user=True)
        }
        aliases: dict[str, str] = {}
        for company in Company.objects.owned_by(user).filter(targets__isnull=False).distinct():
            target_names = [t.name for t in targets if t.company_id == company.pk]
            for alias in company.aliases:
                for name in target_names:
                    aliases[alias] = name
        self.context: PlanContext = build_context(
            plan.positions if plan else [],
            plan.industries if plan else [],
            [(t.name, t.industry) for t in targets],
            company_industries=industries,
            aliases=aliases,
            connector_tags=connector_tags(plan),
        )

    def apply(self, contact: Contact) -> bool:
        """Set ``contact``'s judgment columns; return True when any of them changed."""
        verdict: Judgments = judge(
            PersonFacts(
                company=contact.company_name,
                position=contact.position,
                circles=tuple(contact.circles),
                notes=contact.notes,
            ),
            self.context,
        )
        values: dict[str, Any] = {
            "target_company_id": self.target_ids.get(verdict.target_company or ""),
            "in_target_industry": verdict.in_target_industry,
            "seniority": verdict.seniority or "",
            "function": verdict.function,
            "can_hire": verdict.can_hire,
            "is_recruiter": verdict.recruiter,
            "is_job_seeker": verdict.job_seeker,
            "is_connector": verdict.connector,
        }
        reasons = dict(verdict.reasons)
        for name, value in (contact.overrides or {}).items():
            column = COLUMNS.get(name)
            if column is None:
                continue
            if name == "target_company":
                value = self.target_ids.get(value) if value else None
            values[column] = value
            reasons[name] = "You set this yourself."
        changed = reasons != contact.judgment_reasons
        for column, value in values.items():
            if getattr(contact, column) != value:
                setattr(contact, column, value)
                changed = True
        contact.judgment_reasons = reasons
        return changed


def connector_tags(plan: Plan | None) -> frozenset[str]:
    """Circles that count as connectors: the usual community circles plus the plan's."""
    tags = {"church", "chamber", "association", "rotary", "neighbor", "neighbour", "club"}
    if plan:
        tags.update(c.casefold() for c in plan.connectors)
    return frozenset(tags)


def rejudge(user: Any, contacts: Iterable[Contact] | None = None) -> int:
    """Recompute judgments for ``contacts`` (default: all of the user's); return how many changed."""
    judge_ = Judge(user)
    if contacts is None:
        contacts = Contact.objects.owned_by(user).only(
            "id",
            "company_name",
            "position",
            "circles",
            "notes",
            "overrides",
            *JUDGMENT_FIELDS,
        )
    changed = [c for c in contacts if judge_.apply(c)]
    Contact.objects.bulk_update(changed, JUDGMENT_FIELDS, batch_size=500)
    return len(changed)
