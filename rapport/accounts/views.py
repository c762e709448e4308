"""The workspace settings page."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from rapport.accounts.forms import WorkspaceForm
from rapport.accounts.models import KEEP_IN_TOUCH_DAYS, Workspace
from rapport.core.diagnosis import THRESHOLDS
from rapport.lib.requests import AuthedRequest


@require_http_methods(["GET", "POST"])
def settings_page(request: AuthedRequest) -> HttpResponse:
    workspace, _ = Workspace.objects.get_or_create(owner=request.user)
    initial = {
        "time_zone": workspace.time_zone,
        "words_per_minute": workspace.words_per_minute,
        "keep_in_touch_days": workspace.keep_in_touch.get("default", KEEP_IN_TOUCH_DAYS),
        **{
            f"t_{name}": workspace.thresholds.get(name, t.default) for name, t in THRESHOLDS.items()
        },
    }
    form = WorkspaceForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            workspace.time_zone = form.cleaned_data["time_zone"]
            workspace.words_per_minute = form.cleaned_data["words_per_minute"]
            workspace.keep_in_touch = {
                **workspace.keep_in_touch,
                "default": form.cleaned_data["keep_in_touch_days"],
            }
            workspace.thresholds = form.thresholds()
            workspace.save()
            messages.success(request, "Settings saved.")
            return redirect("settings")
        messages.error(request, "Nothing was saved: please correct the fields marked below.")
    threshold_fields = [form[f"t_{name}"] for name in THRESHOLDS]
    return render(
        request, "accounts/settings.html", {"form": form, "threshold_fields": threshold_fields}
    )
