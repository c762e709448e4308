"""Keyboard shortcuts: "/" to search contacts, "m" to log a meeting; never while typing."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

WIDTHS = [1280, 390]


@pytest.mark.parametrize("width", WIDTHS)
def test_slash_searches_and_m_logs_a_meeting(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/plan/")
    page.keyboard.press("/")
    expect(page).to_have_url(re.compile(r"/contacts/$"))
    page.keyboard.press("/")
    expect(page.get_by_label("Search")).to_be_focused()
    page.keyboard.type("mm")  # typed into the search box, not taken as a shortcut
    expect(page.get_by_label("Search")).to_have_value("mm")
    page.get_by_label("Search").blur()
    page.keyboard.press("m")
    expect(page.get_by_role("heading", name="Log a meeting")).to_be_visible()
