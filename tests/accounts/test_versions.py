"""Every write to a workspace's rows changes its data version, however it is written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from rapport.accounts.versions import data_version, versioned_tables
from rapport.contacts.models import Contact
from rapport.diagnosis import kept
from rapport.lib.bulk import insert_rows
from rapport.meetings.models import Interaction

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="versions are kept by PostgreSQL's triggers"
)


def version(user: User) -> int:
    value = data_version(user)
    assert value is not None
    return value


@postgresql_only
def test_every_table_with_an_owner_has_its_triggers(db: None) -> None:
    # Derived from the models: a table added later is covered, or this fails.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname LIKE 'rapport_version_%%' GROUP BY c.relname"
        )
        triggers = dict(cursor.fetchall())
    tables = {table for table, _, _ in versioned_tables()}
    assert "contacts_contact" in tables and "meetings_interaction_contacts" in tables
    assert {table: triggers.get(table) for table in tables} == dict.fromkeys(tables, 3)


@postgresql_only
def test_bulk_inserts_updates_deletes_and_links_each_change_the_version(
    alice: User, bob: User
) -> None:
    start, bobs = version(alice), version(bob)
    insert_rows(Contact, [{"owner_id": alice.pk, "full_name": "Ada Lovelace"}])
    inserted = version(alice)
    assert inserted > start
    Contact.objects.filter(owner=alice).update(position="Analyst")  # no signal, no save()
    updated = version(alice)
    assert updated > inserted
    meeting = Interaction.objects.create(owner=alice, summary="Coffee", start=timezone.now())
    linked_before = version(alice)
    meeting.contacts.add(*Contact.objects.filter(owner=alice))
    linked = version(alice)
    assert linked > linked_before
    Contact.objects.filter(owner=alice).delete()
    assert version(alice) > linked
    assert version(bob) == bobs  # nothing of bob's changed


@postgresql_only
def test_a_write_that_is_rolled_back_leaves_the_version_alone(alice: User) -> None:
    before = version(alice)
    with pytest.raises(RuntimeError), transaction.atomic():
        Contact.objects.create(owner=alice, full_name="Never Saved")
        raise RuntimeError
    assert version(alice) == before


def test_the_diagnosis_page_shows_a_change_made_behind_the_orms_back(
    alice: User, alice_client: Client
) -> None:
    kept.forget()
    alice_client.get("/diagnosis/")
    start = timezone.now() - timedelta(days=2)
    meeting = Interaction.objects.create(
        owner=alice, summary="Coffee with Ada", start=start, networking=True, kind="coffee"
    )
    # The funnel's numbers, as the page hands them to its chart.
    counted = '{"label": "Networking meetings", "value": %d}'
    assert counted % 1 in alice_client.get("/diagnosis/").content.decode()
    # A queryset update bypasses every Django signal; the page still notices.
    Interaction.objects.filter(pk=meeting.pk).update(networking=False)
    assert counted % 0 in alice_client.get("/diagnosis/").content.decode()


@postgresql_only
def test_an_unchanged_workspace_is_diagnosed_once(alice: User, alice_client: Client) -> None:
    from django.test.utils import CaptureQueriesContext

    kept.forget()
    with CaptureQueriesContext(connection) as first:
        alice_client.get("/diagnosis/")
    with CaptureQueriesContext(connection) as again:
        alice_client.get("/diagnosis/")
    assert len(again) < len(first) - 5
