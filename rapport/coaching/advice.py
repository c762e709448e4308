"""What a coach gives a client: private notes, comments on findings, actions for the week.

Each write needs a share from the client: a coach whose access was revoked writes nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.models import User
from django.utils import timezone

from rapport.coaching.models import Assignment, Comment, Note, Share
from rapport.core.errors import InputError
from rapport.lib.prepared import Prepared

MAX_TEXT = 2000


def _text(text: str, limit: int = MAX_TEXT) -> str:
    text = text.strip()
    if not text:
        raise InputError("write something first")
    if len(text) > limit:
        raise InputError(f"keep it under {limit:,} characters")
    return text


def _sharing(coach: User, client: User) -> None:
    if not Share.objects.filter(owner=client, coach=coach).exists():
        raise InputError(f"{client.username} does not share with you")


def add_note(coach: User, client: User, text: str) -> Note:
    _sharing(coach, client)
    return Note.objects.create(owner=coach, client=client, text=_text(text))


def notes_on(coach: User, client: User) -> list[Note]:
    """Return the coach's own notes on the client, newest first."""
    return list(Note.objects.owned_by(coach).filter(client=client))


def comment(coach: User, client: User, code: str, text: str) -> Comment:
    _sharing(coach, client)
    return Comment.objects.create(owner=client, coach=coach, code=code[:64], text=_text(text))


def comments_for(client: User) -> list[Comment]:
    """Return the comments coaches left the client, oldest first."""
    return list(Comment.objects.owned_by(client).select_related("coach"))


def assign(coach: User, client: User, text: str, due_on: date | None = None) -> Assignment:
    _sharing(coach, client)
    return Assignment.objects.create(
        owner=client, coach=coach, text=_text(text, 500), due_on=due_on
    )


def assigned_by(coach: User, client: User) -> list[Assignment]:
    """Return what the coach gave the client, open ones first, with their done state."""
    return list(Assignment.objects.owned_by(client).filter(coach=coach))


def week_of(client: User) -> list[Assignment]:
    """Return the client's actions from coaches: open ones, and those done in the last 7 days."""
    recent = timezone.now() - timedelta(days=7)
    # The diagnosis (the home page) draws them on every view: a prepared query, and the
    # week's cut made here (a client has a few dozen actions at most).
    return [a for a in _actions_of(client.pk) if a.done_at is None or a.done_at >= recent]


_actions_of = Prepared(
    lambda owner: Assignment.objects.filter(owner_id=owner).select_related("coach"), int
)


def mark_done(assignment: Assignment, done: bool = True) -> None:
    assignment.done_at = timezone.now() if done else None
    assignment.save(update_fields=["done_at"])
