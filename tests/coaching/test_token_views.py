"""Settings → API access: a key made on the page works, is shown once, and can be withdrawn."""

from __future__ import annotations

import re

from django.contrib.auth.models import User
from django.test import Client

from rapport.coaching.models import ApiToken
from tests.coaching.conftest import signed_in
from tests.coaching.test_api import call


def key_on(page: str) -> str:
    found = re.search(r'id="api-key" type="text" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def test_a_key_made_on_the_page_opens_the_api_until_replaced_or_withdrawn(
    alice: User, bob: User
) -> None:
    web = signed_in(alice)
    assert "You have no key" in web.get("/settings/api/").content.decode()
    made = web.post("/settings/api/new/")
    assert made["Cache-Control"] == "no-store"
    first = key_on(made.content.decode())
    assert call(first, "/api/me/diagnosis").status_code == 200
    assert "You have a key" in web.get("/settings/api/").content.decode()
    assert first not in web.get("/settings/api/").content.decode()  # shown once

    second = key_on(web.post("/settings/api/new/").content.decode())
    assert call(first, "/api/me/diagnosis").status_code == 401
    assert call(second, "/api/me/diagnosis").status_code == 200

    signed_in(bob).post("/settings/api/withdraw/")  # bob's own (none): alice's key stays
    assert call(second, "/api/me/diagnosis").status_code == 200
    web.post("/settings/api/withdraw/")
    assert call(second, "/api/me/diagnosis").status_code == 401
    assert not ApiToken.objects.filter(owner=alice).exists()


def test_the_page_needs_a_post_to_make_a_key(alice: User) -> None:
    web: Client = signed_in(alice)
    assert web.get("/settings/api/new/").status_code == 405
    assert not ApiToken.objects.exists()
