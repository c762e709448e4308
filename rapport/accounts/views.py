"""The workspace settings page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from rapport.accounts.clock import change_time_zone
from rapport.accounts.forms import WorkspaceForm
from rapport.accounts.models import KEEP_IN_TOUCH_DAYS, Workspace
from rapport.core.diagnosis import THRESHOLDS
from rapport.lib.links import public_parts
from rapport.lib.requests import AuthedRequest


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset page, whose e-mailed link starts with the public address if set."""

    def form_valid(self, form: Any) -> HttpResponse:
        scheme, host = public_parts()
        if host:
            # The e-mail's context is built from the request, then updated with this.
            self.extra_email_context = {"protocol": scheme, "domain": host}
        return super().form_valid(form)


#: Said when who the user is changed: messages already imported are read again on re-import.
REREAD = (
    "Who you are changed: import your LinkedIn messages and your mailbox again, and "
    "they are read with it (the messages read before are replaced)."
)


@require_http_methods(["GET", "POST"])
def settings_page(request: AuthedRequest) -> HttpResponse:
    workspace, _ = Workspace.objects.get_or_create(owner=request.user)
    initial = {
        "time_zone": workspace.time_zone,
        "words_per_minute": workspace.words_per_minute,
        "keep_in_touch_days": workspace.keep_in_touch.get("default", KEEP_IN_TOUCH_DAYS),
        "my_name": workspace.my_name,
        "my_emails": ", ".join(workspace.my_emails),
        "my_linkedin": f"https://www.linkedin.com/in/{workspace.my_linkedin}"
        if workspace.my_linkedin
        else "",
        **{
            f"t_{name}": workspace.thresholds.get(name, t.default) for name, t in THRESHOLDS.items()
        },
    }
    form = WorkspaceForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            with transaction.atomic():
                said = _save(request, workspace, form)
            messages.success(request, " ".join(["Settings saved.", *said]))
            return redirect("settings")
        messages.error(request, "Nothing was saved: please correct the fields marked below.")
    threshold_fields = [form[f"t_{name}"] for name in THRESHOLDS]
    return render(
        request, "accounts/settings.html", {"form": form, "threshold_fields": threshold_fields}
    )


def _save(request: AuthedRequest, workspace: Workspace, form: WorkspaceForm) -> list[str]:
    """Save the settings in ``form``; return what else to tell the user."""
    # Meetings that stand for dates move with the zone (rapport/meetings/all_day.py).
    said = change_time_zone(request.user, workspace, form.cleaned_data["time_zone"])
    workspace.words_per_minute = form.cleaned_data["words_per_minute"]
    workspace.keep_in_touch = {
        **workspace.keep_in_touch,
        "default": form.cleaned_data["keep_in_touch_days"],
    }
    workspace.thresholds = form.thresholds()
    identity = ("my_name", "my_emails", "my_linkedin")
    before = [getattr(workspace, name) for name in identity]
    for name in identity:
        setattr(workspace, name, form.cleaned_data[name])
    changed = before != [getattr(workspace, name) for name in identity]
    if changed:
        workspace.identity_changed_at = timezone.now()
    workspace.save()
    return [*said, REREAD] if changed else said
