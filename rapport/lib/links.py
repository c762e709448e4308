"""Addresses to hand out: share links, QR codes, feeds and e-mails must work elsewhere.

With ``RAPPORT_PUBLIC_URL`` set, every link starts with it; without it (a laptop) links
start with the address this request reached the server at, which only works where the
server can be reached, and pages say so (``reachable_elsewhere``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest


def absolute_url(request: HttpRequest | None, path: str) -> str:
    """Return ``path`` (starting with /) as a whole address people can open."""
    if settings.PUBLIC_URL:
        return f"{settings.PUBLIC_URL}{path}"
    if request is None:
        return f"http://127.0.0.1:8000{path}"
    return request.build_absolute_uri(path)


def reachable_elsewhere() -> bool:
    """Return True when links work beyond this machine (a public address is set)."""
    return bool(settings.PUBLIC_URL)


def public_parts() -> tuple[str, str]:
    """Return (scheme, host[:port]) of the public address; ("", "") when none is set."""
    if not settings.PUBLIC_URL:
        return "", ""
    parts = urlsplit(settings.PUBLIC_URL)
    return parts.scheme, parts.netloc
