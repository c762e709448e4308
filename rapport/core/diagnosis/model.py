"""The plain data a diagnosis reads and the findings it returns.

Services build ``Facts`` from the database with aggregations; rules read only Facts,
so every rule can be tested with a hand-built table of numbers and people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from rapport.core.plan import PlanData

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Person:
    """A contact as evidence: who they are and why they matter."""

    id: int
    name: str
    company: str = ""
    position: str = ""
    target_company: str | None = None
    can_hire: bool = False
    last_met: date | None = None

    def label(self) -> str:
        """Return "Name (Position, Company)" for messages."""
        role = ", ".join(p for p in (self.position, self.company) if p)
        return f"{self.name} ({role})" if role else self.name


@dataclass(frozen=True)
class MeetingRef:
    """A meeting as evidence."""

    id: int
    day: date
    summary: str
    people: tuple[str, ...] = ()

    def label(self) -> str:
        who = f" with {', '.join(self.people[:3])}" if self.people else ""
        return f"{self.day:%a %d %b}: {self.summary}{who}"


@dataclass(frozen=True)
class Outcomes:
    """How many networking meetings logged each outcome, and how many did not."""

    logged: int = 0
    asks: int = 0
    no_asks: int = 0
    handbills: int = 0
    no_handbills: int = 0
    referrals: int = 0
    thank_yous_late: int = 0
    thank_yous_on_time: int = 0


@dataclass
class Facts:
    """Everything the rules may read, for one user and one window."""

    since: date
    until: date
    today: date
    plan: PlanData
    metrics: dict[str, int]
    weeks: float
    outcomes: Outcomes = field(default_factory=Outcomes)
    gives: int = 0
    introductions: int = 0
    overdue_follow_ups: list[tuple[str, date]] = field(default_factory=list)
    #: Contacts at target companies never met, decision-makers first.
    untapped: list[Person] = field(default_factory=list)
    untapped_count: int = 0
    target_contacts_met: int = 0
    #: Target companies where the user knows nobody, by priority.
    uncovered: list[str] = field(default_factory=list)
    connectors: list[Person] = field(default_factory=list)
    job_seeker_meetings: list[MeetingRef] = field(default_factory=list)
    off_target_meetings: list[MeetingRef] = field(default_factory=list)
    unlogged_meetings: list[MeetingRef] = field(default_factory=list)
    no_ask_meetings: list[MeetingRef] = field(default_factory=list)
    no_handbill_meetings: list[MeetingRef] = field(default_factory=list)
    #: The saved profile's analysis (rapport.core.pitch JSON), None when there is none.
    pitch: dict[str, Any] | None = None
    thresholds: dict[str, float] = field(default_factory=dict)
    #: Pay-it-forward reminders: report back to people who helped, check in with dormant ones.
    reminders: list[Action] = field(default_factory=list)

    def threshold(self, name: str) -> float:
        """Return the user's value for a named threshold, else its default."""
        from rapport.core.diagnosis.thresholds import THRESHOLDS

        return float(self.thresholds.get(name, THRESHOLDS[name].default))


@dataclass(frozen=True)
class Action:
    """A concrete next step, naming a person where there is one."""

    text: str
    contact_id: int | None = None
    reason: str = ""
    draft: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "contact_id": self.contact_id,
            "reason": self.reason,
            "draft": self.draft,
        }


@dataclass(frozen=True)
class Finding:
    """What a rule found: a verdict with its evidence and what to do about it."""

    code: str
    severity: Severity
    title: str
    why: str
    measured: str
    evidence: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    #: "unknown" when the data needed for a verdict is missing: never read as a "no".
    status: Literal["fires", "unknown"] = "fires"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "status": self.status,
            "title": self.title,
            "why": self.why,
            "measured": self.measured,
            "evidence": list(self.evidence),
            "actions": [a.to_json() for a in self.actions],
        }


@dataclass(frozen=True)
class Diagnosis:
    headline: str
    findings: tuple[Finding, ...]
    actions: tuple[Action, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "findings": [f.to_json() for f in self.findings],
            "actions": [a.to_json() for a in self.actions],
        }
