"""Save versions of the two-minute profile with their analysis."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from rapport.accounts.models import Workspace
from rapport.profile.models import Pitch


def save_pitch(user: Any, text: str) -> Pitch:
    """Store ``text`` as a new version of the user's profile and return it."""
    workspace, _ = Workspace.objects.get_or_create(owner=user)
    wpm = workspace.words_per_minute
    words = len(text.split())
    return Pitch.objects.create(
        owner=user,
        text=text,
        words=words,
        seconds=round(words / wpm * 60) if wpm else 0,
        words_per_minute=wpm,
        created_at=timezone.now(),
    )
