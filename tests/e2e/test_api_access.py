"""Settings → API access in a browser: make a key, use it, withdraw it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

WIDTHS = [1280, 390]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_user_makes_a_key_that_the_api_accepts_then_withdraws_it(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/settings/")
    page.get_by_role("link", name="API access").click()
    expect(page.get_by_role("heading", name="You have no key")).to_be_visible()
    page.get_by_role("button", name="Make a key").click()
    expect(page.get_by_text("it is shown only this once")).to_be_visible()
    key = page.get_by_role("textbox", name="Key").input_value()
    assert len(key) > 30
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    asked = page.request.get("/api/me/diagnosis", headers={"Authorization": f"Bearer {key}"})
    assert asked.status == 200 and "findings" in asked.json()

    page.goto("/settings/api/")
    expect(page.get_by_text("never used yet")).to_have_count(0)  # it has been used
    expect(page.get_by_role("textbox", name="Key")).to_have_count(0)  # and is not shown again
    page.get_by_role("button", name="Withdraw the key").click()
    expect(page.get_by_text("Your API key no longer works.")).to_be_visible()
    refused = page.request.get("/api/me/diagnosis", headers={"Authorization": f"Bearer {key}"})
    assert refused.status == 401
