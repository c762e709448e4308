"""All-day meetings stand for dates, and keep them when the workspace's time zone changes.

A date has no zone, but every time is stored in UTC: an all-day meeting is stored as
midnight of its date where the user is (rapport/formats/ics.py), and its end as midnight
of the day after its last. When the user changes their zone, those midnights are moved
to the same dates in the new zone; left at the old ones, a 24 March career fair showed
as 23 March after a move west, and a re-import reported every all-day event as updated.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.db.models import F

from rapport.imports.models import ImportChange
from rapport.meetings.models import Interaction

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Meetings read, or moved by one UPDATE, at a time.
BATCH = 1000
_HALF_DAY = timedelta(hours=12)
_NONE = timedelta(0)
_MEETING = "meetings.interaction"


def day_of(moment: datetime, zone: ZoneInfo) -> date:
    """Return the date whose midnight in ``zone`` is nearest to ``moment``.

    An all-day start is that midnight exactly. The nearest one also reads right a start
    stored an hour off it: before the demo moved all-day events by dates it moved them by
    whole weeks of UTC, which across a change of the clocks left them at 23:00 or 01:00.
    """
    return (moment.astimezone(zone) + _HALF_DAY).date()


def midnight(day: date, zone: ZoneInfo) -> datetime:
    """Return midnight at the start of ``day`` in ``zone``, in UTC."""
    return datetime.combine(day, time(), zone).astimezone(UTC)


def moved_by_days(moment: datetime, days: int, zone: ZoneInfo) -> datetime:
    """Return the all-day bound ``moment`` moved by ``days`` dates, at midnight in ``zone``."""
    return midnight(day_of(moment, zone) + timedelta(days=days), zone)


def keep_all_day_dates(user: User, old: ZoneInfo, new: ZoneInfo) -> int:
    """Move ``user``'s all-day meetings from midnights in ``old`` to the same dates in
    ``new``; return how many moved.

    Run inside the transaction that changes the zone. The earlier values an import keeps
    to undo it move too, so an undo after the change puts back the right date. Other
    meetings are moments, not dates, and stay where they are.
    """
    all_day: set[int] = set()
    # A meeting moves by the difference between the two zones' midnights on its dates:
    # between two zones only a handful of differences occur (each side's clock changes),
    # so the meetings that move alike move in one UPDATE, BATCH ids at a time. (Django's
    # bulk_update writes a CASE per row and took 4 s for 5,000 meetings.)
    moves: dict[tuple[timedelta, timedelta], list[int]] = {}
    last = 0
    mine = Interaction.objects.owned_by(user).filter(all_day=True).order_by("pk")
    while True:
        rows = list(mine.filter(pk__gt=last).values_list("pk", "start", "end")[:BATCH])
        if not rows:
            break
        last = rows[-1][0]
        for pk, start, end in rows:
            all_day.add(pk)
            move = (_move(start, old, new), _move(end, old, new) if end else _NONE)
            if move != (_NONE, _NONE):
                moves.setdefault(move, []).append(pk)
    for (start_by, end_by), pks in moves.items():
        for first in range(0, len(pks), BATCH):
            Interaction.objects.filter(pk__in=pks[first : first + BATCH]).update(
                start=F("start") + start_by, end=F("end") + end_by
            )
    _keep_undo_dates(user, all_day, old, new)
    return sum(map(len, moves.values()))


def _move(moment: datetime, old: ZoneInfo, new: ZoneInfo) -> timedelta:
    """Return how far the all-day bound ``moment`` (in ``old``) moves to its date in ``new``."""
    return midnight(day_of(moment, old), new) - moment


def _keep_undo_dates(user: User, all_day: set[int], old: ZoneInfo, new: ZoneInfo) -> None:
    """Move the all-day starts and ends that imports keep to undo an update.

    ``all_day`` holds the ids of the user's meetings that are all day now.
    """
    changes = ImportChange.objects.filter(
        owner=user,
        model=_MEETING,
        action=ImportChange.UPDATED,
        before__has_any_keys=["start", "end"],
    ).only("pk", "object_id", "before")
    changed = []
    for change in changes.iterator(chunk_size=BATCH):
        before: dict[str, Any] = change.before
        # The meeting was all day then if the import changed that too, else it is now.
        if not before.get("all_day", change.object_id in all_day):
            continue
        for name in ("start", "end"):
            if before.get(name):
                value = datetime.fromisoformat(before[name])
                before[name] = midnight(day_of(value, old), new).isoformat()
        changed.append(change)
    ImportChange.objects.bulk_update(changed, ["before"], batch_size=BATCH)


def zone_changed(sender: Any, user: User, old: ZoneInfo, new: ZoneInfo, **kwargs: Any) -> str:
    """Keep the dates of ``user``'s all-day meetings; return what to tell them, or ""."""
    moved = keep_all_day_dates(user, old, new)
    if not moved:
        return ""
    if moved == 1:
        return "1 all-day meeting kept its date in the new time zone."
    return f"{moved:,} all-day meetings kept their dates in the new time zone."
