"""Links handed out (share link, its QR code, the follow-up feed, the prep sheet) open
where the people who get them are: at the public address when the server has one."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings

from rapport.core.plan import PlanData
from rapport.handbill.services import content_for, share

PUBLIC = "https://rapport.example.com"


def test_with_a_public_address_the_share_link_and_its_qr_code_use_it(
    alice: User, alice_plan: PlanData, alice_client: Client, settings: Settings
) -> None:
    settings.PUBLIC_URL = PUBLIC
    token = share(alice)
    page = alice_client.get("/handbill/").content.decode()
    assert f'value="{PUBLIC}/h/{token}/"' in page
    assert "works only where this computer can be reached" not in page
    content = content_for(alice, absolute=lambda path: PUBLIC + path)
    assert content.link == f"{PUBLIC}/h/{token}/"


def test_without_one_the_page_says_so_and_the_qr_code_opens_the_booking_page(
    alice: User, alice_plan: PlanData, alice_client: Client, settings: Settings
) -> None:
    settings.PUBLIC_URL = ""
    token = share(alice)
    page = alice_client.get("/handbill/").content.decode()
    assert f"http://testserver/h/{token}/" in page
    assert "works only where this computer can be reached" in page
    assert "your booking page, which works from anywhere" in page
    content = content_for(alice, absolute=lambda path: "http://testserver" + path)
    assert content.link == "https://calendly.com/margaret/20min"


def test_the_follow_up_feed_address_uses_the_public_address(
    alice: User, alice_client: Client, settings: Settings
) -> None:
    settings.PUBLIC_URL = PUBLIC
    alice_client.post("/meetings/feed/", {"action": "create"})
    page = alice_client.get("/meetings/").content.decode()
    assert f'value="{PUBLIC}/feeds/' in page
    assert "Google Calendar and phones cannot reach it" not in page
