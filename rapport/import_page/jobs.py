"""Imports as background jobs: queued by the page, run by a task, watched by the page.

In local mode the task backend runs the job at once, inside the request; on a hosted
server (RAPPORT_TASKS=queue) a `rapport worker` process runs it. Either way the same
``run_import_job`` calls the same ``import_bytes`` the command line uses.
"""

from __future__ import annotations

import logging
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone
from django_tasks import task

from rapport.accounts.clock import workspace_zone
from rapport.core.errors import InputError
from rapport.import_page import services
from rapport.imports.models import ImportJob, ImportRun

if TYPE_CHECKING:
    from django.contrib.auth.models import User

log = logging.getLogger(__name__)

#: Progress is written at most this often: enough for a bar, not a write per row.
PROGRESS_EVERY_SECONDS = 0.5
STOPPED = (
    "The import stopped before it finished (the server doing it was stopped). "
    "Nothing from this file was saved; you can try again."
)
BROKE = (
    "Rapport could not finish this import because of a fault of its own, not of your "
    "file. Nothing from this file was saved; you can try again."
)


def start_import(user: User, data: bytes, file_name: str, fmt: str | None) -> ImportJob:
    """Queue ``data`` for import and return its job (already finished in local mode)."""
    job = ImportJob.objects.create(
        owner=user, file_name=file_name, format=fmt or "", payload=data, size=len(data)
    )
    _enqueue(job)
    return ImportJob.objects.light().get(pk=job.pk)


def start_import_from_disk(
    user: User, path: Path, file_name: str, fmt: str | None, size: int
) -> ImportJob:
    """Import the uploaded file at ``path`` at once, inside this request; return its job.

    Only when imports run inside the request (``RAPPORT_TASKS=immediate``): the file is
    Django's temporary copy of the upload, gone once the request ends, so the job keeps no
    bytes and cannot be tried again without uploading it anew.
    """
    job = ImportJob.objects.create(
        owner=user, file_name=file_name, format=fmt or "", payload=None, size=size
    )
    result = run_import_job.enqueue(job.pk, str(path))
    ImportJob.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    return ImportJob.objects.light().get(pk=job.pk)


def retry(job: ImportJob) -> ImportJob:
    """Queue a failed job again, with the file it kept; return it refreshed."""
    if job.status != ImportJob.FAILED or not job.retryable:
        return job
    job.status, job.error, job.done, job.total = ImportJob.QUEUED, "", 0, 0
    job.save(update_fields=["status", "error", "done", "total"])
    _enqueue(job)
    return ImportJob.objects.light().get(pk=job.pk)


def _enqueue(job: ImportJob) -> None:
    result = run_import_job.enqueue(job.pk)
    ImportJob.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])


@task()
def run_import_job(job_id: int, path: str = "") -> int | None:
    """Import the job's file, or the file at ``path`` when the job keeps none; return the
    import run's id (None when it failed)."""
    job = ImportJob.objects.select_related("owner").filter(pk=job_id).first()
    if job is None or job.status != ImportJob.QUEUED:
        return None  # taken by another worker, or discarded by the user
    now = timezone.now()
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportJob.QUEUED).update(
        status=ImportJob.RUNNING, started_at=now, heartbeat_at=now, attempts=job.attempts + 1
    )
    if not claimed:
        return None
    try:
        # A worker serves every workspace: each import runs in its owner's zone, as a page
        # or a command would.
        with timezone.override(workspace_zone(job.owner)):
            run = _import(job, path)
    except InputError as exc:
        _finish(job_id, ImportJob.FAILED, error=f"{exc}. Nothing was imported.", retryable=False)
        return None
    except Exception:
        log.exception("Import job %s failed", job_id)
        # A file read from the disk went with its request: only a kept one can be retried.
        _finish(job_id, ImportJob.FAILED, error=BROKE, retryable=not path)
        return None
    _finish(job_id, ImportJob.DONE, run_id=run.pk)
    return run.pk


def _import(job: ImportJob, path: str) -> ImportRun:
    fmt, progress = job.format or None, _ProgressWriter(job.pk)
    if path:
        return services.import_path(
            job.owner, Path(path), job.file_name, fmt=fmt, progress=progress
        )
    data = bytes(job.payload or b"")
    return services.import_bytes(job.owner, data, job.file_name, fmt=fmt, progress=progress)


def _finish(
    job_id: int, status: str, *, error: str = "", retryable: bool = True, run_id: int | None = None
) -> None:
    fields: dict[str, object] = {
        "status": status,
        "error": error,
        "retryable": retryable,
        "finished_at": timezone.now(),
        "run_id": run_id,
    }
    if status == ImportJob.DONE:
        fields["payload"] = None  # the file's content is kept only as long as it is needed
    ImportJob.objects.filter(pk=job_id).update(**fields)


class _ProgressWriter:
    """Writes a job's progress while its import runs.

    The import is one transaction; writes inside it are invisible to the page until it
    commits. On PostgreSQL the progress goes through a connection of its own (the
    ``progress`` alias), so the page sees it at once. SQLite has one writer at a time, and
    there the import runs inside the request anyway, so nobody is waiting to read it.
    """

    def __init__(self, job_id: int) -> None:
        self.job_id = job_id
        self.last = 0.0
        self.alias = "progress" if "progress" in connections else None

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.alias is None or now - self.last < PROGRESS_EVERY_SECONDS:
            return
        self.last = now
        ImportJob.objects.using(self.alias).filter(pk=self.job_id).update(
            done=done, total=total, heartbeat_at=timezone.now()
        )


def give_up_on_stopped(user: User | None = None) -> int:
    """Mark running jobs whose worker went silent as failed; return how many.

    A worker that dies mid-import leaves its transaction rolled back and its job marked
    running for ever; this turns such a job into a failure the user can retry.
    """
    cutoff = timezone.now() - timedelta(seconds=settings.RAPPORT_JOB_STALE_SECONDS)
    stale = ImportJob.objects.filter(status=ImportJob.RUNNING, heartbeat_at__lt=cutoff)
    if user is not None:
        stale = stale.owned_by(user)
    task_ids = list(stale.values_list("task_id", flat=True))
    # A job whose file was read from the disk (start_import_from_disk) kept no bytes to retry.
    kept = ExpressionWrapper(Q(payload__isnull=False), output_field=BooleanField())
    count = stale.update(
        status=ImportJob.FAILED, error=STOPPED, retryable=kept, finished_at=timezone.now()
    )
    if task_ids:
        _fail_queue_rows(task_ids)
    return count


def _fail_queue_rows(task_ids: list[str]) -> None:
    """Close the queue's own rows of stopped jobs, so its table tells the same story."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    ids = [task_id for task_id in task_ids if _is_uuid(task_id)]  # the queue's ids only
    DBTaskResult.objects.filter(id__in=ids, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.FAILED, finished_at=timezone.now()
    )


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
