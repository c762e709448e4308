"""The handbill in a browser: the editor and its preview, sharing, and logging who got it."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Browser, Page, expect

from rapport.contacts.models import Contact
from rapport.core.plan import Person, PlanData, TargetCompanySpec
from rapport.plan.services import save_plan
from tests.handbill.pdf_reading import page_count

INDUSTRIES = ("Medical devices", "Banking", "Retail")
NAMES = (
    "Medtronic Stryker Abbott Baxter Hologic Insulet Dexcom Masimo ResMed Penumbra Cargill "
    "Target Ecolab Polaris Andersen Securian Ameriprise Thrivent Entegris Donaldson Graco "
    "Toro Pentair Fastenal Hormel Xcel Mosaic Nuvaira Surmodics Inspire Tactile CVRx Cirtec "
    "Coloplast Bio-Techne Teleflex Globus Haemonetics Orthofix Conmed"
).split()


def a_plan(companies: int = 40) -> Any:
    from rapport.accounts.owner import local_owner

    owner = local_owner()
    save_plan(
        owner,
        PlanData(
            person=Person(
                name="Margaret Lindqvist",
                headline="Finance executive who turns plans into cash",
                email="margaret@example.com",
                location="Minneapolis, MN",
                booking_link="https://calendly.com/margaret/20min",
            ),
            positions=("Chief Financial Officer", "VP Finance"),
            industries=("Medical devices",),
            geography=("Minneapolis–St. Paul",),
            companies=tuple(
                TargetCompanySpec(name, INDUSTRIES[n % 3], priority=n + 1)
                for n, name in enumerate(NAMES[:companies])
            ),
            decision_makers=("CEOs of device makers",),
            peers=("Controllers in medtech",),
            connectors=("Edina Chamber of Commerce",),
            offers=("Introductions to bankers", "Seats at FEI dinners"),
        ),
    )
    return owner


def test_without_a_plan_the_editor_says_what_is_missing(page: Page) -> None:
    page.goto("/handbill/")
    expect(page.get_by_role("alert")).to_contain_text("your name and your targets")
    page.get_by_role("link", name="Open your plan").click()
    expect(page).to_have_url(re.compile(r"/plan/$"))


def test_a_user_chooses_companies_and_sees_the_preview_change(page: Page) -> None:
    a_plan()
    page.goto("/handbill/")
    preview = page.frame_locator("iframe[title='Your handbill as it prints']")
    expect(preview.get_by_role("heading", name="Margaret Lindqvist")).to_be_visible()
    expect(preview.get_by_text("Stryker", exact=True)).to_be_visible()
    page.get_by_label("Show Stryker").uncheck()
    page.get_by_label("Order of Abbott").fill("1")
    page.get_by_label("Show How I can help you").uncheck()
    page.get_by_label("Paper size").select_option("a4")
    page.get_by_role("button", name="Save and preview").click()
    expect(page.get_by_text("Saved: the preview shows your handbill")).to_be_visible()
    expect(preview.get_by_text("Stryker", exact=True)).to_have_count(0)
    expect(preview.get_by_role("heading", name="How I can help you")).to_have_count(0)
    expect(page.get_by_label("Order of Abbott")).to_have_value("1")
    expect(page.get_by_label("Paper size")).to_have_value("a4")
    pdf = page.request.get("/handbill/handbill.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert page_count(pdf.body()) == 1


def test_the_html_version_prints_on_one_page(page: Page) -> None:
    a_plan()
    page.goto("/handbill/sheet/")
    page.emulate_media(media="print")
    assert page_count(page.pdf(prefer_css_page_size=True)) == 1


def test_a_shared_link_shows_the_handbill_alone_until_turned_off(
    page: Page, browser: Browser, live_server: Any
) -> None:
    a_plan()
    page.goto("/handbill/")
    page.get_by_role("button", name="Create a share link").click()
    address = page.get_by_label("Your handbill's address").input_value()
    assert re.search(r"/h/[\w-]{32,}/$", address)
    stranger = browser.new_context(base_url=live_server.url).new_page()
    response = stranger.goto(address)
    assert response is not None and response.status == 200
    assert "noindex" in response.headers["x-robots-tag"]
    expect(stranger.get_by_role("heading", name="Margaret Lindqvist")).to_be_visible()
    expect(stranger.get_by_role("heading", name="Companies I'd like to work for")).to_be_visible()
    expect(stranger.get_by_role("navigation")).to_have_count(0)
    expect(stranger.get_by_role("link", name="Download PDF")).to_be_visible()
    page.get_by_role("button", name="Turn the link off").click()
    expect(page.get_by_text("The share link is turned off")).to_be_visible()
    gone = stranger.goto(address)
    assert gone is not None and gone.status == 404
    stranger.context.close()


def test_one_click_logs_that_a_contact_got_the_handbill(page: Page) -> None:
    owner = a_plan()
    Contact.objects.create(owner=owner, full_name="Geoff Martha", company_name="Medtronic")
    page.goto("/handbill/")
    page.get_by_label("Find the contact by name").fill("geoff")
    row = page.locator(".hb-people li").filter(has_text="Geoff Martha")
    expect(row).to_be_visible()
    row.get_by_role("button", name="I emailed it").click()
    expect(page.get_by_text("Logged: you emailed your handbill to Geoff Martha.")).to_be_visible()


def test_the_editor_fits_a_phone_screen(page: Page) -> None:
    a_plan()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/handbill/")
    expect(page.get_by_role("heading", name="Your handbill")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
