"""Where a page's time goes on the scale database: processor time, queries, a profile.

Run after `make bench-scale` has built the database (it reuses it, never builds it):
`cd bench && ../.venv/bin/python scale_profile.py [page ...] [--profile]`. Each page is
asked in-process (Django's test client, signed in as one workspace's owner) a number of
times, first with nothing kept (the first view after a change), then kept; the table
gives the median processor time per page (time.process_time, so a busy
machine does not inflate it), the database's share of the wall time, and the query count.
``--profile`` prints cProfile's 30 costliest functions for each page.

Environment: BENCH_PG_URL as in scale_pg.py, BENCH_RUNS (20), BENCH_OWNER (client042).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import table

URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/rapport_scale")
RUNS = int(os.environ.get("BENCH_RUNS", 20))
OWNER = os.environ.get("BENCH_OWNER", "client042")


def setup() -> None:
    os.environ["DATABASE_URL"] = URL
    os.environ.setdefault("RAPPORT_SECRET_KEY", "bench")
    os.environ["RAPPORT_MULTIUSER"] = "1"
    os.environ["RAPPORT_INSECURE_LAN"] = "1"
    os.environ["RAPPORT_ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ["DJANGO_SETTINGS_MODULE"] = "rapport.settings"
    import django

    django.setup()


def pages(owner: Any) -> dict[str, str]:
    from rapport.contacts.models import Contact

    contact = Contact.objects.filter(owner=owner).order_by("pk").values_list("pk", flat=True)[500]
    return {
        "contacts page": "/contacts/",
        "contact page": f"/contacts/{contact}/",
        "meetings page": "/meetings/",
        "diagnosis": "/diagnosis/",
    }


def measure(client: Any, path: str, *, keep: bool) -> tuple[float, float, int]:
    """Return median processor ms, median wall ms and the query count of ``path``.

    With ``keep`` false, every kept value is dropped before each request: the cost of the
    first view after a change.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from rapport.accounts.kept import forget

    assert client.get(path).status_code == 200  # warm: templates, kept values
    cpu, wall = [], []
    for _ in range(RUNS):
        if not keep:
            forget()
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(path)
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    if not keep:
        forget()
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return statistics.median(cpu), statistics.median(wall), len(queries)


def main() -> None:
    setup()
    from django.contrib.auth.models import User
    from django.test import Client

    wanted = [a for a in sys.argv[1:] if not a.startswith("--")]
    owner = User.objects.get(username=OWNER)
    client = Client()
    client.force_login(owner)
    rows = []
    for label, path in pages(owner).items():
        if wanted and not any(w in label for w in wanted):
            continue
        for keep, how in ((False, "first view"), (True, "kept")):
            cpu, wall, queries = measure(client, path, keep=keep)
            rows.append(
                (
                    f"{label}, {how}",
                    f"{cpu:.1f} ms processor, {wall:.1f} ms wall",
                    f"{queries} queries",
                    "",
                )
            )
        if "--profile" in sys.argv:
            # Processor time, so waiting on the database or a busy machine does not count.
            profile = cProfile.Profile(time.process_time)
            for _ in range(5):
                profile.runcall(client.get, path)
            pstats.Stats(profile).sort_stats(
                os.environ.get("BENCH_SORT", "cumulative")
            ).print_stats(int(os.environ.get("BENCH_TOP", 30)))
    table(f"One request at a time, median of {RUNS} (in-process test client)", rows)


if __name__ == "__main__":
    main()
