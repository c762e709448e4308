"""Looking at a page never changes data: every GET of every page leaves every table as it was.

The pages come from the URLconf (as in test_owner_walk.py), so a page added tomorrow is
looked at tomorrow. Sessions are the one table a visit may touch (signing in writes one).
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.test import Client

from rapport.accounts import backup
from tests.accounts.test_backup import fill_workspace
from tests.accounts.test_owner_walk import alices_ids, urls_for
from tests.accounts.url_patterns import all_url_patterns

#: Tables a visit may write: the session that keeps the user signed in.
UNWATCHED = {Session}


def row_counts() -> dict[str, int]:
    """Return the number of rows in every table of the app."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model not in UNWATCHED
    }


def get_every_page(client: Client, user: User, ids: set[int]) -> list[str]:
    """GET every page (one per id for pages about a row); return the URLs that failed."""
    problems = []
    for pattern in all_url_patterns():
        for url in urls_for(pattern, ids or {1}):
            client.force_login(user)  # a sign-out page must not end the walk
            before = row_counts()
            response = client.get(url)
            if response.status_code >= 500:
                problems.append(f"GET {url}: {response.status_code}")
            if (after := row_counts()) != before:
                changed = sorted(k for k in after if after[k] != before[k])
                problems.append(f"GET {url} wrote to {', '.join(changed)}")
    return problems


def test_looking_at_every_page_of_an_empty_workspace_writes_nothing(
    alice: User, alice_client: Client
) -> None:
    assert get_every_page(alice_client, alice, set()) == []


def test_looking_at_every_page_of_a_full_workspace_changes_nothing(
    alice: User, alice_client: Client
) -> None:
    fill_workspace(alice)
    before = backup.dumps(alice)
    assert get_every_page(alice_client, alice, alices_ids(alice)) == []
    assert backup.dumps(alice) == before
