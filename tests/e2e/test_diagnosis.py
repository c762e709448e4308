"""The diagnosis page in a browser: headline, charts drawn, a finding opened to its evidence."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_the_demo_diagnosis_shows_charts_and_opens_to_evidence(page: Page) -> None:
    page.goto("/")
    page.get_by_role("button", name="Load the demo").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("not working yet")
    expect(page.locator("body")).to_have_attribute("data-charts", "drawn")
    weekly = page.locator("#weekly-chart")
    expect(weekly).to_be_visible()
    assert weekly.bounding_box()["height"] > 100  # type: ignore[index]
    finding = page.locator("#finding-echo-chamber")
    evidence = finding.locator(".evidence")
    expect(evidence).to_be_hidden()
    finding.locator("summary").click()
    expect(evidence).to_be_visible()
    expect(evidence).to_contain_text("Career Transition Group")


def test_an_action_offers_a_draft_to_copy(page: Page) -> None:
    page.goto("/")
    page.get_by_role("button", name="Load the demo").click()
    actions = page.get_by_role("region", name="This week's actions")
    actions.get_by_text("Draft message").first.click()
    draft = actions.get_by_label("Draft message to send").first
    expect(draft).to_be_visible()
    expect(draft).to_have_value(__import__("re").compile(r"^Hi \w+,"))


def test_the_diagnosis_page_fits_a_phone(page: Page) -> None:
    page.goto("/")
    page.get_by_role("button", name="Load the demo").click()
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/diagnosis/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
