"""The operator's pages: accounts, lock-outs and the import queue, nothing of a client's."""

from __future__ import annotations

from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts import people
from rapport.imports.models import ImportJob


def operator_client(db: None) -> Client:
    operator = people.create("olga", "a long pass phrase 1", "olga@example.com", operator=True)
    client = Client()
    client.force_login(operator)
    return client


def test_the_operator_sees_the_accounts_and_the_import_queue(db: None, alice: User) -> None:
    client = operator_client(db)
    ImportJob.objects.create(owner=alice, file_name="Connections.csv", status=ImportJob.FAILED)
    index = client.get("/admin/").content.decode()
    assert "the operator&#x27;s pages" in index or "the operator's pages" in index
    assert "alice" in client.get("/admin/auth/user/").content.decode()
    queue = client.get("/admin/imports/importjob/").content.decode()
    assert "alice" in queue and "failed" in queue


def test_a_client_is_sent_to_the_operators_sign_in(alice_client: Client) -> None:
    response = alice_client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_no_table_of_a_clients_own_data_is_on_the_operators_pages() -> None:
    # Derived from the models: a table of contacts, meetings, notes or plans added to the
    # operator's pages would show one client's data to someone they never chose.
    shown = {
        model._meta.label_lower
        for model in admin.site._registry
        if model.__module__.startswith("rapport.")
    }
    assert shown == {"imports.importjob"}
    assert apps.get_model("imports.importjob") in admin.site._registry


def test_the_queue_cannot_be_edited_from_the_operators_pages(db: None, alice: User) -> None:
    client = operator_client(db)
    job = ImportJob.objects.create(owner=alice, file_name="a.csv", payload=b"secret row")
    page = client.get(f"/admin/imports/importjob/{job.pk}/change/").content.decode()
    assert "secret row" not in page
    assert 'type="submit" value="Save"' not in page
