"""The two-way ledger: what the user gave, and the introductions they received."""

from __future__ import annotations

from django.db import models

from rapport.lib.owned import Owned


class Give(Owned):
    """Something the user gave a contact (METHOD.md §5: offer before you ask)."""

    KIND_CHOICES = [
        (kind, kind) for kind in ("information", "event", "introduction", "endorsement", "other")
    ]

    contact = models.ForeignKey("contacts.Contact", on_delete=models.CASCADE, related_name="gives")
    interaction = models.ForeignKey(
        "meetings.Interaction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="gives",
    )
    kind = models.CharField(max_length=16, choices=KIND_CHOICES)
    note = models.TextField()
    given_on = models.DateField(db_index=True)

    class Meta:
        ordering = ["-given_on", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} to {self.contact}"


class Introduction(Owned):
    """An introduction someone made or promised: to a person or into a company."""

    STATUS_CHOICES = [
        (status, status) for status in ("requested", "promised", "made", "declined", "met")
    ]

    from_contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    to_contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    to_company = models.ForeignKey(
        "contacts.Company", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_name = models.CharField(max_length=300, blank=True, help_text="who, when not a contact")
    interaction = models.ForeignKey(
        "meetings.Interaction", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=16, choices=STATUS_CHOICES, default="promised")
    created_on = models.DateField()
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_on", "-id"]
