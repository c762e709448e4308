"""Kept pages (the contacts and meetings lists) show every write on the next view.

On PostgreSQL the lists are kept per workspace and data version; on SQLite nothing is kept
and these tests check the same behaviour the plain way.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from rapport.accounts.kept import forget
from rapport.accounts.versions import TABLE, versioned_tables
from rapport.contacts.models import Contact
from rapport.lib.bulk import insert_rows
from rapport.meetings.models import Interaction
from rapport.plan.models import TargetCompany

#: The lists that are kept, as a user opens them (their forms are in what is kept).
KEPT_LISTS = ("/contacts/", "/meetings/")
#: Every page that is kept.
KEPT_PAGES = (*KEPT_LISTS, "/diagnosis/")
#: Pages that use kept values (the lists, and a contact's page its judge's plan).
USING_KEPT = (*KEPT_PAGES, "/contacts/{ada}/")
#: Tables a page reads that hold no workspace's data: who is signed in, and the keeping itself.
NOT_DATA = {"django_session", "auth_user", TABLE, "rapport_kept_pages"}

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pages are kept only on PostgreSQL"
)


@pytest.fixture(autouse=True)
def nothing_kept(db: None) -> None:
    forget()


@pytest.fixture
def ada(alice: User) -> Contact:
    return Contact.objects.create(owner=alice, full_name="Ada Lovelace", company_name="Acme")


@pytest.fixture
def coffee(alice: User, ada: Contact) -> Interaction:
    meeting = Interaction.objects.create(
        owner=alice,
        summary="Coffee with Ada",
        start=timezone.now() - timedelta(days=2),
        networking=True,
        kind="coffee",
    )
    meeting.contacts.add(ada)
    return meeting


@pytest.mark.parametrize("path", USING_KEPT)
def test_every_table_a_kept_page_reads_changes_the_version_when_written(
    alice: User, alice_client: Client, coffee: Interaction, ada: Contact, path: str
) -> None:
    # Derived from the queries the page runs: a table read later without triggers fails here.
    with CaptureQueriesContext(connection) as queries:
        assert alice_client.get(path.format(ada=ada.pk)).status_code == 200
    read = {
        table for query in queries for table in re.findall(r'(?:FROM|JOIN) "(\w+)"', query["sql"])
    }
    versioned = {table for table, _, _ in versioned_tables()}
    assert "meetings_interaction" in read or "contacts_contact" in read
    assert read - NOT_DATA <= versioned


def test_the_meetings_page_shows_changes_made_behind_the_orms_back(
    alice: User, alice_client: Client, coffee: Interaction, ada: Contact
) -> None:
    page = alice_client.get("/meetings/").content.decode()
    assert "Coffee with Ada" in page and "Send a thank-you: Ada Lovelace" in page
    # Queryset updates and link changes send no Django signal; the page notices anyway.
    Interaction.objects.filter(pk=coffee.pk).update(summary="Lunch with Ada")
    assert "Lunch with Ada" in alice_client.get("/meetings/").content.decode()
    grace = Contact.objects.create(owner=alice, full_name="Grace Hopper")
    coffee.contacts.add(grace)
    assert "Grace Hopper</a>" in alice_client.get("/meetings/").content.decode()
    Interaction.objects.filter(pk=coffee.pk).update(thank_you_sent_on=timezone.now().date())
    assert "Send a thank-you" not in alice_client.get("/meetings/").content.decode()


def test_the_contacts_page_shows_changes_made_behind_the_orms_back(
    alice: User, alice_client: Client, ada: Contact
) -> None:
    assert "1 contact<" in alice_client.get("/contacts/").content.decode()
    Contact.objects.filter(pk=ada.pk).update(full_name="Ada King")
    assert "Ada King" in alice_client.get("/contacts/").content.decode()
    insert_rows(Contact, [{"owner_id": alice.pk, "full_name": "Grace Hopper"}])
    page = alice_client.get("/contacts/").content.decode()
    assert "2 contacts<" in page and "Grace Hopper" in page
    # A search is kept apart from the whole list.
    assert "1 contact<" in alice_client.get("/contacts/", {"q": "acme"}).content.decode()


def test_a_contact_page_gives_reasons_from_the_plan_as_it_is_now(
    alice: User, alice_client: Client, ada: Contact
) -> None:
    page = f"/contacts/{ada.pk}/"
    assert "Acme is not one of your target companies." in alice_client.get(page).content.decode()
    insert_rows(TargetCompany, [{"owner_id": alice.pk, "name": "Acme", "position": 1}])
    assert "Acme is one of your target companies." in alice_client.get(page).content.decode()


def test_another_workspace_never_sees_alices_kept_page(
    alice_client: Client, bob_client: Client, coffee: Interaction
) -> None:
    for path in KEPT_LISTS:
        assert "Ada Lovelace" in alice_client.get(path).content.decode()
        assert "Ada Lovelace" not in bob_client.get(path).content.decode()


@pytest.mark.parametrize("path", KEPT_LISTS)
def test_a_kept_page_carries_each_sessions_own_form_token(
    alice: User, coffee: Interaction, path: str
) -> None:
    browsers = []
    for _ in range(2):
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(alice)
        browsers.append(browser)
    alice_client, phone = browsers
    alice_client.get(path)  # renders the page, and keeps it
    page = phone.get(path).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="(\w+)"', page)
    assert token
    # The phone's own token, from the kept page, is accepted.
    posted = phone.post(
        "/contacts/selected/",
        {"ids": [str(coffee.contacts.get().pk)], "action": "circle", "value": "FEI"},
        HTTP_X_CSRFTOKEN=token[1],
    )
    assert posted.status_code == 302
    assert Contact.objects.get(full_name="Ada Lovelace").circles == ["FEI"]


def test_a_kept_timeline_turns_a_meeting_that_began_into_one_to_log(
    alice: User, alice_client: Client
) -> None:
    with freeze_time("2026-03-12 12:00:00") as frozen:
        meeting = Interaction.objects.create(
            owner=alice,
            summary="Coffee with Ada",
            start=timezone.now() + timedelta(minutes=10),
            networking=True,
            kind="coffee",
        )
        assert "Coming up" in alice_client.get("/meetings/").content.decode()
        # Well within the hour a kept page lives at most, and far from midnight.
        frozen.tick(timedelta(minutes=20))
        page = alice_client.get("/meetings/").content.decode()
        assert "Coming up" not in page and f'action="/meetings/{meeting.pk}/outcome/"' in page


def test_a_kept_due_box_drops_a_thank_you_past_its_window(
    alice: User, alice_client: Client, ada: Contact
) -> None:
    with freeze_time("2026-03-12 12:00:00") as frozen:
        meeting = Interaction.objects.create(
            owner=alice,
            summary="Coffee with Ada",
            start=timezone.now() - timedelta(days=14) + timedelta(minutes=10),
            networking=True,
            kind="coffee",
        )
        meeting.contacts.add(ada)
        assert "Send a thank-you: Ada" in alice_client.get("/meetings/").content.decode()
        frozen.tick(timedelta(minutes=20))  # 14 days and 10 minutes after the coffee: too late
        assert "Send a thank-you" not in alice_client.get("/meetings/").content.decode()


def test_a_kept_list_stops_offering_to_undo_a_deletion_after_its_hour(
    alice: User, alice_client: Client, ada: Contact
) -> None:
    with freeze_time("2026-03-12 12:00:00") as frozen:
        alice_client.get("/contacts/")
        alice_client.post(f"/contacts/{ada.pk}/delete/")
        assert "You deleted Ada Lovelace." in alice_client.get("/contacts/").content.decode()
        frozen.tick(timedelta(minutes=59))
        assert "You deleted Ada Lovelace." in alice_client.get("/contacts/").content.decode()
        frozen.tick(timedelta(minutes=2))
        assert "You deleted Ada Lovelace." not in alice_client.get("/contacts/").content.decode()


@postgresql_only
@pytest.mark.parametrize("path", KEPT_PAGES)
def test_an_unchanged_list_is_not_computed_again(
    alice_client: Client, coffee: Interaction, path: str
) -> None:
    with CaptureQueriesContext(connection) as first:
        alice_client.get(path)
    with CaptureQueriesContext(connection) as again:
        alice_client.get(path)
    assert len(again) < len(first) - 3


@postgresql_only
def test_an_upgrade_drops_what_the_code_before_kept(alice: User) -> None:
    from django.core.management.sql import emit_post_migrate_signal

    from rapport.accounts.kept import kept

    def far(now: datetime, _value: str) -> datetime:
        return now + timedelta(days=1)

    assert kept(alice, "shape", lambda _now: "as the code before kept it", far) == (
        "as the code before kept it"
    )
    assert kept(alice, "shape", lambda _now: "new", far) == "as the code before kept it"
    # What `rapport migrate` (and `rapport serve`, which migrates first) ends with.
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert kept(alice, "shape", lambda _now: "new", far) == "new"
