"""The operator sees the import queue: whose imports wait, run or failed, never their files."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from rapport.imports.models import ImportJob


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin[ImportJob]):
    list_display = ("owner", "status", "size", "created_at", "attempts", "finished_at")
    list_filter = ("status",)
    fields = (
        "owner", "status", "size", "done", "total", "created_at", "started_at",
        "heartbeat_at", "finished_at", "attempts", "error", "retryable",
    )  # fmt: skip
    readonly_fields = fields
    ordering = ("-created_at",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ImportJob | None = None) -> bool:
        return False
