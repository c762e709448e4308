"""Dark mode from the system's setting, and a focus ring anyone can see."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

WIDTHS = [1280, 390]


def channels(css: str) -> tuple[float, ...]:
    return tuple(float(v) for v in re.findall(r"[\d.]+", css)[:3])


def luminance(css: str) -> float:
    def linear(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in channels(css))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_focus_ring_stands_out_three_to_one(page: Page, width: int, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/contacts/new/")
    page.get_by_label("Name", exact=True).focus()
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineColor, s.outlineStyle, s.outlineWidth,"
        " getComputedStyle(document.body).backgroundColor]; }"
    )
    ring, style, ring_width, background = focused
    assert style == "solid" and float(ring_width.removesuffix("px")) >= 2
    assert contrast(ring, background) >= 3


@pytest.mark.parametrize("width", WIDTHS)
def test_dark_mode_follows_the_system_and_keeps_text_readable(page: Page, width: int) -> None:
    from rapport.accounts.owner import local_owner
    from rapport.demo.loader import load_demo

    load_demo(local_owner(), "scattered")
    page.emulate_media(color_scheme="dark")
    page.set_viewport_size({"width": width, "height": 800})
    axe = Axe()
    for address in (
        "/",
        "/contacts/",
        "/meetings/",
        "/plan/",
        "/paths/",
        "/profile/",
        "/handbill/",
        "/give/",
        "/settings/data/",
        "/meetings/log/",
        "/contacts/companies/",
        "/profile/versions/",
    ):
        page.goto(address)
        assert luminance(page.evaluate("getComputedStyle(document.body).backgroundColor")) < 0.05
        results = axe.run(page, options={"runOnly": ["color-contrast"]})
        serious = [
            (v["id"], [n["target"] for n in v["nodes"][:4]], v["nodes"][0]["any"][0]["message"])
            for v in results.response["violations"]
            if v["impact"] == "serious"
        ]
        assert serious == [], address
