"""The handbill in a browser: the editor and its preview, sharing, and logging who got it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from rapport.contacts.models import Contact
from rapport.core.plan import Person, PlanData, TargetCompanySpec
from rapport.plan.services import save_plan
from tests.e2e.layout import LAPTOP, WIDTHS, box, in_view, settles, side_by_side, stacked
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
    page.get_by_role("button", name="Move Abbott", exact=True).press("Home")
    page.get_by_label("Show How I can help you").uncheck()
    page.get_by_label("Paper size").select_option("a4")
    page.get_by_role("button", name="Save and preview").click()
    expect(page.get_by_text("Saved: the preview shows your handbill")).to_be_visible()
    expect(preview.get_by_text("Stryker", exact=True)).to_have_count(0)
    expect(preview.get_by_role("heading", name="How I can help you")).to_have_count(0)
    assert company_order(page)[0] == "Abbott"
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


def rows_of(page: Page, legend: str) -> list[str]:
    """Return the rows of the editor's list under ``legend``, top to bottom."""
    fieldset = page.locator("fieldset", has=page.get_by_text(legend, exact=True))
    labels = fieldset.locator("tbody tr").evaluate_all("rows => rows.map(r => r.dataset.label)")
    return [str(label) for label in labels]


def company_order(page: Page) -> list[str]:
    return rows_of(page, "Companies")


def section_order(page: Page) -> list[str]:
    return rows_of(page, "Sections")


def drag(page: Page, name: str, onto: str) -> None:
    """Drag the row of ``name`` by its handle to the place of the row of ``onto``."""
    handle = page.get_by_role("button", name=f"Move {name}", exact=True)
    handle.evaluate("e => e.scrollIntoView({block: 'center'})")
    grip, target = box(handle), box(page.locator(f"tr[data-label='{onto}']"))
    page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2)
    page.mouse.down()
    y = target.y + 3 if target.y < grip.y else target.bottom - 3
    page.mouse.move(grip.x + grip.width / 2, y, steps=12)
    page.mouse.up()


def moved(names: list[str], name: str, to: int) -> list[str]:
    """Return ``names`` with ``name`` moved to position ``to`` (from 0)."""
    rest = [n for n in names if n != name]
    return [*rest[:to], name, *rest[to:]]


def save_and_reload(page: Page) -> None:
    page.get_by_role("button", name="Save and preview").click()
    expect(page.get_by_text("Saved: the preview shows your handbill")).to_be_visible()
    page.reload()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_preview_stays_in_view_beside_the_choices_and_above_them_on_a_phone(
    page: Page, width: int
) -> None:
    a_plan()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/handbill/")
    preview, editor = page.locator(".hb-preview"), page.locator(".hb-editor")
    save = page.get_by_role("button", name="Save and preview")
    if width == LAPTOP:
        assert side_by_side(preview, editor)
    else:
        assert stacked(preview, editor)
    page.get_by_label("Show Fastenal").evaluate("e => e.scrollIntoView({block: 'center'})")
    # The whole page as it prints follows the list on a laptop; Save is in reach on both.
    assert settles(lambda: in_view(page, preview) is (width == LAPTOP))
    assert settles(lambda: in_view(page, save))
    assert box(editor).y < 0


@pytest.mark.parametrize("width", WIDTHS)
def test_companies_and_sections_move_by_drag_and_the_order_is_saved(page: Page, width: int) -> None:
    a_plan()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/handbill/")
    before = company_order(page)
    assert before[:3] == ["Medtronic", "Stryker", "Abbott"]
    drag(page, "Abbott", onto="Medtronic")
    assert company_order(page)[:3] == ["Abbott", "Medtronic", "Stryker"]
    order = company_order(page)
    drag(page, "Medtronic", onto=order[10])
    expected = moved(order, "Medtronic", 10)
    assert company_order(page) == expected
    expect(page.get_by_role("status").filter(has_text="Medtronic")).to_have_text(
        "Medtronic: position 11 of 40."
    )
    sections = section_order(page)
    drag(page, sections[-1], onto=sections[0])
    save_and_reload(page)
    assert company_order(page) == expected
    assert section_order(page) == [sections[-1], *sections[:-1]]
    preview = page.frame_locator("iframe[title='Your handbill as it prints']")
    headings = preview.locator("h2").all_inner_texts()
    assert headings[0].casefold() == sections[-1].casefold()


def test_a_long_drag_scrolls_the_page_to_the_top_of_the_list(page: Page) -> None:
    a_plan()
    page.set_viewport_size({"width": LAPTOP, "height": 700})
    page.goto("/handbill/")
    grip = page.get_by_role("button", name="Move Conmed", exact=True)
    grip.evaluate("e => e.scrollIntoView({block: 'center'})")
    where = box(grip)
    page.mouse.move(where.x + where.width / 2, where.y + where.height / 2)
    page.mouse.down()
    page.mouse.move(where.x + where.width / 2, 5, steps=10)
    page.wait_for_function("() => window.scrollY === 0")
    page.mouse.move(where.x + where.width / 2, 6)
    page.mouse.up()
    assert company_order(page)[0] == "Conmed"


@pytest.mark.parametrize("width", WIDTHS)
def test_companies_move_from_the_keyboard_and_each_move_is_announced(
    page: Page, width: int
) -> None:
    a_plan()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/handbill/")
    order = company_order(page)
    grip = page.get_by_role("button", name="Move Stryker", exact=True)
    grip.press("ArrowDown")
    grip.press("ArrowDown")
    expect(grip).to_be_focused()
    expect(page.get_by_role("status").filter(has_text="Stryker")).to_have_text(
        "Stryker: position 4 of 40."
    )
    order = moved(order, "Stryker", 3)
    assert company_order(page) == order
    page.get_by_label("Show Baxter").press("Alt+ArrowUp")
    order = moved(order, "Baxter", order.index("Baxter") - 1)
    assert company_order(page) == order
    page.get_by_role("button", name="Move Conmed", exact=True).press("Home")
    order = moved(order, "Conmed", 0)
    # The arrows beside the handle are for a pointer that cannot drag.
    page.get_by_role("button", name="Move Medtronic down", exact=True).click()
    order = moved(order, "Medtronic", order.index("Medtronic") + 1)
    expected = order
    assert company_order(page) == expected
    save_and_reload(page)
    assert company_order(page) == expected


def test_without_javascript_the_order_is_typed(browser: Browser, live_server: Any) -> None:
    a_plan()
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/handbill/")
    expect(page.get_by_role("button", name="Move Abbott", exact=True)).to_have_count(0)
    page.get_by_label("Order of Abbott").fill("1")
    page.get_by_role("button", name="Save and preview").click()
    expect(page.get_by_text("Saved: the preview shows your handbill")).to_be_visible()
    assert company_order(page)[:3] == ["Abbott", "Medtronic", "Stryker"]
    context.close()
