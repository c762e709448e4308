"""The plan editor, and plan.toml download and upload."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from rapport.core.errors import PlanFileError
from rapport.core.plan import plan_warnings
from rapport.formats import plan_toml
from rapport.lib.requests import AuthedRequest
from rapport.plan.forms import CompanyFormSet, PlanForm, initial_from, plan_from
from rapport.plan.models import Suggestion
from rapport.plan.services import load_plan, save_plan
from rapport.plan.wizard import guided_context

MAX_PLAN_FILE_BYTES = 1024 * 1024


@require_http_methods(["GET", "POST"])
def edit(request: AuthedRequest) -> HttpResponse:
    previous = load_plan(request.user)
    if request.method == "POST":
        form = PlanForm(request.POST)
        formset = CompanyFormSet(request.POST, prefix="companies")
        if form.is_valid() and formset.is_valid():
            save_plan(request.user, plan_from(form, formset, previous))
            messages.success(request, "Plan saved.")
            return redirect("plan")
        messages.error(request, "Nothing was saved: please correct the fields marked below.")
    else:
        initial, companies = initial_from(previous)
        form = PlanForm(initial=initial)
        formset = CompanyFormSet(initial=companies, prefix="companies")
    # The editor offers the guided set-up: prominently to an empty plan, or to resume it.
    return render(
        request,
        "plan/wizard_editor.html",
        {
            "form": form,
            "formset": formset,
            "warnings": plan_warnings(previous),
            **guided_context(request.user, previous),
            "suggestions_waiting": Suggestion.objects.owned_by(request.user)
            .open()
            .exclude(field="pitch")
            .count(),
            "suggestions_for": "your plan",
        },
    )


def export(request: AuthedRequest) -> HttpResponse:
    text = plan_toml.dumps(load_plan(request.user))
    response = HttpResponse(text, content_type="application/toml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="plan.toml"'
    return response


@require_POST
def upload(request: AuthedRequest) -> HttpResponse:
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "Choose a plan.toml file to upload.")
        return redirect("plan")
    if upload.size is not None and upload.size > MAX_PLAN_FILE_BYTES:
        messages.error(request, f"{upload.name}: too large for a plan file (over 1 MB).")
        return redirect("plan")
    try:
        text = upload.read().decode("utf-8-sig")
        plan = plan_toml.loads(text, upload.name or "plan.toml")
    except UnicodeDecodeError:
        messages.error(request, f"{upload.name}: not UTF-8 text. Nothing was changed.")
        return redirect("plan")
    except PlanFileError as exc:
        messages.error(request, f"{exc} Nothing was changed.")
        return redirect("plan")
    save_plan(request.user, plan)
    messages.success(request, f"Plan imported from {upload.name}.")
    return redirect("plan")
