"""The JSON API: every operation as the five people of the privacy walk, and schemathesis.

The operations come from the OpenAPI document, so an operation added tomorrow is walked
tomorrow.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.contrib.auth.models import User
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given, settings

from rapport.accounts.owner import user_named
from rapport.coaching import sharing
from rapport.coaching.api import api, new_token
from rapport.coaching.models import Access
from tests.accounts.test_backup import fill_workspace
from tests.coaching.conftest import coach
from tests.coaching.test_privacy_walk import NEVER, alice_with_secrets

#: The part each client operation needs; the others are the caller's own data.
NEEDS = {"diagnosis": "diagnosis", "contacts": "contacts", "meetings": "meetings"}


def operations() -> list[str]:
    return list(api.get_openapi_schema()["paths"])


def call(token: str, path: str) -> Any:
    return Client().get(path, headers={"Authorization": f"Bearer {token}"})


def test_every_operation_as_five_people(
    alice: User, bob: User, carol: User, dan: User, erin: User, frank: User
) -> None:
    alice_with_secrets(alice)
    paths = [p.replace("{client_id}", str(alice.pk)) for p in operations()]
    assert len(paths) >= 7
    allowed = {"carol": {"diagnosis", "contacts", "meetings"}, "dan": {"diagnosis"}}
    for person in (carol, dan, erin, frank, bob):
        token = new_token(person)
        for path in paths:
            response = call(token, path)
            body = response.content.decode()
            assert not [s for s in NEVER if s in body], f"{path} as {person}"
            if path.startswith(f"/api/clients/{alice.pk}/"):
                part = NEEDS[path.rsplit("/", 1)[1]]
                expected = 200 if part in allowed.get(person.username, ()) else 404
                assert response.status_code == expected, f"{path} as {person}"
            else:
                assert response.status_code == 200, f"{path} as {person}"
                assert "Geoff Martha" not in body, f"{path} as {person} shows alice's"
        roster = json.loads(call(token, "/api/clients").content)
        names = [c["user"] for c in roster["clients"]]
        assert names == (["alice"] if person.username in allowed else [])
    logged = set(Access.objects.filter(owner=alice).values_list("coach__username", flat=True))
    assert logged == {"carol", "dan"}


def test_no_token_or_a_wrong_one_is_refused(alice: User) -> None:
    fill_workspace(alice)
    new_token(alice)
    assert Client().get("/api/me/contacts").status_code == 401
    assert call("not-a-token", "/api/me/contacts").status_code == 401
    assert Client().get("/api/openapi.json").status_code == 200


def test_a_new_token_replaces_the_old_one(alice: User) -> None:
    old = new_token(alice)
    new = new_token(alice)
    assert call(old, "/api/me/contacts").status_code == 401
    assert call(new, "/api/me/contacts").status_code == 200


def test_your_own_contacts_are_paged(alice: User) -> None:
    fill_workspace(alice)
    token = new_token(alice)
    page = json.loads(call(token, "/api/me/contacts?offset=1&limit=1").content)
    assert page["count"] == 2
    assert [c["name"] for c in page["contacts"]] == ["Dana Reyes"]
    assert call(token, "/api/me/contacts?limit=501").status_code == 422


@pytest.fixture
def coach_token(db: None) -> str:
    """A coach with one client who shares everything: every operation has data to return."""
    carol = coach("carol")
    nadia = user_named("nadia", create=True)
    fill_workspace(nadia)
    sharing.grant(nadia, carol, ["contacts", "meetings"])
    fill_workspace(carol)
    return new_token(carol)


@pytest.fixture
def connection_kept() -> Iterator[None]:
    """Keep the test's database connection across WSGI requests, as Django's test client does.

    Django's handler closes old connections after each request; on PostgreSQL that would
    close the connection holding the test's transaction.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.parametrize("path", operations())
@pytest.mark.usefixtures("connection_kept")
def test_each_operation_keeps_to_the_openapi_document(path: str, coach_token: str) -> None:
    """Schemathesis generates requests from the document and checks every answer against it."""
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    operation = schema[path]["GET"]
    headers = {"Authorization": f"Bearer {coach_token}"}

    @given(case=operation.as_strategy())
    @settings(max_examples=25, suppress_health_check=list(HealthCheck), deadline=None)
    def check(case: Any) -> None:
        case.call_and_validate(headers=headers)

    check()
