"""A client's stored roster figures go stale when their data changes.

The roster reads stored figures (rapport/coaching/summary.py) so its time does not grow
with a client's contacts. Any save or delete of a row that a client owns, in the apps whose
data the figures read, marks that client's summary stale once the transaction commits;
the roster refreshes stale summaries, and those of an earlier day, before it shows them,
and on a hosted server the worker refreshes them as soon as they go stale (tasks.py).
The other apps know nothing of this: the app listens to Django's own model signals.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

#: Apps whose rows change a client's figures (``touches``: LinkedIn message evidence).
WATCHED = frozenset(
    {"accounts", "contacts", "meetings", "paths", "plan", "imports", "ledger", "profile", "touches"}
)


class _MarkStale:
    """One callback per transaction, holding every client whose data it changed."""

    def __init__(self) -> None:
        self.owner_ids: set[int] = set()

    def __call__(self) -> None:
        from rapport.coaching.models import Summary

        fresh = Summary.objects.filter(owner_id__in=self.owner_ids, stale=False)
        newly = list(fresh.values_list("owner_id", flat=True))
        fresh.update(stale=True)
        if newly and settings.TASKS_MODE == "queue":
            from rapport.coaching.tasks import refresh_clients

            # Queued when the figures go stale, not at every write: one task per burst.
            refresh_clients.enqueue(sorted(newly))


def mark_stale(owner_id: int) -> None:
    """Mark ``owner_id``'s summary stale when the current transaction commits."""
    # Reused only within the same savepoint: rolling one back drops its owners alone.
    here = set(connection.savepoint_ids)
    for entry in connection.run_on_commit:
        savepoints, callback = entry[0], entry[1]  # (savepoints, callback, robust)
        if savepoints == here and isinstance(callback, _MarkStale):
            callback.owner_ids.add(owner_id)
            return
    pending = _MarkStale()
    pending.owner_ids.add(owner_id)
    transaction.on_commit(pending)


def _changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    if sender._meta.app_label not in WATCHED:
        return
    owner_id = getattr(instance, "owner_id", None)
    if owner_id is not None:
        mark_stale(owner_id)


def connect() -> None:
    post_save.connect(_changed, dispatch_uid="coaching-summary-save")
    post_delete.connect(_changed, dispatch_uid="coaching-summary-delete")
    m2m_changed.connect(_changed, dispatch_uid="coaching-summary-links")
