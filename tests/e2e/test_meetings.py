"""The meetings page: filters, an outcome logged inline, reclassifying, new contacts, the feed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from rapport.meetings.models import Interaction


def days_ago(days: int, hour: int = 15) -> str:
    moment = datetime.now(UTC).replace(hour=hour, minute=0, second=0) - timedelta(days=days)
    return moment.strftime("%Y%m%dT%H%M%S")


@pytest.fixture
def calendar(transactional_db: None) -> dict[str, int]:
    """The local owner's contacts and a fortnight of meetings, imported for real."""
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact
    from rapport.meetings.importer import import_calendar
    from tests.meetings.conftest import calendar as ics
    from tests.meetings.conftest import vevent

    owner = local_owner()
    Contact.objects.create(
        owner=owner,
        full_name="Jane Doe",
        first_name="Jane",
        last_name="Doe",
        emails=["jane.doe@acme.com"],
        can_hire=True,
    )
    Contact.objects.create(
        owner=owner,
        full_name="Dana Reyes",
        first_name="Dana",
        last_name="Reyes",
        is_job_seeker=True,
    )
    for last, company in (("Sorensen", "Inspire Medical Systems"), ("Olson", "Boston Scientific")):
        Contact.objects.create(
            owner=owner,
            full_name=f"Craig {last}",
            first_name="Craig",
            last_name=last,
            company_name=company,
        )
    events = [
        vevent("coffee", "Coffee w/ Jane Doe", days_ago(2), "Jane Doe <jane.doe@acme.com>"),
        vevent("craig", "Lunch w/ Craig", days_ago(1, 17)),
        vevent("lunch", "Lunch w/ Dana Reyes", days_ago(3, 17)),
        vevent("intro", "Intro call", days_ago(4), "Lena Vogel <lena.vogel@vogel.example>"),
        vevent("dentist", "Personal: dentist", days_ago(5)),
    ]
    import_calendar(owner, ics(*events), "calendar.ics")
    return {m.source_uid: m.pk for m in Interaction.objects.owned_by(owner)}


def row(page: Page, pk: int) -> Locator:
    return page.locator(f"#m-{pk}")


