"""The follow-up feed carries the 3B7 steps: a second person, then one follow-up."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime

from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.meeting_pages.feed import due_items
from rapport.paths.models import Outreach
from rapport.plan.models import TargetCompany


def test_an_unanswered_message_puts_a_follow_up_in_the_feed(alice: User) -> None:
    target = TargetCompany.objects.create(owner=alice, name="Stryker")
    kevin = Contact.objects.create(owner=alice, full_name="Kevin Lobo", company_name="Stryker")
    Outreach.objects.create(owner=alice, contact=kevin, target=target, sent_on=date(2026, 11, 2))
    items = due_items(
        alice,
        now=datetime(2026, 11, 25, 12, tzinfo=UTC),
        zone=zoneinfo.ZoneInfo("UTC"),
        url_for=lambda pk: f"/meetings/{pk}/",
    )
    follow_ups = [i for i in items if i.uid.startswith("follow_up-")]
    assert follow_ups and "Kevin Lobo" in follow_ups[0].summary
    # Seven business days after Monday 2 November is Wednesday 11 November.
    assert follow_ups[0].due == date(2026, 11, 11)
