"""The guided plan: one step at a time, saved as it goes, the same plan as plan.toml."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from rapport.core.plan import TargetCompanySpec
from rapport.formats import plan_toml
from rapport.plan.models import Plan
from rapport.plan.services import load_plan, save_plan
from rapport.plan.wizard import STEPS


def post(client: Client, step: str, go: str = "next", **data: Any) -> Any:
    return client.post(f"/plan/guided/{step}/", {"go": go, **data})


def wizard_step(user: User) -> str:
    return Plan.objects.get(owner=user).wizard_step


def test_the_steps_cover_the_whole_plan_in_order() -> None:
    assert [s.key for s in STEPS] == [
        "positions",
        "industries",
        "geography",
        "companies",
        "people",
        "offers",
        "goals",
        "you",
    ]


def test_a_fresh_start_begins_at_the_first_step(alice_client: Client) -> None:
    response = alice_client.get("/plan/guided/")
    assert response["Location"] == "/plan/guided/positions/"
    page = alice_client.get(response["Location"]).content.decode()
    assert "Step 1 of 8: Target positions" in page


def test_each_step_saves_into_the_plan_and_moves_on(alice: User, alice_client: Client) -> None:
    response = post(alice_client, "positions", positions="Chief Financial Officer\nVP Finance")
    assert response.url == "/plan/guided/industries/"
    assert load_plan(alice).positions == ("Chief Financial Officer", "VP Finance")
    assert wizard_step(alice) == "industries"
    post(alice_client, "industries", industries="Medical devices")
    post(alice_client, "geography", geography="Minneapolis")
    post(alice_client, "companies", companies="Medtronic\nStryker\n")
    post(alice_client, "people", decision_makers="CEOs", peers="", connectors="Rotary")
    post(alice_client, "offers", offers="Introductions to bankers")
    post(
        alice_client,
        "goals",
        weekly_meetings="5",
        weekly_target_industry_meetings="3",
        weekly_decision_maker_meetings="1",
    )
    response = post(
        alice_client,
        "you",
        name="Margaret",
        email="m@example.com",
        headline="",
        location="",
        booking_link="",
    )
    assert response.url == "/plan/guided/done/"
    plan = load_plan(alice)
    assert [c.name for c in plan.companies] == ["Medtronic", "Stryker"]
    assert plan.companies[0].industry == "Medical devices"
    assert plan.connectors == ("Rotary",)
    assert plan.goals.weekly_meetings == 5
    assert plan.person.name == "Margaret"
    assert wizard_step(alice) == "done"
    assert plan_toml.loads(plan_toml.dumps(plan)) == plan
    assert alice_client.get("/plan/guided/")["Location"] == "/plan/guided/done/"


def test_moving_on_needs_one_to_three_positions(alice: User, alice_client: Client) -> None:
    response = post(alice_client, "positions", positions="")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Name at least one position" in page
    assert 'class="field has-error"' in page
    response = post(alice_client, "positions", positions="CFO\nVP Finance\nController\nCEO")
    assert "Choose at most three" in response.content.decode()
    assert load_plan(alice).positions == ()


def test_going_back_or_leaving_saves_without_insisting(alice: User, alice_client: Client) -> None:
    response = post(alice_client, "industries", go="back", industries="")
    assert response.url == "/plan/guided/positions/"
    response = post(alice_client, "geography", go="save", geography="Remote (US)")
    assert response.url == "/plan/"
    assert load_plan(alice).geography == ("Remote (US)",)
    assert wizard_step(alice) == "geography"


def test_a_field_left_half_done_is_saved_as_it_is_typed(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        "/plan/guided/companies/",
        {"autosave": "1", "companies": "Medtronic\nStryker"},
        HTTP_HX_REQUEST="true",
    )
    text = response.content.decode()
    assert "Saved." in text
    assert "2 companies" in text
    assert "short list" in text
    assert [c.name for c in load_plan(alice).companies] == ["Medtronic", "Stryker"]
    response = alice_client.post(
        "/plan/guided/companies/",
        {"autosave": "1", "companies": "Medtronic\nmedtronic"},
        HTTP_HX_REQUEST="true",
    )
    assert "Not saved yet" in response.content.decode()
    assert "listed twice" in response.content.decode()


def test_the_company_step_warns_about_a_short_list(alice: User, alice_client: Client) -> None:
    response = post(alice_client, "companies", companies="Medtronic")
    assert response.url == "/plan/guided/people/"
    page = alice_client.get(response.url).content.decode()
    assert "1 target companies is a short list" in page
    page = alice_client.get("/plan/guided/companies/").content.decode()
    assert "aim for about 40" in page


def test_companies_keep_their_lamp_scores_and_priority(alice: User, alice_client: Client) -> None:
    plan = plan_toml.loads(
        '[targets]\ncompanies = [{ name = "Medtronic", priority = 1, motivation = 3 }]'
    )
    save_plan(alice, plan)
    post(alice_client, "companies", companies="Stryker\nMEDTRONIC")
    companies = load_plan(alice).companies
    assert companies[0] == TargetCompanySpec(name="Stryker")
    assert (companies[1].name, companies[1].priority, companies[1].motivation) == (
        "Medtronic",
        1,
        3,
    )


def test_a_step_shows_what_is_already_in_the_plan(alice: User, alice_client: Client) -> None:
    save_plan(alice, plan_toml.loads('[targets]\npositions = ["VP Finance"]'))
    page = alice_client.get("/plan/guided/positions/").content.decode()
    assert "VP Finance</textarea>" in page


def test_goals_are_checked_against_each_other(alice: User, alice_client: Client) -> None:
    response = post(
        alice_client,
        "goals",
        weekly_meetings="2",
        weekly_target_industry_meetings="5",
        weekly_decision_maker_meetings="",
    )
    assert "cannot be more than your weekly meetings" in response.content.decode()


def test_the_editor_offers_the_guided_set_up_to_an_empty_plan(alice_client: Client) -> None:
    page = alice_client.get("/plan/").content.decode()
    assert "Build your plan step by step" in page
    assert 'href="/plan/guided/positions/"' in page
    assert "Your marketing plan" in page


def test_the_editor_offers_to_resume_a_half_done_set_up(alice: User, alice_client: Client) -> None:
    post(alice_client, "positions", positions="VP Finance")
    page = alice_client.get("/plan/").content.decode()
    assert "You stopped at step 2 of 8: Target industries" in page
    assert 'href="/plan/guided/"' in page


def test_going_back_never_loses_the_furthest_step(alice: User, alice_client: Client) -> None:
    post(alice_client, "positions", positions="VP Finance")
    post(alice_client, "industries", industries="Medical devices")
    post(alice_client, "positions", go="back", positions="CFO")
    assert wizard_step(alice) == "geography"
