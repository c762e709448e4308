"""The 3B7 steps and the booster/obligate/curmudgeon classes, read from imported messages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from rapport.accounts.clock import today_for
from rapport.accounts.owner import local_owner
from rapport.contacts.judging import rejudge
from rapport.contacts.models import Contact
from rapport.formats import plan_toml
from rapport.plan.services import save_plan
from rapport.touches.importer import import_touches
from tests.messages_csv import messages_csv

WIDTHS = [1280, 390]
PLAN = """
[person]
name = "Margaret Lindqvist"
[targets]
positions = ["VP Finance"]
industries = ["Medical devices"]
companies = [{ name = "Stryker", motivation = 3 }, { name = "Medtronic", motivation = 3 }]
"""


def messages_read() -> dict[str, int]:
    """Return the contacts by first name after importing three weeks of Margaret's messages.

    Kevin (Stryker) never answered her first message of three weeks ago; Priya
    (Medtronic) answered hers the next morning.
    """
    owner = local_owner()
    save_plan(owner, plan_toml.loads(PLAN))
    for name, company, position in [
        ("Kevin Lobo", "Stryker", "Chief Executive Officer"),
        ("Sofia Chen", "Stryker", "Director of Finance"),
        ("Priya Raman", "Medtronic", "Senior Director Finance"),
    ]:
        Contact.objects.create(owner=owner, full_name=name, company_name=company, position=position)
    rejudge(owner)
    today = today_for(owner)
    sent, asked = today - timedelta(days=21), today - timedelta(days=14)
    data = messages_csv(
        ("out", "Kevin Lobo", f"{sent} 14:00", "Hi Kevin, could I ask your advice on Stryker?"),
        ("out", "Priya Raman", f"{asked} 14:00", "Hi Priya, could I ask your advice?"),
        ("in", "Priya Raman", f"{asked + timedelta(days=1)} 14:00", "Of course, Margaret."),
    )
    import_touches(owner, data, "messages.csv")
    return {c.full_name.split()[0]: c.pk for c in Contact.objects.owned_by(owner)}


@pytest.mark.parametrize("width", WIDTHS)
def test_the_contact_page_says_how_they_answer(page: Page, width: int) -> None:
    people = messages_read()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"/contacts/{people['Kevin']}/")
    answers = page.locator(".answers")
    expect(answers).to_contain_text("How Kevin Lobo answers your first messages: curmudgeon.")
    expect(answers).to_contain_text("Curmudgeon: no reply to your LinkedIn message of")
    expect(page.get_by_text("a booster replies within 3 business days")).to_be_visible()
    page.goto(f"/contacts/{people['Priya']}/")
    expect(page.locator(".answers")).to_contain_text("booster.")
    expect(page.locator(".answers")).to_contain_text("Booster: replied by LinkedIn message on")
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_the_paths_pages_fire_the_3b7_steps_and_list_the_classes(page: Page, width: int) -> None:
    messages_read()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/paths/")
    due = page.get_by_role("region", name="Follow-ups due (3B7)")
    expect(
        due.get_by_role("link", name="Write to Sofia Chen, a second way into Stryker")
    ).to_be_visible()
    expect(due.get_by_text("Follow up once with Kevin Lobo")).to_be_visible()
    expect(due).to_contain_text("No reply 7 business days after your LinkedIn message of")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.get_by_role("link", name="Stryker", exact=True).click()
    answers = page.get_by_role("region", name="How they answer your first messages")
    expect(answers).to_contain_text("Kevin Lobo: curmudgeon.")
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_they_replied_closes_a_step_read_from_the_messages(page: Page) -> None:
    messages_read()
    page.goto("/paths/")
    due = page.get_by_role("region", name="Follow-ups due (3B7)")
    expect(due.get_by_role("listitem")).to_have_count(2)
    due.get_by_role("button", name="They replied").first.click()
    expect(page.get_by_text("Kevin Lobo replied: the follow-up reminders stop.")).to_be_visible()
    expect(page.get_by_role("region", name="Follow-ups due (3B7)")).to_have_count(0)
