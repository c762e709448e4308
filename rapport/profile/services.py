"""The two-minute profile: analysed against the plan and pace, saved as versions, rehearsed."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from rapport.accounts.models import DEFAULT_WORDS_PER_MINUTE, Workspace
from rapport.core.errors import InputError
from rapport.core.pitch import Analysis, PitchContext, analyse
from rapport.plan.services import load_plan
from rapport.profile.models import Pitch, Rehearsal

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: The pace a user may set; METHOD.md §4 puts prepared speech at 100–165 words a minute.
MIN_WPM = 60
MAX_WPM = 260
#: Far beyond any profile (a 20,000-word paste is ~130,000 characters), yet it keeps a
#: stray multi-megabyte paste from being analysed on every keystroke.
MAX_CHARS = 200_000
#: The column's ceiling; a rehearsal timed at one second must still be storable.
MAX_MEASURED_WPM = 9_999


class PitchTextError(InputError):
    """A profile text that cannot be analysed or saved: empty, too long, not text."""


def clean_text(text: str, source: str | None = None) -> str:
    """Return ``text`` if it can be analysed; PitchTextError (naming ``source``) otherwise."""
    if "\x00" in text:
        raise PitchTextError("this is not plain text (it holds NUL characters)", file=source)
    if len(text) > MAX_CHARS:
        raise PitchTextError(
            f"{len(text):,} characters is far longer than a two-minute profile"
            f" (at most {MAX_CHARS:,}); paste the profile only",
            file=source,
        )
    return text


def workspace_for(user: User) -> Workspace:
    """Return the user's workspace, creating it on first use."""
    workspace, _ = Workspace.objects.get_or_create(owner=user)
    return workspace


def pitch_context(user: User, words_per_minute: int | None = None) -> PitchContext:
    """Return what the coach needs besides the text: the plan's targets and the pace.

    ``words_per_minute`` overrides the workspace's pace (the editor's unsaved setting).
    """
    plan = load_plan(user)
    if words_per_minute is None:
        # Read, not created: looking at an analysis must not write a workspace.
        saved = Workspace.objects.filter(owner=user).values_list("words_per_minute", flat=True)
        words_per_minute = saved.first() or DEFAULT_WORDS_PER_MINUTE
    return PitchContext(
        target_positions=tuple(plan.positions),
        target_industries=tuple(plan.industries),
        target_companies=tuple(company.name for company in plan.companies),
        words_per_minute=words_per_minute,
    )


def check_pitch(user: User, text: str, words_per_minute: int | None = None) -> Analysis:
    """Return the coach's analysis of ``text`` for ``user``, without saving anything."""
    return analyse(text, pitch_context(user, words_per_minute))


def save_pitch(user: User, text: str) -> Pitch:
    """Store ``text`` as a new version of the user's profile, with its analysis; return it.

    The analysis is the core's ``to_json()`` at the workspace's pace, so later changes to
    the rules or the pace never rewrite what a version said when it was saved. A text
    without words is a PitchTextError.
    """
    if not any(char.isalnum() for char in text):
        raise PitchTextError("there are no words to save; write your profile first")
    analysis = check_pitch(user, text)
    return Pitch.objects.create(
        owner=user,
        text=text,
        words=analysis.words,
        seconds=analysis.seconds,
        words_per_minute=analysis.wpm,
        score=analysis.score,
        analysis=analysis.to_json(),
        created_at=timezone.now(),
    )


def set_pace(user: User, words_per_minute: int) -> None:
    """Make ``words_per_minute`` the user's speaking pace for every later analysis."""
    if not MIN_WPM <= words_per_minute <= MAX_WPM:
        raise InputError(
            f"a pace must be between {MIN_WPM} and {MAX_WPM} words a minute",
            field="words_per_minute",
        )
    Workspace.objects.update_or_create(owner=user, defaults={"words_per_minute": words_per_minute})


def measured_pace(words: int, seconds: int) -> int:
    """Return the words a minute of reading ``words`` in ``seconds`` (at least one second)."""
    return min(MAX_MEASURED_WPM, round(words * 60 / max(1, seconds)))


def record_rehearsal(
    user: User, pitch: Pitch, seconds: int, *, now: datetime | None = None
) -> Rehearsal:
    """Store a timed read-aloud of ``pitch`` with the pace it shows; return it."""
    return Rehearsal.objects.create(
        owner=user,
        pitch=pitch,
        seconds=seconds,
        words_per_minute=measured_pace(pitch.words, seconds),
        created_at=now or timezone.now(),
    )


def is_settable_pace(words_per_minute: int) -> bool:
    """Return True when a measured pace may become the user's pace."""
    return MIN_WPM <= words_per_minute <= MAX_WPM


def latest_pitch(user: User) -> Pitch | None:
    """Return the user's most recent version, or None before the first save."""
    return Pitch.objects.owned_by(user).order_by("-created_at", "-id").first()


def earlier_versions(user: User, pitch: Pitch) -> QuerySet[Pitch]:
    """Return the QuerySet of the user's versions saved before ``pitch``."""
    # Versions saved in the same instant (a frozen clock, a script) are ordered by id.
    return Pitch.objects.owned_by(user).filter(
        Q(created_at__lt=pitch.created_at) | Q(created_at=pitch.created_at, id__lt=pitch.pk)
    )


def version_number(user: User, pitch: Pitch) -> int:
    """Return the version's number: 1 for the user's first saved version."""
    return earlier_versions(user, pitch).count() + 1


def analysis_of(user: User, pitch: Pitch) -> dict[str, Any]:
    """Return the analysis stored with a version, analysing it now if it has none."""
    if pitch.analysis:
        return dict(pitch.analysis)
    # Rows saved before versions carried their analysis: judge them at their own pace.
    return check_pitch(user, pitch.text, pitch.words_per_minute).to_json()
