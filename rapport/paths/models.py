"""Outreach messages sent along a way into a target company (METHOD.md §6)."""

from __future__ import annotations

from django.db import models

from rapport.lib.owned import Owned


class Outreach(Owned):
    """A first message to a contact; 3B7 follow-ups are counted from ``sent_on``."""

    contact = models.ForeignKey(
        "contacts.Contact", on_delete=models.CASCADE, related_name="outreaches"
    )
    target = models.ForeignKey(
        "plan.TargetCompany", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=16, default="first", help_text="first or intro_request")
    text = models.TextField(blank=True)
    sent_on = models.DateField(null=True, blank=True)
    replied_on = models.DateField(null=True, blank=True)
    followed_up_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-sent_on", "-id"]
