"""axe-core on every page of a full workspace: no serious or critical violation.

The pages come from the URLconf (as in tests/accounts/test_words_for_people.py), a few
rows of each kind, at a laptop's width and a phone's.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.accounts.test_words_for_people import pages
from tests.e2e.walk import opened

WIDTHS = [1280, 390]
SERIOUS = ("serious", "critical")


def problems_on(page: Page, axe: Axe) -> list[str]:
    results = axe.run(page)
    return [
        f"{page.url}: {v['id']} ({v['impact']}) at "
        + ", ".join(str(node["target"][0]) for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_has_a_serious_accessibility_violation(page: Page, width: int) -> None:
    from rapport.accounts.owner import local_owner
    from rapport.demo.loader import load_demo

    owner = local_owner()
    load_demo(owner, "scattered")
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    found: list[str] = []
    for _url in opened(page, pages(owner, each=1)):
        found += problems_on(page, axe)
    assert found == []
