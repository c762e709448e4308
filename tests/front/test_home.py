"""The home page: two ways in at first, the counts without a plan, the diagnosis with one."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts.backup import owns_anything
from rapport.contacts.models import Contact
from rapport.formats import plan_toml
from rapport.plan.services import save_plan


def test_a_first_visit_offers_the_demo_and_a_plan_and_saves_nothing(
    alice: User, alice_client: Client
) -> None:
    page = alice_client.get("/").content.decode()
    assert "Load the demo" in page and "Start my plan" in page
    alice_client.get("/")
    # Looking saved nothing: the demo can still be loaded into this empty workspace.
    assert not owns_anything(alice)


def test_contacts_without_a_plan_show_the_counts_and_ask_for_targets(
    alice: User, alice_client: Client
) -> None:
    Contact.objects.create(owner=alice, full_name="Kevin Lobo", company_name="Stryker")
    page = alice_client.get("/").content.decode()
    assert '<div class="stat">1</div><div class="stat-label">contacts</div>' in page
    assert "names no target positions, industries or companies yet" in page
    assert "Load the demo" not in page


def test_with_a_plan_the_home_page_asks_the_articles_question(
    alice: User, alice_client: Client
) -> None:
    save_plan(alice, plan_toml.loads('[targets]\ncompanies = ["Stryker"]\n'))
    page = alice_client.get("/").content.decode()
    assert '<h1 class="headline">' in page  # the diagnosis, headline first
    assert "Start my plan" not in page
