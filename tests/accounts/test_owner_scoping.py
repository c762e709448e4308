"""Every page is scoped to its owner: bob sees none of alice's rows, by any URL."""

from __future__ import annotations

import importlib
from pathlib import Path

from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from rapport.formats import plan_toml
from rapport.plan.services import save_plan
from tests.accounts.test_backup import fill_workspace

#: Pages that list or show a user's data, with a marker of alice's data they must not leak.
LIST_PAGES = ["/", "/plan/", "/plan/plan.toml"]
TESTS = Path(__file__).resolve().parents[1]
SECRET = "Geoff Martha"


def all_url_patterns(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    resolver = resolver or get_resolver()
    found = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            found += all_url_patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            found.append(prefix + str(entry.pattern))
    return found


def test_bob_sees_none_of_alices_data_on_any_page(alice: User, bob_client: Client) -> None:
    fill_workspace(alice)
    save_plan(alice, plan_toml.loads('[person]\nname = "Margaret Secret"\n'))
    for url in LIST_PAGES:
        page = bob_client.get(url).content.decode()
        assert SECRET not in page, url
        assert "Margaret Secret" not in page, url


def test_every_url_with_an_id_is_covered_by_a_scoping_test() -> None:
    # A page that takes an id must be listed in COVERED of its app's tests/<app>/test_scoping.py,
    # whose tests open alice's id as bob and expect a 404.
    covered: set[str] = set()
    for module in sorted(TESTS.glob("*/test_scoping.py")):
        name = f"tests.{module.parent.name}.test_scoping"
        covered.update(importlib.import_module(name).COVERED)
    with_ids = [p for p in all_url_patterns() if "<" in p and "token" not in p]
    assert [p for p in with_ids if p not in covered] == []
