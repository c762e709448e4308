"""The Companies page in a browser: paged, searched, industries set one by one or in bulk."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from rapport.contacts.models import Company
from tests.e2e.layout import WIDTHS, page_width


def many_companies(count: int = 120) -> None:
    """Give the local owner ``count`` companies, one person at each, and a plan's industries."""
    from rapport.accounts.owner import local_owner
    from rapport.contacts.companies import company_for
    from rapport.contacts.models import Contact
    from rapport.formats import plan_toml
    from rapport.plan.services import save_plan

    owner = local_owner()
    save_plan(owner, plan_toml.loads('[targets]\nindustries = ["Medical devices", "Banking"]\n'))
    names = [f"Zenith Works {n:03}" for n in range(count - 1)] + ["Nestlé Health"]
    Contact.objects.bulk_create(
        Contact(owner=owner, full_name=f"Person {n}", company=company_for(owner, name))
        for n, name in enumerate(names)
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_companies_are_paged_and_searched_with_the_query_in_the_address(
    page: Page, width: int
) -> None:
    many_companies()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/contacts/companies/")
    expect(page.get_by_role("status")).to_have_text("120 companies")
    expect(page.locator("tbody tr")).to_have_count(50)
    expect(page.get_by_text("Page 1 of 3")).to_be_visible()
    page.get_by_role("link", name="Next →").click()
    expect(page.get_by_text("Page 2 of 3")).to_be_visible()
    page.get_by_label("Find a company").fill("nestle")
    page.get_by_role("button", name="Find").click()
    expect(page).to_have_url(re.compile(r"\?q=nestle$"))
    expect(page.get_by_role("status")).to_contain_text("1 company matching “nestle”")
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.get_by_role("link", name="Nestlé Health")).to_be_visible()
    page.go_back()
    page.go_forward()
    expect(page.get_by_label("Find a company")).to_have_value("nestle")
    assert page_width(page) <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_the_plans_industries_are_offered_and_set_for_the_ticked_companies(
    page: Page, width: int
) -> None:
    many_companies()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/contacts/companies/?q=zenith+works+00")
    options = page.locator("datalist#industries option")
    assert options.evaluate_all("os => os.map(o => o.value)") == ["Banking", "Medical devices"]
    assert page.get_by_label("Industry of Zenith Works 001").get_attribute("list") == "industries"
    for n in (1, 2, 3):
        page.get_by_label(f"Tick Zenith Works 00{n}").check()
    page.get_by_label("Industry for the companies you tick").fill("Medical devices")
    page.get_by_role("button", name="Set the industry").click()
    expect(page.get_by_text("Set the industry of 3 companies to Medical devices")).to_be_visible()
    expect(page).to_have_url(re.compile(r"\?q=zenith\+works\+00$"))
    for n in (1, 2, 3):
        expect(page.get_by_label(f"Industry of Zenith Works 00{n}")).to_have_value(
            "Medical devices"
        )
    expect(page.get_by_label("Industry of Zenith Works 004")).to_have_value("")
    # One company typed by hand; the page's Save keeps it and leaves the others alone.
    page.get_by_label("Industry of Zenith Works 004").fill("Banking")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Saved the industry of 1 company")).to_be_visible()
    industries = dict(Company.objects.values_list("name", "industry"))
    assert [industries[f"Zenith Works 00{n}"] for n in range(1, 6)] == [
        "Medical devices",
        "Medical devices",
        "Medical devices",
        "Banking",
        "",
    ]
    assert page_width(page) <= width
