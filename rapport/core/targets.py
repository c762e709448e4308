"""The target list, ranked as on a LAMP list: advocacy, motivation, posting (METHOD.md §1).

Advocacy (do I know someone there?) is computed from the network unless the user set it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapport.core.paths import Path


@dataclass(frozen=True)
class TargetFacts:
    """One target company on the LAMP list, with what the network knows about it."""

    id: int
    name: str
    priority: int | None = None
    advocacy: int | None = None
    motivation: int | None = None
    posting: int | None = None
    contacts: int = 0
    can_hire: int = 0
    former: int = 0
    knows_someone: int = 0
    introductions: tuple[str, ...] = ()
    last_met: date | None = None
    best: Path | None = None


def computed_advocacy(target: TargetFacts) -> tuple[int, str]:
    """Return advocacy 0-3 (do I know someone there?) computed from the network, and why."""
    statuses = set(target.introductions)
    if target.can_hire:
        return 3, f"{target.can_hire} of your contacts there could hire you."
    if statuses & {"made", "met", "promised"}:
        return 3, "An introduction into the company is made or promised."
    if target.contacts:
        return 2, f"{target.contacts} of your contacts work there."
    if target.former or target.knows_someone or "requested" in statuses:
        return 1, "Someone you know can introduce you (they worked or know someone there)."
    return 0, "You know no one there yet: ask a connector."


def advocacy(target: TargetFacts) -> tuple[int, str, str]:
    """Return the advocacy shown on the list: the user's value winning, its source, why."""
    value, reason = computed_advocacy(target)
    if target.advocacy is not None:
        return target.advocacy, "yours", f"You set it; Rapport would say {value}: {reason}"
    return value, "computed", reason


def _desc(value: int | None) -> int:
    return -(value if value is not None else -1)


#: Sort name -> key; numbers sort high first, names A-Z, priority 1 first.
SORTS: dict[str, Callable[[TargetFacts], tuple[Any, ...]]] = {
    "rank": lambda t: (
        _desc(t.motivation),
        _desc(t.posting),
        _desc(advocacy(t)[0]),
        t.priority if t.priority is not None else 10_000,
        t.name.casefold(),
    ),
    "name": lambda t: (t.name.casefold(),),
    "advocacy": lambda t: (_desc(advocacy(t)[0]), t.name.casefold()),
    "motivation": lambda t: (_desc(t.motivation), t.name.casefold()),
    "posting": lambda t: (_desc(t.posting), t.name.casefold()),
    "contacts": lambda t: (-t.contacts, t.name.casefold()),
    "can_hire": lambda t: (-t.can_hire, t.name.casefold()),
    "best": lambda t: (-(t.best.score if t.best else -1), t.name.casefold()),
    "last_met": lambda t: (-(t.last_met.toordinal() if t.last_met else 0), t.name.casefold()),
    "priority": lambda t: (t.priority if t.priority is not None else 10_000, t.name.casefold()),
}
RANK_EXPLAINED = (
    "Ranked as on Steve Dalton's LAMP list: motivation first (how much you want to work "
    "there), then posting (a relevant opening), then advocacy (someone you know there: "
    "your own score when you set one, otherwise Rapport's from your contacts), then your "
    "priority, then name."
)


def rank_targets(targets: Iterable[TargetFacts], sort: str = "rank") -> list[TargetFacts]:
    """Return ``targets`` in ``sort`` order ("-name" reverses "name"); unknown sorts raise."""
    name = sort.removeprefix("-")
    if name not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    return sorted(targets, key=SORTS[name], reverse=sort.startswith("-"))
