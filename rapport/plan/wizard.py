"""The guided plan: the plan editor's fields, one short step at a time, saved as you go.

Each step saves through ``save_plan`` (the same content as plan.toml) when the user moves
on, goes back or leaves a field, so a plan left half done keeps everything typed so far;
``Plan.wizard_step`` remembers the step to resume at. Moving on asks for what the
method needs (one to three positions and industries, at least one company); going back
or leaving never does.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from rapport.core.plan import (
    TARGET_LIST_MAX_ITEMS,
    Goals,
    Person,
    PlanData,
    TargetCompanySpec,
    plan_warnings,
)
from rapport.lib.requests import AuthedRequest
from rapport.plan.forms import LinesField, PlanForm
from rapport.plan.models import Plan
from rapport.plan.services import load_plan, save_plan

if TYPE_CHECKING:
    from django.contrib.auth.models import User

DONE = "done"
MAX_COMPANIES = 200


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    why: str
    fields: tuple[str, ...]
    #: The fewest items a list field needs before the user may move on.
    at_least: int = 0


STEPS = (
    Step(
        "positions",
        "Target positions",
        "Which job titles are you after? One to three: people can only help when they know "
        "precisely what you want.",
        ("positions",),
        at_least=1,
    ),
    Step(
        "industries",
        "Target industries",
        "Which industries? One to three. Insiders in your industry know who is hiring and why.",
        ("industries",),
        at_least=1,
    ),
    Step(
        "geography",
        "Where",
        "Cities, regions or “Remote”: where would you take a job?",
        ("geography",),
    ),
    Step(
        "companies",
        "Target companies",
        "The companies you would like to work for, one per line. Aim for about 40: a list "
        "lets contacts search their memory for people they know there.",
        ("companies",),
        at_least=1,
    ),
    Step(
        "people",
        "The kinds of people to reach",
        "Decision-makers could hire you; peers know the industry from the inside; connectors "
        "outside your industry (neighbours, religious groups, chambers, associations) know "
        "people everywhere.",
        ("decision_makers", "peers", "connectors"),
    ),
    Step(
        "offers",
        "What you can offer",
        "Networking is a two-way street: what information, events or introductions can "
        "you give the people you meet?",
        ("offers",),
    ),
    Step(
        "goals",
        "Weekly goals",
        "How many networking meetings a week, and how many of them in your industry and "
        "with people who could hire you?",
        (
            "weekly_meetings",
            "weekly_target_industry_meetings",
            "weekly_decision_maker_meetings",
            "search_started_on",
        ),
    ),
    Step(
        "you",
        "About you",
        "How you sign your messages and how people can reach you.",
        ("name", "headline", "email", "location", "booking_link"),
    ),
)
BY_KEY = {step.key: step for step in STEPS}


class StepForm(forms.Form):
    """The fields of one step, taken from the plan editor so both validate alike."""

    def __init__(self, step: Step, *args: Any, strict: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.step = step
        self.strict = strict
        for name in step.fields:
            if name == "companies":
                self.fields[name] = LinesField(
                    label="Target companies",
                    help_text="One company per line.",
                    widget=forms.Textarea(attrs={"rows": 14}),
                )
            else:
                self.fields[name] = copy.deepcopy(PlanForm.base_fields[name])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("positions", "industries"):
            if len(data.get(name) or ()) > TARGET_LIST_MAX_ITEMS:
                self.add_error(name, "Choose at most three: more blur your message.")
        if len(data.get("companies") or ()) > MAX_COMPANIES:
            self.add_error("companies", f"Keep the list under {MAX_COMPANIES} companies.")
        if self.strict and self.step.at_least:
            name = self.step.fields[0]
            if name in data and len(data[name]) < self.step.at_least:
                self.add_error(name, ValidationError(_NEEDED[name], code="required"))
        total = data.get("weekly_meetings")
        for part in ("weekly_target_industry_meetings", "weekly_decision_maker_meetings"):
            value = data.get(part)
            if total is not None and value is not None and value > total:
                self.add_error(part, "This cannot be more than your weekly meetings in all.")
        return data


_NEEDED = {
    "positions": "Name at least one position, such as “VP Finance”.",
    "industries": "Name at least one industry, such as “Medical devices”.",
    "companies": "Name at least one company; aim for about 40.",
}


def initial_for(step: Step, plan: PlanData) -> dict[str, Any]:
    """Return the step form's initial values from the stored plan."""
    values: dict[str, Any] = {}
    for name in step.fields:
        if name == "companies":
            values[name] = [c.name for c in plan.companies]
        elif hasattr(plan.person, name):
            values[name] = getattr(plan.person, name)
        elif hasattr(plan.goals, name):
            values[name] = getattr(plan.goals, name)
        else:
            values[name] = list(getattr(plan, name))
    return values


