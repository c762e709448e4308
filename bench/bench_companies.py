"""The Companies page with 600 companies: one page of it, a search, a bulk "set industry".

Processor time (time.process_time) of the whole request in-process, median of several
runs: the machine is shared, so wall-clock time would measure the neighbours.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from common import COMPANIES, TITLES, setup_django, table

COMPANY_COUNT = 600
#: Companies a contact book of a few thousand people names, many of them once or twice.
WORDS = (
    "North Star Lake Prairie Summit River Granite Cedar Iron Harbor Maple Pioneer Quantum "
    "Vector Atlas Beacon Crescent Delta Echo Falcon"
).split()
KINDS = "Medical Bank Foods Software Logistics Partners Group Labs Health Capital".split()
#: A plan like the demo's: two industries and 40 target companies.
PLAN = '[targets]\nindustries = ["Medical devices", "Banking"]\n' + "".join(
    f'[[targets.companies]]\nname = "Target Co {n}"\nindustry = "Medical devices"\n'
    for n in range(40)
)


def cpu_ms(fn: Callable[[], Any], runs: int = 7) -> float:
    """Return the median processor time of ``fn`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def company_names(count: int) -> list[str]:
    names = [c for c in COMPANIES if c]
    for n in range(count - len(names)):
        first, second = WORDS[n % len(WORDS)], WORDS[(n // len(WORDS)) % len(WORDS)]
        names.append(f"{first} {second} {KINDS[n % len(KINDS)]} {n}")
    return names


def main() -> None:
    setup_django("companies")
    from django.test import Client

    from rapport.accounts.owner import local_owner
    from rapport.contacts.companies import company_for
    from rapport.contacts.judging import rejudge
    from rapport.contacts.models import Contact
    from rapport.formats import plan_toml
    from rapport.plan.services import save_plan

    user = local_owner()
    save_plan(user, plan_toml.loads(PLAN))
    contacts = []
    for n, name in enumerate(company_names(COMPANY_COUNT)):
        company = company_for(user, name)
        for k in range(1 + n % 4):
            contacts.append(
                Contact(
                    owner=user,
                    full_name=f"Person {n}-{k}",
                    company=company,
                    company_name=name,
                    position=TITLES[(n + k) % len(TITLES)],
                )
            )
    Contact.objects.bulk_create(contacts)
    rejudge(user)
    client = Client()
    client.force_login(user)
    page = client.get("/contacts/companies/")
    assert page.status_code == 200
    page_ms = cpu_ms(lambda: client.get("/contacts/companies/"))
    search_ms = cpu_ms(lambda: client.get("/contacts/companies/", {"q": "prairie"}))
    size_kb = len(page.content) / 1024
    table(
        f"Companies page, {COMPANY_COUNT} companies, {len(contacts):,} contacts (SQLite, CPU)",
        [
            ("first page", f"{page_ms:.0f} ms", "< 150 ms", "yes" if page_ms < 150 else "NO"),
            ("search", f"{search_ms:.0f} ms", "< 150 ms", "yes" if search_ms < 150 else "NO"),
            ("page size", f"{size_kb:.0f} KB", "", ""),
        ],
    )


if __name__ == "__main__":
    main()
