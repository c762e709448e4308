"""The client's side: who sees what, invitations to a coach, revocation, the access log."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from rapport.coaching import sharing
from rapport.coaching.models import Access, Share
from rapport.coaching.parts import ALWAYS, OPTIONAL, PARTS, words
from rapport.core.errors import InputError
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest

LOG_PAGE = 50


def _choices(selected: list[str]) -> list[dict[str, object]]:
    return [
        {"name": p, "label": PARTS[p], "always": p in ALWAYS, "checked": p in selected}
        for p in PARTS
    ]


@require_http_methods(["GET"])
def sharing_page(request: AuthedRequest) -> HttpResponse:
    log = Access.objects.owned_by(request.user).select_related("coach")
    return render(
        request,
        "coaching/sharing.html",
        {
            "shares": [
                {"share": s, "parts": words(s.parts)} for s in sharing.shares_of(request.user)
            ],
            "choices": _choices(list(PARTS)),
            "log": Paginator(log, LOG_PAGE).get_page(request.GET.get("page")),
            "link": request.session.pop("coaching_link", ""),
            "is_coach": sharing.is_coach(request.user),
        },
    )


@require_POST
def invite(request: AuthedRequest) -> HttpResponse:
    """Make a one-time link for a coach, mailed when an address is given."""
    parts = [p for p in request.POST.getlist("parts") if p in OPTIONAL]
    try:
        sent = sharing.invite_coach(request.user, parts, request.POST.get("email", ""))
    except InputError as exc:
        messages.error(request, f"No invitation was made: {exc}.")
        return redirect("sharing")
    if sent.mailed:
        messages.success(request, "Invitation sent. Nothing is shared until your coach accepts.")
    else:
        messages.success(request, "Here is your link: send it to your coach. It works once.")
    request.session["coaching_link"] = sent.link
    return redirect("sharing")


@require_POST
def revoke(request: AuthedRequest, pk: int) -> HttpResponse:
    share = get_owned_or_404(Share, request.user, pk)
    sharing.revoke(request.user, share.coach)
    messages.success(request, f"{share.coach.username} no longer sees anything of yours.")
    return redirect("sharing")


@require_http_methods(["GET", "POST"])
def invitation(request: AuthedRequest, token: str) -> HttpResponse:
    """Open an invitation: a coach accepts a client's, a client chooses what to share."""
    try:
        found = sharing.open_invitation(token)
    except InputError as exc:
        return render(request, "coaching/invitation.html", {"error": str(exc)}, status=404)
    to_coach = found.direction == found.TO_COACH
    if found.owner == request.user:
        return render(
            request,
            "coaching/invitation.html",
            {"error": "This is your own invitation: send it to the person it is for."},
            status=400,
        )
    if request.method == "POST":
        parts = [p for p in request.POST.getlist("parts") if p in OPTIONAL]
        try:
            share = sharing.accept(request.user, token, parts)
        except InputError as exc:
            messages.error(request, f"Nothing was shared: {exc}.")
            return redirect("sharing")
        if to_coach:
            messages.success(request, f"{share.owner.username} is now on your roster.")
            return redirect("coach-roster")
        messages.success(request, f"{share.coach.username} now sees: {words(share.parts)}.")
        return redirect("sharing")
    return render(
        request,
        "coaching/invitation.html",
        {
            "invitation": found,
            "to_coach": to_coach,
            "is_coach": sharing.is_coach(request.user),
            "parts": words(found.parts),
            "choices": _choices(list(ALWAYS)),
        },
    )
