"""Values kept per workspace while nothing they are computed from has changed.

A page that reads thousands of rows (the diagnosis, the first page of the contacts or the
meetings) is opened far more often than the data under it changes. A kept value is used
again only while the workspace's data version (rapport/accounts/versions.py) is the same,
and only until the moment its ``good_until`` names (when time alone changes it: a meeting
starts, a day ends). Values are kept in the "kept" cache, one table shared by every server
process. Where the database keeps no versions (SQLite), nothing is kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from django.core.cache import caches
from django.utils import timezone

from rapport.accounts.versions import data_version

if TYPE_CHECKING:
    from django.contrib.auth.models import User

T = TypeVar("T")


def kept(
    user: User,
    name: str,
    compute: Callable[[datetime], T],
    good_until: Callable[[datetime, T], datetime],
) -> T:
    """Return ``compute(now)``, computed anew only when the workspace's data changed.

    ``name`` tells the value apart from the workspace's others: what it is, and everything
    it depends on besides the data (filters, page, zone). A change to the value's shape
    takes a new name: every migrate drops what was kept, but a server still running the
    code before may keep one more value under the old name meanwhile.
    ``good_until(now, value)`` returns the moment time alone makes the value wrong.
    """
    # Read before computing: a write that lands meanwhile moves the version, and the value
    # kept under the old one is never read again.
    version = data_version(user)
    now = timezone.now()
    if version is None:
        return compute(now)
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    key = f"kept:{user.pk}:{version}:{digest}"
    found = caches["kept"].get(key)
    if found is not None and found[0] == name and now < found[1]:
        value: T = found[2]
        return value
    value = compute(now)
    caches["kept"].set(key, (name, good_until(now, value), value))
    return value


def forget() -> None:
    """Drop every kept value (tests, and after every migrate)."""
    caches["kept"].clear()


def forget_after_migrate(using: str = "default", **_: object) -> None:
    """Drop every kept value once the database is migrated (an upgrade, a server start)."""
    from django.conf import settings
    from django.db import connections

    location = settings.CACHES["kept"].get("LOCATION")
    # The table is made by createcachetable, after the first migrate: then nothing is kept.
    if location and location in connections[using].introspection.table_names():
        forget()
