"""Versions of the two-minute profile and timed rehearsals of it (METHOD.md §4)."""

from __future__ import annotations

from django.db import models

from rapport.lib.owned import Owned


class Pitch(Owned):
    """One saved version of the two-minute profile, with its analysis at save time."""

    text = models.TextField()
    words = models.PositiveIntegerField(default=0)
    seconds = models.PositiveIntegerField(default=0)
    words_per_minute = models.PositiveSmallIntegerField(default=140)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    analysis = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "pitches"


class Rehearsal(Owned):
    """A timed read-aloud of a pitch: the user's real pace."""

    pitch = models.ForeignKey(Pitch, on_delete=models.CASCADE, related_name="rehearsals")
    seconds = models.PositiveIntegerField()
    words_per_minute = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-id"]
