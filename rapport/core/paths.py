"""Ways into a target company, ranked, and the LAMP target list (METHOD.md §1 and §6).

A path is a short chain of people ending inside the company. Paths rank by how directly
the first person can help plus how warm the relationship is; the reason says both, so the
order can be checked by eye. docs/paths.md has the weights.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from rapport.core.titles import SENIORITY_LEVELS

#: How directly the first person (or the introduction) leads to a hiring decision.
DIRECTNESS = {
    "decision-maker": 100,
    "introduction made": 90,
    "introduction promised": 80,
    "peer": 70,
    "insider": 60,
    "gatekeeper": 55,
    "knows someone there": 50,
    "former employee": 45,
    "introduction requested": 40,
    "connector": 30,
}
#: An introduction to someone who could hire counts this much more.
TO_DECISION_MAKER_BONUS = 10
#: Warmth: the strength the user set (unrated sits between cold and acquaintance) …
STRENGTH_POINTS = {None: 4, 0: 0, 1: 8, 2: 16, 3: 24}
STRENGTH_WORDS = {0: "cold", 1: "an acquaintance", 2: "warm", 3: "close"}
#: … the last meeting (days ago, points), and gifts (points each, counted up to two).
RECENCY_POINTS = ((30, 15), (90, 10), (365, 5))
OLD_MEETING_POINTS = 2
GIVE_POINTS = 3
GIVES_COUNTED = 2
STRONG, FAIR = 100, 65
MAX_CONNECTORS = 5
#: Introduction statuses, by what they mean for a way in; "declined" is no way in.
INTRODUCTION_ROLES = {
    "made": "introduction made",
    "met": "introduction made",
    "promised": "introduction promised",
    "requested": "introduction requested",
}


@dataclass(frozen=True)
class Person:
    """A contact as a path sees them: judgments, and what makes the relationship warm."""

    id: int | None
    name: str
    company: str = ""
    position: str = ""
    function: str = ""
    seniority: str = ""
    can_hire: bool = False
    recruiter: bool = False
    connector: bool = False
    circles: tuple[str, ...] = ()
    strength: int | None = None
    last_met: date | None = None
    gives: int = 0
    #: For drafting messages, not for ranking.
    email: str = ""
    on_linkedin: bool = False


@dataclass(frozen=True)
class Introduction:
    """An introduction into the company: who makes it (if recorded) and to whom."""

    introducer: Person | None
    to: Person | None
    status: str


@dataclass(frozen=True)
class Network:
    """Everything the user's network holds about one target company."""

    target: str
    insiders: tuple[Person, ...] = ()
    former: tuple[Person, ...] = ()
    knows_someone: tuple[Person, ...] = ()
    introductions: tuple[Introduction, ...] = ()
    connectors: tuple[Person, ...] = ()
    #: Functions of the plan's target positions: an insider in one of them is a peer.
    target_functions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Step:
    person: Person
    role: str


@dataclass(frozen=True)
class Path:
    """A ranked way in: its steps, which step to act on, and why it ranks where it does."""

    kind: str
    steps: tuple[Step, ...]
    directness: int
    warmth: int
    #: What the first person is to the company; ``reason`` adds what makes them warm.
    what: str
    warm: Person
    today: date
    act_on: int = 0
    #: The DIRECTNESS entry the path was scored by ("decision-maker", "introduction made", …).
    basis: str = ""

    @property
    def reason(self) -> str:
        """Return why the path ranks where it does: directness, then warmth, in words."""
        return f"{self.what}; {warmth_words(self.warm, self.today)}."

    @property
    def score(self) -> int:
        return self.directness + self.warmth

    @property
    def strength(self) -> str:
        """Return "strong", "fair" or "weak" from the score."""
        return "strong" if self.score >= STRONG else "fair" if self.score >= FAIR else "weak"

    @property
    def action(self) -> Step:
        """Return the step the user should act on now."""
        return self.steps[self.act_on]

    def to_json(self) -> dict[str, Any]:
        """Return the path as ``rapport paths --json`` prints it."""
        return {
            "kind": self.kind,
            "score": self.score,
            "strength": self.strength,
            "reason": self.reason,
            "steps": [
                {
                    "contact_id": s.person.id,
                    "name": s.person.name,
                    "company": s.person.company,
                    "position": s.person.position,
                    "role": s.role,
                }
                for s in self.steps
            ],
        }


def warmth(person: Person, today: date) -> int:
    """Return how warm the relationship is, 0-45: strength, last meeting and gifts."""
    points = STRENGTH_POINTS.get(person.strength, 0)
    if person.last_met is not None:
        days = (today - person.last_met).days
        points += next((p for most, p in RECENCY_POINTS if days <= most), OLD_MEETING_POINTS)
    return points + min(person.gives, GIVES_COUNTED) * GIVE_POINTS


def _ago(day: date, today: date) -> str:
    """Return how long ago ``day`` was, in words a reader takes in at a glance."""
    days = (today - day).days
    if days <= 1:
        return "today" if days <= 0 else "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    return f"in {day:%B %Y}"


def warmth_words(person: Person, today: date) -> str:
    """Return the warmth of the relationship as a clause: strength, meeting, gifts."""
    if person.strength is None:
        parts = ["you have not rated the relationship"]
    else:
        word = STRENGTH_WORDS.get(person.strength, str(person.strength))
        parts = [f"you rated the relationship {person.strength} ({word})"]
    parts.append(
        f"you last met {_ago(person.last_met, today)}" if person.last_met else "no meeting yet"
    )
    if person.gives:
        parts.append(f"you gave them something {_times(person.gives)}")
    return ", ".join(parts)


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def _where(person: Person) -> str:
    return ", ".join(p for p in (person.position, person.company) if p)


