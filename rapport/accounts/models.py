"""Per-user workspace settings that are not part of the marketing plan."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models

DEFAULT_WORDS_PER_MINUTE = 140  # METHOD.md §4: prepared speech at about 140 words a minute.
#: METHOD.md §6: check in with dormant contacts every 4-8 weeks (our default).
KEEP_IN_TOUCH_DAYS = 42


def new_token() -> str:
    """Return an unguessable token for a private URL (feeds, shared handbills)."""
    return secrets.token_urlsafe(24)


class Workspace(models.Model):
    """One per user: time zone, speaking pace, rule thresholds and private feed token."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workspace"
    )
    time_zone = models.CharField(max_length=64, default="UTC")
    words_per_minute = models.PositiveSmallIntegerField(default=DEFAULT_WORDS_PER_MINUTE)
    #: Named overrides of diagnosis thresholds, e.g. {"echo_chamber_share": 0.5}.
    thresholds = models.JSONField(default=dict, blank=True)
    #: Default keep-in-touch interval in days per audience, e.g. {"decision_maker": 28}.
    keep_in_touch = models.JSONField(default=dict, blank=True)
    follow_up_feed_token = models.CharField(max_length=64, blank=True, default="", db_index=True)
    demo_persona = models.CharField(max_length=32, blank=True, default="")
    #: Who the user is in their messages, as they said in Settings ("" and [] when not said):
    #: the name they write under, their e-mail addresses and their LinkedIn profile slug.
    my_name = models.CharField(max_length=200, blank=True, default="")
    my_emails = models.JSONField(default=list, blank=True)
    my_linkedin = models.CharField(max_length=200, blank=True, default="")
    #: When that was last changed: touches imported before it are read again on next import.
    identity_changed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Workspace of {self.owner}"
