"""A client and a coach in a browser: invite, accept, the roster, the client's view, revoke."""

from __future__ import annotations

import re
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import User
from django.core import mail
from playwright.sync_api import Browser, Page, expect
from pytest_django.fixtures import Settings

from rapport.accounts import people
from rapport.coaching.parts import PARTS
from rapport.coaching.sharing import grant, make_coach
from rapport.contacts.models import Contact
from tests.accounts.test_backup import fill_workspace
from tests.e2e.test_accessibility import problems_on
from tests.e2e.test_accounts import sign_in

PASSWORD = "plum-ladder-41-kestrel"


def share_all(client: User, coach: User) -> None:
    grant(client, coach, list(PARTS))


def test_invite_accept_roster_client_view_revoke(
    page: Page, browser: Browser, live_server: Any, settings: Settings
) -> None:
    settings.MULTIUSER = True
    settings.PUBLIC_URL = live_server.url
    alice = people.create("alice", PASSWORD, "alice@example.org")
    fill_workspace(alice)
    make_coach(people.create("carol", PASSWORD, "carol@example.org"))

    # alice invites carol, sharing her meetings but not her contacts.
    page.goto("/sharing/")
    sign_in(page, "alice", PASSWORD)
    expect(page.get_by_text("Nobody: your workspace is yours alone.")).to_be_visible()
    page.get_by_label("Meetings").check()
    page.get_by_label("Contacts (names, companies and judgments)").uncheck()
    page.get_by_label("Their e-mail address").fill("carol@example.org")
    page.get_by_role("button", name="Invite").click()
    expect(page.get_by_text("Invitation sent.")).to_be_visible()
    found = re.search(r"http\S+/sharing/invitation/\S+/", str(mail.outbox[-1].body))
    assert found is not None

    # carol, in a browser of her own, accepts and finds alice on her roster.
    coach_page = browser.new_context(base_url=live_server.url).new_page()
    coach_page.goto(found.group(0))
    sign_in(coach_page, "carol", PASSWORD)
    coach_page.get_by_role("button", name="Accept: add alice to my clients").click()
    expect(coach_page.get_by_role("heading", name="Your clients")).to_be_visible()
    expect(coach_page.get_by_text("alice is now on your roster.")).to_be_visible()
    coach_page.get_by_role("link", name="alice", exact=True).click()

    # alice's workspace, read-only, under a banner naming her; contacts were not shared.
    expect(coach_page.get_by_role("note")).to_contain_text("alice's workspace")
    nav = coach_page.get_by_role("navigation", name="alice's shared pages")
    expect(nav.get_by_role("link", name="Meetings")).to_be_visible()
    expect(nav.get_by_role("link", name="Contacts")).to_have_count(0)
    nav.get_by_role("link", name="Diagnosis").click()
    expect(coach_page.get_by_role("note")).to_contain_text("read-only")
    nav.get_by_role("link", name="Meetings").click()
    expect(coach_page.get_by_text("Coffee w/ Dana")).to_be_visible()
    response = coach_page.goto(coach_page.url.replace("meetings/", "contacts/"))
    assert response is not None and response.status == 404

    # alice reads what carol opened, and stops sharing; carol's next look finds nothing.
    page.goto("/sharing/")
    client_id = coach_page.url.split("/clients/")[1].split("/")[0]
    expect(page.get_by_role("cell", name=f"/coach/clients/{client_id}/meetings/")).to_be_visible()
    page.get_by_role("button", name="Stop sharing with carol").click()
    expect(page.get_by_text("carol no longer sees anything of yours.")).to_be_visible()
    coach_page.goto("/coach/")
    expect(coach_page.get_by_text("No client shares with you yet")).to_be_visible()
    coach_page.context.close()


def test_a_coach_invites_a_client_and_reads_the_contacts_they_share(
    page: Page, live_server: Any, settings: Settings
) -> None:
    settings.MULTIUSER = True
    settings.PUBLIC_URL = live_server.url
    alice = people.create("alice", PASSWORD, "alice@example.org")
    fill_workspace(alice)
    make_coach(people.create("carol", PASSWORD, "carol@example.org"))

    page.goto("/coach/")
    sign_in(page, "carol", PASSWORD)
    page.get_by_label("Their e-mail address").fill("alice@example.org")
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.get_by_text("Invitation sent to alice@example.org")).to_be_visible()
    found = re.search(r"http\S+/sharing/invitation/\S+/", str(mail.outbox[-1].body))
    assert found is not None
    page.get_by_role("button", name="Sign out").click()

    page.goto(found.group(0))
    sign_in(page, "alice", PASSWORD)
    page.get_by_label("Contacts (names, companies and judgments)").check()
    page.get_by_role("button", name="Share with carol").click()
    expect(
        page.get_by_text("carol now sees: Diagnosis, Marketing plan and Contacts.")
    ).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    page.goto("/coach/")
    sign_in(page, "carol", PASSWORD)
    page.get_by_role("link", name="alice", exact=True).click()
    page.get_by_role("navigation", name="alice's shared pages").get_by_role(
        "link", name="Contacts"
    ).click()
    page.get_by_label("Search").fill("Geoff")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("cell", name="Geoff Martha")).to_be_visible()
    expect(page.get_by_role("cell", name="Dana Reyes")).to_have_count(0)
    # The name opens the coach's page of that contact: judgments, no private notes.
    page.get_by_role("link", name="Geoff Martha").click()
    expect(page.get_by_role("heading", name="Geoff Martha")).to_be_visible()
    expect(page.get_by_text("could hire")).to_be_visible()
    expect(page.get_by_text("notes, messages and contact details are not shared")).to_be_visible()
    # From alice's diagnosis, a person named in an action opens the same kind of page.
    page.get_by_role("navigation", name="alice's shared pages").get_by_role(
        "link", name="Diagnosis"
    ).click()
    named = f'a[href^="/coach/clients/{alice.pk}/contacts/"]:not([href$="/contacts/"])'
    expect(page.locator(named).first).to_be_attached()
    page.locator(named).first.click(force=True)  # inside a closed finding: opened by the click
    expect(page.get_by_text("notes, messages and contact details are not shared")).to_be_visible()


def test_the_coachs_pages_have_no_serious_accessibility_violation(
    page: Page, live_server: Any, settings: Settings
) -> None:
    settings.MULTIUSER = True
    alice = people.create("alice", PASSWORD, "alice@example.org")
    fill_workspace(alice)
    carol = people.create("carol", PASSWORD, "carol@example.org")
    make_coach(carol)
    share_all(alice, carol)
    page.goto("/coach/")
    sign_in(page, "carol", PASSWORD)
    geoff = Contact.objects.get(owner=alice, full_name="Geoff Martha")
    axe = Axe()
    found: list[str] = []
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for rest in ("", "diagnosis/", "contacts/", f"contacts/{geoff.pk}/", "meetings/"):
            response = page.goto(f"/coach/clients/{alice.pk}/{rest}")
            assert response is not None and response.status == 200, rest
            found += problems_on(page, axe)
        page.goto("/coach/")
        found += problems_on(page, axe)
    assert found == [], "\n".join(found)
