"""The target list, the ways into a company, a draft checked live and logged, who-do-I-know."""

from __future__ import annotations

import re
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import Page, expect

from rapport.accounts.owner import local_owner
from rapport.contacts.judging import rejudge
from rapport.contacts.models import Contact
from rapport.formats import plan_toml
from rapport.meetings.models import Interaction
from rapport.plan.models import TargetCompany
from rapport.plan.services import save_plan

PLAN = """
[person]
name = "Margaret Lindqvist"
[targets]
positions = ["VP Finance"]
industries = ["Medical devices"]
companies = [
    { name = "Abbott", motivation = 1 },
    { name = "Stryker", motivation = 3, posting = 2 },
    { name = "Medtronic", motivation = 3 },
]
"""


def a_network() -> dict[str, int]:
    owner = local_owner()
    save_plan(owner, plan_toml.loads(PLAN))
    for name, company, position, circles in [
        ("Kevin Lobo", "Stryker", "Chief Executive Officer", []),
        ("Sofia Chen", "Stryker", "Director of Finance", []),
        ("Rita Reyes", "Stryker", "Senior Recruiter", []),
        ("Priya Raman", "Medtronic", "Senior Director Finance", []),
        ("Bob Holm", "Edina Chamber of Commerce", "President", ["chamber"]),
    ]:
        Contact.objects.create(
            owner=owner,
            full_name=name,
            company_name=company,
            position=position,
            circles=circles,
            emails=[f"{name.split()[0].lower()}@example.com"],
        )
    rejudge(owner)
    meeting = Interaction.objects.create(
        owner=owner, summary="Coffee", start=timezone.now() - timedelta(days=3), kind="coffee"
    )
    meeting.contacts.add(Contact.objects.get(full_name="Kevin Lobo"))
    return {t.name: t.pk for t in TargetCompany.objects.owned_by(owner)}


def test_the_target_list_is_ranked_explained_and_sortable(page: Page) -> None:
    a_network()
    page.goto("/paths/")
    rows = page.locator("table.targets tbody th")
    expect(rows).to_have_text(["Stryker", "Medtronic", "Abbott"])
    expect(page.get_by_text("Ranked as on Steve Dalton's LAMP list")).to_be_visible()
    stryker = page.get_by_role("row", name=re.compile("Stryker"))
    expect(stryker).to_contain_text("Kevin Lobo (decision-maker) strong")
    page.get_by_role("link", name="Company").click()
    expect(rows).to_have_text(["Abbott", "Medtronic", "Stryker"])
    page.get_by_role("link", name="Company").click()
    expect(rows).to_have_text(["Stryker", "Medtronic", "Abbott"])


def test_a_draft_is_checked_as_it_is_edited_then_logged_as_sent(page: Page) -> None:
    targets = a_network()
    page.goto("/paths/")
    page.get_by_role("link", name="Stryker", exact=True).click()
    expect(page.get_by_role("heading", name="Ways into Stryker")).to_be_visible()
    first = page.locator("#path-1")
    expect(first).to_contain_text("Kevin Lobo could hire you")
    first.get_by_text("Draft a first message to Kevin Lobo").click()
    draft = first.get_by_label("Message to Kevin Lobo")
    expect(draft).to_have_value(re.compile(r"^Hi Kevin,\n\nIt was good to talk with you"))
    expect(first.locator(".check")).to_contain_text("follows every rule")
    draft.fill("Hi Kevin,\n\nI need a job. Do you have any openings for me at Stryker.")
    expect(first.locator(".check")).to_contain_text("Asks about a job")
    expect(first.locator(".check")).to_contain_text("Does not end with a question")
    email = first.get_by_role("link", name="Email")
    expect(email).to_have_attribute("href", re.compile(r"^mailto:kevin@example\.com\?subject="))
    expect(email).to_have_attribute("href", re.compile("I%20need%20a%20job"))
    first.get_by_role("button", name="Copy").click()
    expect(first.get_by_role("button", name="Copied")).to_be_visible()
    first.get_by_role("button", name="Log as sent today").click()
    expect(page.get_by_text("Logged your message to Kevin Lobo")).to_be_visible()
    expect(page.get_by_role("heading", name="Messages sent")).to_be_visible()
    assert page.url.endswith(f"/paths/{targets['Stryker']}/")


def test_who_do_i_know_finds_people_as_you_type(page: Page) -> None:
    a_network()
    page.goto("/paths/who/")
    page.get_by_label("Search in").select_option("group")
    page.get_by_label("Search", exact=True).fill("chamber")
    expect(page.get_by_role("link", name="Bob Holm")).to_be_visible()
    expect(page.get_by_role("link", name="Kevin Lobo")).to_have_count(0)


def test_leaving_the_search_box_does_not_search_again(page: Page) -> None:
    a_network()
    page.goto("/paths/who/")
    page.get_by_label("Search", exact=True).fill("stryker")
    expect(page.get_by_role("link", name="Kevin Lobo")).to_be_visible()
    searches: list[str] = []
    page.on("request", lambda r: searches.append(r.url) if r.headers.get("hx-request") else None)
    page.get_by_role("link", name="Kevin Lobo").click()
    expect(page.get_by_role("heading", name="Kevin Lobo")).to_be_visible()
    assert searches == []


def test_the_paths_pages_fit_a_phone(page: Page) -> None:
    targets = a_network()
    page.set_viewport_size({"width": 375, "height": 740})
    for url in ("/paths/", f"/paths/{targets['Stryker']}/", "/paths/who/?q=stryker"):
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url


def test_an_empty_plan_points_to_the_step_that_fixes_it(page: Page) -> None:
    page.goto("/paths/")
    page.get_by_role("link", name="Add your target companies").click()
    expect(page.get_by_role("heading", name="Step 4 of 8: Target companies")).to_be_visible()
