"""Meetings: a five-year, 10,000-event Outlook calendar against a bare icalendar parse; the page.

30,000 contacts are inserted first, so that every attendee and every name in a title is
looked up among them; then the calendar is imported (read, expanded, classified, linked,
stored in SQLite) and timed beside ``icalendar.Calendar.from_ical`` of the same bytes.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from common import FIRST, LAST, median_ms, peak_rss_mb, setup_django, table, timed

CONTACTS = 30_000
EVENTS = 10_000
SERIES = 100  # weekly Outlook series among the events, ten occurrences each
YEARS = 5
OWNER = "Seeker, Jane"
OWNER_EMAIL = "jane.seeker@contoso.example"
CHICAGO = ZoneInfo("America/Chicago")
ZONE = """BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""
WORK = ["Team standup", "Weekly sync", "1:1 with manager", "Budget review", "Project kickoff"]
PERSONAL = ["Personal: dentist", "Gym", "School pickup", "Haircut"]
GROUPS = ["Job search accountability group", "FEI chapter meeting", "Rotary lunch"]


def people(rng: random.Random) -> list[tuple[str, str, str]]:
    """Return the contacts as (first, last, email), every tenth without an address."""
    names = rng.sample([(f, la) for f in FIRST for la in LAST], CONTACTS)
    return [
        (first, last, "" if n % 10 == 0 else f"{first}.{last}{n}@example.com".lower())
        for n, (first, last) in enumerate(names)
    ]


def attendee(first: str, last: str, email: str) -> str:
    return (
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{last}, {first}":'
        f"mailto:{email}\n"
    )


