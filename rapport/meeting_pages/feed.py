"""The follow-up feed: what is due (thank-yous and open follow-ups), and its private URL.

The same list serves the feed that calendar apps subscribe to and the "due" box on the
meetings page, so both always agree.
"""

from __future__ import annotations

import hashlib
import zoneinfo
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Prefetch, QuerySet

from rapport.accounts.clock import loaded_workspace
from rapport.accounts.models import Workspace, new_token
from rapport.contacts.models import Contact
from rapport.formats.ics_feed import FeedItem
from rapport.meetings.models import FollowUp, Interaction, networking_q
from rapport.meetings.queries import time_moves_at

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: METHOD.md §6: a thank-you within 24 hours of the meeting.
THANK_YOU_WITHIN = timedelta(days=1)
#: Meetings this recent still get a thank-you reminder; older ones are past helping.
THANK_YOU_LOOKBACK = timedelta(days=14)
#: Group meetings and events (a weekly job-search group, a job fair) call for no thank-you
#: note: a reminder after every one would teach the user to ignore the feed.
NO_THANK_YOU_KINDS = ("group", "event")
#: More people met than this, and the reminder names the meeting instead of them.
NAMED_AT_MOST = 2
#: Open follow-ups in one feed, earliest first: a calendar needs no more.
MAX_FOLLOW_UPS = 500
FEED_NAME = "Rapport follow-ups"
LABELS = {
    "thank_you": "Send a thank-you",
    "follow_up": "Follow up",
    "report_back": "Report back",
    "outreach_follow_up": "Follow up on your message",
    "second_person": "Reach a second person",
    "keep_in_touch": "Keep in touch",
}


def due_items(
    user: User,
    *,
    now: datetime,
    zone: zoneinfo.ZoneInfo,
    url_for: Callable[[int], str],
    uid_key: str = "",
) -> list[FeedItem]:
    """Return the thank-yous and open follow-ups due for ``user``, earliest first.

    ``url_for`` gives a meeting's page address; ``uid_key`` makes the UIDs unique to one
    feed, so two Rapport workspaces subscribed in one calendar never clash.
    """
    suffix = f".{uid_key}@rapport" if uid_key else "@rapport"
    names_only = Prefetch("contacts", queryset=Contact.objects.only("id", "full_name"))
    meetings = _awaiting_thanks(user, now).prefetch_related(names_only)
    items = []
    thanked: set[int] = set()
    for meeting in meetings:
        thanked.add(meeting.pk)
        start = meeting.start.astimezone(zone)
        people = [c.full_name for c in meeting.contacts.all()]
        names = ", ".join(people) if 0 < len(people) <= NAMED_AT_MOST else meeting.summary
        items.append(
            FeedItem(
                uid=f"thank-you-{meeting.pk}{suffix}",
                summary=f"{LABELS['thank_you']}: {names}",
                due=(start + THANK_YOU_WITHIN).date(),
                description=f"{meeting.summary}, {start:%a %d %b %H:%M}",
                url=url_for(meeting.pk),
            )
        )
    follow_ups = (
        FollowUp.objects.owned_by(user)
        .filter(done_at__isnull=True)
        .select_related("contact", "interaction")
        .order_by("due_on", "pk")[:MAX_FOLLOW_UPS]
    )
    for follow_up in follow_ups:
        linked = follow_up.interaction
        if follow_up.kind == "thank_you" and linked is not None and linked.pk in thanked:
            continue  # the reminder above already asks for this thank-you
        who = follow_up.contact.full_name if follow_up.contact else ""
        about = linked.summary if linked else ""
        items.append(
            FeedItem(
                uid=f"follow-up-{follow_up.pk}{suffix}",
                summary=f"{LABELS.get(follow_up.kind, 'Follow up')}: {who or about or 'a contact'}",
                due=follow_up.due_on,
                description="\n".join(filter(None, [follow_up.note, about])),
                url=url_for(linked.pk) if linked else "",
            )
        )
    items += outreach_items(user, now.astimezone(zone).date(), suffix)
    return sorted(items, key=lambda item: (item.due, item.uid))


def due_items_until(user: User, now: datetime) -> datetime:
    """Return when time alone next changes ``due_items``: a meeting starts, a day ends,
    or a meeting's thank-you reminder leaves its window."""
    moves = time_moves_at(user, now)
    oldest = _awaiting_thanks(user, now).values_list("start", flat=True).first()
    return min(moves, oldest + THANK_YOU_LOOKBACK) if oldest else moves


def _awaiting_thanks(user: User, now: datetime) -> QuerySet[Interaction]:
    """Return the recent networking meetings that still want a thank-you, oldest first."""
    return (
        Interaction.objects.owned_by(user)
        .filter(networking_q())
        .filter(thank_you_sent_on__isnull=True, start__gte=now - THANK_YOU_LOOKBACK, start__lte=now)
        .exclude(kind__in=NO_THANK_YOU_KINDS)
        .order_by("start")
    )


#: The feed looks this far ahead for 3B7 steps, so a calendar shows them on their day.
OUTREACH_HORIZON_DAYS = 14


def outreach_items(user: User, today: Any, suffix: str) -> list[FeedItem]:
    """Return the 3B7 steps (second person after 3 business days, follow-up after 7)."""
    from rapport.paths.routine import due_outreach_actions

    return [
        FeedItem(
            uid=f"{step.uid}{suffix}",
            summary=f"{LABELS.get(step.kind, 'Follow up')}: "
            f"{step.contact_name or step.target_name}",
            due=step.due_on,
            description=f"{step.text}\n{step.reason}",
        )
        for step in due_outreach_actions(user, today, horizon_days=OUTREACH_HORIZON_DAYS)
    ]


def feed_token(user: User) -> str:
    """Return the user's feed token, or "" when the feed is off."""
    workspace = loaded_workspace(user)
    if workspace is not None:
        return workspace.follow_up_feed_token
    token = Workspace.objects.filter(owner=user).values_list("follow_up_feed_token", flat=True)
    return token.first() or ""


def enable_feed(user: User) -> str:
    """Turn the feed on (a new private address if it was off); return its token."""
    workspace, _ = Workspace.objects.get_or_create(owner=user)
    if not workspace.follow_up_feed_token:
        workspace.follow_up_feed_token = new_token()
        workspace.save(update_fields=["follow_up_feed_token"])
    return workspace.follow_up_feed_token


def revoke_feed(user: User) -> None:
    """Turn the feed off: its address answers 404 from now on."""
    Workspace.objects.filter(owner=user).update(follow_up_feed_token="")


def owner_of_feed(token: str) -> Any | None:
    """Return the user whose feed ``token`` opens, or None for a wrong or revoked token."""
    if not token:
        return None
    workspace = Workspace.objects.filter(follow_up_feed_token=token).select_related("owner").first()
    return workspace.owner if workspace else None


def uid_key(token: str) -> str:
    """Return a short key derived from the token, for UIDs (the token itself stays secret)."""
    return hashlib.sha256(token.encode()).hexdigest()[:10]
