"""Alice's calendar: a fortnight of meetings with people in her contact book, imported for real.

Time is frozen on Thursday 12 March 2026, 12:00 UTC; alice works in America/Chicago.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.contrib.auth.models import User
from freezegun import freeze_time

from rapport.accounts.models import Workspace
from rapport.contacts.models import Contact
from rapport.imports.models import ImportRun
from rapport.meetings.importer import import_calendar
from rapport.meetings.models import Interaction

NOW = "2026-03-12 12:00:00"
OWNER = "alice.seeker@example.com"


def vevent(
    uid: str, summary: str, start: str, *attendees: str, hours: int = 1, extra: str = ""
) -> str:
    """Return a VEVENT starting at ``start`` (UTC, 20260310T150000) with ``attendees``."""
    end = f"{start[:9]}{int(start[9:11]) + hours:02d}{start[11:]}"
    people = "".join(f"ATTENDEE;CN={name}:mailto:{mail}\n" for name, mail in map(_split, attendees))
    return (
        f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260301T000000Z\nDTSTART:{start}Z\nDTEND:{end}Z\n"
        f"SUMMARY:{summary}\nORGANIZER;CN=Alice Seeker:mailto:{OWNER}\n{people}{extra}END:VEVENT\n"
    )


def _split(attendee: str) -> tuple[str, str]:
    name, _, mail = attendee.partition("<")
    return name.strip(), mail.rstrip(">")


def calendar(*events: str) -> bytes:
    body = "".join(events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n{body}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


EVENTS = (
    vevent("coffee-jane", "Coffee w/ Jane Doe", "20260310T150000", "Jane Doe <jane.doe@acme.com>"),
    vevent("lunch-craig", "Lunch w/ Craig", "20260309T170000"),
    vevent("call-page", "Call with Michael Page", "20260305T160000"),
    vevent(
        "intro-lena",
        "Intro call",
        "20260304T160000",
        "Lena Vogel <lena.vogel@vogel.example>",
        "Sam Lee <sam.lee@roberthalf.com>",
    ),
    vevent("dentist", "Personal: dentist", "20260303T150000"),
    vevent("group", "Job search accountability group", "20260303T140000", hours=2),
    vevent("standup", "Team standup", "20260302T150000", "Dana Reyes <dana@example.com>"),
)
Import = Callable[..., ImportRun]


@pytest.fixture
def frozen() -> Iterator[None]:
    with freeze_time(NOW):
        yield


@pytest.fixture
def contacts(alice: User) -> dict[str, Contact]:
    Workspace.objects.filter(owner=alice).update(time_zone="America/Chicago")

    def add(name: str, email: str = "", **judged: object) -> Contact:
        first, last = name.split()
        return Contact.objects.create(
            owner=alice,
            full_name=name,
            first_name=first,
            last_name=last,
            emails=[email] if email else [],
            **judged,
        )

    return {
        "jane": add("Jane Doe", "jane.doe@acme.com", can_hire=True, in_target_industry=True),
        "sam": add("Sam Lee", "sam.lee@roberthalf.com", is_recruiter=True),
        "dana": add("Dana Reyes", "dana@example.com", is_job_seeker=True),
        "craig_s": add("Craig Sorensen", company_name="Medtronic"),
        "craig_o": add("Craig Olson", is_connector=True),
    }


@pytest.fixture
def import_as_alice(alice: User, contacts: dict[str, Contact], frozen: None) -> Import:
    def run(*events: str) -> ImportRun:
        return import_calendar(alice, calendar(*(events or EVENTS)), "calendar.ics")

    return run


@pytest.fixture
def meetings(import_as_alice: Import, alice: User) -> dict[str, Interaction]:
    """Alice's imported meetings by UID."""
    import_as_alice()
    return {m.source_uid: m for m in Interaction.objects.owned_by(alice)}
