"""The coach's own pages of a client: the overview, and contacts and meetings without notes.

The client's contact and meeting pages show notes, message bodies and source records,
which are never shared; these pages show only names, companies, judgments and meetings.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from rapport.accounts.clock import workspace_zone
from rapport.coaching import advice, summary
from rapport.coaching.models import Comment
from rapport.coaching.parts import words
from rapport.coaching.viewing import COACH_VIEW, banner, client_share, record
from rapport.contacts.models import Contact
from rapport.lib.requests import AuthedRequest
from rapport.meetings.models import Interaction

PER_PAGE = 100


@require_safe
def overview(request: AuthedRequest, client_id: int) -> HttpResponse:
    share = client_share(request, client_id, "diagnosis")
    record(request, share, "diagnosis")
    setattr(request, COACH_VIEW, banner(share))
    client = share.owner
    figures = summary.fresh([client])[client.pk].figures
    comments: dict[str, list[Comment]] = {}
    for found in Comment.objects.owned_by(client).filter(coach=request.user):
        comments.setdefault(found.code, []).append(found)
    findings = [{**f, "comments": comments.get(f["code"], [])} for f in figures["finding_list"]]
    return render(
        request,
        "coaching/client.html",
        {
            "share": share,
            "shared": words(share.parts),
            "figures": figures,
            "findings": findings,
            "notes": advice.notes_on(request.user, client),
            "assignments": advice.assigned_by(request.user, client),
        },
    )


@require_safe
def contacts(request: AuthedRequest, client_id: int) -> HttpResponse:
    share = client_share(request, client_id, "contacts")
    record(request, share, "contacts")
    setattr(request, COACH_VIEW, banner(share))
    rows = (
        Contact.objects.owned_by(share.owner)
        .select_related("target_company")
        .only(
            "full_name",
            "company_name",
            "position",
            "seniority",
            "can_hire",
            "is_job_seeker",
            "is_connector",
            "is_recruiter",
            "target_company__name",
        )
        .order_by("-can_hire", "last_name", "full_name", "pk")
    )
    query = request.GET.get("q", "").strip()
    if query:
        rows = rows.filter(
            Q(full_name__icontains=query)
            | Q(company_name__icontains=query)
            | Q(position__icontains=query)
        )
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "coaching/contacts.html", {"share": share, "page": page, "query": query})


@require_safe
def contact(request: AuthedRequest, client_id: int, contact_id: int) -> HttpResponse:
    """One contact as the coach sees them: who, where, judged how, and the meetings held."""
    share = client_share(request, client_id, "contacts")
    record(request, share, "contacts")
    setattr(request, COACH_VIEW, banner(share))
    person = get_object_or_404(
        Contact.objects.owned_by(share.owner).select_related("target_company"), pk=contact_id
    )
    held = []
    if "meetings" in share.parts:
        held = list(
            person.interactions.only("summary", "start", "kind", "networking").order_by(
                "-start", "pk"
            )[:PER_PAGE]
        )
    with timezone.override(workspace_zone(share.owner)):
        return render(
            request,
            "coaching/contact.html",
            {"share": share, "person": person, "meetings": held},
        )


@require_safe
def meetings(request: AuthedRequest, client_id: int) -> HttpResponse:
    share = client_share(request, client_id, "meetings")
    record(request, share, "meetings")
    setattr(request, COACH_VIEW, banner(share))
    rows = (
        Interaction.objects.owned_by(share.owner)
        .only(
            "summary",
            "start",
            "kind",
            "networking",
            "ask_made",
            "handbill_given",
            "referral_received",
        )
        .prefetch_related("contacts")
        .order_by("-start", "pk")
    )
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    # The client's days: a Monday coffee in Chicago is on Monday for their coach too.
    with timezone.override(workspace_zone(share.owner)):
        return render(request, "coaching/meetings.html", {"share": share, "page": page})
