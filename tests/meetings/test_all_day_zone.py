"""All-day meetings keep their dates when the user changes their time zone in Settings.

Alice (America/Chicago, frozen on 12 March 2026) imports a Google calendar with a one-day
career fair on Tuesday 24 March and a summit from Friday 27 to Monday 30 March (its end,
31 March, falls after Europe's clocks change on the 29th), then moves on the settings page.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.test import Client
from freezegun import freeze_time

from rapport.accounts import backup
from rapport.accounts.models import Workspace
from rapport.accounts.owner import user_named
from rapport.contacts.models import Contact
from rapport.import_page.undo import undo_import
from rapport.ledger.models import Give
from rapport.meetings.importer import import_calendar
from rapport.meetings.models import Interaction
from tests.accounts.test_settings import form

FILE = "calendar/google_all_day_guests.ics"
FAIR = "MedTech career day at the Acme booth"
SUMMIT = "MedTech Summit Berlin (Sam Lee's table)"
COFFEE = "Coffee with Jane Doe"
#: A week after the summit, when what came of the fair can be logged.
AFTER = "2026-04-07 12:00:00"
#: East and west of Chicago, near and across the date line.
ZONES = ["Europe/Berlin", "America/Los_Angeles", "Pacific/Honolulu", "Pacific/Auckland"]


def midnight(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(), ZoneInfo(zone))


@pytest.fixture
def calendar_file(data_dir: Path) -> bytes:
    return (data_dir / FILE).read_bytes()


@pytest.fixture
def imported(
    alice: User, contacts: dict[str, Contact], frozen: None, calendar_file: bytes
) -> dict[str, Interaction]:
    """Alice's meetings from the file, by title."""
    import_calendar(alice, calendar_file, "alice.seeker@example.com.ics")
    return {m.summary: m for m in Interaction.objects.owned_by(alice)}


def move_to(client: Client, zone: str) -> str:
    """Change the zone on the settings page as the user does; return the page shown after."""
    response = client.post("/settings/", form(time_zone=zone), follow=True)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("zone", ZONES)
def test_an_all_day_meeting_shows_its_own_date_after_the_zone_changes(
    alice_client: Client, imported: dict[str, Interaction], zone: str
) -> None:
    move_to(alice_client, zone)
    fair = alice_client.get(f"/meetings/{imported[FAIR].pk}/").content.decode()
    assert "Tuesday 24 March 2026, all day" in fair
    summit = alice_client.get(f"/meetings/{imported[SUMMIT].pk}/").content.decode()
    assert "Friday 27 March 2026, all day" in summit
    timeline = alice_client.get("/meetings/").content.decode()
    assert "Tue 24 Mar" in timeline
    assert "Fri 27 Mar" in timeline


@pytest.mark.parametrize("zone", ZONES)
def test_each_day_starts_and_ends_at_midnight_in_the_new_zone(
    alice_client: Client, imported: dict[str, Interaction], zone: str
) -> None:
    coffee_before = imported[COFFEE].start
    move_to(alice_client, zone)
    fair, summit, coffee = (
        Interaction.objects.get(pk=imported[t].pk) for t in (FAIR, SUMMIT, COFFEE)
    )
    assert (fair.start, fair.end) == (
        midnight(date(2026, 3, 24), zone),
        midnight(date(2026, 3, 25), zone),
    )
    assert (summit.start, summit.end) == (
        midnight(date(2026, 3, 27), zone),
        midnight(date(2026, 3, 31), zone),
    )
    assert coffee.start == coffee_before  # a meeting at a time stays at that moment


def test_the_settings_page_says_how_many_all_day_meetings_kept_their_dates(
    alice_client: Client, imported: dict[str, Interaction]
) -> None:
    page = move_to(alice_client, "Europe/Berlin")
    assert "Settings saved. 2 all-day meetings kept their dates in the new time zone." in page
    page = move_to(alice_client, "Europe/Berlin")
    assert "Settings saved." in page
    assert "all-day" not in page


