"""Judge contacts against the plan and store the verdicts (the user's overrides win)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from rapport.accounts.kept import kept
from rapport.contacts.models import Company, Contact
from rapport.core.judgments import Judgments, PersonFacts, judge, verdict_key_of
from rapport.core.plan_context import PlanContext, build_context
from rapport.lib.bulk import update_rows
from rapport.plan.models import Plan, TargetCompany

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Judgment name -> Contact attribute. The user's overrides use the judgment names.
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
#: What a row must hold to be judged, and what judging writes.
FACT_FIELDS = ("company_name", "position", "circles", "overrides")
JUDGMENT_FIELDS = tuple(COLUMNS.values())
OVERRIDDEN = "You set this yourself."
#: Nothing a Judge holds changes with time alone; a kept one is dropped after a day.
JUDGE_KEPT_FOR = timedelta(days=1)


class Judge:
    """Everything needed to judge one user's contacts, built once per batch."""

    def __init__(self, user: User) -> None:
        plan = Plan.objects.filter(owner=user).first()
        targets = list(TargetCompany.objects.owned_by(user).order_by("position", "id"))
        self.target_ids = {t.name: t.pk for t in targets}
        industries = {
            c.key: c.industry
            for c in Company.objects.owned_by(user).filter(industry_set_by_user=True)
        }
        # Names the user confirmed as another spelling of a target (BD for Becton Dickinson).
        aliases = {alias: target.name for target in targets for alias in target.aliases}
        self.context: PlanContext = build_context(
            plan.positions if plan else [],
            plan.industries if plan else [],
            [(t.name, t.industry) for t in targets],
            company_industries=industries,
            aliases=aliases,
            connector_tags=connector_tags(plan),
        )
        # Contacts share companies and titles: one verdict serves every repeat, and one
        # verdict's values every title that reads the same (``verdict_key``).
        self._cache: dict[
            tuple[str, str, tuple[str, ...]], tuple[dict[str, Any], dict[str, str]]
        ] = {}
        self._values: dict[tuple[str, str, tuple[str, ...]], dict[str, Any]] = {}
        self._values_by_key: dict[Hashable, dict[str, Any]] = {}

    def verdict(
        self, company: str, position: str, circles: tuple[str, ...]
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """Return the computed judgment values (by attribute) and their reasons."""
        key = (company, position, circles)
        cached = self._cache.get(key)
        if cached is None:
            person = PersonFacts(company=company, position=position, circles=circles)
            found = judge(person, self.context)
            cached = self._cache[key] = (self._stored(found), dict(found.reasons))
        return cached

    def values(self, company: str, position: str, circles: tuple[str, ...]) -> dict[str, Any]:
        """Return the computed judgment values (by attribute), without their reasons.

        The dict is shared by every contact judged alike: copy it before changing it.
        """
        key = (company, position, circles)
        found = self._values.get(key)
        if found is None:
            # Most company-and-title pairs read like one seen before: no PersonFacts for them.
            alike = verdict_key_of(company, position, circles)
            found = self._values_by_key.get(alike)
            if found is None:
                person = PersonFacts(company=company, position=position, circles=circles)
                found = self._values_by_key[alike] = self._stored(judge(person, self.context))
            self._values[key] = found
        return found

    def _stored(self, found: Judgments) -> dict[str, Any]:
        """Return ``found``'s verdicts as the Contact columns store them."""
        return {
            "target_company_id": self.target_ids.get(found.target_company or ""),
            "in_target_industry": found.in_target_industry,
            "seniority": found.seniority or "",
            "function": found.function,
            "can_hire": found.can_hire,
            "is_recruiter": found.recruiter,
            "is_job_seeker": found.job_seeker,
            "is_connector": found.connector,
        }

    def apply_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """Judge ``row`` (a dict of Contact attributes) in place; return what changed."""
        values = self.values(
            row.get("company_name", ""), row.get("position", ""), tuple(row.get("circles") or ())
        )
        overrides = row.get("overrides") or {}
        if overrides:
            values = self._overridden(values, {}, overrides)[0]
        changed = {k: v for k, v in values.items() if k not in row or row[k] != v}
        row.update(values)
        return changed

    def reasons(self, row: dict[str, Any]) -> dict[str, str]:
        """Return why each judgment of ``row`` is what it is, in words."""
        return self._judged(row)[1]

    def _judged(self, row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
        values, reasons = self.verdict(
            row.get("company_name", ""), row.get("position", ""), tuple(row.get("circles") or ())
        )
        overrides = row.get("overrides") or {}
        if overrides:
            return self._overridden(values, reasons, overrides)
        return values, reasons

    def _overridden(
        self, values: dict[str, Any], reasons: dict[str, str], overrides: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """Return ``values`` and ``reasons`` with the user's ``overrides`` put in (copies)."""
        values, reasons = dict(values), dict(reasons)
        for name, value in overrides.items():
            column = COLUMNS.get(name)
            if column is None:
                continue
            if name == "target_company":
                value = self.target_ids.get(value) if value else None
            values[column] = value
            reasons[name] = OVERRIDDEN
        return values, reasons

    def apply(self, contact: Contact) -> bool:
        """Judge a Contact instance in place; return True when a judgment changed."""
        row = {name: getattr(contact, name) for name in (*FACT_FIELDS, *JUDGMENT_FIELDS)}
        changed = self.apply_row(row)
        for name, value in changed.items():
            setattr(contact, name, value)
        return bool(changed)


def reasons_for(user: User, contact: Contact, judge_: Judge | None = None) -> dict[str, str]:
    """Return why each of ``contact``'s judgments is what it is (pass ``judge_`` for many)."""
    judge_ = judge_ or kept_judge(user)
    return judge_.reasons({name: getattr(contact, name) for name in FACT_FIELDS})


def kept_judge(user: User) -> Judge:
    """Return the user's Judge, built anew only when the plan or the companies changed.

    A contact's page needs one to give its judgments' reasons; building it reads the plan,
    the targets and the companies.
    """
    return kept(user, "judge", lambda _now: Judge(user), lambda now, _judge: now + JUDGE_KEPT_FOR)


def connector_tags(plan: Plan | None) -> frozenset[str]:
    """Circles that count as connectors: the usual community circles plus the plan's."""
    tags = {"church", "chamber", "association", "rotary", "neighbor", "neighbour", "club"}
    if plan:
        tags.update(c.casefold() for c in plan.connectors)
    return frozenset(tags)


def rejudge(user: User, contacts: Iterable[Contact] | None = None) -> int:
    """Judge the user's contacts again (all, or ``contacts``); return how many changed."""
    judge_ = Judge(user)
    if contacts is not None:
        ids = [c.pk for c in contacts]
        rows = Contact.objects.owned_by(user).filter(pk__in=ids)
    else:
        rows = Contact.objects.owned_by(user)
    changes = []
    for row in rows.values("id", *FACT_FIELDS, *JUDGMENT_FIELDS).iterator(chunk_size=2000):
        changed = judge_.apply_row(row)
        if changed:
            changes.append((row["id"], changed))
    return update_rows(Contact, changes)