def apply(step: Step, plan: PlanData, data: dict[str, Any]) -> PlanData:
    """Return ``plan`` with the step's cleaned ``data`` in place of its fields.

    Companies keep whatever else was known about them (priority, LAMP scores) by name;
    a new company takes the plan's industry when the plan names only one.
    """
    if step.key == "companies":
        known = {c.name.casefold(): c for c in plan.companies}
        industry = plan.industries[0] if len(plan.industries) == 1 else ""
        companies = tuple(
            known.get(name.casefold()) or TargetCompanySpec(name=name, industry=industry)
            for name in data["companies"]
        )
        return dataclasses.replace(plan, companies=companies)
    if step.key == "you":
        person = Person(**{f: (data[f] or "").strip() for f in step.fields})
        return dataclasses.replace(plan, person=person)
    if step.key == "goals":
        return dataclasses.replace(plan, goals=Goals(**{f: data[f] for f in step.fields}))
    return dataclasses.replace(plan, **{f: data[f] for f in step.fields})


def _neighbour(step: Step, offset: int) -> Step | None:
    index = STEPS.index(step) + offset
    return STEPS[index] if 0 <= index < len(STEPS) else None


def _later(first: str, second: str) -> str:
    """Return whichever step comes later (DONE after every step, "" before them)."""
    order = [s.key for s in STEPS] + [DONE]
    rank = {key: index for index, key in enumerate(order)}
    return first if rank.get(first, -1) >= rank.get(second, -1) else second


def _save(request: AuthedRequest, step: Step, form: StepForm, reached: str) -> list[str]:
    """Save the step into the plan and the furthest step reached; return advice on the result."""
    user: User = request.user
    resume = _later(wizard_step(user), reached)
    plan = apply(step, load_plan(user), form.cleaned_data)
    save_plan(user, plan)
    Plan.objects.filter(owner=user).update(wizard_step=resume)
    return [w.message for w in plan_warnings(plan) if w.field in step.fields]


def wizard_step(user: User) -> str:
    """Return the step the user's guided set-up stopped at ("" when never started)."""
    return Plan.objects.filter(owner=user).values_list("wizard_step", flat=True).first() or ""


def start(request: AuthedRequest) -> HttpResponse:
    """Send the user to the step they stopped at (the first one on a fresh start)."""
    current = wizard_step(request.user)
    if current == DONE:
        return redirect("plan-wizard-done")
    return redirect(f"plan-wizard-{current if current in BY_KEY else STEPS[0].key}")


@require_http_methods(["GET", "POST"])
def step_view(request: AuthedRequest, key: str) -> HttpResponse:
    step = BY_KEY[key]
    following = _neighbour(step, 1)
    advice: list[str] = []
    count = None
    if request.method == "POST":
        go = request.POST.get("go", "")
        form = StepForm(step, request.POST, strict=go == "next")
        if "autosave" in request.POST:
            return _autosave(request, step, form)
        if form.is_valid():
            target = following if go == "next" else _neighbour(step, -1) if go == "back" else None
            resume = (following.key if following else DONE) if go == "next" else step.key
            for message in _save(request, step, form, resume):
                messages.warning(request, message)
            if go == "next":
                return redirect(f"plan-wizard-{following.key}" if following else "plan-wizard-done")
            if target is not None:
                return redirect(f"plan-wizard-{target.key}")
            messages.success(request, "Saved. Come back to the guided set-up any time.")
            return redirect("plan")
        messages.error(request, "Nothing was saved from this step: please correct it below.")
    else:
        plan = load_plan(request.user)
        form = StepForm(step, initial=initial_for(step, plan))
        advice = [w.message for w in plan_warnings(plan) if w.field in step.fields]
        count = len(plan.companies)
    return render(
        request,
        "plan/wizard.html",
        {
            "step": step,
            "number": STEPS.index(step) + 1,
            "steps": STEPS,
            "form": form,
            "advice": advice,
            "count": count,
            "previous": _neighbour(step, -1),
            "following": following,
        },
    )


def _autosave(request: AuthedRequest, step: Step, form: StepForm) -> HttpResponse:
    """Save a step as it is typed (htmx, on leaving a field); return the status line."""
    context: dict[str, Any] = {"step": step}
    if form.is_valid():
        context["advice"] = _save(request, step, form, step.key)
        context["saved"] = True
        context["count"] = len(form.cleaned_data.get("companies") or ())
    else:
        context["errors"] = [e for errors in form.errors.values() for e in errors]
    return render(request, "plan/wizard_status.html", context)


def done(request: AuthedRequest) -> HttpResponse:
    plan = load_plan(request.user)
    return render(
        request,
        "plan/wizard_done.html",
        {"plan": plan, "warnings": plan_warnings(plan), "steps": STEPS},
    )


def guided_context(user: User, plan: PlanData) -> dict[str, Any]:
    """Return what the plan editor shows about the guided set-up: start, resume or redo."""
    current = wizard_step(user)
    return {
        "guided_empty": plan == PlanData(),
        "guided_resume": BY_KEY.get(current),
        "guided_number": STEPS.index(BY_KEY[current]) + 1 if current in BY_KEY else None,
        "guided_total": len(STEPS),
    }
