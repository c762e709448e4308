"""The share link: a public, read-only, no-index page with the handbill and nothing else."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import DjangoAssertNumQueries, Settings

from rapport.contacts.models import Contact
from rapport.core.plan import PlanData
from rapport.handbill.models import Handbill
from rapport.handbill.services import share
from rapport.plan.services import save_plan
from rapport.profile.models import Pitch
from tests.handbill.conftest import NOW, a_plan, meeting
from tests.handbill.pdf_reading import page_count


@pytest.fixture
def token(alice: User, alice_plan: PlanData) -> str:
    return share(alice)


def test_the_editor_creates_renews_and_turns_off_the_link(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    alice_client.post("/handbill/share/", {"action": "create"})
    first = Handbill.objects.get(owner=alice).share_token
    assert len(first) >= 32
    page = alice_client.get("/handbill/").content.decode()
    assert f"http://testserver/h/{first}/" in page
    alice_client.post("/handbill/share/", {"action": "renew"})
    second = Handbill.objects.get(owner=alice).share_token
    assert second != first
    assert Client().get(f"/h/{first}/").status_code == 404
    assert Client().get(f"/h/{second}/").status_code == 200
    alice_client.post("/handbill/share/", {"action": "revoke"})
    assert Client().get(f"/h/{second}/").status_code == 404
    assert Client().get(f"/h/{second}/handbill.pdf").status_code == 404


def test_anyone_with_the_link_sees_the_handbill_marked_no_index(
    token: str, settings: Settings
) -> None:
    settings.MULTIUSER = True
    response = Client().get(f"/h/{token}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Margaret Lindqvist" in page and "Boston Scientific" in page
    assert '<meta name="robots" content="noindex">' in page
    assert "noindex" in response["X-Robots-Tag"]
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert f'href="/h/{token}/handbill.pdf"' in page


def test_the_public_pdf_is_one_page(token: str) -> None:
    response = Client().get(f"/h/{token}/handbill.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert "noindex" in response["X-Robots-Tag"]
    assert page_count(response.content) == 1


@pytest.mark.parametrize("wrong", ["nope", "x" * 32, "%20"])
def test_a_wrong_token_is_a_404(token: str, wrong: str) -> None:
    assert Client().get(f"/h/{wrong}/").status_code == 404


def test_an_unshared_handbill_has_no_page(alice: User, alice_plan: PlanData) -> None:
    Handbill.objects.create(owner=alice)
    assert Client().get("/h//").status_code == 404


def test_the_page_shows_nothing_but_the_handbills_choices(
    alice: User, alice_client: Client, token: str
) -> None:
    geoff = Contact.objects.create(owner=alice, full_name="Geoff Martha", notes="Knows the CFO")
    meeting(alice, geoff, NOW - timedelta(days=2), summary="Lunch at Murray's")
    Pitch.objects.create(
        owner=alice,
        text="I fix cash flow. I cut DSO by 12 days. I want a CFO role. My beagle is called Rex.",
        created_at=NOW,
    )
    save_plan(alice, a_plan(peers=("Controllers in medtech",)))
    handbill = Handbill.objects.get(owner=alice)
    handbill.companies = ["Stryker", "Medtronic"]
    handbill.sections = ["summary", "companies"]
    handbill.save()
    page = Client().get(f"/h/{token}/").content.decode()
    assert "Stryker" in page and "Medtronic" in page and "I cut DSO by 12 days." in page
    for private in (
        "Geoff Martha",
        "Knows the CFO",
        "Murray",
        "beagle",
        "Secret note",
        "US Bank",
        "Boston Scientific",
        "Controllers in medtech",
        "Introductions to bankers",
        "/contacts/",
        "/plan/",
        "csrfmiddlewaretoken",
    ):
        assert private not in page, private


def test_a_handbill_no_longer_ready_says_so_without_details(alice: User, token: str) -> None:
    save_plan(alice, PlanData())
    response = Client().get(f"/h/{token}/")
    page = response.content.decode()
    assert "This handbill is not ready yet" in page
    assert "your name" not in page
    assert Client().get(f"/h/{token}/handbill.pdf").status_code == 404


def test_the_public_page_reads_a_fixed_number_of_queries(
    token: str, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    # The handbill by its token, the latest profile, the plan, its companies.
    with django_assert_num_queries(4):
        Client().get(f"/h/{token}/")
