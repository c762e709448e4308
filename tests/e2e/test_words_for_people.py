"""Pages speak to people: the method's short names explained, errors in the layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from rapport.core.glossary import GLOSSARY

WIDTHS = [1280, 390]


def load_the_demo() -> None:
    from rapport.accounts.owner import local_owner
    from rapport.demo.loader import load_demo

    load_demo(local_owner(), "scattered")


def fits(page: Page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_a_missing_page_keeps_the_layout_and_a_way_back(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto("/contacts/987654/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", name="This page is not here")).to_be_visible()
    fits(page, width)
    page.get_by_role("link", name="Back to the home page").click()
    expect(page.get_by_role("heading", name="Make your networking pay off")).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_import_error_reads_as_one_box_on_any_screen(
    page: Page, width: int, tmp_path: Path
) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    bad = tmp_path / "a-very-long-file-name-for-a-note-that-is-not-an-export.txt"
    bad.write_text("Dear diary, today I met nobody.\n")
    page.goto("/import/")
    page.get_by_label("Drop a file here, or choose one").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Nothing was imported")
    box = alert.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    # One box around all its lines: a box per line lets each line's padding cover the last.
    assert alert.evaluate("e => e.getClientRects().length") == 1
    fits(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_lamp_list_and_3b7_are_explained_where_they_appear(page: Page, width: int) -> None:
    load_the_demo()
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/paths/")
    expect(page.get_by_text(GLOSSARY["LAMP"])).to_be_visible()
    page.get_by_role("link", name="Stryker").first.click()
    expect(page.get_by_role("heading", name="LAMP")).to_be_visible()
    expect(page.get_by_text(GLOSSARY["LAMP"])).to_be_visible()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_contact_filters_and_numbers_are_in_words(page: Page, width: int) -> None:
    load_the_demo()
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/contacts/")
    if width < 600:  # on a phone the filters are folded into one control
        page.get_by_text("Filters and order").click()
    page.get_by_label("Seniority").select_option(label="C-level executive")
    page.get_by_label("Sort by").select_option(label="Name, Z to A")
    expect(page).to_have_url(re.compile(r"seniority=cxo.*sort=-name"))
    page.goto("/diagnosis/")
    page.get_by_text("All the numbers").click()
    expect(
        page.get_by_role("rowheader", name="Meetings with people who could hire you")
    ).to_be_visible()
