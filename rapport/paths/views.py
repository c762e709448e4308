"""The ranked target list, the ways into one target, drafts and their checker, "who do I know?"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from rapport.accounts.clock import workspace_zone
from rapport.contacts.models import Contact
from rapport.core.outreach_check import KINDS, check
from rapport.core.replies import local_day
from rapport.core.targets import RANK_EXPLAINED, advocacy, rank_targets
from rapport.lib.links import absolute_url
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest
from rapport.paths.drafts import draft_for
from rapport.paths.models import Outreach
from rapport.paths.replies import latencies
from rapport.paths.routine import due_outreach_actions
from rapport.paths.services import (
    handbill_link,
    log_sent,
    target_rows,
    today_for,
    ways_in,
)
from rapport.paths.who import FIELDS, who_knows
from rapport.plan.models import Plan, TargetCompany
from rapport.plan.services import load_plan
from rapport.touches.models import Touch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Paths shown before "show all", and the most ever shown on one page.
PATHS_SHOWN = 25
PATHS_MAX = 200
WHO_SHOWN = 100
MAX_MESSAGE = 5000
COLUMNS = (
    ("name", "Company"),
    ("advocacy", "Advocacy"),
    ("motivation", "Motivation"),
    ("posting", "Posting"),
    ("contacts", "Contacts"),
    ("can_hire", "Can hire"),
    ("best", "Best way in"),
    ("last_met", "Last met"),
)
OUTREACH_KINDS = ("first", "intro_request")


def _get_target_for_owner(request: AuthedRequest, pk: int) -> TargetCompany:
    return get_owned_or_404(TargetCompany, request.user, pk)


def _plan_gaps(user: User) -> dict[str, bool]:
    """Return which parts of the plan the paths pages need and miss."""
    positions = Plan.objects.filter(owner=user).values_list("positions", flat=True).first()
    return {"no_positions": not positions}


def _link_base(request: AuthedRequest) -> str:
    return absolute_url(request, "/").rstrip("/")


def target_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    today = today_for(user)
    sort = request.GET.get("sort") or "rank"
    rows = target_rows(user, today)
    try:
        ranked = rank_targets(rows, sort)
    except ValueError as exc:
        messages.error(request, str(exc))
        sort, ranked = "rank", rank_targets(rows)
    columns = [
        {
            "key": key,
            "label": label,
            "current": sort.removeprefix("-") == key,
            "descending": sort.startswith("-"),
            "next": f"-{key}" if sort == key else key,
        }
        for key, label in COLUMNS
    ]
    context = {
        "rows": [{"t": t, "advocacy": advocacy(t)} for t in ranked],
        "columns": columns,
        "sort": sort,
        "explained": RANK_EXPLAINED,
        "due": due_outreach_actions(user, today, link_base=_link_base(request)),
        "today": today,
        **_plan_gaps(user),
    }
    return render(request, "paths/list.html", context)


def target_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    target = _get_target_for_owner(request, pk)
    user = request.user
    today = today_for(user)
    found = ways_in(user, target, today)
    show_all = request.GET.get("all") == "1"
    shown = found.paths[: PATHS_MAX if show_all else PATHS_SHOWN]
    plan = load_plan(user)
    link = handbill_link(user)
    absolute = _link_base(request) + link if link else ""
    items = [
        {"n": n, "path": path, "draft": draft_for(path, target.name, plan, today, absolute)}
        for n, path in enumerate(shown, start=1)
    ]
    context = {
        "target": target,
        "facts": found.facts,
        "advocacy": advocacy(found.facts),
        "items": items,
        "total": len(found.paths),
        "more": len(found.paths) - len(shown),
        "handbill_link": absolute,
        "outreach": Outreach.objects.owned_by(user)
        .filter(target=target)
        .select_related("contact")[:50],
        "answers": _answers(user, target, today),
        **_plan_gaps(user),
    }
    return render(request, "paths/target.html", context)


def _answers(user: User, target: TargetCompany, today: date) -> list[dict[str, object]]:
    """Return the people at ``target`` written to first, with how they answered, by name."""
    there = Contact.objects.owned_by(user).filter(target_company=target)
    people = {c.pk: c for c in there.order_by("full_name", "id")}
    found = latencies(user, people, today)
    return [{"contact": c, "latency": found[pk]} for pk, c in people.items() if pk in found]


@require_POST
def check_draft(request: AuthedRequest) -> HttpResponse:
    """Return the checker's findings for the text being edited (an htmx fragment)."""
    kind = request.POST.get("kind", "first")
    text = request.POST.get("text", "")[:MAX_MESSAGE]
    result = check(text, kind if kind in KINDS else "first")
    return render(request, "paths/_check.html", {"result": result})


