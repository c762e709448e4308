"""The handbill: its content from the plan and profile, its share link, and who got it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse

from rapport.accounts.models import new_token
from rapport.contacts.models import Contact
from rapport.core.handbill import (
    Choices,
    HandbillContent,
    build_handbill,
    default_summary,
)
from rapport.core.handbill_choices import stored_choices
from rapport.core.plan import PlanData
from rapport.core.search_words import folded
from rapport.handbill.models import Handbill
from rapport.lib.links import reachable_elsewhere
from rapport.meetings.models import Interaction
from rapport.plan.services import load_plan
from rapport.profile.services import latest_pitch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: "I gave it at a meeting" marks the person's most recent meeting within this many days.
RECENT_MEETING_DAYS = 14
HOW = ("meeting", "email")
SEARCH_LIMIT = 8


def handbill_for(user: User) -> Handbill:
    """Return the user's handbill choices; the defaults, unsaved, before the first save.

    Unsaved, so that looking at the handbill writes nothing (a workspace that only looked
    stays empty, and the demo can still be loaded into it).
    """
    return Handbill.objects.filter(owner=user).first() or Handbill(owner=user)


def _handbill_to_change(user: User) -> Handbill:
    handbill, _ = Handbill.objects.get_or_create(owner=user)
    return handbill


def choices_of(handbill: Handbill, paper: str | None = None) -> Choices:
    return Choices(
        summary=handbill.summary,
        companies=tuple(handbill.companies),
        sections=tuple(handbill.sections),
        paper=paper or handbill.paper,
    )


@dataclass(frozen=True)
class Sources:
    """What a handbill is made from: the plan and the latest profile's text."""

    plan: PlanData
    pitch_text: str

    @property
    def summary_default(self) -> str:
        """Return the summary used when the user writes none."""
        return default_summary(self.pitch_text, self.plan.person.headline)


#: A profile flagged for these should not open the handbill too (the demo's begins with a
#: husband, two children and a golden retriever): the plan's headline stands in instead.
NOT_FOR_PRINT = frozenset({"family-trivia", "job-history-recital", "education-trivia"})


def sources_for(user: User) -> Sources:
    """Return the plan and, unless it is flagged as trivia, the latest profile's text."""
    pitch = latest_pitch(user)
    if pitch is None:
        return Sources(load_plan(user), "")
    flags = {flag.get("code") for flag in (pitch.analysis or {}).get("flags", [])}
    return Sources(load_plan(user), "" if flags & NOT_FOR_PRINT else pitch.text)


def content_for(
    user: User,
    handbill: Handbill | None = None,
    *,
    absolute: Callable[[str], str] | None = None,
    paper: str | None = None,
    sources: Sources | None = None,
) -> HandbillContent:
    """Return the user's handbill as plain content, ready for any format.

    ``absolute`` turns a path into a full address (the request knows the host); without
    it (the CLI) the share link cannot be printed and the QR code opens the booking page.
    """
    handbill = handbill or handbill_for(user)
    sources = sources or sources_for(user)
    share_url = ""
    if handbill.share_token and absolute is not None:
        share_url = absolute(reverse("handbill-public", args=[handbill.share_token]))
    return build_handbill(
        sources.plan,
        choices_of(handbill, paper),
        pitch_text=sources.pitch_text,
        share_url=share_url,
        share_is_local=not reachable_elsewhere(),
    )


def save_choices(
    user: User, *, summary: str, paper: str, companies: Sequence[str], sections: Sequence[str]
) -> Handbill:
    """Store the editor's choices; a summary equal to the default is stored as empty.

    Stored empty, the summary keeps following the latest profile as it changes.
    """
    handbill = _handbill_to_change(user)
    sources = sources_for(user)
    summary = summary.strip()
    handbill.summary = "" if summary == sources.summary_default else summary
    handbill.paper = paper
    handbill.companies, handbill.sections = stored_choices(sources.plan, companies, sections)
    handbill.save()
    return handbill


def share(user: User, *, renew: bool = False) -> str:
    """Turn the share link on (a new address when ``renew``); return its token."""
    handbill = _handbill_to_change(user)
    if renew or not handbill.share_token:
        handbill.share_token = new_token()
        handbill.save(update_fields=["share_token", "updated_at"])
    return handbill.share_token


def revoke(user: User) -> None:
    """Turn the share link off: its address answers 404 from now on."""
    Handbill.objects.filter(owner=user).update(share_token="")


def shared_handbill(token: str) -> Handbill | None:
    """Return the handbill ``token`` opens, or None for a wrong or revoked token."""
    if not token:
        return None
    return Handbill.objects.filter(share_token=token).select_related("owner").first()


def find_contacts(user: User, query: str) -> QuerySet[Contact]:
    """Return the user's contacts whose name, company or position holds every word."""
    found = Contact.objects.owned_by(user)
    words = folded(query).split()[:5]
    if not words:
        return Contact.objects.none()
    for word in words:
        found = found.filter(search_text__contains=word)
    return found.order_by("full_name", "id")[:SEARCH_LIMIT]


@transaction.atomic
def log_handbill_given(
    user: User, contact: Contact, how: str, when: datetime
) -> tuple[Interaction, bool]:
    """Record that ``contact`` got the handbill; return the interaction and whether it is new.

    ``how="meeting"`` marks their most recent past networking meeting of the last two
    weeks, or logs a meeting at ``when`` if there is none; ``how="email"`` logs an email.
    Either way the diagnosis (``no-handbill``) counts it.
    """
    if how not in HOW:
        raise ValueError(f"how must be one of {', '.join(HOW)}, not {how!r}")
    if contact.owner_id != user.pk:
        raise ValueError("that contact belongs to someone else")
    if how == "meeting":
        recent = (
            Interaction.objects.owned_by(user)
            .networking()
            .filter(contacts=contact, start__lte=when)
            .filter(start__gte=when - timedelta(days=RECENT_MEETING_DAYS))
            .exclude(kind="email")
            .order_by("-start", "-id")
            .first()
        )
        if recent is not None:
            recent.handbill_given = True
            recent.outcome_logged_at = when
            recent.save(update_fields=["handbill_given", "outcome_logged_at"])
            return recent, False
    summary = (
        f"Met {contact.full_name}: gave my handbill"
        if how == "meeting"
        else f"Emailed my handbill to {contact.full_name}"
    )
    interaction = Interaction.objects.create(
        owner=user,
        summary=summary[:500],
        start=when,
        kind=how,
        networking=True,
        networking_reason="You logged giving your handbill.",
        source="manual",
        handbill_given=True,
        outcome_logged_at=when,
    )
    interaction.contacts.add(contact)
    return interaction, True
