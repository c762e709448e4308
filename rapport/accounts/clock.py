"""The one home of the user's time: their workspace zone and what "today" is for them.

Times are stored in UTC; every page and command shows them in the workspace's zone, and
every rule that needs a date gets it from ``today_for(user)``, never from the server clock.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from django.utils import timezone

from rapport.accounts.models import Workspace

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
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


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
