"""The one home of the user's time: their workspace zone and what "today" is for them.

Times are stored in UTC; every page and command shows them in the workspace's zone, and
every rule that needs a date gets it from ``today_for(user)``, never from the server clock.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from django.db import transaction
from django.utils import timezone

from rapport.accounts.models import Workspace
from rapport.accounts.signals import zone_changed

if TYPE_CHECKING:
    from django.contrib.auth.models import User

UTC = zoneinfo.ZoneInfo("UTC")


#: Where the request's user carries the zone the middleware read, so a page reads it once.
REQUEST_ZONE = "_rapport_workspace_zone"


def workspace_zone(user: User) -> zoneinfo.ZoneInfo:
    """Return the zone the user's times are shown in (UTC when unset or unknown)."""
    known: zoneinfo.ZoneInfo | None = getattr(user, REQUEST_ZONE, None)
    if known is not None:
        return known
    workspace = loaded_workspace(user)
    if workspace is not None:
        name: str | None = workspace.time_zone
    else:
        name = Workspace.objects.filter(owner=user).values_list("time_zone", flat=True).first()
    return zone_named(name)


def zone_named(name: str | None) -> zoneinfo.ZoneInfo:
    """Return the zone called ``name``, or UTC when it is empty or unknown."""
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


@transaction.atomic
def change_time_zone(user: User, workspace: Workspace, zone: str) -> list[str]:
    """Set ``workspace``'s zone to ``zone`` and move what was anchored to the old one.

    Every place that changes the zone goes through here, so that what the apps store as
    "midnight where the user is" (an all-day meeting) moves with it, in the same
    transaction. Return what the apps say to the user about it (plain English).
    """
    # The zone in the database, locked, not the one read with the page: two changes at
    # once must each move the rows from where the other left them.
    old = (
        Workspace.objects.select_for_update()
        .filter(pk=workspace.pk)
        .values_list("time_zone", flat=True)
        .get()
    )
    workspace.time_zone = zone
    if old == zone:
        return []
    Workspace.objects.filter(pk=workspace.pk).update(time_zone=zone)
    replies = zone_changed.send(
        sender=Workspace, user=user, old=zone_named(old), new=zone_named(zone)
    )
    return [str(reply) for _receiver, reply in replies if reply]


def loaded_workspace(user: User) -> Workspace | None:
    """Return the workspace read with the signed-in user (rapport/accounts/backends.py), or
    None when it was not read with them (a user loaded some other way, or without one)."""
    reverse = Workspace._meta.get_field("owner").remote_field
    if not reverse.is_cached(user):
        return None
    return cast("Workspace | None", reverse.get_cached_value(user))


def now_for(user: User) -> datetime:
    """Return the current time in the user's zone (aware)."""
    return timezone.now().astimezone(workspace_zone(user))


def today_for(user: User) -> date:
    """Return today's date in the user's time zone."""
    return now_for(user).date()
