"""A coach writes on a client's overview (notes, comments, actions); the client ticks actions."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from rapport.coaching import advice
from rapport.coaching.models import Assignment
from rapport.coaching.viewing import client_share
from rapport.core.errors import InputError
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest


def _back(client_id: int, anchor: str) -> HttpResponse:
    return redirect(f"/coach/clients/{client_id}/#{anchor}")


@require_POST
def note(request: AuthedRequest, client_id: int) -> HttpResponse:
    share = client_share(request, client_id, "diagnosis")
    try:
        advice.add_note(request.user, share.owner, request.POST.get("text", ""))
    except InputError as exc:
        messages.error(request, f"Nothing was saved: {exc}.")
    return _back(client_id, "notes")


@require_POST
def comment(request: AuthedRequest, client_id: int) -> HttpResponse:
    share = client_share(request, client_id, "diagnosis")
    try:
        advice.comment(
            request.user, share.owner, request.POST.get("code", ""), request.POST.get("text", "")
        )
    except InputError as exc:
        messages.error(request, f"Nothing was saved: {exc}.")
    else:
        messages.success(request, f"{share.owner.username} sees it with that finding.")
    return _back(client_id, "findings")


@require_POST
def assign(request: AuthedRequest, client_id: int) -> HttpResponse:
    share = client_share(request, client_id, "diagnosis")
    due = request.POST.get("due_on", "")
    try:
        due_on = date.fromisoformat(due) if due else None
        advice.assign(request.user, share.owner, request.POST.get("text", ""), due_on)
    except ValueError:
        messages.error(request, "Nothing was saved: the day is not a date.")
    except InputError as exc:
        messages.error(request, f"Nothing was saved: {exc}.")
    else:
        messages.success(request, f"It is in {share.owner.username}'s week, from you.")
    return _back(client_id, "actions")


@require_POST
def done(request: AuthedRequest, pk: int) -> HttpResponse:
    """The client marks an action from their coach done (or not done after all)."""
    assignment = get_owned_or_404(Assignment, request.user, pk)
    advice.mark_done(assignment, request.POST.get("done", "yes") != "no")
    return redirect("diagnosis")
