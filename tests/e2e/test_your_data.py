"""Back up, start over and restore, from the settings, on a laptop and a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

WIDTHS = [1280, 390]


@pytest.mark.parametrize("width", WIDTHS)
def test_back_up_start_over_and_restore(page: Page, width: int) -> None:
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact

    Contact.objects.create(owner=local_owner(), full_name="Dana Reyes")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/settings/")
    page.get_by_role("link", name="Your data: back up, restore, start over").click()
    with page.expect_download() as caught:
        page.get_by_role("link", name="Download a backup").click()
    saved = caught.value.path()
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    page.get_by_label("Type “start over” to confirm").fill("start over")
    page.get_by_role("button", name="Start over").click()
    expect(page.get_by_text("Your workspace is empty; your settings are kept.")).to_be_visible()

    page.goto("/settings/data/")
    page.get_by_label("A backup file from Rapport").set_input_files(str(saved))
    page.get_by_role("button", name="Restore").click()
    expect(page.get_by_text("Restored: 1 contact and 0 meetings.")).to_be_visible()
    page.goto("/contacts/")
    expect(page.get_by_role("link", name="Dana Reyes")).to_be_visible()
