"""Contacts: a 30,000-row LinkedIn import against the csv + executemany floor; the list page.

The import and its floor are measured in processor time, side by side in one process: the
development machine is shared, and other processes stretch wall times at random.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from common import linkedin_csv, median_ms, peak_rss_mb, setup_django, table

ROWS = 30_000
PLAN = """
[targets]
positions = ["Chief Financial Officer"]
industries = ["Medical devices"]
companies = ["Medtronic", "Stryker", "Boston Scientific", "Abbott"]
"""


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Return the processor time ``fn`` took, and its result."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def floor_once(data: bytes, folder: object, attempt: int) -> None:
    """Python's csv module plus one executemany into a bare SQLite table."""
    text = data.decode("utf-8")
    reader = csv.reader(io.StringIO(text.split("\n\n", 1)[1]))
    next(reader)
    rows = [r for r in reader if len(r) == 7]
    db = sqlite3.connect(f"{folder}/floor-{attempt}.sqlite3")
    db.execute("create table c (f, l, u, e, co, p, d)")
    db.executemany("insert into c values (?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()


def floor(data: bytes, folder: object) -> float:
    """The floor's processor time, best of three."""
    return min(timed(lambda n=n: floor_once(data, folder, n))[0] for n in range(3))


def main() -> None:
    folder = setup_django("contacts")
    from django.test import Client

    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact
    from rapport.formats import plan_toml
    from rapport.import_page.services import import_bytes
    from rapport.plan.services import save_plan

    data = linkedin_csv(ROWS)
    base = floor(data, folder)
    user = local_owner()
    save_plan(user, plan_toml.loads(PLAN))
    first, run = timed(lambda: import_bytes(user, data, "Connections.csv"))
    again, rerun = timed(lambda: import_bytes(user, data, "Connections.csv"))
    count = Contact.objects.owned_by(user).count()
    client = Client()
    client.force_login(user)
    page_ms = median_ms(
        lambda: client.get("/contacts/", {"can_hire": "no", "sort": "company", "q": "an"})
    )
    search_ms = median_ms(lambda: client.get("/contacts/", {"q": "olson", "page": "3"}))
    rss = peak_rss_mb()
    table(
        f"Contacts import, {ROWS:,} LinkedIn rows (SQLite)",
        [
            ("floor: csv + executemany (processor time)", f"{base:.2f} s", "", ""),
            (
                "import with judgments",
                f"{first:.2f} s ({first / base:.1f}x)",
                "<= 10x floor",
                "yes" if first <= 10 * base else "NO",
            ),
            (
                "re-import",
                f"{again:.2f} s ({again / base:.1f}x)",
                "<= 5x floor",
                "yes" if again <= 5 * base else "NO",
            ),
            (
                "new rows on re-import",
                str(rerun.counts["new"]),
                "0",
                "yes" if rerun.counts["new"] == 0 else "NO",
            ),
            (
                "contacts stored",
                f"{count:,}",
                f"{ROWS:,}",
                "yes" if count == run.counts["new"] else "NO",
            ),
            (
                "peak memory (whole process)",
                f"{rss:.0f} MB",
                "< 400 MB",
                "yes" if rss < 400 else "NO",
            ),
            (
                "contacts page: filter + sort",
                f"{page_ms:.1f} ms",
                "< 50 ms",
                "yes" if page_ms < 50 else "NO",
            ),
            (
                "contacts page: search, page 3",
                f"{search_ms:.1f} ms",
                "< 50 ms",
                "yes" if search_ms < 50 else "NO",
            ),
        ],
    )


if __name__ == "__main__":
    main()
