"""Bob walks every URL of the app, with every method and every one of alice's ids.

The walk is derived from the URLconf, so a page added tomorrow is walked tomorrow. Bob owns
no row at all: any id he opens is alice's (or nobody's) and must answer 404; no page may
show him alice's data; nothing he posts may change it.
"""

from __future__ import annotations

import re
from typing import Any

from django.apps import apps
from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts import backup
from rapport.formats import plan_toml
from rapport.lib.owned import Owned
from rapport.plan.services import save_plan
from tests.accounts.test_backup import fill_workspace
from tests.accounts.url_patterns import all_url_patterns

#: Words of alice's that must never reach bob.
SECRETS = ("Geoff Martha", "Dana Reyes", "Margaret Secret", "Sent FEI dates", "Coffee w/ Dana")
#: Pages anyone may open by a secret token, and the sign-in pages.
PUBLIC = ("h/", "feeds/", "accounts/")
#: Loading the demo fills bob's own workspace with the demo's people (tested in tests/demo).
SKIPPED = {("post", "/demo/")}
_PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")


def alices_ids(alice: User) -> set[int]:
    """Return every id of every row alice owns, in any table."""
    ids: set[int] = set()
    for model in apps.get_models():
        if issubclass(model, Owned):
            ids.update(model._default_manager.filter(owner=alice).values_list("pk", flat=True))
    return ids


def urls_for(pattern: str, ids: set[int]) -> list[str]:
    """Return the concrete paths of ``pattern``: one per id for an id parameter."""
    converters = [kind or "str" for kind, _name in _PARAM.findall(pattern)]
    if not converters:
        return ["/" + pattern]
    if converters == ["int"]:
        return ["/" + _PARAM.sub(str(pk), pattern) for pk in sorted(ids)]
    return ["/" + _PARAM.sub("x", pattern)]


def leaked(response: Any) -> list[str]:
    body = b"".join(response) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    return [secret for secret in SECRETS if secret in text]


def test_bob_can_reach_nothing_of_alices_by_any_url_or_method(
    alice: User, bob: User, bob_client: Client
) -> None:
    fill_workspace(alice)
    save_plan(alice, plan_toml.loads('[person]\nname = "Margaret Secret"\n'))
    ids = alices_ids(alice)
    before = backup.dumps(alice)
    walked, problems = 0, []
    # Pages with ids first, while bob still owns nothing that could carry one of those ids.
    patterns = sorted(all_url_patterns(), key=lambda pattern: "<int:" not in pattern)
    for pattern in patterns:
        if pattern.startswith(PUBLIC):
            continue
        with_id = "<int:" in pattern
        for url in urls_for(pattern, ids):
            for method in ("get", "post"):
                if (method, url) in SKIPPED:
                    continue
                bob_client.force_login(bob)  # a logout page must not end the walk
                response = getattr(bob_client, method)(url, {})
                walked += 1
                if with_id and response.status_code not in (404, 405):
                    problems.append(f"{method.upper()} {url}: {response.status_code}")
                if response.status_code >= 500:
                    problems.append(f"{method.upper()} {url}: {response.status_code}")
                if secrets := leaked(response):
                    problems.append(f"{method.upper()} {url} shows {', '.join(secrets)}")
    assert problems == [], "\n".join(problems)
    assert backup.dumps(alice) == before, "something bob posted changed alice's data"
    assert walked > 100