def insider_role(person: Person, target_functions: frozenset[str]) -> str:
    """Return the role of someone who works at the target: decision-maker first."""
    if person.can_hire:
        return "decision-maker"
    if person.recruiter:
        return "gatekeeper"
    if not target_functions or person.function in target_functions:
        return "peer"
    return "insider"


def _path(
    kind: str,
    steps: Iterable[Step],
    role: str,
    what: str,
    warm: Person,
    today: date,
    *,
    bonus: int = 0,
    act_on: int = 0,
) -> Path:
    """Return a path whose directness comes from ``role`` and warmth from ``warm``."""
    score = DIRECTNESS[role] + bonus
    return Path(kind, tuple(steps), score, warmth(warm, today), what, warm, today, act_on, role)


def _insider(person: Person, network: Network, today: date) -> Path:
    role = insider_role(person, network.target_functions)
    if role == "decision-maker":
        what = f"{person.name} could hire you ({_where(person)})"
    elif role == "gatekeeper":
        what = (
            f"{person.name} recruits at {network.target}: a gatekeeper who can pass your "
            "name on but does not decide"
        )
    else:
        field = " in your field" if role == "peer" else ""
        what = f"{person.name} works at {network.target}{field} ({_where(person)})"
    return _single("insider", role, person, what, today)


def _introduction(intro: Introduction, network: Network, today: date) -> Path | None:
    role = INTRODUCTION_ROLES.get(intro.status)
    if role is None or (intro.introducer is None and intro.to is None):
        return None
    to = intro.to or Person(None, "someone", network.target)
    to_role = insider_role(to, network.target_functions) if to.id else "contact there"
    steps = [Step(to, to_role)]
    by = intro.introducer
    if by is not None:
        steps.insert(0, Step(by, "introducer"))
    verb = {
        "introduction made": "introduced you to",
        "introduction promised": "offered to introduce you to",
        "introduction requested": "was asked to introduce you to",
    }[role]
    what = f"{by.name if by else 'Someone'} {verb} {to.name} at {network.target}"
    # Once the introduction is made, the next message goes to the person introduced.
    act_on = len(steps) - 1 if role == "introduction made" or by is None else 0
    bonus = TO_DECISION_MAKER_BONUS if to.can_hire else 0
    return _path("introduction", steps, role, what, by or to, today, bonus=bonus, act_on=act_on)


def rank_paths(
    network: Network, today: date, *, max_connectors: int = MAX_CONNECTORS
) -> list[Path]:
    """Return the ways into ``network.target``, best first.

    Each person starts at most one path (their best); connectors already on another path
    are left out, and at most ``max_connectors`` connectors are kept.
    """
    paths = [_insider(p, network, today) for p in network.insiders]
    for intro in network.introductions:
        found = _introduction(intro, network, today)
        if found is not None:
            paths.append(found)
    inside = {p.id for p in network.insiders}
    target = network.target
    for p in (p for p in network.knows_someone if p.id not in inside):
        what = f"You noted that {p.name} knows someone at {target}"
        paths.append(_single("knows-someone", "knows someone there", p, what, today))
    for p in (p for p in network.former if p.id not in inside):
        what = f"{p.name} used to work at {target} and still knows people there"
        paths.append(_single("former", "former employee", p, what, today))
    best = _best_per_person(paths)
    taken = {s.person.id for _, p in best for s in p.steps}
    connectors = _keyed(
        _single("connector", "connector", p, _connector_what(p), today)
        for p in network.connectors
        if p.id not in taken
    )[:max_connectors]
    return [path for _, path in heapq.merge(best, connectors, key=itemgetter(0))]


def _single(kind: str, role: str, person: Person, what: str, today: date) -> Path:
    """Return a one-step path through ``person``."""
    return _path(kind, (Step(person, role),), role, what, person, today)


def _connector_what(person: Person) -> str:
    circle = f" in your “{person.circles[0]}” circle" if person.circles else ""
    where = f" ({_where(person)})" if _where(person) else ""
    return f"{person.name}{where} is a connector{circle}: they know people well beyond your field"


def _order(path: Path) -> _Key:
    """Return the sort key of a path: score, directness, seniority, then name."""
    first = path.action.person
    rank = SENIORITY_LEVELS.index(first.seniority) if first.seniority in SENIORITY_LEVELS else -1
    return (-path.score, -path.directness, -rank, first.name.casefold(), first.id or 0)


_Key = tuple[int, int, int, str, int]
Keyed = list[tuple[_Key, Path]]


def _keyed(paths: Iterable[Path]) -> Keyed:
    """Return ``paths`` sorted, each with its sort key (computed once: lists run long)."""
    return sorted(((_order(p), p) for p in paths), key=itemgetter(0))


def _best_per_person(paths: list[Path]) -> Keyed:
    """Return ``paths`` in order, keeping for each chain of people only its best path."""
    kept: dict[tuple[int | str, ...], tuple[_Key, Path]] = {}
    for key, path in _keyed(paths):
        kept.setdefault(tuple(s.person.id or s.person.name for s in path.steps), (key, path))
    return list(kept.values())