def outlook_calendar(known: list[tuple[str, str, str]], seed: int = 11) -> bytes:
    """Return an Outlook-style .ics of EVENTS events over the five years ending today."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    span = YEARS * 365 * 24
    blocks = [
        "BEGIN:VCALENDAR\nMETHOD:PUBLISH\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n",
        ZONE,
    ]
    with_email = [p for p in known if p[2]]
    for n in range(EVENTS):
        start = now - timedelta(hours=rng.randrange(24, span))
        start = start.replace(hour=rng.randrange(8, 18))
        first, last, email = rng.choice(with_email)
        roll = rng.random()
        guests: list[tuple[str, str, str]] = []
        if roll < 0.35:
            title = rng.choice(["Coffee w/ {}", "Lunch - {}", "Call with {}", "Catch up: {}"])
            title = title.format(f"{first} {last}" if rng.random() < 0.6 else first)
            guests = [(first, last, email)] if rng.random() < 0.7 else []
        elif roll < 0.45:
            title = rng.choice(GROUPS)
            guests = rng.sample(with_email, 4)
        elif roll < 0.55:
            title = f"Intro call with {rng.choice(FIRST)} {rng.choice(LAST)} (Stryker)"
        elif roll < 0.65:
            title = rng.choice(PERSONAL)
        else:
            # Work meetings are with colleagues, now and then with someone in the book.
            title = rng.choice(WORK)
            guests = [
                ("Colleague", f"No{k}", f"colleague{k}@contoso.example")
                for k in rng.sample(range(200), rng.randrange(1, 4))
            ]
            if rng.random() < 0.2:
                guests.append((first, last, email))
        uid = "040000008200E00074C5B7101A82E008" + uuid.UUID(int=rng.getrandbits(128)).hex.upper()
        local = start.astimezone(CHICAGO).strftime("%Y%m%dT%H%M%S")
        end = (start + timedelta(hours=1)).astimezone(CHICAGO).strftime("%Y%m%dT%H%M%S")
        series = "RRULE:FREQ=WEEKLY;COUNT=10;INTERVAL=1;BYDAY={}\n".format(
            ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[start.weekday()]
        )
        blocks.append(
            "BEGIN:VEVENT\n"
            f'ORGANIZER;CN="{OWNER}":mailto:{OWNER_EMAIL}\n'
            + "".join(attendee(*g) for g in guests)
            + "DESCRIPTION;LANGUAGE=en-US:Agenda to follow.\\n\n"
            + (series if n < SERIES else "")
            + f"UID:{uid}\nSUMMARY;LANGUAGE=en-US:{title}\n"
            f"DTSTART;TZID=Central Standard Time:{local}\n"
            f"DTEND;TZID=Central Standard Time:{end}\n"
            "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20260101T000000Z\nTRANSP:OPAQUE\n"
            "STATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-US:Conference Room 4\n"
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\n"
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\n"
            "X-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
            "END:VEVENT\n"
        )
    blocks.append("END:VCALENDAR\n")
    return "".join(blocks).replace("\n", "\r\n").encode()


def insert_contacts(user: Any, known: list[tuple[str, str, str]]) -> None:
    from rapport.contacts.models import Contact, search_text
    from rapport.lib.bulk import insert_rows

    rng = random.Random(5)
    rows = []
    for first, last, email in known:
        full = f"{first} {last}"
        rows.append(
            {
                "owner_id": user.pk,
                "first_name": first,
                "last_name": last,
                "full_name": full,
                "emails": [email] if email else [],
                "company_name": "Stryker",
                "position": "",
                "search_text": search_text(full, "Stryker", ""),
                "can_hire": rng.random() < 0.05,
                "is_job_seeker": rng.random() < 0.2,
                "is_recruiter": rng.random() < 0.05,
                "is_connector": rng.random() < 0.1,
                "in_target_industry": rng.random() < 0.3,
            }
        )
    insert_rows(Contact, rows)


def main() -> None:
    setup_django("meetings")
    import icalendar
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from rapport.accounts.owner import local_owner
    from rapport.meetings.importer import import_calendar
    from rapport.meetings.models import Interaction

    user = local_owner()
    known = people(random.Random(3))
    insert_contacts(user, known)
    data = outlook_calendar(known)
    bare, _ = timed(lambda: icalendar.Calendar.from_ical(data))
    wide = timedelta(days=YEARS * 366)
    first, run = timed(lambda: import_calendar(user, data, "calendar.ics", past=wide))
    again, rerun = timed(lambda: import_calendar(user, data, "calendar.ics", past=wide))
    rss = peak_rss_mb()
    stored = Interaction.objects.owned_by(user)
    total, linked = stored.count(), stored.filter(contacts__isnull=False).distinct().count()
    default_window = stored.filter(start__gte=datetime.now(UTC) - timedelta(days=3 * 365)).count()
    client = Client()
    client.force_login(user)
    pages = {
        "meetings page, first page": {},
        "meetings page, filtered": {"networking": "yes", "audience": "decision_makers"},
        "meetings page, page 100": {"page": "100"},
    }
    timings = {
        label: median_ms(lambda p=params: client.get("/meetings/", p), runs=9)
        for label, params in pages.items()
    }
    with CaptureQueriesContext(connection) as queries:
        client.get("/meetings/")
    page_rows = [
        (label, f"{ms:.0f} ms", "< 300 ms", "yes" if ms < 300 else "NO")
        for label, ms in timings.items()
    ]
    table(
        f"Meetings import, {EVENTS:,} Outlook events over {YEARS} years, "
        f"{CONTACTS:,} contacts (SQLite)",
        [
            ("floor: icalendar.Calendar.from_ical", f"{bare:.2f} s", "", ""),
            (
                "import: read, classify, link, store",
                f"{first:.2f} s ({first / bare:.1f}x)",
                "<= 2x floor",
                "yes" if first <= 2 * bare else "NO",
            ),
            (
                "re-import (nothing changed)",
                f"{again:.2f} s ({again / bare:.1f}x)",
                "<= 2x floor",
                "yes" if again <= 2 * bare else "NO",
            ),
            ("occurrences stored", f"{total:,} ({run.counts['networking']:,} networking)", "", ""),
            ("  of which in the default 3-year window", f"{default_window:,}", "", ""),
            ("  linked to a contact", f"{linked:,}", "", ""),
            ("events the reader skipped", str(run.counts["skipped"]), "0", ""),
            (
                "new rows on re-import",
                str(rerun.counts["new"]),
                "0",
                "yes" if not rerun.counts["new"] else "NO",
            ),
            (
                "peak memory (whole process)",
                f"{rss:.0f} MB",
                "< 500 MB",
                "yes" if rss < 500 else "NO",
            ),
            *page_rows,
            ("queries for the meetings page", str(len(queries)), "fixed", ""),
        ],
    )


if __name__ == "__main__":
    main()
