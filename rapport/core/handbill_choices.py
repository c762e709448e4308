"""The handbill editor's choices of companies and sections: rows to show, values to store.

Kept apart from the handbill's content (``rapport.core.handbill``), which reads the
choices but never makes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapport.core.handbill import (
    MAX_COMPANIES,
    SECTIONS,
    Choices,
    by_priority,
    chosen_companies,
    default_companies,
    section_order,
)
from rapport.core.plan import PlanData


@dataclass(frozen=True)
class CompanyChoice:
    """A row of the editor's company table."""

    name: str
    industry: str
    shown: bool
    order: int


def company_choices(plan: PlanData, choices: Choices) -> list[CompanyChoice]:
    """Return the editor's rows: shown companies in their order, then the others."""
    shown = [c.name for c in chosen_companies(plan, choices.companies)][:MAX_COMPANIES]
    shown_keys = {name.casefold() for name in shown}
    specs = {c.name: c for c in plan.companies}
    rows = [CompanyChoice(n, specs[n].industry, True, i) for i, n in enumerate(shown, 1)]
    others = [c for c in by_priority(plan.companies) if c.name.casefold() not in shown_keys]
    rows += [
        CompanyChoice(c.name, c.industry, False, len(shown) + i) for i, c in enumerate(others, 1)
    ]
    return rows


def stored_choices(
    plan: PlanData, companies: Sequence[str], sections: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Return what to store for the chosen companies and sections: [] for the default.

    Storing "the default" as an empty list keeps the handbill following the plan: a
    company added later appears without a visit to the editor.
    """
    company_list = list(dict.fromkeys(companies))
    if tuple(company_list) == default_companies(plan):
        company_list = []
    section_list = list(section_order(sections)) if sections else []
    if tuple(section_list) == tuple(SECTIONS):
        section_list = []
    return company_list, section_list
