"""Log the coffee you just had, on a phone or a laptop."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

WIDTHS = [1280, 390]


@pytest.mark.parametrize("width", WIDTHS)
def test_log_a_coffee_with_its_outcome(page: Page, width: int) -> None:
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact

    Contact.objects.create(owner=local_owner(), full_name="Dana Reyes", company_name="Acme")
    Contact.objects.create(owner=local_owner(), full_name="Dana Reyes", company_name="Medtronic")
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/meetings/")
    page.get_by_role("link", name="Log a meeting").click()
    page.get_by_label("Who did you meet?").fill("Dana Reyes")
    page.get_by_label("What kind of meeting").select_option(label="Coffee")
    page.get_by_label("What did you ask for?").fill("Two names at Stryker")
    page.get_by_label("I gave my handbill").check()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.get_by_role("button", name="Log the meeting").click()
    expect(page.get_by_text("Several contacts have this name")).to_be_visible()
    page.get_by_label("Medtronic").check()
    page.get_by_role("button", name="Log the meeting").click()
    expect(page.get_by_text("Logged: Coffee with Dana Reyes.")).to_be_visible()
