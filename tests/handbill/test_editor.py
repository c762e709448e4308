"""The handbill editor: what is missing, the choices, the preview and the paste-in versions."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import DjangoAssertNumQueries

from rapport.core.handbill import SECTIONS
from rapport.core.plan import PlanData, TargetCompanySpec
from rapport.handbill.models import Handbill
from rapport.handbill.services import content_for
from rapport.plan.services import save_plan
from rapport.profile.models import Pitch
from tests.handbill.conftest import COMPANIES, NOW, a_plan


def editor_data(
    companies: list[tuple[str, bool, int]] | None = None,
    sections: list[tuple[str, bool, int]] | None = None,
    **fields: str,
) -> dict[str, Any]:
    companies = companies or [(name, True, n) for n, (name, _) in enumerate(COMPANIES, 1)]
    sections = sections or [(key, True, n) for n, key in enumerate(SECTIONS, 1)]
    data: dict[str, Any] = {"summary": "", "paper": "letter", **fields}
    for prefix, rows in (("companies", companies), ("sections", sections)):
        data |= {
            f"{prefix}-TOTAL_FORMS": str(len(rows)),
            f"{prefix}-INITIAL_FORMS": str(len(rows)),
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
        for i, (name, show, order) in enumerate(rows):
            data[f"{prefix}-{i}-name"] = name
            data[f"{prefix}-{i}-order"] = str(order)
            if show:
                data[f"{prefix}-{i}-show"] = "on"
    return data


def test_without_a_plan_it_says_what_is_missing_and_links_to_the_plan(
    alice_client: Client,
) -> None:
    page = alice_client.get("/handbill/").content.decode()
    assert "Your handbill needs your name and your targets" in page
    assert 'href="/plan/"' in page
    assert "Download PDF" not in page


def test_it_shows_the_preview_the_choices_and_the_paste_in_versions(
    alice_client: Client, alice_plan: PlanData
) -> None:
    response = alice_client.get("/handbill/")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'src="/handbill/sheet/"' in page
    assert 'href="/handbill/handbill.pdf"' in page
    for name, _ in COMPANIES:
        assert f"Show {name}" in page
    assert "Companies at the top of my list: Medtronic, Stryker, US Bank" in page
    assert "Create a share link" in page


def test_saving_keeps_the_chosen_companies_sections_order_paper_and_summary(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    data = editor_data(
        companies=[
            ("Medtronic", True, 3),
            ("Stryker", False, 1),
            ("US Bank", True, 1),
            ("Boston Scientific", True, 2),
        ],
        sections=[(key, key != "offers", 10 - n) for n, key in enumerate(SECTIONS)],
        summary="My own two sentences. Really.",
        paper="a4",
    )
    response = alice_client.post("/handbill/", data)
    assert response.status_code == 302
    handbill = Handbill.objects.get(owner=alice)
    assert handbill.companies == ["US Bank", "Boston Scientific", "Medtronic"]
    assert handbill.sections == ["booking", "people", "companies", "looking_for", "summary"]
    assert (handbill.paper, handbill.summary) == ("a4", "My own two sentences. Really.")
    content = content_for(alice)
    assert content.companies == ("US Bank", "Boston Scientific", "Medtronic")
    assert content.section("offers") is None


def test_saving_the_defaults_keeps_following_the_plan(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    Pitch.objects.create(owner=alice, text="I fix cash flow. I cut DSO. More.", created_at=NOW)
    assert (
        alice_client.post(
            "/handbill/", editor_data(summary="I fix cash flow. I cut DSO. More.")
        ).status_code
        == 302
    )
    handbill = Handbill.objects.get(owner=alice)
    assert (handbill.companies, handbill.sections, handbill.summary) == ([], [], "")
    save_plan(alice, a_plan(companies=(*alice_plan.companies, TargetCompanySpec("Abbott"))))
    assert "Abbott" in content_for(alice).companies


def test_the_summary_starts_from_the_latest_profile(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    Pitch.objects.create(
        owner=alice,
        text="I fix cash flow. I cut DSO by 12 days. I want a CFO role. Dogs.",
        created_at=NOW,
    )
    page = alice_client.get("/handbill/").content.decode()
    assert "I fix cash flow. I cut DSO by 12 days. I want a CFO role.</textarea>" in page


def test_unticking_every_section_or_a_bad_order_saves_nothing(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    no_sections = editor_data(sections=[(key, False, 1) for key in SECTIONS])
    response = alice_client.post("/handbill/", no_sections)
    assert response.status_code == 400
    assert "show at least one section" in response.content.decode()
    bad_order = editor_data(companies=[("Medtronic", True, 0)])
    assert alice_client.post("/handbill/", bad_order).status_code == 400
    assert not Handbill.objects.filter(owner=alice).exclude(companies=[]).exists()


def test_back_to_the_plans_order_forgets_the_choices(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    Handbill.objects.create(owner=alice, companies=["Stryker"], sections=["companies"])
    alice_client.post("/handbill/", {"action": "reset"})
    handbill = Handbill.objects.get(owner=alice)
    assert (handbill.companies, handbill.sections) == ([], [])


def test_it_warns_when_the_list_is_too_long(alice: User, alice_client: Client) -> None:
    many = tuple(TargetCompanySpec(f"Company {n}", priority=n) for n in range(1, 81))
    save_plan(alice, a_plan(companies=many))
    page = alice_client.get("/handbill/").content.decode()
    assert "80 companies is more than one page can list legibly" in page


def test_searching_a_contact_offers_the_two_one_click_logs(
    alice_client: Client, alice_plan: PlanData, geoff: object
) -> None:
    page = alice_client.get("/handbill/", {"q": "geoff"}).content.decode()
    assert "Geoff Martha" in page
    assert "I gave it at a meeting" in page and "I emailed it" in page
    fragment = alice_client.get("/handbill/people/", {"q": "mart"}).content.decode()
    assert "Geoff Martha" in fragment
    nothing = alice_client.get("/handbill/people/", {"q": "zzz"}).content.decode()
    assert "No contact matches" in nothing


def test_typing_1_next_to_a_company_moves_it_to_the_top(
    alice: User, alice_client: Client, alice_plan: PlanData
) -> None:
    rows = [(name, True, n) for n, (name, _) in enumerate(COMPANIES, 1)]
    rows[3] = ("Boston Scientific", True, 1)
    alice_client.post("/handbill/", editor_data(companies=rows))
    assert content_for(alice).companies == ("Boston Scientific", "Medtronic", "Stryker", "US Bank")


def test_the_editor_reads_a_fixed_number_of_queries(
    alice_client: Client, alice_plan: PlanData, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    alice_client.get("/handbill/")
    # Session, user, handbill, profile, plan, companies, contacts found.
    with django_assert_num_queries(7):  # 7: the zone comes with the signed-in user
        alice_client.get("/handbill/", {"q": "geoff"})
