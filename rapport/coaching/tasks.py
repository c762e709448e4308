"""A client's roster figures brought up to date by the worker, soon after their data changes.

On a hosted server (RAPPORT_TASKS=queue) a change marks the figures stale and queues this
task once per client until it has run, so the coach's roster shows them fresh without
waiting for its own time budget. In local mode nothing is queued: the task backend would run
it inside the user's request, and the roster refreshes what it shows anyway.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django_tasks import task

from rapport.coaching import summary
from rapport.coaching.models import Summary


@task()
def refresh_clients(owner_ids: list[int]) -> int:
    """Refresh the figures of those of ``owner_ids`` still stale; return how many."""
    stale = set(
        Summary.objects.filter(owner_id__in=owner_ids, stale=True).values_list(
            "owner_id", flat=True
        )
    )
    clients = User.objects.filter(pk__in=stale, is_active=True)
    for client in clients:
        summary.refresh(client)
    return len(clients)
