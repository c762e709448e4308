"""The import page: drop a file, read its report, undo it."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.files.uploadedfile import TemporaryUploadedFile, UploadedFile
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from rapport.core.errors import InputError
from rapport.formats.kinds import FORMATS as FORMAT_NAMES
from rapport.import_page import jobs, report
from rapport.import_page.undo import preview_undo, undo_import
from rapport.imports.models import ImportJob, ImportRun
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest
from rapport.plan.models import Suggestion

FORMATS = [("", "Recognise it for me"), *FORMAT_NAMES.items()]


@require_http_methods(["GET", "POST"])
def upload(request: AuthedRequest) -> HttpResponse:
    error = ""
    if request.method == "POST":
        upload = request.FILES.get("file")
        fmt = request.POST.get("format") or None
        large = upload is not None and (upload.size or 0) > settings.RAPPORT_MAX_IMPORT_BYTES
        if upload is None:
            error = "Choose a file to import."
        elif large and _on_disk(upload) is None:
            limit = settings.RAPPORT_MAX_IMPORT_BYTES // (1024 * 1024)
            error = f"{upload.name}: the file is larger than {limit} MB. Nothing was imported."
        elif fmt not in {None, *(value for value, _ in FORMATS if value)}:
            error = f"Unknown format {fmt!r}."
        else:
            name = upload.name or "upload"
            path = _on_disk(upload) if large else None
            if path is not None:
                # A mailbox or Takeout's archive past the limit is read from the upload's
                # temporary file as it is needed; anything else is still refused there.
                job = jobs.start_import_from_disk(request.user, path, name, fmt, upload.size or 0)
            else:
                job = jobs.start_import(request.user, upload.read(), name, fmt)
            if job.status == ImportJob.DONE and job.run_id:
                return redirect("import-run", pk=job.run_id)
            if job.status == ImportJob.FAILED and not job.retryable:
                # The file itself is wrong: say so where it was chosen, and forget it.
                error = job.error
                job.delete()
            else:
                return redirect("import-job", pk=job.pk)
    # What each import brought in: suggestions offered count as new for the user's own files.
    runs = [
        (
            run,
            report.format_name(run.format),
            (run.counts or {}).get("new", run.counts.get("offered", 0)),
        )
        for run in ImportRun.objects.owned_by(request.user)[:20]
    ]
    pending = ImportJob.objects.light().owned_by(request.user).exclude(status=ImportJob.DONE)[:10]
    return render(
        request,
        "imports/upload.html",
        {"formats": FORMATS, "runs": runs, "pending": pending, "error": error},
        status=400 if error else 200,
    )


def job_page(request: AuthedRequest, pk: int) -> HttpResponse:
    """Where an import stands: waiting, running with its progress, failed, or its report."""
    job = _job(request, pk)
    if job.status == ImportJob.DONE and job.run_id:
        if request.headers.get("HX-Request"):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = reverse("import-run", args=[job.run_id])
            return response
        return redirect("import-run", pk=job.run_id)
    template = (
        "imports/_job_status.html" if request.headers.get("HX-Request") else "imports/job.html"
    )
    return render(request, template, {"job": job, "stopped": jobs.STOPPED})


@require_POST
def job_retry(request: AuthedRequest, pk: int) -> HttpResponse:
    jobs.give_up_on_stopped(request.user)
    job = jobs.retry(_job(request, pk))
    if job.status == ImportJob.DONE and job.run_id:
        return redirect("import-run", pk=job.run_id)
    return redirect("import-job", pk=job.pk)


@require_POST
def job_discard(request: AuthedRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    if job.status in (ImportJob.FAILED, ImportJob.QUEUED) or job.stopped:
        # A queued job is claimed atomically by its worker, which skips one that is gone.
        job.delete()
        messages.info(request, f"{job.file_name} will not be imported.")
    return redirect("import")


def run_report(request: AuthedRequest, pk: int) -> HttpResponse:
    run = get_owned_or_404(ImportRun, request.user, pk)
    counts = run.counts or {}
    context = {
        "run": run,
        "kind": report.format_name(run.format),
        "stats": report.stats(run.format, counts),
        "also": report.also(counts),
        "adds_up": report.adds_up(run.format, counts),
        "suggestions_waiting": Suggestion.objects.owned_by(request.user).open().count(),
        "suggestions_for": "your plan and profile",
    }
    return render(request, "imports/report.html", context)


@require_http_methods(["GET", "POST"])
def run_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    run = get_owned_or_404(ImportRun, request.user, pk)
    if request.method == "GET":
        # Undo removes rows: show what will go and what stays, and ask first.
        preview = None if run.undone_at else preview_undo(request.user, run)
        return render(request, "imports/undo.html", {"run": run, "preview": preview})
    try:
        result = undo_import(request.user, run)
    except InputError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            f"Import of {run.file_name} undone: {result['removed']} removed, "
            f"{result['restored']} put back as they were.",
        )
        if result["kept"]:
            names = ", ".join(result["kept"][:10])
            more = f" and {len(result['kept']) - 10} more" if len(result["kept"]) > 10 else ""
            people = "person" if len(result["kept"]) == 1 else "people"
            messages.info(
                request,
                f"Kept {len(result['kept'])} {people} you have worked with since (gives, notes, "
                f"edits, meetings): {names}{more}.",
            )
        if result["kept_meetings"]:
            meetings = "meeting" if result["kept_meetings"] == 1 else "meetings"
            messages.info(
                request,
                f"Kept {result['kept_meetings']} {meetings} you logged an outcome or a give for.",
            )
    return redirect("import-run", pk=run.pk)


def _on_disk(upload: UploadedFile) -> Path | None:
    """Return where Django wrote the upload, when the import can read it from there.

    Only when imports run inside the request: a worker elsewhere gets the bytes from the
    job's row, which the size limit bounds.
    """
    if settings.TASKS_MODE != "immediate" or not isinstance(upload, TemporaryUploadedFile):
        return None
    return Path(upload.temporary_file_path())


def _job(request: AuthedRequest, pk: int) -> ImportJob:
    job = ImportJob.objects.light().owned_by(request.user).filter(pk=pk).first()
    if job is None:
        raise Http404("No such import")
    return job
