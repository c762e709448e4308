"""The give ledger and the prep sheet in a browser."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import Page, expect

from rapport.accounts.owner import local_owner
from rapport.contacts.models import Contact
from rapport.meetings.models import Interaction


def test_a_user_logs_a_give_and_sees_the_balance(page: Page) -> None:
    Contact.objects.create(owner=local_owner(), full_name="Kevin Lobo", position="CEO")
    page.goto("/give/")
    page.get_by_label("To whom").fill("Kevin Lobo")
    page.get_by_label("What kind").select_option("introduction")
    page.get_by_label("What you gave").fill("Introduced him to my banker")
    page.get_by_role("button", name="Log it").click()
    expect(page.get_by_text("Logged: introduction to Kevin Lobo.")).to_be_visible()
    expect(page.get_by_role("cell", name="Introduced him to my banker")).to_be_visible()
    expect(page.get_by_role("status", name="Balance")).to_contain_text("1")


def test_a_user_prepares_for_a_meeting_from_the_contact_page(page: Page) -> None:
    owner = local_owner()
    kevin = Contact.objects.create(owner=owner, full_name="Kevin Lobo", first_name="Kevin")
    meeting = Interaction.objects.create(
        owner=owner,
        summary="Coffee with Kevin",
        start=timezone.now() + timedelta(days=2),
        networking=True,
    )
    meeting.contacts.add(kevin)
    page.goto(f"/contacts/{kevin.pk}/")
    page.get_by_role("link", name="prep sheet").click()
    expect(page.get_by_role("heading", name="Prepare: Coffee with Kevin")).to_be_visible()
    expect(page.get_by_text("What to ask")).to_be_visible()
    expect(page.get_by_text("Trends:")).to_be_visible()
