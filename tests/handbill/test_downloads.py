"""The handbill in every format from the editor: PDF, HTML (print), Markdown, text."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.core.plan import PlanData
from rapport.handbill.models import Handbill
from tests.handbill.conftest import COMPANIES
from tests.handbill.pdf_reading import page_count, words


def test_the_pdf_is_one_page_with_every_company(alice_client: Client, alice_plan: PlanData) -> None:
    response = alice_client.get("/handbill/handbill.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert page_count(response.content) == 1
    text = words(response.content)
    for name, _ in COMPANIES:
        assert name in text


def test_the_html_has_a_print_stylesheet_for_the_chosen_paper(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    Handbill.objects.create(owner=alice, paper="a4")
    response = alice_client.get("/handbill/handbill.html")
    page = response.content.decode()
    assert 'attachment; filename="handbill.html"' in response["Content-Disposition"]
    assert "@page { size: A4;" in page
    assert "@media print" in page
    assert '<meta name="robots" content="noindex">' in page
    assert "Boston Scientific" in page
    pdf = alice_client.get("/handbill/handbill.pdf").content
    assert re.search(rb"/MediaBox\s*\[0 0 595", pdf)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/handbill/handbill.md", "# Margaret Lindqvist"),
        ("/handbill/handbill.txt", "COMPANIES I'D LIKE TO WORK FOR"),
    ],
)
def test_markdown_and_text_download(
    alice_client: Client, alice_plan: PlanData, url: str, expected: str
) -> None:
    response = alice_client.get(url)
    assert response.status_code == 200
    assert expected in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/handbill/handbill.pdf",
        "/handbill/handbill.html",
        "/handbill/handbill.md",
        "/handbill/handbill.txt",
    ],
)
def test_without_a_plan_downloads_explain_what_is_missing(alice_client: Client, url: str) -> None:
    response = alice_client.get(url, follow=True)
    assert response.redirect_chain == [("/handbill/", 302)]
    assert "Your handbill needs your name" in response.content.decode()


def test_the_preview_may_be_framed_by_the_editor_only(
    alice_client: Client, alice_plan: PlanData
) -> None:
    response = alice_client.get("/handbill/sheet/")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert 'class="density-0 letter paged"' in response.content.decode()


def test_the_preview_without_a_plan_links_to_the_plan(alice_client: Client) -> None:
    page = alice_client.get("/handbill/sheet/").content.decode()
    assert "Your handbill is not ready yet" in page
    assert 'href="/plan/"' in page
