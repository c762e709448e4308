"""Settings → API access: make, replace or withdraw the key to the JSON API.

The key is shown once, on the page that answers the request that made it; only its digest
is stored (rapport/coaching/api.py), so nobody, the operator included, can read it again.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from rapport.coaching.api import new_token
from rapport.coaching.models import ApiToken
from rapport.lib.links import absolute_url
from rapport.lib.requests import AuthedRequest


def _page(request: AuthedRequest, key: str = "") -> HttpResponse:
    context = {
        "token": ApiToken.objects.owned_by(request.user).first(),
        "key": key,
        "document": absolute_url(request, reverse("api:openapi-json")),
    }
    return render(request, "coaching/api_access.html", context)


@require_safe
def api_access(request: AuthedRequest) -> HttpResponse:
    return _page(request)


@require_POST
def make_key(request: AuthedRequest) -> HttpResponse:
    response = _page(request, new_token(request.user))
    # The key is in this answer only: never kept by a browser's cache or back button.
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def withdraw_key(request: AuthedRequest) -> HttpResponse:
    if ApiToken.objects.owned_by(request.user).delete()[0]:
        messages.success(request, "Your API key no longer works.")
    return redirect("settings-api")
