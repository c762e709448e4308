"""Suggestions from the LinkedIn export, and who the user is, in a browser at two widths."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"
ZIP = ARCHIVE / "Basic_LinkedInDataExport_03-08-2024.zip"
WIDTHS = [1280, 390]


def import_file(page: Page, path: Path) -> None:
    page.goto("/import/")
    page.get_by_label("Drop a file here, or choose one").set_input_files(str(path))
    expect(page.get_by_text(f"Ready: {path.name}")).to_be_visible()
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", name=f"Imported {path.name}")).to_be_visible()


def fits(page: Page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_a_user_accepts_one_suggestion_and_dismisses_another(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    import_file(page, ZIP)
    expect(page.get_by_text("You are Alex Rivera")).to_be_visible()
    page.get_by_role("link", name="Review the suggestions").click()
    expect(
        page.get_by_role("heading", name="Suggestions from your import", level=1)
    ).to_be_visible()
    fits(page, width)
    companies = page.get_by_role("region", name="Target companies")
    companies.get_by_role("button", name="Accept Hooli").click()
    expect(page.get_by_text("Hooli is now a target company.")).to_be_visible()
    page.get_by_role("region", name="Target companies").get_by_role(
        "button", name="Dismiss Initech"
    ).click()
    expect(page.get_by_text("Dismissed: Initech.")).to_be_visible()
    companies = page.get_by_role("region", name="Target companies")
    expect(companies).not_to_contain_text("Initech")
    expect(companies).to_contain_text("Pied Piper")
    # The plan now lists Hooli among its targets, and still offers the rest.
    page.goto("/plan/")
    expect(page.locator("input[value='Hooli']")).to_be_visible()
    expect(page.get_by_role("region", name="Suggestions from your import")).to_be_visible()
    fits(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_headline_the_user_wrote_is_replaced_only_on_request(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/plan/")
    page.get_by_label("Headline").fill("Platform PM")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Plan saved.")).to_be_visible()
    import_file(page, ARCHIVE / "Profile.csv")
    page.goto("/import/suggestions/")
    headline = page.get_by_role("region", name="Headline")
    expect(headline).to_contain_text("Your plan says Platform PM")
    headline.get_by_role("button", name="Use this instead").click()
    expect(page.get_by_text("headline is now Product manager for platform teams")).to_be_visible()
    fits(page, width)
    page.goto("/profile/")
    pitch = page.get_by_role("region", name="Suggestions from your import")
    pitch.get_by_role("link", name="Review the suggestions").click()
    page.get_by_role("region", name="Two-minute profile").get_by_role(
        "button", name="Accept"
    ).click()
    expect(page.get_by_text("saved as a new version of your two-minute profile")).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_user_corrects_who_they_are_in_settings(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/settings/")
    page.get_by_label("Your name in your messages").fill("Alex Rivera")
    page.get_by_label("Your e-mail addresses").fill("alex@example.com, not an address")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("not is not an e-mail address")).to_be_visible()
    page.get_by_label("Your e-mail addresses").fill("alex@example.com")
    page.get_by_label("Your LinkedIn profile address").fill(
        "https://www.linkedin.com/in/alex-rivera-5b/"
    )
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Who you are changed")).to_be_visible()
    expect(page.get_by_label("Your LinkedIn profile address")).to_have_value(
        "https://www.linkedin.com/in/alex-rivera-5b"
    )
    fits(page, width)
    import_file(page, ARCHIVE / "messages.csv")
    expect(
        page.get_by_text("You are Alex Rivera, linkedin.com/in/alex-rivera-5b (from your settings")
    ).to_be_visible()
