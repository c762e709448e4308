"""The contact list's filters: one control on a phone that says how many are on, all on a laptop."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.layout import LAPTOP, PHONE, box


def some_contacts() -> None:
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact

    owner = local_owner()
    Contact.objects.bulk_create(
        Contact(owner=owner, full_name=name, can_hire=n % 2 == 0)
        for n, name in enumerate(["Ann Berg", "Bo Lind", "Cy Holm", "Di Ek"])
    )


def test_on_a_phone_the_filters_fold_into_one_control_that_counts_them(page: Page) -> None:
    some_contacts()
    page.set_viewport_size({"width": PHONE, "height": 800})
    page.goto("/contacts/")
    control = page.get_by_text("Filters and order")
    expect(control).to_be_visible()
    expect(page.get_by_label("Seniority")).to_be_hidden()
    # Search and the folded filters take a quarter of the screen, not one and a half screens.
    expect(page.get_by_label("Search")).to_be_visible()
    assert box(page.locator("form.filters")).height < 200
    assert box(page.get_by_role("status").first).bottom < 800
    control.click()
    page.get_by_label("Can hire").select_option("yes")
    page.get_by_label("Seniority").select_option(index=1)
    expect(control).to_have_text("Filters and order (2 on)")
    page.get_by_label("Seniority").select_option("")
    expect(control).to_have_text("Filters and order (1 on)")
    expect(page.get_by_role("status").first).to_have_text("2 contacts")
    # htmx writes the address after it shows the rows: reload only once it has.
    expect(page).not_to_have_url(re.compile(r"seniority=[a-z]"))
    page.reload()
    expect(page.get_by_label("Seniority")).to_be_hidden()
    expect(control).to_have_text("Filters and order (1 on)")


@pytest.mark.parametrize("width", [LAPTOP])
def test_on_a_laptop_every_filter_shows(page: Page, width: int) -> None:
    some_contacts()
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/contacts/?can_hire=yes")
    expect(page.get_by_text("Filters and order")).to_be_hidden()
    for label in ("Search", "Can hire", "Seniority", "Function", "Sort by"):
        expect(page.get_by_label(label, exact=True)).to_be_visible()
    expect(page.get_by_label("Can hire")).to_have_value("yes")