def test_a_single_all_day_meeting_is_named_in_the_singular(
    alice: User, alice_client: Client, imported: dict[str, Interaction]
) -> None:
    Interaction.objects.filter(pk=imported[SUMMIT].pk).delete()
    page = move_to(alice_client, "Asia/Tokyo")
    assert "1 all-day meeting kept its date in the new time zone." in page


@pytest.mark.parametrize("zone", ZONES)
def test_importing_the_calendar_again_after_the_move_finds_nothing_changed(
    alice: User,
    alice_client: Client,
    imported: dict[str, Interaction],
    contacts: dict[str, Contact],
    calendar_file: bytes,
    zone: str,
) -> None:
    fair = imported[FAIR]
    outcome = {"ask_made": "yes", "ask_text": "Who hires for Minneapolis?", "handbill_given": ""}
    give = {"give_kind": "information", "give_note": "Sent her the FEI dinner dates"}
    with freeze_time(AFTER):
        response = alice_client.post(
            f"/meetings/{fair.pk}/outcome/", {**outcome, "referral_received": "", **give}
        )
        assert response.status_code == 302
        move_to(alice_client, zone)
        run = import_calendar(alice, calendar_file, "alice.seeker@example.com.ics")
    counts = run.counts
    assert (counts["new"], counts["updated"], counts["unchanged"]) == (0, 0, 3)
    fair = Interaction.objects.get(pk=fair.pk)
    assert (fair.ask_made, fair.ask_text) == (True, "Who hires for Minneapolis?")
    assert fair.outcome_logged_at is not None
    assert list(fair.contacts.all()) == [contacts["jane"]]
    assert Give.objects.get(interaction=fair).note == "Sent her the FEI dinner dates"
    assert list(Interaction.objects.get(pk=imported[SUMMIT].pk).contacts.all()) == [contacts["sam"]]


def test_undoing_an_import_after_the_move_puts_back_the_earlier_date(
    alice: User, alice_client: Client, imported: dict[str, Interaction], calendar_file: bytes
) -> None:
    moved = calendar_file.replace(b"DTSTART;VALUE=DATE:20260324", b"DTSTART;VALUE=DATE:20260325")
    moved = moved.replace(b"DTEND;VALUE=DATE:20260325", b"DTEND;VALUE=DATE:20260326")
    run = import_calendar(alice, moved, "alice.seeker@example.com.ics")
    assert run.counts["updated"] == 1
    move_to(alice_client, "Pacific/Honolulu")
    undo_import(alice, run)
    fair = Interaction.objects.get(pk=imported[FAIR].pk)
    zone = "Pacific/Honolulu"
    assert (fair.start, fair.end) == (
        midnight(date(2026, 3, 24), zone),
        midnight(date(2026, 3, 25), zone),
    )
    page = alice_client.get(f"/meetings/{fair.pk}/").content.decode()
    assert "Tuesday 24 March 2026, all day" in page


def test_other_users_meetings_stay_where_they_are(
    bob: User, bob_client: Client, imported: dict[str, Interaction]
) -> None:
    before = {m.pk: (m.start, m.end) for m in imported.values()}
    move_to(bob_client, "Asia/Tokyo")
    after = {m.pk: (m.start, m.end) for m in Interaction.objects.filter(pk__in=before)}
    assert after == before


def test_a_restore_brings_the_zone_its_all_day_meetings_were_kept_in(
    alice: User, imported: dict[str, Interaction]
) -> None:
    # The backup holds the workspace's zone with the meetings: restored into a workspace
    # set to another zone, the backup's zone comes back and nothing needs to move.
    text = backup.dumps(alice)
    User.objects.all().delete()
    carol = user_named("carol", create=True)
    Workspace.objects.filter(owner=carol).update(time_zone="Pacific/Honolulu")
    backup.restore(carol, text)
    client = Client()
    client.force_login(carol)
    fair = Interaction.objects.get(owner=carol, summary=FAIR)
    assert Workspace.objects.get(owner=carol).time_zone == "America/Chicago"
    assert "Tuesday 24 March 2026, all day" in client.get(f"/meetings/{fair.pk}/").content.decode()
