"""A coach opens a client's shared pages: /coach/clients/<id>/<the client's own path>.

Every page of a client goes through ``client_share`` (the coach must hold a share from that
client, else 404) and ``record`` (the client's access log). The client's own pages are
reused, not copied: the inner path is resolved against the URLconf, kept only when its URL
name is in the allow-list of rapport/coaching/parts.py and its part is shared, and then
run for the client with GET only. docs/decisions.md says why this cannot leak.
"""

from __future__ import annotations

import html
import re
from typing import Any

from django.http import Http404, HttpResponse
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from rapport.accounts.clock import REQUEST_ZONE, workspace_zone
from rapport.coaching.models import Access, Share
from rapport.coaching.parts import PAGES, PARTS
from rapport.lib.requests import AuthedRequest

#: Where the page being made for a coach keeps what the banner shows (context.py reads it).
COACH_VIEW = "coach_view"
#: Links on a client's page that stay as they are: static files, sign-in, the coach's own.
_KEEP = r"static/|accounts/|coach/"
_LINK = re.compile(rf'\b(href|action|src|hx-get|hx-post)="/(?!{_KEEP})([^"]*)"')
#: The coach's own pages of a client (rapport/coaching/urls.py), by URL name, and the part each
#: shows; the catch-all ``coach-client-page`` goes by the inner page's part in PAGES.
OWN_PAGES = {
    "coach-client": "diagnosis",
    "coach-client-contacts": "contacts",
    "coach-client-contact": "contacts",
    "coach-client-meetings": "meetings",
}


def client_share(request: AuthedRequest, client_id: int, part: str) -> Share:
    """Return the share of client ``client_id`` with the signed-in coach if it holds ``part``.

    404 otherwise, never 403: a coach learns nothing about who exists or what is unshared.
    """
    share = (
        Share.objects.filter(owner_id=client_id, coach=request.user).select_related("owner").first()
    )
    if share is None or part not in share.parts:
        raise Http404("Nothing shared here")
    return share


def record(request: AuthedRequest, share: Share, part: str) -> None:
    """Add the page to the client's access log: who looked, at what, when."""
    Access.objects.create(
        owner=share.owner, coach=request.user, part=part, page=request.get_full_path()[:400]
    )


def banner(share: Share) -> dict[str, Any]:
    """Return what the read-only banner and the client's navigation show."""
    client = share.owner
    base = reverse("coach-client", args=[client.pk])
    links = {
        "diagnosis": base + "diagnosis/",
        "plan": base + "plan/",
        "contacts": base + "contacts/",
        "meetings": base + "meetings/",
        "profile": base + "profile/versions/",
        "handbill": base + "handbill/sheet/",
    }
    return {
        "client": client.username,
        "overview": base,
        "pages": [
            {"label": PARTS[p].split(" (")[0], "url": links[p]} for p in share.parts if p in links
        ],
    }


@require_safe
def client_page(request: AuthedRequest, client_id: int, rest: str) -> HttpResponse:
    """Show the client's own page at ``/rest``, read-only, when its part is shared."""
    try:
        match = resolve("/" + rest)
    except Resolver404:
        raise Http404("No such page") from None
    # By the full name: a namespaced route (the admin's "admin:index") never matches.
    part = PAGES.get(match.view_name)
    if part is None:
        raise Http404("Not a page a client can share")
    share = client_share(request, client_id, part)
    record(request, share, part)
    response = as_client(request, share, match.func, *match.args, **match.kwargs)
    return relinked(response, share)


def as_client(request: AuthedRequest, share: Share, view: Any, *args: Any, **kwargs: Any) -> Any:
    """Run ``view`` for the client: their rows, their time zone, the coach's banner on top."""
    coach, client = request.user, share.owner
    zone = workspace_zone(client)
    setattr(client, REQUEST_ZONE, zone)
    setattr(request, COACH_VIEW, banner(share))
    request.user = client
    try:
        with timezone.override(zone):
            return view(request, *args, **kwargs)
    finally:
        request.user = coach


def opens(share: Share, path: str) -> bool:
    """Whether the coach can open ``path``, a path inside their view of the client."""
    try:
        match = resolve(path.split("#")[0].split("?")[0])
    except Resolver404:
        return False
    if match.url_name == "coach-client-page":
        try:
            part = PAGES.get(resolve("/" + match.kwargs["rest"]).view_name)
        except Resolver404:
            return False
    else:
        part = OWN_PAGES.get(match.url_name or "")
    return part is not None and part in share.parts


def relinked(response: HttpResponse, share: Share) -> HttpResponse:
    """Point the page's links into the client's workspace at the coach's view of it.

    A link to a page the coach cannot open (a contact's own page, a part not shared) loses
    its address and reads as plain text: a coach never follows a link to a "not found".
    Forms and scripts keep their address; the pages are read-only for a coach anyway.
    """
    base = reverse("coach-client", args=[share.owner.pk])
    location = response.get("Location", "")
    if location.startswith("/") and not re.match(_KEEP, location[1:]):
        response["Location"] = base + location[1:]
    kind = response.get("Content-Type", "")
    if response.streaming or not kind.startswith("text/html"):
        return response
    seen: dict[str, bool] = {}

    def point(link: re.Match[str]) -> str:
        attribute, rest = link.group(1), link.group(2)
        target = base + rest
        if attribute == "href":
            if target not in seen:
                seen[target] = opens(share, html.unescape(target))
            if not seen[target]:
                return ""
        return f'{attribute}="{target}"'

    text = response.content.decode(response.charset or "utf-8")
    response.content = _LINK.sub(point, text).encode(response.charset or "utf-8")
    return response
