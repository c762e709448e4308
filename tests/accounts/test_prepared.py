"""Prepared queries give the rows Django's querysets give, and sign-in reads through them.

A contact's page, the session and the signed-in user are read with queries compiled once
(rapport/lib/prepared.py). Each test here runs the same queryset both ways, on the
database the suite runs on (SQLite, and PostgreSQL in CI).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rapport.accounts.clock import loaded_workspace
from rapport.accounts.models import Workspace
from rapport.accounts.sessions import SessionStore
from rapport.contacts import views as contact_views
from rapport.contacts.models import Contact
from rapport.lib.prepared import Prepared


def fields(row: Any) -> dict[str, Any]:
    """A model instance's loaded fields (deferred ones left out), or a values_list row."""
    if isinstance(row, tuple):
        return {"row": row}
    return {
        f.attname: getattr(row, f.attname)
        for f in row._meta.concrete_fields
        if f.attname in row.__dict__
    }


@pytest.fixture
def contacts(alice: User, bob: User) -> list[Contact]:
    made = [
        Contact.objects.create(
            owner=alice,
            first_name="Ada",
            last_name="Lovelace",
            full_name="Ada Lovelace",
            emails=["ada@example.com"],
            can_hire=True,
        ),
        Contact.objects.create(owner=alice, first_name="Grace", full_name="Grace Hopper"),
        Contact.objects.create(owner=bob, first_name="Alan", full_name="Alan Turing"),
    ]
    return made


BUILDS: dict[str, tuple[Callable[..., Any], tuple[type, ...]]] = {
    "one contact of an owner": (
        lambda owner, pk: Contact.objects.filter(owner_id=owner, pk=pk),
        (int, int),
    ),
    "only some fields": (
        lambda owner: Contact.objects.filter(owner_id=owner).only("id", "full_name", "emails"),
        (int,),
    ),
    "rows of values": (
        lambda owner, name: (
            Contact.objects.filter(owner_id=owner, first_name=name)
            .order_by("pk")
            .values_list("id", "full_name", "can_hire")
        ),
        (int, str),
    ),
    "the user with their workspace": (
        lambda pk: User.objects.select_related("workspace").filter(pk=pk),
        (int,),
    ),
}


@pytest.mark.parametrize("name", BUILDS)
def test_prepared_rows_are_the_querysets_rows(
    name: str, contacts: list[Contact], alice: User, bob: User
) -> None:
    build, kinds = BUILDS[name]
    prepared: Prepared[Any] = Prepared(build, *kinds)
    samples: dict[tuple[type, ...], list[tuple[Any, ...]]] = {
        (int, int): [
            (alice.pk, contacts[0].pk),
            (alice.pk, contacts[2].pk),
            (bob.pk, contacts[2].pk),
        ],
        (int,): [(alice.pk,), (bob.pk,), (contacts[0].pk + 1000,)],
        (int, str): [(alice.pk, "Ada"), (alice.pk, "Grace"), (bob.pk, "Alan"), (alice.pk, "%")],
    }
    for values in samples[kinds]:
        expected = [fields(row) for row in build(*values)]
        assert [fields(row) for row in prepared(*values)] == expected, values


def test_a_prepared_query_is_compiled_once_per_connection(
    contacts: list[Contact], alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = []
    as_sql = SQLCompiler.as_sql

    def counting(self: SQLCompiler, *args: Any, **kwargs: Any) -> Any:
        compiled.append(self)
        return as_sql(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counting)
    prepared = Prepared(lambda owner: Contact.objects.filter(owner_id=owner), int)
    first = prepared(alice.pk)
    learnt = len(compiled)
    for _ in range(3):
        assert [c.pk for c in prepared(alice.pk)] == [c.pk for c in first]
    assert len(compiled) == learnt


def test_a_constant_equal_to_a_stand_in_stays_a_constant(alice: User) -> None:
    Workspace.objects.filter(owner=alice).update(words_per_minute=30_011)
    prepared = Prepared(
        lambda pk: Workspace.objects.filter(words_per_minute=30_011, owner_id=pk), int
    )
    assert [w.owner_id for w in prepared(alice.pk)] == [alice.pk]


def test_a_value_django_rewrites_cannot_be_prepared(alice: User) -> None:
    prepared = Prepared(lambda name: Contact.objects.filter(full_name__icontains=name), str)
    with pytest.raises(ValueError, match="not a parameter"):
        prepared("ada")


def test_values_of_the_wrong_kind_are_refused(alice: User) -> None:
    prepared = Prepared(lambda pk: Contact.objects.filter(pk=pk), int)
    with pytest.raises(TypeError):
        prepared(str(alice.pk))
    with pytest.raises(TypeError):
        prepared(True)


def test_a_contact_address_beyond_any_number_is_not_found(alice_client: Client) -> None:
    assert alice_client.get("/contacts/99999999999999999999999/").status_code == 404


def test_another_owners_contact_is_not_found(alice_client: Client, contacts: list[Contact]) -> None:
    assert alice_client.get(f"/contacts/{contacts[0].pk}/").status_code == 200
    assert alice_client.get(f"/contacts/{contacts[2].pk}/").status_code == 404


def test_the_contact_page_queries_are_derived_from_the_view(db: None) -> None:
    """Every prepared query of the contact's page compiles on this database."""
    prepared = [v for v in vars(contact_views).values() if isinstance(v, Prepared)]
    assert len(prepared) >= 5
    for query in prepared:
        assert query(*(1 for _ in query.kinds)) == []


def test_a_session_is_read_until_it_expires(alice: User, alice_client: Client) -> None:
    key = alice_client.cookies["sessionid"].value
    assert SessionStore(key).load()["_auth_user_id"] == str(alice.pk)
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    store = SessionStore(key)
    assert store.load() == {}
    assert store.session_key is None
    assert SessionStore("no-such-session-key").load() == {}


def test_the_signed_in_user_comes_with_their_workspace(alice: User, alice_client: Client) -> None:
    from rapport.accounts.backends import WorkspaceBackend

    user = WorkspaceBackend().get_user(alice.pk)
    assert user is not None and user.pk == alice.pk
    with CaptureQueriesContext(connection) as queries:
        workspace = loaded_workspace(user)
    assert workspace is not None and workspace.owner_id == alice.pk
    assert len(queries) == 0
    assert WorkspaceBackend().get_user(alice.pk + 1000) is None
    alice.is_active = False
    alice.save()
    assert WorkspaceBackend().get_user(alice.pk) is None