def test_the_filters_narrow_the_timeline(page: Page, calendar: dict[str, int]) -> None:
    page.goto("/meetings/")
    expect(page.get_by_role("link", name="Personal: dentist")).to_be_visible()
    page.get_by_label("Networking", exact=True).select_option("yes")
    expect(page.get_by_role("link", name="Personal: dentist")).to_have_count(0)
    page.get_by_label("People met").select_option("decision_makers")
    expect(page.get_by_text("1 event", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Coffee w/ Jane Doe")).to_be_visible()
    expect(page.get_by_role("link", name="Lunch w/ Dana Reyes")).to_have_count(0)
    expect(page).to_have_url(re.compile(r"audience=decision_makers"))


def test_an_outcome_is_logged_inline_without_leaving_the_page(
    page: Page, calendar: dict[str, int]
) -> None:
    page.goto("/meetings/")
    coffee = row(page, calendar["coffee"])
    coffee.get_by_text("Log the outcome").click()
    coffee.get_by_role("group", name="Did you make a specific ask?").get_by_label(
        "Yes", exact=True
    ).check()
    coffee.get_by_label("What did you ask?").fill("An intro to the CFO")
    coffee.get_by_role("group", name="Did you give your handbill?").get_by_label(
        "No", exact=True
    ).check()
    coffee.get_by_label("Thank-you sent on").fill(datetime.now(UTC).date().isoformat())
    page.evaluate("window.stayed = true")
    coffee.get_by_role("button", name="Save outcome").click()
    expect(coffee.get_by_role("status")).to_contain_text("Outcome saved.")
    expect(coffee).to_contain_text("Ask: yes: An intro to the CFO")
    expect(coffee).to_contain_text("Handbill: no")
    expect(coffee).to_contain_text("Referral: not logged")
    assert page.evaluate("window.stayed") is True  # swapped in place, no page load
    saved = Interaction.objects.get(pk=calendar["coffee"])
    assert (saved.ask_made, saved.handbill_given, saved.referral_received) == (True, False, None)


def test_a_meeting_is_reclassified_and_says_so(page: Page, calendar: dict[str, int]) -> None:
    page.goto("/meetings/")
    dentist = row(page, calendar["dentist"])
    expect(dentist).to_contain_text("not networking")
    dentist.get_by_role("button", name="Count as networking").click()
    expect(dentist.get_by_role("status")).to_contain_text("Counted as networking")
    expect(dentist).to_contain_text("your choice")
    expect(dentist.get_by_text("Log the outcome")).to_be_visible()
    assert Interaction.objects.get(pk=calendar["dentist"]).networking_override is True


def test_an_unknown_attendee_becomes_a_contact_in_one_click(
    page: Page, calendar: dict[str, int]
) -> None:
    page.goto("/meetings/")
    intro = row(page, calendar["intro"])
    intro.get_by_role("button", name="Add Lena Vogel as a contact").click()
    expect(intro.get_by_role("status")).to_contain_text("Lena Vogel is now a contact")
    intro.get_by_role("link", name="Lena Vogel").click()
    expect(page.get_by_role("heading", name="Lena Vogel")).to_be_visible()
    expect(page.get_by_role("link", name="lena.vogel@vogel.example")).to_be_visible()


def test_the_feed_address_is_created_subscribed_to_and_revoked(
    page: Page, calendar: dict[str, int]
) -> None:
    page.goto("/meetings/")
    page.get_by_role("button", name="Create a private feed address").click()
    address = page.get_by_label("Your feed address")
    expect(address).to_have_value(re.compile(r"^http://.+/feeds/[\w-]{32}/follow-ups\.ics$"))
    url = address.input_value()
    feed = page.request.get(url)
    assert feed.status == 200
    assert feed.headers["content-type"] == "text/calendar; charset=utf-8"
    assert "SUMMARY:Send a thank-you: Jane Doe" in feed.text()
    page.get_by_role("button", name="Turn off this address").click()
    expect(page.get_by_role("button", name="Create a private feed address")).to_be_visible()
    assert page.request.get(url).status == 404


@pytest.fixture
def no_js_page(browser: Browser, live_server: Any) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_without_javascript_the_outcome_form_still_saves(
    no_js_page: Page, calendar: dict[str, int]
) -> None:
    page = no_js_page
    page.goto("/meetings/?networking=yes")
    lunch = row(page, calendar["lunch"])
    lunch.get_by_text("Log the outcome").click()
    lunch.get_by_role("group", name="Did you get a referral or an introduction?").get_by_label(
        "Yes"
    ).check()
    lunch.get_by_label("To whom?").fill("Jane Doe")
    lunch.get_by_role("button", name="Save outcome").click()
    expect(page).to_have_url(re.compile(rf"/meetings/\?networking=yes#m-{calendar['lunch']}$"))
    expect(page.get_by_text("Recorded an introduction to Jane Doe.")).to_be_visible()
    expect(row(page, calendar["lunch"])).to_contain_text("Referral: yes: Jane Doe")


def test_the_timeline_fits_a_phone(page: Page, calendar: dict[str, int]) -> None:
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/meetings/")
    row(page, calendar["coffee"]).get_by_text("Log the outcome").click()
    expect(row(page, calendar["craig"]).get_by_label("Which Craig?")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_the_right_craig_is_picked_among_the_candidates(
    page: Page, calendar: dict[str, int]
) -> None:
    page.goto("/meetings/")
    lunch = row(page, calendar["craig"])
    lunch.get_by_label("Which Craig?").select_option(label="Craig Olson (Boston Scientific)")
    lunch.get_by_role("button", name="Link").click()
    expect(lunch.get_by_role("status")).to_contain_text("Linked to Craig Olson.")
    expect(lunch.get_by_role("link", name="Craig Olson")).to_be_visible()
    expect(lunch.get_by_label("Which Craig?")).to_have_count(0)
