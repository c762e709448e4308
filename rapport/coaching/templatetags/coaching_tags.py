"""What coaches gave a client, shown on the client's own pages (the diagnosis)."""

from __future__ import annotations

from typing import Any

from django import template
from django.contrib.auth.models import User

from rapport.coaching import advice

register = template.Library()
_COMMENTS = "_coach_comments"


def _user(context: dict[str, Any]) -> User | None:
    request = context.get("request")
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


@register.inclusion_tag("coaching/_comments.html", takes_context=True)
def coach_comments(context: dict[str, Any], code: str) -> dict[str, Any]:
    """The comments coaches left on the finding ``code``, for the page's user."""
    user = _user(context)
    if user is None:
        return {"comments": []}
    # Read once a page, not once a finding.
    request = context["request"]
    by_code = getattr(request, _COMMENTS, None)
    if by_code is None:
        by_code = {}
        for found in advice.comments_for(user):
            by_code.setdefault(found.code, []).append(found)
        setattr(request, _COMMENTS, by_code)
    return {"comments": by_code.get(code, [])}


@register.inclusion_tag("coaching/_week.html", takes_context=True)
def coach_actions(context: dict[str, Any]) -> dict[str, Any]:
    """The actions coaches gave the page's user, with a button to mark each done."""
    user = _user(context)
    return {
        "assignments": advice.week_of(user) if user else [],
        "coach_view": context.get("coach_view"),
        "csrf_token": context.get("csrf_token"),
    }
