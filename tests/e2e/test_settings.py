"""The settings page in a browser."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_a_user_sets_their_time_zone_and_pace(page: Page) -> None:
    page.goto("/")
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("Time zone").select_option("Europe/Berlin")
    page.get_by_label("Speaking pace (words a minute)").fill("130")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    expect(page.get_by_label("Time zone")).to_have_value("Europe/Berlin")
    expect(page.get_by_label("Speaking pace (words a minute)")).to_have_value("130")
