"""A record of every import, with enough detail to report it and undo it."""

from __future__ import annotations

from django.db import models

from rapport.lib.owned import Owned


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
