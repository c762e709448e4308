"""Run the diagnosis for a user: facts from the database, verdicts from the core rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from rapport.core.diagnosis import Diagnosis, Facts, diagnose
from rapport.core.diagnosis.metric_words import labelled
from rapport.diagnosis.facts import AUDIENCES, build_facts

if TYPE_CHECKING:
    from django.contrib.auth.models import User


@dataclass(frozen=True)
class Report:
    facts: Facts
    diagnosis: Diagnosis
    weekly: list[dict[str, Any]]

    def funnel(self) -> list[tuple[str, int]]:
        """Return contacts → people met → referrals → introductions for the funnel chart."""
        metrics = self.facts.metrics
        return [
            ("Contacts", metrics["contacts"]),
            ("Networking meetings", metrics["meetings"]),
            ("Referrals", metrics["referrals"]),
            ("Introductions", self.facts.introductions),
        ]

    def numbers(self) -> list[tuple[str, int]]:
        """Return every metric as a (label, value) row for people to read."""
        return labelled(self.facts.metrics)

    def to_json(self) -> dict[str, Any]:
        """Return the JSON that ``rapport diagnose --json`` prints (docs/cli.md)."""
        return {
            "window": {
                "since": self.facts.since.isoformat(),
                "until": self.facts.until.isoformat(),
            },
            "headline": self.diagnosis.headline,
            "metrics": {
                **self.facts.metrics,
                **self.facts.evidence.metrics(),
                "weekly": [
                    {
                        "week": w["week"].isoformat(),
                        "meetings": w["total"],
                        **{a: w[a] for a in AUDIENCES},
                    }
                    for w in self.weekly
                ],
            },
            "findings": [f.to_json() for f in self.diagnosis.findings],
            "actions": [a.to_json() for a in self.diagnosis.actions],
        }


def run_diagnosis(
    user: User, *, since: date | None = None, until: date | None = None, now: datetime | None = None
) -> Report:
    """Return the user's diagnosis over the window (default: the last 90 days)."""
    facts, weekly = build_facts(user, since=since, until=until, now=now)
    return Report(facts, diagnose(facts), weekly)
