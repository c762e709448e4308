"""The plan editor in a browser: fields, companies, messages beside fields."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_a_user_writes_a_plan_and_finds_it_saved(page: Page) -> None:
    page.goto("/plan/")
    page.get_by_label("Your name").fill("Margaret Lindqvist")
    page.get_by_label("Target positions").fill("Chief Financial Officer\nVP Finance")
    page.get_by_label("Target industries").fill("Medical devices")
    page.get_by_label("Name (row 1)").fill("Medtronic")
    page.get_by_label("Priority (row 1)").fill("1")
    page.get_by_label("Name (row 2)").fill("Stryker")
    page.get_by_label("Weekly meetings").fill("5")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Plan saved.")).to_be_visible()
    expect(page.get_by_text("2 target companies is a short list")).to_be_visible()
    expect(page.get_by_label("Name (row 1)")).to_have_value("Medtronic")
    expect(page.get_by_label("Target positions")).to_have_value(
        "Chief Financial Officer\nVP Finance"
    )


def test_a_mistake_is_shown_beside_its_field_and_the_rest_is_kept(page: Page) -> None:
    page.goto("/plan/")
    page.get_by_label("Your name").fill("Margaret")
    page.get_by_label("Email").fill("margaret-at-example")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Nothing was saved")).to_be_visible()
    field = page.locator(".field.has-error")
    expect(field).to_contain_text("Enter a valid email address.")
    expect(page.get_by_label("Your name")).to_have_value("Margaret")
