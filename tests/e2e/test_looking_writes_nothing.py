"""Looking around an empty workspace leaves it empty: the demo can still be loaded after."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

WIDTHS = [1280, 390]


@pytest.mark.parametrize("width", WIDTHS)
def test_the_demo_loads_after_looking_at_every_section(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    for address in ("/handbill/", "/profile/", "/plan/", "/contacts/", "/meetings/", "/give/"):
        page.goto(address)
    page.goto("/")
    page.get_by_role("button", name="Load the demo").click()
    expect(page.get_by_text("Demo loaded: The scattered networker")).to_be_visible()
