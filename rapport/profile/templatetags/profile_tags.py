"""Template filters of the profile pages: speaking times as m:ss."""

from __future__ import annotations

from django import template

from rapport.profile.feedback import minutes as as_minutes

register = template.Library()


@register.filter
def minutes(seconds: int | None) -> str:
    """Return seconds as m:ss ("" for None)."""
    return "" if seconds is None else as_minutes(int(seconds))


@register.filter
def signed_minutes(seconds: int) -> str:
    """Return a change in seconds as +m:ss or -m:ss (0:00 for none)."""
    sign = "+" if seconds > 0 else "-" if seconds < 0 else ""
    return sign + as_minutes(abs(int(seconds)))
