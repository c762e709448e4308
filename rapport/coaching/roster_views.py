"""The coach's side: the roster, its CSV, cohorts, and inviting a client."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import User
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe

from rapport.accounts.clock import today_for
from rapport.coaching import roster, sharing
from rapport.coaching.models import Cohort
from rapport.core.errors import InputError
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest


def _coach(request: AuthedRequest) -> None:
    """404 for anyone who is not a coach: the roster's pages exist only for coaches."""
    if not sharing.is_coach(request.user):
        raise Http404("Not a coach")


@require_safe
def roster_page(request: AuthedRequest) -> HttpResponse:
    _coach(request)
    rows = roster.rows_for(request.user, today_for(request.user), roster.PAGE_BUDGET)
    sort = request.GET.get("sort", "name")
    cohort = request.GET.get("cohort", "")
    query = request.GET.get("q", "").strip()
    shown = roster.arranged(rows, sort, cohort, query)
    return render(
        request,
        "coaching/roster.html",
        {
            "rows": shown,
            "all_rows": rows,
            "totals": roster.cohort_totals(shown),
            "sorts": roster.SORTS,
            "sort": sort,
            "cohort": cohort,
            "query": query,
            "cohorts": Cohort.objects.owned_by(request.user),
            "link": request.session.pop("coaching_link", ""),
            "behind": sum(row.behind for row in rows),
        },
    )


@require_safe
def roster_csv(request: AuthedRequest) -> HttpResponse:
    _coach(request)
    rows = roster.rows_for(request.user, today_for(request.user), roster.PAGE_BUDGET)
    response = HttpResponse(roster.as_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="rapport-roster.csv"'
    return response


@require_POST
def invite_client(request: AuthedRequest) -> HttpResponse:
    _coach(request)
    email = request.POST.get("email", "")
    try:
        sent = sharing.invite_client(request.user, email)
    except InputError as exc:
        messages.error(request, f"No invitation was sent: {exc}.")
        return redirect("coach-roster")
    messages.success(
        request, f"Invitation sent to {email.strip()}: nothing is shared until they accept."
    )
    request.session["coaching_link"] = sent.link
    return redirect("coach-roster")


@require_POST
def cohort_add(request: AuthedRequest) -> HttpResponse:
    """Put a client in a cohort, naming a new cohort on the way if needed."""
    _coach(request)
    name = request.POST.get("name", "").strip()[:120]
    client = next(
        (c for c in sharing.clients_of(request.user) if str(c.pk) == request.POST.get("client")),
        None,
    )
    if not name or client is None:
        messages.error(request, "Choose a client and name the cohort.")
        return redirect("coach-roster")
    cohort, _ = Cohort.objects.get_or_create(owner=request.user, name=name)
    cohort.clients.add(client)
    messages.success(request, f"{client.username} is in {name}.")
    return redirect("coach-roster")


@require_POST
def cohort_remove(request: AuthedRequest, pk: int, client_id: int) -> HttpResponse:
    _coach(request)
    cohort = get_owned_or_404(Cohort, request.user, pk)
    cohort.clients.remove(User(pk=client_id))
    if not cohort.clients.exists():
        cohort.delete()
    return redirect("coach-roster")
