"""Every page fits a phone: nothing scrolls sideways at 390 px, tables included.

The pages come from the URLconf, as in the accessibility walk (test_accessibility.py).
"""

from __future__ import annotations

from playwright.sync_api import Page

from tests.accounts.test_words_for_people import pages
from tests.e2e.layout import PHONE, page_width
from tests.e2e.walk import opened

#: The editor's preview frame: a sheet of paper at its real size, which the editor scales.
PAPER = ("/handbill/sheet/",)
#: Tables wider than the box that holds them, as "width in room".
WIDE_TABLES = """[...document.querySelectorAll('table')]
  .filter(t => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1)
  .map(t => `a table of ${t.rows[0].cells.length} columns, ${Math.round(
     t.getBoundingClientRect().width)} px in ${t.parentElement.clientWidth} px`)"""


def test_no_page_or_table_scrolls_sideways_on_a_phone(page: Page) -> None:
    from rapport.accounts.owner import local_owner
    from rapport.demo.loader import load_demo

    owner = local_owner()
    load_demo(owner, "scattered")
    page.set_viewport_size({"width": PHONE, "height": 844})
    wide, walked = [], 0
    for url in opened(page, pages(owner, each=1)):
        if url in PAPER:
            continue
        walked += 1
        if page_width(page) > PHONE:
            wide.append(f"{url}: the page is {page_width(page)} px wide")
        wide += [f"{url}: {table}" for table in page.evaluate(WIDE_TABLES)]
    assert walked > 50
    assert wide == [], "\n".join(wide)
