"""Touches as the CLI and the pages show them: a row each, and the last contact per person."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Max

from rapport.touches.models import Touch

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def touch_json(touch: Touch, contact_name: str | None) -> dict[str, Any]:
    """Return the CLI's JSON for one touch (documented in docs/cli.md)."""
    return {
        "when": touch.when,
        "channel": touch.channel,
        "direction": touch.direction,
        "kind": touch.kind,
        "contact_id": touch.contact_id,
        "contact": contact_name if touch.contact_id else (touch.person_name or None),
        "thread": touch.thread,
        "source": touch.source,
        "reason": touch.reason,
        "reply_business_days": touch.reply_days,
    }


def last_contacts(
    user: User, contact_ids: Iterable[int], meetings: dict[int, datetime] | None = None
) -> dict[int, dict[str, Any]]:
    """Return, per contact id, the last contact: ``{"when", "channel", "direction"}``.

    ``meetings`` holds, per contact id, the start of their last meeting (already past),
    which counts as a contact on the "meeting" channel, both ways.
    """
    ids = list(contact_ids)
    latest = dict(
        Touch.objects.owned_by(user)
        .filter(contact_id__in=ids)
        .values("contact_id")
        .annotate(last=Max("when"))
        .values_list("contact_id", "last")
    )
    found: dict[int, dict[str, Any]] = {}
    if latest:
        rows = (
            Touch.objects.owned_by(user)
            .filter(contact_id__in=list(latest), when__in=set(latest.values()))
            .order_by("when", "id")
            .values_list("contact_id", "when", "channel", "direction")
        )
        for contact_id, when, channel, direction in rows:
            if contact_id is not None and when == latest[contact_id]:
                found[contact_id] = {"when": when, "channel": channel, "direction": direction}
    for contact_id, start in (meetings or {}).items():
        known = found.get(contact_id)
        if contact_id in ids and (known is None or start > known["when"]):
            found[contact_id] = {"when": start, "channel": "meeting", "direction": "both"}
    return found
