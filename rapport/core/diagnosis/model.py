"""The plain data a diagnosis reads and the findings it returns.

Services build ``Facts`` from the database with aggregations; rules read only Facts,
so every rule can be tested with a hand-built table of numbers and people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
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


@dataclass(frozen=True)
class Evidence:
    """What the user's imported messages showed in the window, beside what they logged."""

    #: What was read, in words: "212 LinkedIn messages", "3 LinkedIn endorsements".
    sources: tuple[str, ...] = ()
    outreach_sent: int = 0
    outreach_replied: int = 0
    median_reply_business_days: float | None = None
    #: First messages never answered: "Sam Patel, written 02 Mar".
    unanswered: tuple[str, ...] = ()
    #: Meetings the messages around them tell about (not logged by hand).
    covered_meetings: int = 0
    meetings_with_thank_you: int = 0
    thank_yous_late: int = 0
    no_thank_you_meetings: tuple[MeetingRef, ...] = ()
    asks_detected: int = 0
    gives_detected: int = 0
    #: Meetings with neither a logged outcome nor evidence.
    outcomes_unknown: int = 0

    def metrics(self) -> dict[str, Any]:
        """Return the fields ``rapport diagnose --json`` adds to its metrics."""
        rate = self.outreach_replied / self.outreach_sent if self.outreach_sent else None
        return {
            "outreach_sent": self.outreach_sent,
            "outreach_replied": self.outreach_replied,
            "reply_rate": round(rate, 3) if rate is not None else None,
            "median_reply_business_days": self.median_reply_business_days,
            "meetings_with_thank_you": self.meetings_with_thank_you,
            "thank_yous_late": self.thank_yous_late,
            "asks_detected": self.asks_detected,
            "gives_detected": self.gives_detected,
            "outcomes_unknown": self.outcomes_unknown,
        }


@dataclass
class Facts:
    """Everything the rules may read, for one user and one window."""

    since: date
    until: date
    today: date
    plan: PlanData
    metrics: dict[str, int]
    weeks: float
    #: The day the search began: the plan's start date, else the first networking meeting
    #: ever. None when neither is known (the search has not begun).
    search_began: date | None = None
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
    evidence: Evidence = field(default_factory=Evidence)

    def rests_on(self) -> str:
        """Return a sentence naming what outcome verdicts rest on when messages count too.

        "" when no messages were imported: the verdicts then rest on the log alone, as always.
        """
        sources = self.evidence.sources
        if not sources:
            return ""
        listed = ", ".join(sources[:-1]) + (" and " if len(sources) > 1 else "") + sources[-1]
        return f"From your calendar, what you logged and {listed}."

    @property
    def goal_weeks(self) -> float:
        """Return the weeks of the window since the week the search began.

        Weekly goals are measured over these weeks only: the empty weeks before a search
        began are not a shortfall. Zero when the search had not begun by the window's end.
        """
        if self.search_began is None:
            return 0.0
        monday = self.search_began - timedelta(days=self.search_began.weekday())
        start = max(self.since, monday)
        if start > self.until:
            return 0.0
        return ((self.until - start).days + 1) / 7

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
