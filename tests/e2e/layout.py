"""Where things sit on the screen: boxes, columns, and what stays in view."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Locator, Page

LAPTOP, PHONE = 1280, 390
WIDTHS = [LAPTOP, PHONE]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


def box(locator: Locator) -> Box:
    """Return where ``locator`` sits in the window (negative y: scrolled above it)."""
    found = locator.evaluate(
        "e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }"
    )
    return Box(*found)


def side_by_side(one: Locator, other: Locator) -> bool:
    """Return whether the two sit in two columns of about the same width, tops level."""
    a, b = sorted((box(one), box(other)), key=lambda found: found.x)
    return a.right <= b.x and abs(a.width - b.width) <= 0.1 * a.width and abs(a.y - b.y) < 1


def stacked(upper: Locator, lower: Locator) -> bool:
    """Return whether ``lower`` starts below ``upper``, in the same column."""
    a, b = box(upper), box(lower)
    return b.y >= a.bottom - 1 and abs(a.x - b.x) < 1


def in_view(page: Page, locator: Locator) -> bool:
    """Return whether all of ``locator`` is inside the window."""
    found, height = box(locator), page.viewport_size["height"] if page.viewport_size else 0
    return found.y >= 0 and found.bottom <= height


def settles(check: Callable[[], bool], seconds: float = 10) -> bool:
    """Return whether ``check()`` holds once the page has settled: it is asked again while
    the page still lays out (a preview loading, a scroll finishing), up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def page_width(page: Page) -> int:
    """Return how wide the page is laid out: wider than the window means it scrolls sideways."""
    return int(page.evaluate("document.documentElement.scrollWidth"))
