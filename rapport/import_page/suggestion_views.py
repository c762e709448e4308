"""Suggestions from the user's import: each offered with its reason, accepted or dismissed."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from rapport.core.errors import InputError
from rapport.core.own_profile import SINGLE_FIELDS, SUGGESTION_FIELDS
from rapport.import_page.suggestions import FIELD_WORDS, accept, dismiss
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest
from rapport.plan.models import Suggestion
from rapport.plan.services import load_plan
from rapport.profile.services import latest_pitch


@dataclass(frozen=True)
class Row:
    offer: Suggestion
    #: What the plan holds there now, when accepting would replace it ("" otherwise).
    current: str


def suggestion_list(request: AuthedRequest) -> HttpResponse:
    """The open suggestions, grouped by what they fill, each with what it would replace."""
    person = load_plan(request.user).person
    pitch = latest_pitch(request.user)
    groups: dict[str, list[Row]] = {}
    for offer in Suggestion.objects.owned_by(request.user).open():
        current = getattr(person, offer.field) if offer.field in SINGLE_FIELDS else ""
        groups.setdefault(offer.field, []).append(Row(offer, current))
    ordered = [
        (field, FIELD_WORDS[field], groups[field]) for field in SUGGESTION_FIELDS if field in groups
    ]
    decided = Suggestion.objects.owned_by(request.user).exclude(status=Suggestion.OPEN).count()
    return render(
        request,
        "imports/suggestions.html",
        {"groups": ordered, "decided": decided, "has_pitch": pitch is not None},
    )


@require_POST
def suggestion_accept(request: AuthedRequest, pk: int) -> HttpResponse:
    offer = get_owned_or_404(Suggestion, request.user, pk)
    try:
        said = accept(request.user, offer, replace=request.POST.get("replace") == "1")
    except InputError as error:
        messages.error(request, str(error).capitalize() + ".")
    else:
        messages.success(request, said)
    return redirect("suggestions")


@require_POST
def suggestion_dismiss(request: AuthedRequest, pk: int) -> HttpResponse:
    offer = get_owned_or_404(Suggestion, request.user, pk)
    try:
        dismiss(offer)
    except InputError as error:
        messages.error(request, str(error).capitalize() + ".")
    else:
        messages.success(request, f"Dismissed: {offer.value[:80]}. It will not be offered again.")
    return redirect("suggestions")


@require_POST
def suggestion_accept_all(request: AuthedRequest) -> HttpResponse:
    """Accept every open suggestion of one field, or of all; never one that would replace."""
    field = request.POST.get("field", "")
    offers = Suggestion.objects.owned_by(request.user).open()
    if field:
        offers = offers.filter(field=field)
    person = load_plan(request.user).person
    accepted = left = 0
    for offer in offers:
        if offer.field in SINGLE_FIELDS and getattr(person, offer.field):
            left += 1
            continue
        accept(request.user, offer)
        person = load_plan(request.user).person
        accepted += 1
    text = f"Accepted {accepted} suggestion{'s' if accepted != 1 else ''}."
    if left:
        text += f" {left} would replace what your plan says: choose those one by one."
    messages.success(request, text)
    return redirect("suggestions")
