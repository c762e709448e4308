"""Diagnosis over 30,000 contacts and 10,000 meetings: the report and the page."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from common import linkedin_csv, median_ms, setup_django, table

CONTACTS = 30_000
MEETINGS = 10_000
PLAN = """
[targets]
positions = ["Chief Financial Officer", "VP Finance"]
industries = ["Medical devices"]
companies = ["Medtronic", "Stryker", "Boston Scientific", "Abbott"]
[goals]
weekly_meetings = 5
"""


def fill_workspace(user: Any) -> None:
    """Give ``user`` a plan, a 30,000-row LinkedIn import and 10,000 linked meetings."""
    from django.utils import timezone

    from rapport.contacts.models import Contact
    from rapport.formats import plan_toml
    from rapport.import_page.services import import_bytes
    from rapport.lib.bulk import insert_rows
    from rapport.meetings.models import Interaction
    from rapport.plan.services import save_plan

    save_plan(user, plan_toml.loads(PLAN))
    import_bytes(user, linkedin_csv(CONTACTS), "Connections.csv")
    rng = random.Random(3)
    now = timezone.now()
    kinds = ["coffee", "lunch", "call", "meeting", "group"]
    insert_rows(
        Interaction,
        [
            {
                "owner_id": user.pk,
                "summary": f"Coffee {n}",
                "start": now - timedelta(hours=rng.randrange(5 * 365 * 24)),
                "kind": rng.choice(kinds),
                "networking": rng.random() < 0.7,
                "source": "ics",
                "source_uid": f"bench-{n}",
            }
            for n in range(MEETINGS)
        ],
    )
    ids = list(Contact.objects.owned_by(user).values_list("id", flat=True))
    links = Interaction.contacts.through
    links.objects.bulk_create(
        [
            links(interaction_id=meeting, contact_id=rng.choice(ids))
            for meeting in Interaction.objects.owned_by(user).values_list("id", flat=True)
            for _ in range(2)
        ],
        batch_size=5000,
        ignore_conflicts=True,
    )


def main() -> None:
    setup_django("diagnosis")
    from django.test import Client

    from rapport.accounts.owner import local_owner
    from rapport.diagnosis.services import run_diagnosis

    user = local_owner()
    fill_workspace(user)
    report = run_diagnosis(user)
    report_ms = median_ms(lambda: run_diagnosis(user), runs=7)
    client = Client()
    client.force_login(user)
    page_ms = median_ms(lambda: client.get("/diagnosis/"), runs=7)
    table(
        f"Diagnosis, {CONTACTS:,} contacts and {MEETINGS:,} meetings (SQLite)",
        [
            ("meetings in the 90-day window", str(report.facts.metrics["meetings"]), "", ""),
            ("findings", str(len(report.diagnosis.findings)), "", ""),
            (
                "diagnosis (facts + rules)",
                f"{report_ms:.0f} ms",
                "< 500 ms",
                "yes" if report_ms < 500 else "NO",
            ),
            ("diagnosis page", f"{page_ms:.0f} ms", "< 300 ms", "yes" if page_ms < 300 else "NO"),
        ],
    )


if __name__ == "__main__":
    main()
