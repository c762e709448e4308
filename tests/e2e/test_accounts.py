"""A hosted server's accounts in a browser: invited, set a password, sign in, forget it."""

from __future__ import annotations

import re
from typing import Any

from django.core import mail
from playwright.sync_api import Page, expect
from pytest_django.fixtures import Settings

from rapport.accounts import people

FIRST = "plum-ladder-41-kestrel"
SECOND = "quiet-harbour-77-lantern"


def sign_in(page: Page, username: str, password: str) -> None:
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_an_invited_client_sets_a_password_signs_in_and_resets_it(
    page: Page, live_server: Any, settings: Settings
) -> None:
    settings.MULTIUSER = True
    settings.PUBLIC_URL = live_server.url
    link = people.invite("dana@example.com", "dana", inviter="Coach Kim")
    assert link.startswith(live_server.url)

    page.goto(link)
    expect(page.get_by_role("heading", name="Set your password")).to_be_visible()
    page.get_by_label("New password", exact=True).fill(FIRST)
    page.get_by_label("New password confirmation").fill(FIRST)
    page.get_by_role("button", name="Set my password").click()
    expect(page.get_by_role("heading", name="Password set")).to_be_visible()
    page.get_by_role("link", name="Sign in").click()
    sign_in(page, "dana", FIRST)
    expect(page.get_by_text("Signed in as dana")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email").fill("dana@example.com")
    page.get_by_role("button", name="Send me the link").click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()
    reset = re.search(r"http\S+", str(mail.outbox[-1].body))
    assert reset is not None and reset.group(0).startswith(live_server.url)
    page.goto(reset.group(0))
    page.get_by_label("New password", exact=True).fill(SECOND)
    page.get_by_label("New password confirmation").fill(SECOND)
    page.get_by_role("button", name="Set my password").click()
    page.get_by_role("link", name="Sign in").click()
    sign_in(page, "dana", FIRST)
    expect(page.get_by_text("Please enter a correct username and password")).to_be_visible()
    sign_in(page, "dana", SECOND)
    expect(page.get_by_text("Signed in as dana")).to_be_visible()


def test_the_operator_signs_in_and_sees_accounts_lock_outs_and_imports(
    page: Page, settings: Settings
) -> None:
    settings.MULTIUSER = True
    people.create("olga", FIRST, "olga@example.com", operator=True)
    people.create("dana", SECOND, "dana@example.com")
    page.goto("/admin/")
    # The server's own sign-in page, with its lock-out, guards the operator's pages too.
    sign_in(page, "olga", FIRST)
    expect(page.get_by_role("heading", name="Accounts, sign-in lock-outs")).to_be_visible()
    expect(page.get_by_role("link", name="Import jobs")).to_be_visible()
    page.get_by_role("link", name="Users").click()
    expect(page.get_by_role("link", name="dana")).to_be_visible()
    # A client's own tables are not there to open.
    page.goto("/admin/contacts/contact/")
    expect(page.get_by_role("heading", name="This page is not here")).to_be_visible()
