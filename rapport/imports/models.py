"""A record of every import, with enough detail to report it and undo it."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone

from rapport.lib.owned import Owned, OwnedQuerySet


class ImportRun(Owned):
    """One file imported: counts, each skipped row with its reason, and when undone."""

    file_name = models.CharField(max_length=400)
    format = models.CharField(max_length=32)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    #: e.g. {"new": 3, "updated": 1, "unchanged": 590, "merged": 2, "review": 1, "skipped": 4}
    counts = models.JSONField(default=dict, blank=True)
    #: Each skipped row or card: {"where": "row 17", "reason": "..."}.
    errors = models.JSONField(default=list, blank=True)
    #: Sentences for the report, e.g. "1 now works at Stryker, a target company".
    notes = models.JSONField(default=list, blank=True)
    #: How the file's text was decoded, in words ("UTF-8", "Windows-1251"); "" for a zip.
    encoding = models.CharField(max_length=64, blank=True, default="")
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.format})"


class ImportChange(Owned):
    """One row an import created or changed, with its values before, for undo."""

    CREATED, UPDATED = "created", "updated"

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="changes")
    model = models.CharField(max_length=64, help_text="app_label.model")
    object_id = models.BigIntegerField()
    action = models.CharField(max_length=16, choices=[(CREATED, CREATED), (UPDATED, UPDATED)])
    before = models.JSONField(default=dict, blank=True)

    class Meta:
        indexes = [models.Index(fields=["run", "model"])]


class ImportJobQuerySet(OwnedQuerySet["ImportJob"]):
    def light(self) -> ImportJobQuerySet:
        """The jobs without their files' bytes (a failed job keeps its file until done)."""
        return self.defer("payload")


ImportJobManager = models.Manager.from_queryset(ImportJobQuerySet)


class ImportJob(Owned):
    """A file waiting for, going through, or finished by the background import.

    The file's bytes stay here until the import succeeds, so a worker on another machine
    can read them and a failed import can be tried again without uploading it anew.
    """

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, QUEUED), (RUNNING, RUNNING), (DONE, DONE), (FAILED, FAILED)]

    file_name = models.CharField(max_length=400)
    #: The format the user chose; "" to recognise it from the content.
    format = models.CharField(max_length=32, blank=True, default="")
    payload = models.BinaryField(null=True, blank=True, editable=False)
    size = models.BigIntegerField(default=0)
    status = models.CharField(max_length=16, choices=STATUSES, default=QUEUED)
    #: Records handled so far and in all, while running (0 and 0 when not known yet).
    done = models.IntegerField(default=0)
    total = models.IntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    #: Written as the import advances; a running job silent for too long has lost its worker.
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.IntegerField(default=0)
    #: What went wrong, in words for the user ("" unless failed).
    error = models.TextField(blank=True, default="")
    #: False when trying again cannot help (the file itself is wrong).
    retryable = models.BooleanField(default=True)
    task_id = models.CharField(max_length=64, blank=True, default="")
    run = models.ForeignKey(
        ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects: ClassVar[ImportJobManager[ImportJob]] = ImportJobManager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "status"])]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.status})"

    @property
    def stopped(self) -> bool:
        """True when the job says it is running but its worker has been silent too long."""
        cutoff = timezone.now() - timedelta(seconds=settings.RAPPORT_JOB_STALE_SECONDS)
        return (
            self.status == self.RUNNING
            and self.heartbeat_at is not None
            and self.heartbeat_at < cutoff
        )

    @property
    def percent(self) -> int:
        """How far the import has got, 0 to 100."""
        if self.status == self.DONE:
            return 100
        return min(99, self.done * 100 // self.total) if self.total else 0
