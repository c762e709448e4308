"""Who the request is for: the local owner in single-user mode, a logged-in user otherwise.

Either way the views see ``request.user`` and scope every query to it, so single-user
and multi-user deployments run the same code path; and the workspace's time zone is the
current zone while the page is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from rapport.accounts.clock import REQUEST_ZONE, workspace_zone
from rapport.accounts.owner import local_owner

#: Paths anyone may open: login, static files, the public, token-guarded pages, the
#: health check (it says only whether the database answers), and the API (its own tokens).
PUBLIC_PREFIXES = ("/accounts/", "/static/", "/h/", "/feeds/", "/healthz", "/api/")


class WorkspaceMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(PUBLIC_PREFIXES):
            return self.get_response(request)
        if not settings.MULTIUSER:
            if not request.user.is_authenticated:
                login(request, local_owner(), backend="rapport.accounts.backends.WorkspaceBackend")
        elif not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        # Every time on the page, in templates and in views, is shown in the workspace's zone.
        user = cast(User, request.user)  # signed in, by the lines above
        zone = workspace_zone(user)
        setattr(user, REQUEST_ZONE, zone)  # read once a request
        with timezone.override(zone):
            return self.get_response(request)
