"""The first run: two ways in, and a plan editor that keeps what it is given."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect


def test_the_first_visit_offers_the_demo_and_a_plan(page: Page) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", name="Make your networking pay off")).to_be_visible()
    expect(page.get_by_role("button", name="Load the demo")).to_be_visible()
    page.get_by_role("link", name="Start my plan").click()
    expect(page).to_have_url(re.compile(r"/plan/guided/positions/$"))
    expect(page.get_by_role("heading", name="Your marketing plan, step by step")).to_be_visible()


def test_the_navigation_reaches_every_section(page: Page) -> None:
    page.goto("/")
    nav = page.get_by_role("navigation", name="Main")
    for label in (
        "Plan",
        "Contacts",
        "Meetings",
        "Diagnosis",
        "Paths",
        "Profile",
        "Handbill",
        "Give",
    ):
        expect(nav.get_by_role("link", name=label, exact=True)).to_be_visible()


def test_the_layout_fits_a_phone(page: Page) -> None:
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/plan/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    expect(page.get_by_label("Your name")).to_be_visible()
