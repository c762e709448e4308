"""The coach's roster: 200 clients, on PostgreSQL when ROSTER_DATABASE_URL names a database.

The roster reads each client's stored figures, computed once per change of their data
(rapport/coaching/summary.py). So the fixture is bounded: 200 clients of 300 contacts
first, then the same clients at 1,500 contacts, and the roster must take the same time and
the same queries at both sizes. The once-per-change cost is measured apart, on one client
of 30,000 contacts (the issue's size), against the floor of reading 200 stored summaries.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import timedelta

from common import linkedin_csv, median_ms, setup_django, table, timed

CLIENTS = int(os.environ.get("ROSTER_CLIENTS", "200"))
SMALL, LARGE = 300, 1_500
ISSUE = int(os.environ.get("ROSTER_BIG", "30000"))
PLAN = """
[targets]
positions = ["Chief Financial Officer", "VP Finance"]
industries = ["Medical devices"]
companies = ["Medtronic", "Stryker", "Boston Scientific", "Abbott"]
[goals]
weekly_meetings = 3
"""


def setup() -> str:
    url = os.environ.get("ROSTER_DATABASE_URL")
    if not url:
        setup_django("roster")
        return "SQLite"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("RAPPORT_SECRET_KEY", "bench")
    os.environ["RAPPORT_ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ["DJANGO_SETTINGS_MODULE"] = "rapport.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    return "PostgreSQL"


def main() -> None:
    database = setup()
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from rapport.coaching import sharing, summary
    from rapport.coaching.models import Summary
    from rapport.contacts.models import Contact
    from rapport.formats import plan_toml
    from rapport.import_page.services import import_bytes
    from rapport.lib.bulk import insert_rows
    from rapport.meetings.models import Interaction
    from rapport.plan.services import save_plan

    coach = User.objects.create_user("coach")
    sharing.make_coach(coach)
    plan = plan_toml.loads(PLAN)
    rng = random.Random(5)
    now = timezone.now()

    def fill(client: User, contacts: int, seed: int) -> None:
        import_bytes(client, linkedin_csv(contacts, seed=seed), "Connections.csv")
        ids = list(Contact.objects.owned_by(client).values_list("id", flat=True))
        start = Interaction.objects.owned_by(client).count()
        insert_rows(
            Interaction,
            [
                {
                    "owner_id": client.pk,
                    "summary": f"Coffee {n}",
                    "start": now - timedelta(hours=rng.randrange(120 * 24)),
                    "kind": "coffee",
                    "networking": True,
                    "source": "ics",
                    "source_uid": f"bench-{client.pk}-{n}",
                }
                for n in range(start, start + contacts // 20)
            ],
        )
        links = Interaction.contacts.through
        links.objects.bulk_create(
            [
                links(interaction_id=m, contact_id=rng.choice(ids))
                for m in Interaction.objects.owned_by(client).values_list("id", flat=True)
            ],
            ignore_conflicts=True,
        )

    clients = []
    for n in range(CLIENTS):
        client = User.objects.create_user(f"client-{n:03}")
        save_plan(client, plan)
        fill(client, SMALL, seed=n)
        sharing.grant(client, coach, [])
        clients.append(client)
    first_day_s, _ = timed(lambda: summary.fresh(clients))

    browser = Client()
    browser.force_login(coach)

    def roster() -> tuple[float, int]:
        summary.fresh(clients)  # every figure up to date: the steady state
        page = browser.get("/coach/").content.decode()
        assert page.count('href="/coach/clients/') == len(clients), "not every client is shown"
        with CaptureQueriesContext(connection) as queries:
            browser.get("/coach/")
        count = len(queries)  # read now: the next request clears the log it is read from
        return median_ms(lambda: browser.get("/coach/"), runs=9), count

    small_ms, small_queries = roster()
    floor_ms = median_ms(
        lambda: list(Summary.objects.filter(owner__in=clients).values_list("figures", flat=True)),
        runs=9,
    )
    for n, client in enumerate(clients):
        fill(client, LARGE - SMALL, seed=10_000 + n)
    # Imports mark each summary stale; the first roster after them computes each once.
    after_import_s, _ = timed(lambda: browser.get("/coach/"))
    large_ms, large_queries = roster()

    big = User.objects.create_user("client-30k")
    save_plan(big, plan)
    fill(big, ISSUE, seed=99)
    sharing.grant(big, coach, [])
    clients.append(big)
    refresh_s, _ = timed(lambda: summary.refresh(big))
    with_big_ms, _ = roster()

    table(
        f"Roster, {CLIENTS} clients ({database})",
        [
            (
                f"roster page, {SMALL} contacts a client",
                f"{small_ms:.0f} ms",
                "< 500 ms",
                "yes" if small_ms < 500 else "NO",
            ),
            (
                f"roster page, {LARGE:,} contacts a client",
                f"{large_ms:.0f} ms",
                "< 500 ms",
                "yes" if large_ms < 500 else "NO",
            ),
            (f"floor: read {CLIENTS} stored summaries", f"{floor_ms:.1f} ms", "", ""),
            (
                "queries for the roster, both sizes",
                f"{small_queries}, {large_queries}",
                "equal",
                "yes" if small_queries == large_queries else "NO",
            ),
            (
                f"roster with a client of {ISSUE:,} more",
                f"{with_big_ms:.0f} ms",
                "< 500 ms",
                "yes" if with_big_ms < 500 else "NO",
            ),
            (
                f"figures of one client of {ISSUE:,} (per change)",
                f"{refresh_s * 1000:.0f} ms",
                "",
                "",
            ),
            (
                f"first roster of a day, {CLIENTS} x {SMALL} (all computed)",
                f"{first_day_s:.1f} s",
                "",
                "",
            ),
            (
                f"first roster after {CLIENTS} imports of {LARGE - SMALL:,}",
                f"{after_import_s:.1f} s",
                "",
                "",
            ),
        ],
    )
    sys.exit(0 if max(small_ms, large_ms, with_big_ms) < 500 else 1)


if __name__ == "__main__":
    main()
