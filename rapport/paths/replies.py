"""Who answered the user's first messages, and how fast, from touches and logged messages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from rapport.accounts.clock import workspace_zone
from rapport.core.replies import Latency, Note, TouchRow, latency, notes_from
from rapport.paths.models import Outreach
from rapport.touches.models import Touch

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from django.contrib.auth.models import User


def notes_for(user: User, contact_ids: Iterable[int], zone: ZoneInfo) -> dict[int, list[Note]]:
    """Return, per contact id, every touch with them and every first message logged to them."""
    ids = list(contact_ids)
    touches: dict[int, list[TouchRow]] = defaultdict(list)
    for contact_id, *row in (
        Touch.objects.owned_by(user)
        .filter(contact_id__in=ids)
        .values_list("contact_id", "id", "when", "direction", "channel", "signals")
    ):
        touches[contact_id].append((row[0], row[1], row[2], row[3], row[4] or ()))
    logged: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for pk, contact_id, sent_on in (
        Outreach.objects.owned_by(user)
        .filter(contact_id__in=ids, sent_on__isnull=False)
        .values_list("id", "contact_id", "sent_on")
    ):
        if sent_on is not None:
            logged[contact_id].append((pk, sent_on))
    return {
        contact_id: notes_from(touches.get(contact_id, ()), logged.get(contact_id, ()), zone)
        for contact_id in set(touches) | set(logged)
    }


def latencies(user: User, contact_ids: Iterable[int], today: date) -> dict[int, Latency]:
    """Return, per contact id written to first, how they answered: booster, obligate, …"""
    zone = workspace_zone(user)
    found = {}
    for contact_id, notes in notes_for(user, contact_ids, zone).items():
        verdict = latency(notes, zone, today)
        if verdict is not None:
            found[contact_id] = verdict
    return found
