"""The user's choices for the one-page handbill, and its share link (METHOD.md §3)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Handbill(models.Model):
    """One per user: summary text, chosen companies and sections, paper, share token."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="handbill"
    )
    summary = models.TextField(blank=True)
    #: Target company names to show, in order; empty means "all, by priority".
    companies = models.JSONField(default=list, blank=True)
    #: Section names in display order; empty means the default order.
    sections = models.JSONField(default=list, blank=True)
    paper = models.CharField(max_length=8, default="letter")
    share_token = models.CharField(max_length=64, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Handbill of {self.owner}"
