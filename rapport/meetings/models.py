"""Interactions (meetings, calls, events) and the follow-ups they call for."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models

from rapport.lib.owned import Owned, OwnedQuerySet

KIND_CHOICES = [
    (kind, kind) for kind in ("coffee", "lunch", "call", "meeting", "group", "event", "email")
]


#: A group meeting named like this is a job-search group even with no one linked.
JOB_SEARCH_WORDS = ("job", "career", "transition", "seeker", "search")


def networking_q(prefix: str = "") -> models.Q:
    """Return the condition "counted as networking", the user's choice first.

    ``prefix`` reaches the interaction through a relation, e.g. "interaction__".
    """
    override, networking, cancelled = (
        f"{prefix}networking_override",
        f"{prefix}networking",
        f"{prefix}cancelled",
    )
    chosen = models.Q(**{override: True}) | models.Q(
        **{f"{override}__isnull": True, networking: True}
    )
    return chosen & models.Q(**{cancelled: False})


def with_contact(**lookup: Any) -> models.Exists:
    """Return "a contact matching ``lookup`` was at this meeting", for annotate or filter."""
    contact = {f"contact__{name}": value for name, value in lookup.items()}
    links = Interaction.contacts.through.objects.filter(interaction_id=models.OuterRef("pk"))
    return models.Exists(links.filter(**contact))


def job_search_group() -> models.Q:
    """Return the condition for a job-search group, recognised by its kind and name."""
    words = models.Q()
    for word in JOB_SEARCH_WORDS:
        words |= models.Q(summary__icontains=word)
    return models.Q(kind="group") & words


class InteractionQuerySet(OwnedQuerySet["Interaction"]):
    def networking(self) -> InteractionQuerySet:
        """Return the interactions counted as networking, the user's choice first."""
        return self.filter(networking_q())

    def between(self, since: object, until: object) -> InteractionQuerySet:
        return self.filter(start__gte=since, start__lt=until)


InteractionManager = models.Manager.from_queryset(InteractionQuerySet)


class Interaction(Owned):
    """A meeting, call or event: imported from a calendar or logged by hand.

    Outcome fields are three-valued: None means "not logged yet", which the
    diagnosis reports as unknown rather than as "no" (METHOD.md §2).
    """

    summary = models.CharField(max_length=500, blank=True)
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField(null=True, blank=True)
    all_day = models.BooleanField(default=False)
    location = models.CharField(max_length=500, blank=True)
    kind = models.CharField(max_length=16, choices=KIND_CHOICES, blank=True)
    networking = models.BooleanField(null=True, blank=True)
    networking_reason = models.CharField(max_length=400, blank=True)
    networking_override = models.BooleanField(null=True, blank=True)
    cancelled = models.BooleanField(default=False)
    contacts = models.ManyToManyField("contacts.Contact", blank=True, related_name="interactions")
    #: Attendees and names found in the title that are not linked yet, with candidates.
    unlinked_people = models.JSONField(default=list, blank=True)

    source = models.CharField(max_length=16, default="manual", help_text="ics or manual")
    source_uid = models.CharField(max_length=500, blank=True)
    recurrence_id = models.CharField(max_length=64, blank=True)
    import_run = models.ForeignKey(
        "imports.ImportRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    ask_made = models.BooleanField(null=True, blank=True)
    ask_text = models.TextField(blank=True)
    handbill_given = models.BooleanField(null=True, blank=True)
    referral_received = models.BooleanField(null=True, blank=True)
    referral_note = models.TextField(blank=True)
    follow_up_on = models.DateField(null=True, blank=True)
    thank_you_sent_on = models.DateField(null=True, blank=True)
    outcome_logged_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(blank=True)

    objects: ClassVar[InteractionManager[Interaction]] = InteractionManager()

    class Meta:
        ordering = ["-start", "id"]
        indexes = [
            models.Index(fields=["owner", "start"]),
            models.Index(fields=["owner", "source_uid", "recurrence_id"]),
        ]

    def __str__(self) -> str:
        return self.summary or f"{self.kind} on {self.start:%Y-%m-%d}"

    @property
    def is_networking(self) -> bool:
        if self.networking_override is not None:
            return self.networking_override
        return bool(self.networking)


class FollowUp(Owned):
    """Something to do for a contact by a date: a thank-you, a follow-up, a report-back."""

    KIND_CHOICES = [
        (kind, kind.replace("_", " "))
        for kind in (
            "thank_you",
            "follow_up",
            "report_back",
            "outreach_follow_up",
            "second_person",
            "keep_in_touch",
        )
    ]

    kind = models.CharField(max_length=32, choices=KIND_CHOICES)
    contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    interaction = models.ForeignKey(
        Interaction, null=True, blank=True, on_delete=models.CASCADE, related_name="follow_ups"
    )
    due_on = models.DateField(db_index=True)
    note = models.TextField(blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]
