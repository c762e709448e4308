"""Template context shared by every page: the navigation and the mode."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

import rapport
from rapport.front.known_urls import address

NAV = (
    ("plan", "Plan"),
    ("contacts", "Contacts"),
    ("meetings", "Meetings"),
    ("diagnosis", "Diagnosis"),
    ("paths", "Paths"),
    ("profile", "Profile"),
    ("handbill", "Handbill"),
    ("ledger", "Give"),
)


def navigation(request: HttpRequest) -> dict[str, Any]:
    """Return the main navigation with the current section marked."""
    items = []
    for url_name, label in NAV:
        url = address(url_name)
        items.append({"url": url_name, "label": label, "active": request.path.startswith(url)})
    return {
        "nav_items": items,
        "multiuser": settings.MULTIUSER,
        # Share links and feeds work beyond this machine only with a public address.
        "links_local_only": not settings.PUBLIC_URL,
        "rapport_version": rapport.__version__,
        # The middleware made the workspace's zone current: every time shown is in it.
        "time_zone": timezone.get_current_timezone_name(),
    }
