"""The meetings timeline, one meeting's page, the forms on them, and the follow-up feed.

Every form posts normally and redirects back (no JavaScript needed); with htmx the
same views answer with the meeting's updated row, which replaces the old one in place.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST, require_safe

from rapport.accounts.clock import workspace_zone
from rapport.accounts.kept import kept
from rapport.contacts.models import Contact
from rapport.formats.ics_feed import write_feed
from rapport.ledger.models import Give, Introduction
from rapport.lib.fragments import Fragment, for_request, render_fragment, with_part
from rapport.lib.links import absolute_url
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest
from rapport.meeting_pages import feed
from rapport.meeting_pages.evidence import confirm_evidence, evidence_for
from rapport.meeting_pages.forms import ClassifyForm, OutcomeForm
from rapport.meeting_pages.outcomes import log_outcome
from rapport.meeting_pages.rows import Row, build_rows, by_week, with_people
from rapport.meetings.models import Interaction
from rapport.meetings.people import PersonError, add_as_contact, link_person
from rapport.meetings.queries import (
    AUDIENCES,
    KINDS,
    FilterError,
    filter_meetings,
    time_moves_at,
    weekly_counts,
)
from rapport.meetings.services import reclassify

PAGE_SIZE = 50
DUE_SHOWN = 6
AUDIENCE_CHOICES = [(name, label) for name, (label, _) in AUDIENCES.items()]
#: What every meetings template may use besides its own context.
_CONSTANTS = {"kinds": KINDS, "give_kinds": Give.KIND_CHOICES}


def meeting_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    zone = workspace_zone(user)
    try:
        filter_meetings(Interaction.objects.none(), request.GET)
    except FilterError as exc:
        messages.error(request, str(exc))
    # The timeline and the due box read thousands of rows: both are kept until the
    # workspace's data changes or time moves past a meeting's start or midnight.
    path = request.get_full_path()

    def timeline_for(now: datetime) -> Fragment:
        return _timeline(user, request.GET, now=now, zone=zone, path=path)

    if request.headers.get("HX-Request"):
        timeline = kept(
            user,
            f"meetings-timeline:{zone.key}:{path}",
            timeline_for,
            lambda now, _fragment: time_moves_at(user, now),
        )
        return HttpResponse(for_request(request, timeline))
    # The whole page is kept with its timeline: one look in the kept table, nothing more.
    # The feed's address is written with the address the page was asked at.
    timeline, page = kept(
        user,
        f"meetings-page:{zone.key}:{request.get_host()}:{path}",
        lambda now: (timeline_for(now), _page(request, now, zone)),
        lambda now, _parts: min(time_moves_at(user, now), feed.due_items_until(user, now)),
    )
    context = {"content": with_part(request, page, TIMELINE_MARK, timeline)}
    return _render(request, "meetings/list.html", context, zone)


#: Where the kept page takes its kept timeline (it holds no imported text, which is escaped).
TIMELINE_MARK = "<!-- the timeline -->"


def _page(request: AuthedRequest, now: datetime, zone: ZoneInfo) -> Fragment:
    """Return the meetings page below the navigation, a mark where the timeline goes."""
    user = request.user
    token = feed.feed_token(user)
    today = now.astimezone(zone).date()
    due = feed.due_items(user, now=now, zone=zone, url_for=_meeting_url)
    context = {
        "timeline": mark_safe(TIMELINE_MARK),  # noqa: S308
        "zone": zone.key,
        "current": request.GET,
        "audiences": AUDIENCE_CHOICES,
        "today": today,
        "due": [item for item in due if item.due <= today][:DUE_SHOWN],
        "feed_url": _feed_url(request, token) if token else "",
        "links_local_only": not settings.PUBLIC_URL,
        **_CONSTANTS,
    }
    with timezone.override(zone):
        return render_fragment("meetings/_page.html", context)


def _timeline(
    user: Any, params: QueryDict, *, now: datetime, zone: ZoneInfo, path: str
) -> Fragment:
    """Return the timeline (weekly counts, one page of meetings) for ``params``, rendered."""
    base = Interaction.objects.owned_by(user)
    try:
        qs = filter_meetings(base, params)
        counted = filter_meetings(base, {k: params.get(k) for k in ("kind", "audience")})
    except FilterError:
        qs = counted = base.none()
    # The timeline opens where today is: upcoming meetings above, past ones below.
    number = params.get("page") or qs.filter(start__gt=now).count() // PAGE_SIZE + 1
    page = Paginator(with_people(qs.order_by("-start", "-id")), PAGE_SIZE).get_page(number)
    rows = build_rows(user, page.object_list, zone)
    for row in rows:
        if row.meeting.start <= now:
            row.first_past = page.number == 1 or any(r.meeting.start > now for r in rows)
            break
    today = now.astimezone(zone).date()
    weekly = weekly_counts(counted, zone, today)
    others = params.copy()
    others.pop("page", None)
    context = {
        "page": page,
        "weeks": by_week(rows),
        "weekly": weekly,
        "weekly_max": max([count for _, count in weekly] + [1]),
        "params": others.urlencode(),
        "current": params,
        "today": today,
        "next": path,
        "htmx": True,
        **_CONSTANTS,
    }
    # Templates format dates in the workspace's zone, not the server's.
    with timezone.override(zone):
        return render_fragment("meetings/_timeline.html", context)


def _get_meeting_for_owner(request: AuthedRequest, pk: int) -> Interaction:
    return get_owned_or_404(Interaction, request.user, pk)


def meeting_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    meeting = _get_meeting_for_owner(request, pk)
    zone = workspace_zone(request.user)
    (row,) = build_rows(request.user, [_fresh(meeting)], zone)
    return _render_detail(request, row, zone)


def _render_detail(request: AuthedRequest, row: Row, zone: Any, status: int = 200) -> HttpResponse:
    meeting = row.meeting
    context = {
        "row": row,
        "open": True,
        "htmx": False,
        "next": reverse("meeting", args=[meeting.pk]),
        "gives": Give.objects.owned_by(request.user)
        .filter(interaction=meeting)
        .select_related("contact"),
        "introductions": Introduction.objects.owned_by(request.user)
        .filter(interaction=meeting)
        .select_related("from_contact", "to_contact"),
        "follow_ups": meeting.follow_ups.select_related("contact"),
        "evidence": evidence_for(request.user, meeting),
        "zone": zone.key,
    }
    return _render(request, "meetings/detail.html", context, zone, status=status)


@require_POST
def meeting_evidence(request: AuthedRequest, pk: int) -> HttpResponse:
    """Log what the messages say came of the meeting, where nothing is logged yet."""
    meeting = _get_meeting_for_owner(request, pk)
    logged = confirm_evidence(request.user, meeting, timezone.now())
    if logged:
        answers = "answer" if logged == 1 else "answers"
        messages.success(request, f"Logged {logged} {answers} from your messages.")
    else:
        messages.info(request, "Nothing to log: you had already logged these answers.")
    return redirect("meeting", pk=meeting.pk)


@require_POST
def meeting_outcome(request: AuthedRequest, pk: int) -> HttpResponse:
    meeting = _fresh(_get_meeting_for_owner(request, pk))
    zone = workspace_zone(request.user)
    if meeting.start > timezone.now():
        messages.error(request, "This meeting has not happened yet: log its outcome once it has.")
        return redirect("meeting", pk=meeting.pk)
    people = list(meeting.contacts.all())
    form = OutcomeForm(request.POST, people=people)
    if not form.is_valid():
        (row,) = build_rows(request.user, [meeting], zone, posted={meeting.pk: request.POST.dict()})
        row.errors = [
            f"{form[name].label}: {said}" if name in form.fields else said
            for name, errors in form.errors.items()
            if (said := " ".join(str(e) for e in errors))
        ]
        if request.headers.get("HX-Request"):
            # htmx swaps only successful answers: the row with its errors is one.
            return _row_response(request, row, zone)
        return _render_detail(request, row, zone, status=400)
    data = form.cleaned_data
    if data["kind"] and data["kind"] != meeting.kind:
        reclassify(meeting, set_override=False, override=None, kind=data["kind"])
    added = log_outcome(request.user, meeting, data, now=timezone.now(), zone=zone)
    return _done(request, meeting, zone, ["Outcome saved.", *added])


@require_POST
def meeting_classify(request: AuthedRequest, pk: int) -> HttpResponse:
    meeting = _get_meeting_for_owner(request, pk)
    zone = workspace_zone(request.user)
    form = ClassifyForm(request.POST)
    if not form.is_valid():
        raise Http404("No such choice")
    given, override = form.override()
    reclassify(
        meeting, set_override=given, override=override, kind=form.cleaned_data["kind"] or None
    )
    if not given:
        said = "Kind saved."
    elif override is None:
        said = "Rapport decides again whether this meeting was networking."
    else:
        said = f"Counted as {'networking' if override else 'not networking'}; re-imports keep this."
    return _done(request, meeting, zone, [said])


@require_POST
def meeting_person(request: AuthedRequest, pk: int) -> HttpResponse:
    meeting = _get_meeting_for_owner(request, pk)
    zone = workspace_zone(request.user)
    try:
        index = int(request.POST.get("person", ""))
        if request.POST.get("contact"):
            contact = get_owned_or_404(Contact, request.user, request.POST["contact"])
            link_person(meeting, index, contact)
            said = f"Linked to {contact.full_name}."
        else:
            contact, joined = add_as_contact(request.user, meeting, index)
            said = f"{contact.full_name} is now a contact" + (
                f", linked to {joined} other meeting{'s' if joined != 1 else ''}."
                if joined
                else "."
            )
    except (ValueError, PersonError) as exc:
        messages.error(request, str(exc) if isinstance(exc, PersonError) else "No such person.")
        return _back(request, meeting)
    return _done(request, meeting, zone, [said])


@require_POST
def feed_settings(request: AuthedRequest) -> HttpResponse:
    if request.POST.get("action") == "revoke":
        feed.revoke_feed(request.user)
        messages.success(request, "The feed address is turned off: calendars get nothing from it.")
    else:
        feed.enable_feed(request.user)
        messages.success(request, "Your private feed address is ready: copy it into your calendar.")
    return redirect(reverse("meetings") + "#feed")


@require_safe
def follow_up_feed(request: HttpRequest, token: str) -> HttpResponse:
    user = feed.owner_of_feed(token)
    if user is None:
        raise Http404("No such feed")
    now = timezone.now()
    items = feed.due_items(
        user,
        now=now,
        zone=workspace_zone(user),
        url_for=lambda pk: absolute_url(request, _meeting_url(pk)),
        uid_key=feed.uid_key(token),
    )
    response = HttpResponse(
        write_feed(items, name=feed.FEED_NAME, stamp=now),
        content_type="text/calendar; charset=utf-8",
    )
    # The address is the only key: no shared cache may keep a copy, and a revoked
    # address must stop answering at once. Calendar apps poll on their own schedule.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Content-Disposition"] = 'inline; filename="follow-ups.ics"'
    return response


def _meeting_url(pk: int) -> str:
    return reverse("meeting", args=[pk])


def _feed_url(request: HttpRequest, token: str) -> str:
    return absolute_url(request, reverse("follow-up-feed", args=[token]))


def _fresh(meeting: Interaction) -> Interaction:
    """Return ``meeting`` again with its contacts fetched as a row needs them."""
    return with_people(Interaction.objects.filter(pk=meeting.pk)).get()


def _done(request: AuthedRequest, meeting: Interaction, zone: Any, said: list[str]) -> HttpResponse:
    if request.headers.get("HX-Request"):
        (row,) = build_rows(request.user, [_fresh(meeting)], zone)
        row.saved = said
        return _row_response(request, row, zone)
    for text in said:
        messages.success(request, text)
    return _back(request, meeting)


def _back(request: AuthedRequest, meeting: Interaction) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = reverse("meeting", args=[meeting.pk])
    anchor = f"#m-{meeting.pk}" if target.startswith(reverse("meetings")) else ""
    return redirect(target.split("#")[0] + anchor)


def _row_response(request: AuthedRequest, row: Row, zone: Any, status: int = 200) -> HttpResponse:
    next_ = request.POST.get("next", "")
    context = {"row": row, "htmx": True, "next": next_, "open": bool(row.errors)}
    return _render(request, "meetings/_row.html", context, zone, status=status)


def _render(
    request: AuthedRequest,
    template: str,
    context: dict[str, Any],
    zone: Any,
    status: int = 200,
) -> HttpResponse:
    context |= _CONSTANTS
    # Templates format dates in the workspace's zone, not the server's.
    with timezone.override(zone):
        return render(request, template, context, status=status)
