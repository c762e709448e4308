"""The URLconf's patterns, for the walk in test_owner_walk.py."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver


def all_url_patterns(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    """Return every route of the app, as written in the URLconf ("contacts/<int:pk>/")."""
    resolver = resolver or get_resolver()
    found = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            found += all_url_patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            found.append(prefix + str(entry.pattern))
    return found
