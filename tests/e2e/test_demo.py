"""Loading the demo from the home page shows the persona's network."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_loading_the_demo_tells_a_story(page: Page) -> None:
    page.goto("/")
    page.get_by_role("button", name="Load the demo").click()
    expect(page.get_by_text("Demo loaded: The scattered networker")).to_be_visible()
    # With a plan in place, home is the diagnosis of her networking.
    expect(page.get_by_text("Lorraine Halvorsen · Is my networking working?")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("not working yet")
    page.get_by_role("link", name="Contacts", exact=True).first.click()
    # The filter asks the server through htmx: a choice made before the page's scripts ran
    # would ask nothing (a loaded machine showed it).
    page.wait_for_load_state("load")
    page.get_by_label("Can hire").select_option("yes")
    expect(page.locator("#contact-rows tbody tr").first).to_be_visible()
    expect(page.locator("#contact-rows")).to_contain_text("can hire")


def test_the_demo_cannot_be_loaded_twice(page: Page) -> None:
    page.goto("/")
    page.get_by_role("button", name="Load the demo").click()
    expect(page.get_by_text("Demo loaded")).to_be_visible()
    # The button is gone once the workspace holds data; the CLI path explains why.
    expect(page.get_by_role("button", name="Load the demo")).to_have_count(0)
