"""The contacts page: one page of the contacts the filters choose, kept with what is
shown above it until the workspace changes (rapport/accounts/kept.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe

from rapport.accounts.kept import kept
from rapport.contacts.bulk_actions import ACTIONS
from rapport.contacts.models import (
    FUNCTION_CHOICES,
    SENIORITY_CHOICES,
    Contact,
    DeletedContact,
    MergeCandidate,
)
from rapport.contacts.queries import FLAGS, SORT_WORDS, FilterError, filter_contacts
from rapport.lib.fragments import Fragment, for_request, render_fragment, with_part
from rapport.lib.requests import AuthedRequest

if TYPE_CHECKING:
    from django.contrib.auth.models import User

PAGE_SIZE = 50
#: Nothing in the list's rows changes with time alone; a kept page is dropped after a day.
KEPT_ROWS_FOR = timedelta(days=1)
#: How long the list offers to undo the last deletion.
UNDO_SHOWN_FOR = timedelta(hours=1)


def contact_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    try:
        filter_contacts(Contact.objects.none(), request.GET)
    except FilterError as exc:
        messages.error(request, str(exc))
    # Counting and rendering a page of 30,000 contacts, with the notices and filters above
    # it, is kept until the workspace changes: a kept page asks the database nothing more.
    path = request.get_full_path()
    rows, page, _undo = kept(
        user,
        f"contacts-list:{path}",
        lambda now: _page(user, request.GET, now),
        _page_good_until,
    )
    # Back after a search asks htmx for the whole page (the box with its query), not the rows.
    rows_only = request.headers.get("HX-Request") and not request.headers.get(
        "HX-History-Restore-Request"
    )
    if rows_only:
        response = HttpResponse(for_request(request, rows))
    else:
        content = with_part(request, page, ROWS_MARK, rows)
        response = render(request, "contacts/list.html", {"content": content})
    # One address answers rows or the whole page: Back must not reuse the rows as the page.
    patch_vary_headers(response, ["HX-Request"])
    return response


#: Where the kept page takes its kept rows (it holds no imported text, which is escaped).
ROWS_MARK = "<!-- the rows -->"


def _page(user: User, params: QueryDict, now: datetime) -> tuple[Fragment, Fragment, Any]:
    """Return the rows ``params`` choose, the page around them, and the deletion it offers
    to undo (or None)."""
    notices = _notices(user, now)
    page = render_fragment(
        "contacts/_page.html",
        notices
        | {
            "rows": mark_safe(ROWS_MARK),  # noqa: S308
            "flags": [(name, label, params.get(name, "")) for name, (label, _) in FLAGS.items()],
            "seniorities": SENIORITY_CHOICES,
            "industry_values": ("yes", "no", "unknown"),
            "functions": FUNCTION_CHOICES,
            "sorts": SORT_WORDS.items(),
            "current": params,
        },
    )
    return _table(user, params), page, notices["undo"]


def _page_good_until(now: datetime, kept_page: tuple[Fragment, Fragment, Any]) -> datetime:
    """Nothing in the rows changes with time alone; the offer to undo ends after an hour."""
    undo = kept_page[2]
    until = now + KEPT_ROWS_FOR
    return min(until, undo["deleted_at"] + UNDO_SHOWN_FOR) if undo else until


def _notices(user: User, now: datetime) -> dict[str, Any]:
    """Return what the list says above its rows: duplicates to review, the deletion that
    can be undone, companies whose industry is unknown."""
    undo = (
        DeletedContact.objects.owned_by(user)
        .filter(deleted_at__gte=now - UNDO_SHOWN_FOR)
        .values("pk", "name", "deleted_at")
        .first()
    )
    return {
        # Whether to ask at all: stopping at the first unknown keeps the list fast.
        "unknown_industries": Contact.objects.owned_by(user)
        .filter(in_target_industry__isnull=True, company__isnull=False)
        .exists(),
        # The last deletion can be undone from the list it leads back to, for an hour.
        "undo": undo,
        "review_count": MergeCandidate.objects.owned_by(user)
        .filter(status=MergeCandidate.PENDING)
        .count(),
    }


def _table(user: User, params: QueryDict) -> Fragment:
    """Return one page of the contacts ``params`` choose, with their count, rendered."""
    qs: QuerySet[Contact] = Contact.objects.owned_by(user).select_related("target_company")
    try:
        qs = filter_contacts(qs, params)
    except FilterError:
        qs = Contact.objects.none()
    page = Paginator(qs, PAGE_SIZE).get_page(params.get("page"))
    others = params.copy()
    others.pop("page", None)
    context = {
        "page": page,
        "params": others.urlencode(),
        "current": params,
        "bulk_actions": ACTIONS.items(),
    }
    return render_fragment("contacts/_table.html", context)
