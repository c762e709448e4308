"""Touches: each message, invitation, endorsement or recommendation between the user and someone."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from rapport.core.records import TOUCH_CHANNEL_WORDS, TOUCH_CHANNELS, TOUCH_KINDS
from rapport.lib.fields import WrittenJSONField
from rapport.lib.owned import Owned, OwnedQuerySet

#: The channel in words, for pages and reports.
CHANNEL_WORDS = TOUCH_CHANNEL_WORDS
KIND_WORDS = {
    "outreach": "first message",
    "reply": "reply",
    "thank_you": "thank-you",
    "follow_up": "follow-up",
    "ask": "ask",
    "give": "give",
    "handbill": "target list sent",
    "other": "message",
}
CHANNEL_CHOICES = [(name, CHANNEL_WORDS[name]) for name in TOUCH_CHANNELS]
KIND_CHOICES = [(name, KIND_WORDS[name]) for name in TOUCH_KINDS]
DIRECTION_CHOICES = [("out", "from you"), ("in", "to you")]


class TouchQuerySet(OwnedQuerySet["Touch"]):
    def between(self, since: object | None, until: object | None) -> TouchQuerySet:
        """Return the touches from ``since`` (inclusive) to ``until`` (exclusive), either open."""
        rows = self
        if since is not None:
            rows = rows.filter(when__gte=since)
        if until is not None:
            rows = rows.filter(when__lt=until)
        return rows

    def candidates(self) -> TouchQuerySet:
        """Return the touches with people who are not among the user's contacts."""
        return self.filter(contact__isnull=True)


TouchManager = models.Manager.from_queryset(TouchQuerySet)


class Touch(Owned):
    """One exchange with someone, read from a file; what it was is told by its words.

    The whole message is never stored: ``excerpt`` keeps its start for the owner's eyes
    only, and stays empty when RAPPORT_TOUCH_EXCERPTS is off.
    """

    # No index of its own: the (owner, when) index begins with it and serves every query
    # by owner; a sixth index was a fifth of building them after a first import
    # (docs/benchmarks.md).
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    when = models.DateTimeField()
    channel = models.CharField(max_length=32, choices=CHANNEL_CHOICES)
    direction = models.CharField(max_length=3, choices=DIRECTION_CHOICES)
    kind = models.CharField(max_length=16, choices=KIND_CHOICES)
    #: Every kind the words showed, most telling first (``kind`` is the first). Without
    #: SQLite's JSON_VALID check, a tenth of writing 50,000 touches (lib/fields.py).
    signals = WrittenJSONField(default=list, blank=True)
    thread = models.CharField(max_length=300, blank=True)
    #: No index of its own: the (contact, owner, when) index begins with it, and serves a
    #: contact's timeline, the queries by owner and contact, and a contact's deletion or
    #: merge (docs/decisions.md).
    contact = models.ForeignKey(
        "contacts.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="touches",
        db_index=False,
    )
    #: The person as the file names them, and the key that would link them to a contact.
    person_name = models.CharField(max_length=400, blank=True)
    person_key = models.CharField(max_length=400, blank=True)
    #: Where it was read: "messages.csv, row 12".
    source = models.CharField(max_length=500)
    reason = models.CharField(max_length=500)
    excerpt = models.TextField(blank=True)
    #: For a reply: business days since the user's message it answers.
    reply_days = models.PositiveSmallIntegerField(null=True, blank=True)
    #: Names the touch across re-imports (channel, thread, time, people, words).
    fingerprint = models.CharField(max_length=32)
    #: The import that read it (undoing it removes the touch). Not indexed, as a contact's
    #: is not: an undo reads the owner's touches through (owner, when), and every index
    #: is built again after a first import of 50,000 messages (docs/decisions.md).
    import_run = models.ForeignKey(
        "imports.ImportRun",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )

    objects: ClassVar[TouchManager[Touch]] = TouchManager()

    class Meta:
        ordering = ["-when", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "fingerprint"], name="unique_touch_fingerprint_per_owner"
            ),
        ]
        indexes = [
            models.Index(fields=["owner", "when"]),
            models.Index(fields=["contact", "owner", "when"]),
        ]

    def __str__(self) -> str:
        return f"{KIND_WORDS.get(self.kind, self.kind)} {self.direction} {self.when:%Y-%m-%d}"
