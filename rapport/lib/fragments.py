"""Parts of a page rendered once and kept, then given each request's form token.

A kept fragment (rapport/accounts/kept.py) is shown to every session of its workspace, so
it cannot hold the form token (CSRF) of the session that happened to render it. It is
rendered with a random mark in the token's place, and each request puts its own token
where the mark is. The mark is made after the data was written, so no imported text can
hold it.
"""

from __future__ import annotations

import secrets
import zlib
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Fragment:
    #: The HTML, compressed: a page of 50 meetings is about 200 kB as text, 20 kB so.
    packed: bytes
    #: What stands in the HTML where each request's form token goes.
    mark: str

    @property
    def html(self) -> str:
        return zlib.decompress(self.packed).decode()


def render_fragment(template: str, context: dict[str, Any]) -> Fragment:
    """Return ``template`` rendered without a request, a mark in place of the form token.

    The template may use only ``context``, never what context processors add.
    """
    mark = secrets.token_hex(16)
    html = render_to_string(template, {**context, "csrf_token": mark})
    return Fragment(zlib.compress(html.encode(), 1), mark)


def for_request(request: HttpRequest, fragment: Fragment) -> SafeString:
    """Return the fragment's HTML with the request's own form token in it."""
    # The HTML was escaped when it was rendered; the token is letters and digits.
    return mark_safe(fragment.html.replace(fragment.mark, get_token(request)))  # noqa: S308


def with_part(request: HttpRequest, page: Fragment, mark: str, part: Fragment) -> SafeString:
    """Return ``page`` for the request with ``part`` (kept beside it) where ``mark`` stands.

    The mark is the caller's constant, rendered into the page in place of the part; it is
    written so that no escaped text can hold it (an HTML comment).
    """
    # Both were escaped when rendered; the mark is ours.
    html = for_request(request, page).replace(mark, for_request(request, part))
    return mark_safe(html)  # noqa: S308
