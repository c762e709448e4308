"""Log what came of a meeting: the ask, the handbill, a referral, a give, the follow-ups."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q

from rapport.contacts.models import Contact
from rapport.core.errors import InputError
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import FollowUp, Interaction

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Interaction fields the outcome form writes as they are: values (None: not logged), texts.
VALUE_FIELDS = (
    "ask_made",
    "handbill_given",
    "referral_received",
    "follow_up_on",
    "thank_you_sent_on",
)
TEXT_FIELDS = ("ask_text", "referral_note", "notes")


@transaction.atomic
def log_outcome(
    user: User, meeting: Interaction, data: dict[str, Any], *, now: datetime, zone: tzinfo
) -> list[str]:
    """Save ``data`` (OutcomeForm.cleaned_data) on ``meeting``; return what was added, in words.

    A referral naming someone records an Introduction (kept in step when the name is
    corrected), a give records a Give, and a follow-up date keeps one open FollowUp.
    """
    if meeting.start > now:
        raise InputError("this meeting has not happened yet: log its outcome once it has")
    added: list[str] = []
    today = now.astimezone(zone).date()
    previous_referral = meeting.referral_note
    for name in VALUE_FIELDS:
        setattr(meeting, name, data.get(name))
    for name in TEXT_FIELDS:
        setattr(meeting, name, (data.get(name) or "").strip())
    people = {c.pk: c for c in meeting.contacts.all()}
    if meeting.referral_note:
        said = _introduction(user, meeting, previous_referral, data, people, today)
        added += [said] if said else []
    if data.get("give_kind"):
        give = Give.objects.create(
            owner=user,
            contact=people[data["give_to"]],
            interaction=meeting,
            kind=data["give_kind"],
            note=data["give_note"],
            given_on=min(meeting.start.astimezone(zone).date(), today),
        )
        added.append(f"Recorded what you gave {give.contact.full_name}.")
    _follow_up(user, meeting, data, people, now)
    logged = [getattr(meeting, name) for name in (*VALUE_FIELDS, "ask_text", "referral_note")]
    if added or any(value not in (None, "") for value in logged):
        meeting.outcome_logged_at = now
    elif not (meeting.gives.exists() or _introductions(user, meeting).exists()):
        meeting.outcome_logged_at = None
    meeting.save()
    return added


def _introductions(user: User, meeting: Interaction) -> Any:
    return Introduction.objects.owned_by(user).filter(interaction=meeting)


def _introduction(
    user: User,
    meeting: Interaction,
    previous: str,
    data: dict[str, Any],
    people: dict[int, Contact],
    today: date,
) -> str:
    """Record, correct or mark made the introduction the referral names; return it in words.

    The form cannot show an introduction's status without a query per row, so it offers
    "promised" each time: only "made" changes a recorded status, never back.
    """
    name = meeting.referral_note
    # A corrected name is the same introduction, not a second one.
    same = Q()
    for said in filter(None, (previous, name)):
        same |= Q(to_name=said[:300]) | Q(to_contact__full_name__iexact=said)
    intro = _introductions(user, meeting).filter(same).order_by("pk").first()
    made = data.get("intro_status") == "made"
    if intro is not None and name == previous:
        if not made or intro.status == "made":
            return ""
        intro.status = "made"
        intro.save(update_fields=["status"])
        return f"The introduction to {name} is made."
    to_contact = (
        Contact.objects.owned_by(user).filter(full_name__iexact=name).order_by("pk").first()
    )
    values = {
        "from_contact": people.get(data.get("intro_from") or 0),
        "to_contact": to_contact,
        "to_name": "" if to_contact else name[:300],
    }
    if intro is None:
        status = "made" if made else "promised"
        Introduction.objects.create(
            owner=user, interaction=meeting, created_on=today, status=status, **values
        )
        return f"Recorded an introduction to {name}."
    for field, value in values.items():
        setattr(intro, field, value)
    if made:
        intro.status = "made"
    intro.save()
    return f"Updated the introduction to {name}."


def _follow_up(
    user: User,
    meeting: Interaction,
    data: dict[str, Any],
    people: dict[int, Contact],
    now: datetime,
) -> None:
    """Keep one open follow-up for the meeting in step with its follow-up date."""
    open_ = meeting.follow_ups.filter(kind="follow_up", done_at__isnull=True).first()
    due = meeting.follow_up_on
    if open_ is not None and data.get("follow_up_done"):
        open_.done_at = now
        open_.save(update_fields=["done_at"])
    elif due is None and open_ is not None:
        open_.delete()
    elif due is not None and open_ is not None:
        if open_.due_on != due:
            open_.due_on = due
            open_.save(update_fields=["due_on"])
    elif due is not None and not meeting.follow_ups.filter(kind="follow_up", due_on=due).exists():
        FollowUp.objects.create(
            owner=user,
            kind="follow_up",
            interaction=meeting,
            contact=next(iter(people.values()), None),
            due_on=due,
        )
