"""All-day meetings when the time zone changes: 5,000 of them, moved on the settings page.

A Google calendar of 5,000 all-day events (and as many timed ones, which stay put) over
ten years is imported in Chicago; the zone is then changed to Berlin on the settings page,
as a user does, and the time and the statements the move takes are measured; a re-import
afterwards must find every event unchanged.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from common import setup_django, table, timed

ALL_DAY = 5_000
TIMED = 5_000
FIRST_DAY = date(2017, 1, 2)
TARGET_SECONDS = 2.0


def google_calendar(seed: int = 5) -> bytes:
    """Return a Google-style .ics with ALL_DAY all-day events (some several days long)."""
    rng = random.Random(seed)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-TIMEZONE:America/Chicago",
    ]
    for n in range(ALL_DAY):
        first = FIRST_DAY + timedelta(days=rng.randrange(3650))
        last = first + timedelta(days=rng.choice([1, 1, 1, 2, 3, 5]))
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last:%Y%m%d}",
            "DTSTAMP:20260301T120000Z",
            f"UID:allday{n:05d}@google.com",
            f"SUMMARY:Conference day {n}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    for n in range(TIMED):
        start = FIRST_DAY + timedelta(days=rng.randrange(3650))
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART:{start:%Y%m%d}T150000Z",
            f"DTEND:{start:%Y%m%d}T160000Z",
            "DTSTAMP:20260301T120000Z",
            f"UID:timed{n:05d}@google.com",
            f"SUMMARY:Call {n}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def main() -> None:
    setup_django("all-day")
    from django.db import connection, transaction
    from django.test import Client

    from rapport.accounts.models import Workspace
    from rapport.accounts.owner import user_named
    from rapport.core.diagnosis import THRESHOLDS
    from rapport.meetings.all_day import keep_all_day_dates
    from rapport.meetings.importer import import_calendar

    berlin, chicago = ZoneInfo("Europe/Berlin"), ZoneInfo("America/Chicago")

    user = user_named("bench", create=True)
    Workspace.objects.filter(owner=user).update(time_zone="America/Chicago")
    data = google_calendar()
    imported, _ = timed(lambda: import_calendar(user, data, "calendar.ics"))
    client = Client()
    client.force_login(user)
    client.get("/settings/")  # the first request loads every view: not the move's cost
    form = {
        "time_zone": "Europe/Berlin",
        "words_per_minute": "140",
        "keep_in_touch_days": "42",
        **{f"t_{name}": str(t.default) for name, t in THRESHOLDS.items()},
    }
    statements: list[str] = []

    def count(execute: Any, sql: str, *args: Any) -> Any:
        statements.append(sql)
        return execute(sql, *args)

    with connection.execute_wrapper(count):
        moved, _ = timed(lambda: client.post("/settings/", form))
    updates = sum(sql.startswith("UPDATE") for sql in statements)
    said = re.search(r"Settings saved\.[^<]*", client.get("/settings/").content.decode())
    again = import_calendar(user, data, "calendar.ics").counts
    with transaction.atomic():
        service, _ = timed(lambda: keep_all_day_dates(user, berlin, chicago))
        transaction.set_rollback(True)
    unchanged = again["unchanged"] == ALL_DAY + TIMED and again["updated"] == 0
    ok = moved < TARGET_SECONDS
    table(
        f"All-day meetings keep their dates: {ALL_DAY:,} all-day and {TIMED:,} timed, "
        "Chicago to Berlin (bench/bench_all_day.py)",
        [
            ("import (for the record)", f"{imported:.2f} s", "", ""),
            (
                "settings saved, zone changed (the POST)",
                f"{moved:.2f} s",
                f"< {TARGET_SECONDS:g} s",
                "yes" if ok else "NO",
            ),
            ("statements for that request", f"{len(statements)}, {updates} UPDATE", "", ""),
            ("the move alone, back to Chicago", f"{service:.2f} s", "", ""),
            ("what the page said", said.group(0) if said else "(nothing)", "", ""),
            (
                "re-import after: unchanged",
                f"{again['unchanged']:,} of {ALL_DAY + TIMED:,}, {again['updated']} updated",
                "all unchanged",
                "yes" if unchanged else "NO",
            ),
        ],
    )


if __name__ == "__main__":
    main()
