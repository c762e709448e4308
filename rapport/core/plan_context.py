"""What judging a contact needs from the plan: target positions, industries and companies.

``judge`` (rapport/core/judgments.py) reads people against a PlanContext; the context
reads each target position once, however many people are judged against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from rapport.core.companies import CompanyMatcher, company_key, industry_key
from rapport.core.plan import PlanData
from rapport.core.titles import read_title, seniority_rank

#: The top of the seniority scale: no one is hired from above a chief officer.
CXO = seniority_rank("cxo")


@dataclass(frozen=True)
class TargetRole:
    label: str
    rank: int
    functions: frozenset[str]


@dataclass(frozen=True)
class PlanContext:
    """What ``judge`` needs from the plan; build it with ``build_context`` or ``context_for_plan``.

    ``company_industries`` is keyed by ``company_key`` and ``connector_tags`` are case-folded.
    """

    target_positions: tuple[str, ...]
    target_industries: tuple[str, ...]
    matcher: CompanyMatcher
    target_industry_of: dict[str, str] = field(default_factory=dict)
    company_industries: dict[str, str] = field(default_factory=dict)
    connector_tags: frozenset[str] = frozenset()

    @cached_property
    def target_role(self) -> TargetRole | None:
        """Return the most senior target position as (label, rank, functions), or None."""
        read = [(title, read_title(title)) for title in self.target_positions if title.strip()]
        ranked = [(seniority_rank(facts.seniority), title) for title, facts in read]
        if not ranked or max(ranked)[0] < 0:
            return None
        rank, _ = max(ranked)
        label = next(title for r, title in ranked if r == rank)
        functions = frozenset(f.function for _, f in read if f.function != "other")
        return TargetRole(label.strip(), min(rank, CXO), functions)

    @cached_property
    def target_roles(self) -> tuple[TargetRole, ...]:
        """Return every target position as a role, most senior first.

        Someone who could hire for any of them is a decision-maker: a CFO cannot hire a
        CFO, but can hire the VP Finance the same plan also targets.
        """
        roles = []
        for title in self.target_positions:
            facts = read_title(title)
            rank = seniority_rank(facts.seniority)
            if title.strip() and rank >= 0:
                functions = frozenset({facts.function} - {"other"}) or (
                    self.target_role.functions if self.target_role else frozenset()
                )
                roles.append(TargetRole(title.strip(), min(rank, CXO), functions))
        return tuple(sorted(roles, key=lambda r: -r.rank))

    @cached_property
    def industry_keys(self) -> frozenset[str]:
        """Return the canonical names of the target industries."""
        return frozenset(industry_key(label) for label in self.target_industries if label.strip())


def build_context(
    positions: Iterable[str] = (),
    industries: Iterable[str] = (),
    companies: Iterable[str | tuple[str, str]] = (),
    *,
    aliases: Mapping[str, str] | None = None,
    company_industries: Mapping[str, str] | None = None,
    connector_tags: Iterable[str] = (),
) -> PlanContext:
    """Return a PlanContext from plain lists.

    ``companies`` holds target names or (name, industry) pairs; ``aliases`` maps an alias
    to a target name; ``company_industries`` maps any company name to the industry the user
    set for it. Names may be written any way: they are keyed with ``company_key``.
    """
    names: list[str] = []
    industry_of: dict[str, str] = {}
    for entry in companies:
        name, industry = (entry, "") if isinstance(entry, str) else entry
        names.append(name)
        if industry.strip():
            industry_of[name.strip()] = industry.strip()
    return PlanContext(
        target_positions=tuple(p.strip() for p in positions if p.strip()),
        target_industries=tuple(i.strip() for i in industries if i.strip()),
        matcher=CompanyMatcher(names, aliases),
        target_industry_of=industry_of,
        company_industries={
            company_key(name): industry
            for name, industry in (company_industries or {}).items()
            if company_key(name) and industry.strip()
        },
        connector_tags=frozenset(t.strip().casefold() for t in connector_tags if t.strip()),
    )


def context_for_plan(
    plan: PlanData,
    *,
    aliases: Mapping[str, str] | None = None,
    company_industries: Mapping[str, str] | None = None,
    connector_tags: Iterable[str] = (),
) -> PlanContext:
    """Return the PlanContext for a plan, with the user's aliases, industries and circles."""
    return build_context(
        plan.positions,
        plan.industries,
        [(c.name, c.industry) for c in plan.companies],
        aliases=aliases,
        company_industries=company_industries,
        connector_tags=connector_tags,
    )
