"""One meeting, one time: every page and command shows it in the workspace's zone."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts.models import Workspace
from rapport.contacts.models import Contact
from rapport.imports.models import ImportRun
from rapport.meetings.models import Interaction
from tests.cli_runner import Run

# 16:00 UTC is 10:00 in Chicago in winter: a server in UTC must not show 16:00 anywhere.
START = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)


def chicago(user: User) -> Interaction:
    Workspace.objects.update_or_create(owner=user, defaults={"time_zone": "America/Chicago"})
    priya = Contact.objects.create(owner=user, full_name="Priya Raman", company_name="Medtronic")
    meeting = Interaction.objects.create(
        owner=user, summary="Coffee with Priya Raman", start=START, networking=True
    )
    meeting.contacts.add(priya)
    return meeting


def test_a_meeting_shows_the_same_time_on_its_page_the_list_and_its_prep_sheet(
    alice: User, alice_client: Client
) -> None:
    meeting = chicago(alice)
    pages = {
        "meeting page": alice_client.get(f"/meetings/{meeting.pk}/").content.decode(),
        "prep sheet": alice_client.get(f"/give/prep/{meeting.pk}/").content.decode(),
        "timeline": alice_client.get("/meetings/", {"when": "all"}).content.decode(),
    }
    for name, page in pages.items():
        assert "10:00" in page, name
        assert "16:00" not in page, name
        assert "times in America/Chicago" in page, name


def test_a_saved_time_on_any_page_is_in_the_workspace_zone(
    alice: User, alice_client: Client
) -> None:
    chicago(alice)
    run = ImportRun.objects.create(owner=alice, file_name="Connections.csv", format="linkedin")
    ImportRun.objects.filter(pk=run.pk).update(started_at=START)
    page = alice_client.get(f"/import/{run.pk}/").content.decode()
    assert "24 Nov 2026 10:00" in page
    assert "16:00" not in page


def test_the_cli_prints_meetings_in_the_workspace_zone(rapport: Run) -> None:
    from rapport.accounts.owner import local_owner

    meeting = chicago(local_owner())
    listed = json.loads(rapport("meetings", "list", "--json").stdout)
    row = next(r for r in listed if r["id"] == meeting.pk)
    assert row["start"].startswith("2026-11-24T10:00:00-06:00")
