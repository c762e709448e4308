"""The contact book on a laptop and a phone: search however names are written, download."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import Page, expect

WIDTHS = [1280, 390]


def a_book() -> None:
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact

    owner = local_owner()
    Contact.objects.create(
        owner=owner,
        full_name="Ana Castaño",
        last_name="Castaño",
        company_name="Medtronic",
        emails=["ana@socgen.example"],
        phones=["+14155552671"],
    )
    Contact.objects.create(owner=owner, full_name="Dana Reyes", last_name="Reyes")


@pytest.mark.parametrize("width", WIDTHS)
def test_search_ignores_accents_and_back_keeps_the_query(page: Page, width: int) -> None:
    a_book()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/contacts/")
    rows = page.locator("#contact-rows")
    page.get_by_label("Search").fill("Castano")
    expect(page).to_have_url(re.compile(r"q=Castano"))
    expect(rows).to_contain_text("Ana Castaño")
    expect(rows).not_to_contain_text("Dana Reyes")
    page.get_by_label("Search").fill("415 555 2671")
    expect(page).to_have_url(re.compile(r"q=415"))
    expect(rows).to_contain_text("1 contact")
    page.get_by_role("link", name="Ana Castaño").click()
    expect(page.get_by_role("heading", name="Ana Castaño")).to_be_visible()
    page.go_back()
    expect(page.get_by_label("Search")).to_have_value("415 555 2671")
    expect(rows).to_contain_text("1 contact")
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_result_opens_at_once_after_typing(page: Page) -> None:
    # Leaving the search box used to send the same search again (a change event); its answer
    # rewrote the address bar while the browser was leaving for the clicked contact, and
    # Chromium then stayed on the list: the click did nothing.
    a_book()
    page.goto("/contacts/")
    page.get_by_label("Search").fill("415 555 2671")
    expect(page.locator("#contact-rows")).to_contain_text("1 contact")
    expect(page.get_by_role("link", name="Dana Reyes")).to_have_count(0)
    searches: list[str] = []
    page.on("request", lambda r: searches.append(r.url) if r.headers.get("hx-request") else None)
    page.get_by_role("link", name="Ana Castaño").click()
    expect(page.get_by_role("heading", name="Ana Castaño")).to_be_visible()
    assert searches == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_filtered_list_downloads_as_csv(page: Page, width: int) -> None:
    a_book()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/contacts/?q=reyes")
    with page.expect_download() as caught:
        page.get_by_role("link", name="CSV for a spreadsheet").click()
    download = caught.value
    assert download.suggested_filename == "contacts.csv"
    text = download.path().read_text(encoding="utf-8")
    assert [row["Name"] for row in csv.DictReader(io.StringIO(text))] == ["Dana Reyes"]


@pytest.mark.parametrize("width", WIDTHS)
def test_add_edit_delete_and_undo(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/contacts/")
    page.get_by_role("link", name="Add a contact").click()
    page.get_by_label("Name", exact=True).fill("Ana Castaño")
    page.get_by_label("E-mail addresses").fill("ana@socgen.example")
    page.get_by_label("Phone numbers").fill("(415) 555-2671")
    page.get_by_label("Title").fill("CFO")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Added Ana Castaño.")).to_be_visible()
    expect(page.get_by_role("definition").filter(has_text="+14155552671")).to_be_visible()

    page.get_by_text("Edit", exact=True).click()
    page.get_by_label("Company").fill("Medtronic")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".lede")).to_have_text("CFO at Medtronic")

    page.get_by_role("button", name="Delete Ana Castaño").click()
    expect(page.get_by_text("You deleted Ana Castaño.")).to_be_visible()
    expect(page.locator("#contact-rows")).to_contain_text("0 contacts")
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("Ana Castaño is back, as before.")).to_be_visible()
    expect(page.get_by_role("heading", name="Ana Castaño")).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_two_records_of_one_person_merge_by_hand(page: Page, width: int) -> None:
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact

    a_book()
    Contact.objects.create(owner=local_owner(), full_name="Ana C.", emails=["ana@home.example"])
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/contacts/?q=castano")
    page.get_by_role("link", name="Ana Castaño").click()
    page.get_by_role("link", name="Merge with another record").click()
    page.get_by_role("button", name="Merge Ana C. into Ana Castaño").click()
    expect(page.get_by_text("Merged Ana C. into Ana Castaño")).to_be_visible()
    expect(page.get_by_role("link", name="ana@home.example")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_tick_contacts_and_add_them_to_a_circle(page: Page, width: int) -> None:
    a_book()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/contacts/")
    page.get_by_label("Tick Ana Castaño").check()
    page.get_by_label("Tick Dana Reyes").check()
    page.get_by_label("With the ones you tick").select_option(
        label="Add to a circle (type its name)"
    )
    page.get_by_label("Circle, industry or days").fill("FEI")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("Added 2 contacts to the circle FEI.")).to_be_visible()
    page.get_by_role("link", name="Dana Reyes").click()
    expect(page.locator(".tag", has_text="FEI")).to_be_visible()
