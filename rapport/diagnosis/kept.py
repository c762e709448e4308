"""The diagnosis kept per workspace while nothing it depends on has changed.

A diagnosis of 30,000 contacts and 10,000 meetings costs a second or more on a busy
server; the page is opened far more often than the data changes. A kept report is used
again only while the workspace's data version (rapport/accounts/versions.py) is the same,
and only until the next thing time alone can change: the start of the next meeting (it
becomes a meeting that happened) or midnight in the workspace's zone (the window moves).
Reports are kept in the "kept" cache, one table shared by every server process. Where the
database keeps no versions (SQLite), nothing is kept.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.core.cache import caches
from django.utils import timezone

from rapport.accounts.versions import data_version
from rapport.diagnosis.services import Report, run_diagnosis
from rapport.meetings.models import Interaction

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def diagnosis_for(user: User, *, since: date | None = None, until: date | None = None) -> Report:
    """Return the user's diagnosis, computed anew only when something it reads changed."""
    version = data_version(user)
    if version is None:
        return run_diagnosis(user, since=since, until=until)
    now = timezone.now()
    key = f"diagnosis:{user.pk}:{version}:{since}:{until}:{timezone.get_current_timezone_name()}"
    kept = caches["kept"].get(key)
    if kept is not None and now < kept[0]:
        report: Report = kept[1]
        return report
    report = run_diagnosis(user, since=since, until=until, now=now)
    caches["kept"].set(key, (_good_until(user, now), report))
    return report


def _good_until(user: User, now: datetime) -> datetime:
    local = timezone.localtime(now)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    next_meeting = (
        Interaction.objects.owned_by(user)
        .filter(start__gt=now)
        .order_by("start")
        .values_list("start", flat=True)
        .first()
    )
    return min(filter(None, (midnight, next_meeting, now + timedelta(hours=1))))


def forget() -> None:
    """Drop every kept report (tests)."""
    caches["kept"].clear()
