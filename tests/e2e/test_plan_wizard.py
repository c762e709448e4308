"""The guided plan in a browser: step by step, messages in place, nothing lost when left."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect


def test_a_first_time_user_builds_a_plan_step_by_step(page: Page) -> None:
    page.goto("/plan/")
    page.get_by_role("link", name="Guided set-up").click()
    expect(page.get_by_role("heading", name="Step 1 of 8: Target positions")).to_be_visible()
    page.get_by_label("Target positions").fill("Chief Financial Officer\nVP Finance")
    page.get_by_role("button", name=re.compile("^Next")).click()
    expect(page.get_by_role("heading", name="Step 2 of 8: Target industries")).to_be_visible()
    page.get_by_role("button", name=re.compile("^Next")).click()
    field = page.locator(".field.has-error")
    expect(field).to_contain_text("Name at least one industry")
    page.get_by_label("Target industries").fill("Medical devices")
    page.get_by_role("button", name=re.compile("^Next")).click()
    page.get_by_label("Geography").fill("Minneapolis–St. Paul")
    page.get_by_role("button", name=re.compile("^Next")).click()
    page.get_by_label("Target companies").fill("Medtronic\nStryker")
    page.get_by_role("button", name=re.compile("^Next")).click()
    expect(page.get_by_text("2 target companies is a short list")).to_be_visible()
    page.get_by_label("Connectors").fill("Edina Chamber of Commerce")
    page.get_by_role("button", name=re.compile("^Next")).click()
    page.get_by_label("What you can offer others").fill("Introductions to bankers")
    page.get_by_role("button", name=re.compile("^Next")).click()
    page.get_by_label("Weekly meetings").fill("5")
    page.get_by_role("button", name=re.compile("^Next")).click()
    page.get_by_label("Your name").fill("Margaret Lindqvist")
    page.get_by_role("button", name="Finish the plan").click()
    expect(page.get_by_role("heading", name="Your plan is ready")).to_be_visible()
    page.get_by_role("link", name="Fine-tune in the full editor").click()
    expect(page.get_by_label("Target positions")).to_have_value(
        "Chief Financial Officer\nVP Finance"
    )
    expect(page.get_by_label("Name (row 2)")).to_have_value("Stryker")


def test_a_step_left_half_done_is_kept_and_resumed(page: Page) -> None:
    page.goto("/plan/guided/positions/")
    page.get_by_label("Target positions").fill("VP Finance")
    page.get_by_role("button", name=re.compile("^Next")).click()
    page.goto("/plan/guided/companies/")
    page.get_by_label("Target companies").fill("Medtronic\nStryker\nAbbott")
    page.get_by_label("Target companies").blur()
    expect(page.get_by_role("status")).to_contain_text("Saved. 3 companies.")
    page.goto("/plan/")
    expect(page.get_by_text("You stopped at step 4 of 8: Target companies")).to_be_visible()
    page.get_by_role("link", name="Continue the guided set-up").click()
    expect(page.get_by_role("heading", name="Step 4 of 8: Target companies")).to_be_visible()
    expect(page.get_by_label("Target companies")).to_have_value("Medtronic\nStryker\nAbbott")
    page.get_by_role("link", name="2. Target industries").click()
    expect(page.get_by_label("Target industries")).to_have_value("")


def test_the_guided_plan_fits_a_phone(page: Page) -> None:
    page.set_viewport_size({"width": 375, "height": 740})
    for step in ("positions", "companies", "goals", "you"):
        page.goto(f"/plan/guided/{step}/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, step
