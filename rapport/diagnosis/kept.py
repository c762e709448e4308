"""The diagnosis kept per workspace while nothing it depends on has changed.

A diagnosis of 30,000 contacts and 10,000 meetings costs a second or more on a busy
server; the page is opened far more often than the data changes. It is kept
(rapport/accounts/kept.py) under the workspace's data version, and only until the next
thing time alone can change: the start of the next meeting (it becomes a meeting that
happened) or midnight in the workspace's zone (the window moves).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from django.utils import timezone

from rapport.accounts.kept import forget, kept
from rapport.diagnosis.services import Report, run_diagnosis
from rapport.meetings.queries import time_moves_at

if TYPE_CHECKING:
    from django.contrib.auth.models import User

__all__ = ["diagnosis_for", "forget"]


def diagnosis_for(user: User, *, since: date | None = None, until: date | None = None) -> Report:
    """Return the user's diagnosis, computed anew only when something it reads changed."""

    def compute(now: datetime) -> Report:
        return run_diagnosis(user, since=since, until=until, now=now)

    def good_until(now: datetime, _report: Report) -> datetime:
        return time_moves_at(user, now)

    name = f"diagnosis:{since}:{until}:{timezone.get_current_timezone_name()}"
    return kept(user, name, compute, good_until)
