"""The marketing plan as plain data: who to reach, how to help them, how to reach them.

This is the shape shared by ``plan.toml``, the web plan editor and every rule that
reads the plan. It holds no behaviour that needs a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: LAMP scores (advocacy, motivation, posting) are user-set 0-3 values (METHOD.md §1).
LAMP_MIN = 0
LAMP_MAX = 3

#: METHOD.md §1: about 40 target companies; warn under 20 or over 60.
TARGET_COMPANIES_LOW = 20
TARGET_COMPANIES_HIGH = 60
TARGET_LIST_MAX_ITEMS = 3


@dataclass(frozen=True)
class Person:
    name: str = ""
    headline: str = ""
    email: str = ""
    location: str = ""
    booking_link: str = ""


@dataclass(frozen=True)
class TargetCompanySpec:
    name: str
    industry: str = ""
    priority: int | None = None
    notes: str = ""
    advocacy: int | None = None
    motivation: int | None = None
    posting: int | None = None


@dataclass(frozen=True)
class Goals:
    weekly_meetings: int | None = None
    weekly_target_industry_meetings: int | None = None
    weekly_decision_maker_meetings: int | None = None
    #: The day the search began; weekly goals are measured from its week, never before.
    search_started_on: date | None = None


@dataclass(frozen=True)
class PlanData:
    person: Person = field(default_factory=Person)
    positions: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    geography: tuple[str, ...] = ()
    companies: tuple[TargetCompanySpec, ...] = ()
    decision_makers: tuple[str, ...] = ()
    peers: tuple[str, ...] = ()
    connectors: tuple[str, ...] = ()
    offers: tuple[str, ...] = ()
    goals: Goals = field(default_factory=Goals)

    @property
    def has_targets(self) -> bool:
        """True when the plan names at least one position, industry or company."""
        return bool(self.positions or self.industries or self.companies)


@dataclass(frozen=True)
class PlanWarning:
    field: str
    message: str


def plan_warnings(plan: PlanData) -> list[PlanWarning]:
    """Return advice about a plan that is valid but off the method's proportions."""
    warnings: list[PlanWarning] = []
    count = len(plan.companies)
    if count and count < TARGET_COMPANIES_LOW:
        warnings.append(
            PlanWarning(
                "companies",
                f"{count} target companies is a short list: aim for about 40 "
                f"(at least {TARGET_COMPANIES_LOW}) so contacts have names to search "
                "their memory with.",
            )
        )
    elif count > TARGET_COMPANIES_HIGH:
        warnings.append(
            PlanWarning(
                "companies",
                f"{count} target companies is more than anyone can pursue: keep about 40 "
                f"(at most {TARGET_COMPANIES_HIGH}) and rank them.",
            )
        )
    for name, values in (("positions", plan.positions), ("industries", plan.industries)):
        if len(values) > TARGET_LIST_MAX_ITEMS:
            warnings.append(
                PlanWarning(
                    name,
                    f"{len(values)} {name} blur your message: choose one to three.",
                )
            )
    return warnings