@require_POST
def log_message(request: AuthedRequest, pk: int) -> HttpResponse:
    target = _get_target_for_owner(request, pk)
    contact = get_owned_or_404(Contact, request.user, request.POST.get("contact"))
    kind = request.POST.get("kind", "first")
    text = request.POST.get("text", "").strip()
    if kind not in OUTREACH_KINDS or not text or len(text) > MAX_MESSAGE:
        messages.error(request, "Nothing was logged: the message is empty or too long.")
        return redirect("paths-target", pk=target.pk)
    log_sent(request.user, contact, target, kind, text, today_for(request.user))
    messages.success(
        request,
        f"Logged your message to {contact.full_name}. With no reply in 3 business days, "
        f"Rapport will suggest a second person at {target.name}; after 7, one follow-up.",
    )
    return redirect("paths-target", pk=target.pk)


@require_POST
def set_advocacy(request: AuthedRequest, pk: int) -> HttpResponse:
    target = _get_target_for_owner(request, pk)
    value = request.POST.get("advocacy", "")
    if value not in ("", "0", "1", "2", "3"):
        messages.error(request, "Advocacy is 0 to 3, or empty to let Rapport compute it.")
        return redirect("paths-target", pk=target.pk)
    target.advocacy = int(value) if value else None
    target.save(update_fields=["advocacy"])
    messages.success(
        request, "Advocacy saved." if value else "Advocacy is computed from your contacts again."
    )
    return redirect("paths-target", pk=target.pk)


def _mark(request: AuthedRequest, pk: int, field: str, done: str) -> HttpResponse:
    sent = get_owned_or_404(Outreach, request.user, pk)
    setattr(sent, field, today_for(request.user))
    sent.save(update_fields=[field])
    messages.success(request, done.format(name=sent.contact.full_name))
    if request.POST.get("next") == "target" and sent.target_id:
        return redirect("paths-target", pk=sent.target_id)
    return redirect("paths")


@require_POST
def mark_replied(request: AuthedRequest, pk: int) -> HttpResponse:
    return _mark(request, pk, "replied_on", "{name} replied: the follow-up reminders stop.")


@require_POST
def mark_followed_up(request: AuthedRequest, pk: int) -> HttpResponse:
    return _mark(request, pk, "followed_up_on", "Follow-up to {name} logged.")


def _mark_touch(request: AuthedRequest, pk: int, field: str, done: str) -> HttpResponse:
    """Log the first message read from the user's messages, with what they say came of it."""
    touch = get_owned_or_404(Touch, request.user, pk)
    contact = touch.contact
    if contact is None or touch.direction != "out":
        raise Http404("not a first message to a contact")
    zone = workspace_zone(request.user)
    today = today_for(request.user)
    sent = Outreach.objects.create(
        owner=request.user,
        contact=contact,
        target=contact.target_company,
        text=touch.excerpt,
        sent_on=local_day(touch.when, zone),
        **{field: today},
    )
    messages.success(request, done.format(name=contact.full_name))
    return redirect("paths-target", pk=sent.target_id) if sent.target_id else redirect("paths")


@require_POST
def mark_touch_replied(request: AuthedRequest, pk: int) -> HttpResponse:
    return _mark_touch(request, pk, "replied_on", "{name} replied: the follow-up reminders stop.")


@require_POST
def mark_touch_followed_up(request: AuthedRequest, pk: int) -> HttpResponse:
    return _mark_touch(request, pk, "followed_up_on", "Follow-up to {name} logged.")


def who(request: AuthedRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    field = request.GET.get("by") or "all"
    try:
        found = who_knows(request.user, query, field)
    except ValueError as exc:
        messages.error(request, str(exc))
        field, found = "all", who_knows(request.user, query)
    context = {
        "query": query,
        "by": field,
        "fields": FIELDS,
        "results": list(found[:WHO_SHOWN]),
        "count": found.count() if query else 0,
        "shown": WHO_SHOWN,
    }
    return render(request, "paths/who.html", context)
