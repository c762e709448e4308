"""The coach's roster: one row per client from the stored figures, sorted, filtered, grouped.

Pure arrangement of figures already computed (rapport/coaching/summary.py): nothing here
reads a client's contacts or meetings.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.contrib.auth.models import User

from rapport.coaching import summary
from rapport.coaching.models import Cohort
from rapport.coaching.sharing import clients_of
from rapport.formats.spreadsheet_cells import guarded

#: Sort keys the page offers, with the words of its menu.
SORTS = {
    "name": "Name",
    "errors": "Most serious findings",
    "meetings": "Fewest meetings a week",
    "quiet": "Longest without activity",
    "overdue": "Most overdue follow-ups",
}


#: How long a roster page may spend bringing clients' figures up to date (seconds).
PAGE_BUDGET = 0.3


@dataclass
class Row:
    client: User
    figures: dict[str, Any]
    cohorts: list[str]
    days_quiet: int | None
    #: The day the figures were computed, and whether newer data waits to be counted.
    as_of: date | None = None
    behind: bool = False

    @property
    def below_goal(self) -> bool:
        goal = self.figures.get("goal_per_week")
        return bool(goal) and self.figures.get("meetings_per_week", 0) < goal


@dataclass
class Totals:
    name: str
    clients: int = 0
    errors: int = 0
    below_goal: int = 0
    overdue_follow_ups: int = 0
    steps_3b7_due: int = 0
    rows: list[Row] = field(default_factory=list)


def rows_for(coach: User, today: date, budget: float | None = None) -> list[Row]:
    """Return one row per client of ``coach``, by name, with figures refreshed within ``budget``."""
    clients = clients_of(coach)
    figures = summary.fresh(clients, budget)
    names: dict[int, list[str]] = {}
    for cohort in Cohort.objects.owned_by(coach).prefetch_related("clients"):
        for member in cohort.clients.all():
            names.setdefault(member.pk, []).append(cohort.name)
    rows = []
    for client in clients:
        shown = figures[client.pk]
        last = shown.figures.get("last_activity")
        quiet = (today - date.fromisoformat(last)).days if last else None
        cohorts = names.get(client.pk, [])
        rows.append(Row(client, shown.figures, cohorts, quiet, shown.as_of, shown.behind))
    return rows


def arranged(rows: list[Row], sort: str = "name", cohort: str = "", query: str = "") -> list[Row]:
    """Return ``rows`` in the cohort and matching the query, in the chosen order."""
    if cohort:
        rows = [r for r in rows if cohort in r.cohorts]
    if query:
        needle = query.casefold()
        rows = [r for r in rows if needle in r.client.username.casefold()]
    keys = {
        "errors": lambda r: (-r.figures["findings"]["error"], -r.figures["findings"]["warning"]),
        "meetings": lambda r: r.figures["meetings_per_week"],
        "quiet": lambda r: -(r.days_quiet if r.days_quiet is not None else 10**6),
        "overdue": lambda r: -(r.figures["overdue_follow_ups"] + r.figures["steps_3b7_due"]),
    }
    key = keys.get(sort)
    return sorted(rows, key=key) if key else rows


def cohort_totals(rows: list[Row]) -> list[Totals]:
    """Return each cohort's totals (and "No cohort" for the rest), by cohort name."""
    groups: dict[str, Totals] = {}
    for row in rows:
        for name in row.cohorts or ["No cohort"]:
            totals = groups.setdefault(name, Totals(name))
            totals.clients += 1
            totals.errors += row.figures["findings"]["error"]
            totals.below_goal += row.below_goal
            totals.overdue_follow_ups += row.figures["overdue_follow_ups"]
            totals.steps_3b7_due += row.figures["steps_3b7_due"]
    return [groups[name] for name in sorted(groups)]


def as_json(rows: list[Row]) -> dict[str, Any]:
    """Return ``rapport coach clients --json`` (the shape docs/cli.md gives)."""
    keys = (
        "headline",
        "findings",
        "meetings_per_week",
        "goal_per_week",
        "decision_maker_meetings",
        "job_seeker_share",
        "overdue_follow_ups",
        "last_activity",
    )
    return {
        "clients": [{"user": r.client.username, **{k: r.figures[k] for k in keys}} for r in rows]
    }


def _cell(value: object) -> str:
    return guarded("" if value is None else str(value))


def as_csv(rows: list[Row]) -> str:
    """Return the roster as CSV, every cell that a spreadsheet would run written as text."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "Client",
            "Cohorts",
            "Diagnosis",
            "Errors",
            "Warnings",
            "Notes",
            "Unknown",
            "Meetings a week",
            "Goal a week",
            "Decision-maker meetings",
            "Share with job seekers",
            "Overdue follow-ups",
            "3B7 steps due",
            "Last activity",
            "Days without activity",
            "Figures of",
        ]
    )
    for r in rows:
        f = r.figures
        share = f["job_seeker_share"]
        writer.writerow(
            _cell(v)
            for v in (
                r.client.username,
                "; ".join(r.cohorts),
                f["headline"],
                f["findings"]["error"],
                f["findings"]["warning"],
                f["findings"]["info"],
                f["findings"]["unknown"],
                f["meetings_per_week"],
                f["goal_per_week"],
                f["decision_maker_meetings"],
                f"{share:.0%}" if share is not None else "",
                f["overdue_follow_ups"],
                f["steps_3b7_due"],
                f["last_activity"],
                r.days_quiet,
                r.as_of,
            )
        )
    return out.getvalue()
