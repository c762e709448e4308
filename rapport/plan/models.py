"""The marketing plan and its target companies (METHOD.md §1)."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from rapport.lib.owned import Owned, OwnedQuerySet

LAMP = [MinValueValidator(0), MaxValueValidator(3)]


class Plan(models.Model):
    """One per user: who to reach, how to help them, how to reach them."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plan"
    )
    name = models.CharField(max_length=200, blank=True)
    headline = models.CharField(max_length=300, blank=True)
    email = models.CharField(max_length=254, blank=True)
    location = models.CharField(max_length=200, blank=True)
    booking_link = models.CharField(max_length=500, blank=True)
    positions = models.JSONField(default=list, blank=True)
    industries = models.JSONField(default=list, blank=True)
    geography = models.JSONField(default=list, blank=True)
    decision_makers = models.JSONField(default=list, blank=True)
    peers = models.JSONField(default=list, blank=True)
    connectors = models.JSONField(default=list, blank=True)
    offers = models.JSONField(default=list, blank=True)
    weekly_meetings = models.PositiveSmallIntegerField(null=True, blank=True)
    weekly_target_industry_meetings = models.PositiveSmallIntegerField(null=True, blank=True)
    weekly_decision_maker_meetings = models.PositiveSmallIntegerField(null=True, blank=True)
    #: The day the search began: weekly goals are measured from its week.
    search_started_on = models.DateField(null=True, blank=True)
    #: Which step of the guided plan the user last saved; lets them resume.
    wizard_step = models.CharField(max_length=32, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Plan of {self.name or self.owner}"


class TargetCompanyQuerySet(OwnedQuerySet["TargetCompany"]):
    def ranked(self) -> TargetCompanyQuerySet:
        """Return targets by the user's priority (unset last), then name."""
        return self.order_by(models.F("priority").asc(nulls_last=True), "name")


TargetCompanyManager = models.Manager.from_queryset(TargetCompanyQuerySet)


class TargetCompany(Owned):
    """A company on the target list, with its LAMP scores (METHOD.md §1)."""

    name = models.CharField(max_length=200)
    #: Company keys the user confirmed as this target under another name (BD for Becton
    #: Dickinson). Kept on the target, so the plan never depends on the contacts app.
    aliases = models.JSONField(default=list, blank=True)
    industry = models.CharField(max_length=200, blank=True)
    priority = models.PositiveSmallIntegerField(null=True, blank=True)
    advocacy = models.PositiveSmallIntegerField(null=True, blank=True, validators=LAMP)
    motivation = models.PositiveSmallIntegerField(null=True, blank=True, validators=LAMP)
    posting = models.PositiveSmallIntegerField(null=True, blank=True, validators=LAMP)
    notes = models.TextField(blank=True)
    #: Order in the plan file, so an export round-trips exactly.
    position = models.PositiveIntegerField(default=0)

    objects: ClassVar[TargetCompanyManager[TargetCompany]] = TargetCompanyManager()

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="unique_target_per_owner"),
        ]

    def __str__(self) -> str:
        return self.name


class SuggestionQuerySet(OwnedQuerySet["Suggestion"]):
    def open(self) -> SuggestionQuerySet:
        """Return the suggestions the user has neither accepted nor dismissed."""
        return self.filter(status=Suggestion.OPEN)


SuggestionManager = models.Manager.from_queryset(SuggestionQuerySet)


class Suggestion(Owned):
    """Something the user's LinkedIn export says about them, offered for the plan or profile.

    Nothing is written into the plan until the user accepts; a dismissed suggestion is kept
    (as dismissed) so that importing the export again does not offer it anew.
    """

    OPEN, ACCEPTED, DISMISSED = "open", "accepted", "dismissed"
    STATUSES = [(OPEN, "offered"), (ACCEPTED, "accepted"), (DISMISSED, "dismissed")]

    #: One of rapport.core.own_profile.SUGGESTION_FIELDS.
    field = models.CharField(max_length=16)
    value = models.TextField()
    #: Why it is offered, in words ("a dream company in your LinkedIn preferences").
    why = models.CharField(max_length=300)
    #: A digest of the field and the value's words, folded: one suggestion per key and owner.
    key = models.CharField(max_length=400)
    status = models.CharField(max_length=10, choices=STATUSES, default=OPEN)
    import_run = models.ForeignKey(
        "imports.ImportRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[SuggestionManager[Suggestion]] = SuggestionManager()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="unique_suggestion_per_owner"),
        ]

    def __str__(self) -> str:
        return f"{self.field}: {self.value[:40]}"
