"""Your data on the web: download a backup, restore one, start over, delete everything."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.views.decorators.http import require_POST, require_safe

from rapport.accounts import backup
from rapport.accounts.clock import today_for
from rapport.core.errors import InputError
from rapport.lib.requests import AuthedRequest

#: What a user types to confirm each of the two deletions.
START_OVER = "start over"
DELETE_EVERYTHING = "delete everything"
#: A backup larger than this is refused before it is read (a workspace of 30,000
#: contacts with their history is far smaller).
MAX_BACKUP_BYTES = 200 * 1024 * 1024


@require_safe
def data_page(request: AuthedRequest) -> HttpResponse:
    context = {
        "empty": not backup.owns_anything(request.user),
        "start_over": START_OVER,
        "delete_everything": DELETE_EVERYTHING,
    }
    return render(request, "accounts/data.html", context)


@require_safe
def download_backup(request: AuthedRequest) -> HttpResponse:
    response = HttpResponse(backup.dumps(request.user), content_type="application/json")
    name = f"rapport-backup-{today_for(request.user):%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
def restore_backup(request: AuthedRequest) -> HttpResponse:
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "Choose a backup file to restore.")
        return redirect("settings-data")
    if upload.size and upload.size > MAX_BACKUP_BYTES:
        messages.error(request, f"{upload.name}: larger than any Rapport backup; nothing restored.")
        return redirect("settings-data")
    try:
        text = upload.read().decode("utf-8-sig")
        counts = backup.restore(request.user, text, upload.name or "backup")
    except UnicodeDecodeError:
        messages.error(request, f"{upload.name}: not a Rapport backup; nothing was restored.")
    except InputError as exc:
        messages.error(request, f"Nothing was restored: {exc}")
    else:
        people = counts.get("contacts.contact", 0)
        meetings = counts.get("meetings.interaction", 0)
        messages.success(
            request,
            f"Restored: {people} contact{pluralize(people)} "
            f"and {meetings} meeting{pluralize(meetings)}.",
        )
        return redirect("home")
    return redirect("settings-data")


def _confirmed(request: AuthedRequest, words: str) -> bool:
    typed = " ".join(request.POST.get("confirm", "").lower().split())
    if typed != words:
        messages.error(request, f'Nothing was deleted: type "{words}" to confirm.')
        return False
    return True


@require_POST
def start_over(request: AuthedRequest) -> HttpResponse:
    if not _confirmed(request, START_OVER):
        return redirect("settings-data")
    backup.erase(request.user, keep_settings=True)
    messages.success(request, "Your workspace is empty; your settings are kept.")
    return redirect("home")


@require_POST
def delete_everything(request: AuthedRequest) -> HttpResponse:
    if not _confirmed(request, DELETE_EVERYTHING):
        return redirect("settings-data")
    user = request.user
    backup.erase(user, keep_settings=False)
    if settings.MULTIUSER:
        # On a shared server the account goes too; on one's own computer it is the
        # computer's owner, and stays.
        logout(request)
        user.delete()
        return redirect("login")
    messages.success(request, "Everything was deleted: this is a new, empty workspace.")
    return redirect("home")
