"""Coaches, what each client shares with them, invitations, and every look a coach takes."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from rapport.coaching.parts import PARTS
from rapport.lib.owned import Owned


class Coach(models.Model):
    """The coach role: a user who may hold clients' shares and has a roster."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_role"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Coach {self.user}"


class Share(Owned):
    """What a client (``owner``) lets one coach see; deleting it ends the access at once."""

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coached_shares"
    )
    #: Part names from rapport.coaching.parts: the diagnosis and plan always, then the chosen.
    parts = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "coach"], name="one_share_per_coach")
        ]


class Invitation(Owned):
    """A one-time link from ``owner``: a client asking a coach in, or a coach asking a client."""

    TO_COACH = "to_coach"
    TO_CLIENT = "to_client"
    direction = models.CharField(
        max_length=16, choices=[(TO_COACH, TO_COACH), (TO_CLIENT, TO_CLIENT)]
    )
    email = models.EmailField(blank=True, default="")
    #: For a client's invitation: the parts they chose (a coach's leaves the choice to the client).
    parts = models.JSONField(default=list)
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)


class Access(Owned):
    """One page of a client's (``owner``) that a coach opened: who, what, when."""

    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    part = models.CharField(max_length=16, choices=list(PARTS.items()))
    page = models.CharField(max_length=400)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-id"]


class Summary(Owned):
    """A client's roster figures, computed once per change of their data, not per page view."""

    figures = models.JSONField(default=dict)
    computed_on = models.DateField(null=True, blank=True)
    computed_at = models.DateTimeField(null=True, blank=True)
    stale = models.BooleanField(default=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_summary_per_client")]


class Cohort(Owned):
    """A group of clients a coach (``owner``) names, e.g. "Spring outplacement"."""

    name = models.CharField(max_length=120)
    clients = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+", blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="one_cohort_name_per_coach")
        ]


class Note(Owned):
    """A coach's (``owner``) private note on a client: the client never sees it."""

    client = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class Comment(Owned):
    """A coach's comment on a finding of a client (``owner``), shown with that finding."""

    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    #: The finding's rule code (rapport explain CODE).
    code = models.CharField(max_length=64)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]


class Assignment(Owned):
    """An action a coach gives a client (``owner``): in the client's week until done."""

    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.CharField(max_length=500)
    due_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["done_at", "due_on", "created_at", "id"]


class ApiToken(Owned):
    """A user's key to the JSON API; only its SHA-256 digest is stored."""

    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
