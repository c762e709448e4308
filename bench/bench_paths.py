"""Paths: ways into one target among 30,000 contacts; the ranked list of 60 targets."""

from __future__ import annotations

import random
from datetime import timedelta

from common import COMPANIES, linkedin_csv, median_ms, setup_django, table

ROWS = 30_000
MEETINGS = 3_000
GIVES = 500
JOB_CHANGES = 300
INTRODUCTIONS = 60
#: Sixty targets: the companies the generated contacts work at, and more they do not.
OTHER_TARGETS = [f"Target Company {n:02d}" for n in range(1, 60)]


def plan_text() -> str:
    names = ["Medtronic", *OTHER_TARGETS]
    companies = ",\n    ".join(
        f'{{ name = "{name}", motivation = {n % 4}, posting = {n % 3} }}'
        for n, name in enumerate(names)
    )
    return f"""
[targets]
positions = ["Chief Financial Officer", "VP Finance"]
industries = ["Medical devices"]
companies = [
    {companies},
]
[audiences]
connectors = ["church", "rotary"]
"""


def populate(user: object, rng: random.Random) -> None:
    """Add meetings, gifts, job histories, introductions and circles to the network."""
    from django.utils import timezone

    from rapport.contacts.judging import rejudge
    from rapport.contacts.models import Contact, JobChange
    from rapport.ledger.models import Give, Introduction
    from rapport.meetings.models import Interaction

    ids = list(Contact.objects.owned_by(user).values_list("id", flat=True))
    now = timezone.now()
    meetings = Interaction.objects.bulk_create(
        Interaction(
            owner=user, summary=f"Coffee {n}", start=now - timedelta(days=rng.randrange(400))
        )
        for n in range(MEETINGS)
    )
    links = Interaction.contacts.through
    links.objects.bulk_create(
        links(interaction_id=m.pk, contact_id=rng.choice(ids)) for m in meetings
    )
    today = now.date()
    Give.objects.bulk_create(
        Give(owner=user, contact_id=rng.choice(ids), kind="information", note="n", given_on=today)
        for _ in range(GIVES)
    )
    JobChange.objects.bulk_create(
        JobChange(
            owner=user,
            contact_id=rng.choice(ids),
            old_company=rng.choice(["Medtronic plc", "Stryker", "Target Company 07"]),
            new_company="Elsewhere",
            detected_on=today,
        )
        for _ in range(JOB_CHANGES)
    )
    Introduction.objects.bulk_create(
        Introduction(
            owner=user,
            from_contact_id=rng.choice(ids),
            to_contact_id=rng.choice(ids),
            status="promised",
            created_on=today,
        )
        for _ in range(INTRODUCTIONS)
    )
    sample = rng.sample(ids, 1_000)
    Contact.objects.filter(pk__in=sample[:600]).update(circles=["church"], strength=2)
    Contact.objects.filter(pk__in=sample[600:]).update(knows_someone_at=["Medtronic"])
    rejudge(user)


def main() -> None:
    setup_django("paths")
    from django.test import Client

    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact
    from rapport.formats import plan_toml
    from rapport.import_page.services import import_bytes
    from rapport.paths.services import target_rows, today_for, ways_in
    from rapport.plan.models import TargetCompany
    from rapport.plan.services import save_plan

    assert "Medtronic" in COMPANIES
    user = local_owner()
    save_plan(user, plan_toml.loads(plan_text()))
    import_bytes(user, linkedin_csv(ROWS), "Connections.csv")
    populate(user, random.Random(11))
    contacts = Contact.objects.owned_by(user).count()
    target = TargetCompany.objects.owned_by(user).get(name="Medtronic")
    insiders = Contact.objects.owned_by(user).filter(target_company=target).count()
    today = today_for(user)
    found = ways_in(user, target, today)
    rows = target_rows(user, today)
    one_ms = median_ms(lambda: ways_in(user, target, today))
    list_ms = median_ms(lambda: target_rows(user, today))
    client = Client()
    client.force_login(user)
    list_page_ms = median_ms(lambda: client.get("/paths/"))
    target_page_ms = median_ms(lambda: client.get(f"/paths/{target.pk}/"))
    table(
        f"Paths, {contacts:,} contacts, {len(rows)} targets (SQLite)",
        [
            ("insiders at Medtronic", f"{insiders:,}", "", ""),
            ("ways into Medtronic (service)", f"{one_ms:.1f} ms", "< 100 ms", _ok(one_ms < 100)),
            ("paths found", f"{len(found.paths):,}", "> 0", _ok(bool(found.paths))),
            ("ranked list of 60 (service)", f"{list_ms:.1f} ms", "< 200 ms", _ok(list_ms < 200)),
            (
                "target list page /paths/",
                f"{list_page_ms:.1f} ms",
                "< 200 ms",
                _ok(list_page_ms < 200),
            ),
            ("ways-in page, 25 drafts", f"{target_page_ms:.1f} ms", "", ""),
        ],
    )


def _ok(passed: bool) -> str:
    return "yes" if passed else "NO"


if __name__ == "__main__":
    main()
