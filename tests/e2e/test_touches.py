"""Import LinkedIn's archive in the browser, read the conversation, confirm a meeting's outcome."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Page, expect

ZIP = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "linkedin_archive"
    / ("Basic_LinkedInDataExport_03-08-2024.zip")
)


def a_coffee_with_nadia() -> int:
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact
    from rapport.meetings.models import Interaction

    owner = local_owner()
    coffee = Interaction.objects.create(
        owner=owner,
        summary="Coffee with Nadia",
        start=datetime(2024, 3, 5, 15, tzinfo=UTC),
        kind="coffee",
        networking=True,
    )
    coffee.contacts.add(Contact.objects.get(owner=owner, full_name="Nadia Haddad"))
    return coffee.pk


def test_a_user_imports_the_archive_and_reads_each_conversation(page: Page) -> None:
    page.goto("/import/")
    page.get_by_label("Drop a file here, or choose one").set_input_files(str(ZIP))
    expect(page.get_by_text(f"Ready: {ZIP.name}")).to_be_visible()
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", name=f"Imported {ZIP.name}")).to_be_visible()
    expect(page.get_by_text("Its connections were imported first")).to_be_visible()
    expect(page.get_by_role("cell", name="messages.csv, row 11")).to_be_visible()
    page.goto("/contacts/")
    page.get_by_role("link", name="Nadia Haddad").click()
    timeline = page.get_by_role("list", name="Conversation")
    expect(timeline).to_contain_text("Thank you so much for your time yesterday, Nadia")
    expect(timeline).to_contain_text("LinkedIn endorsement to you")


def test_a_user_confirms_what_the_messages_say_in_one_click(page: Page) -> None:
    page.goto("/import/")
    page.get_by_label("Drop a file here, or choose one").set_input_files(str(ZIP))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("heading", name=f"Imported {ZIP.name}")).to_be_visible()
    pk = a_coffee_with_nadia()
    page.goto(f"/meetings/{pk}/")
    evidence = page.get_by_role("region", name="What your messages say")
    expect(evidence).to_contain_text("yes, within a business day")
    evidence.get_by_role("button", name="That's right: log it").click()
    expect(page.get_by_text("Logged 3 answers from your messages.")).to_be_visible()
    expect(page.get_by_text("What you logged stands")).to_be_visible()
