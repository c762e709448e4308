"""The plan editor: the same plan as plan.toml, validated field by field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from rapport.formats import plan_toml
from rapport.plan.models import TargetCompany
from rapport.plan.services import load_plan, save_plan


def form_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Margaret Lindqvist",
        "headline": "CFO for device makers",
        "email": "margaret@example.com",
        "location": "Minneapolis",
        "booking_link": "https://calendly.com/m",
        "positions": "Chief Financial Officer\nVP Finance\n",
        "industries": "Medical devices",
        "geography": "Minneapolis–St. Paul",
        "decision_makers": "CEOs",
        "peers": "",
        "connectors": "Chamber of commerce",
        "offers": "Introductions to bankers",
        "weekly_meetings": "5",
        "weekly_target_industry_meetings": "3",
        "weekly_decision_maker_meetings": "1",
        "companies-TOTAL_FORMS": "3",
        "companies-INITIAL_FORMS": "0",
        "companies-MIN_NUM_FORMS": "0",
        "companies-MAX_NUM_FORMS": "1000",
        "companies-0-name": "Medtronic",
        "companies-0-industry": "Medical devices",
        "companies-0-priority": "1",
        "companies-0-motivation": "3",
        "companies-1-name": "Stryker",
        "companies-2-name": "",
    }
    data.update(overrides)
    return data


def test_it_saves_the_plan_and_its_companies(alice: User, alice_client: Client) -> None:
    response = alice_client.post("/plan/", form_data())
    assert response.status_code == 302
    plan = load_plan(alice)
    assert plan.person.name == "Margaret Lindqvist"
    assert plan.positions == ("Chief Financial Officer", "VP Finance")
    assert [(c.name, c.priority, c.motivation) for c in plan.companies] == [
        ("Medtronic", 1, 3),
        ("Stryker", None, None),
    ]
    assert plan.goals.weekly_meetings == 5


def test_it_shows_what_it_saved_with_advice_about_a_short_list(alice_client: Client) -> None:
    response = alice_client.post("/plan/", form_data(), follow=True)
    page = response.content.decode()
    assert "Plan saved." in page
    assert "2 target companies is a short list" in page
    assert 'value="Medtronic"' in page


def test_it_puts_each_error_beside_its_field_and_saves_nothing(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post(
        "/plan/",
        form_data(
            email="not-an-email",
            weekly_decision_maker_meetings="9",
            **{"companies-1-name": "medtronic", "companies-2-industry": "Retail"},
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was saved" in page
    assert "Enter a valid email address." in page
    assert "cannot be more than your weekly meetings" in page
    assert "is already on the list" in page
    assert "Give this company a name" in page
    assert load_plan(alice).person.name == ""


def test_editing_keeps_target_ids_and_removes_companies_taken_off(
    alice: User, alice_client: Client
) -> None:
    alice_client.post("/plan/", form_data())
    medtronic = TargetCompany.objects.get(owner=alice, name="Medtronic")
    alice_client.post(
        "/plan/",
        form_data(**{"companies-1-name": "", "companies-0-priority": "2"}),
    )
    assert list(TargetCompany.objects.owned_by(alice).values_list("pk", "name", "priority")) == [
        (medtronic.pk, "Medtronic", 2)
    ]


def test_deleting_a_row_removes_the_company(alice: User, alice_client: Client) -> None:
    alice_client.post("/plan/", form_data(**{"companies-1-DELETE": "on"}))
    assert [c.name for c in load_plan(alice).companies] == ["Medtronic"]


def test_the_download_is_the_plan_file(alice: User, alice_client: Client, data_dir: Path) -> None:
    plan = plan_toml.loads((data_dir / "plans" / "full.toml").read_text())
    save_plan(alice, plan)
    response = alice_client.get("/plan/plan.toml")
    assert response["Content-Disposition"] == 'attachment; filename="plan.toml"'
    assert plan_toml.loads(response.content.decode()) == plan


def test_uploading_a_plan_file_replaces_the_plan(
    alice: User, alice_client: Client, data_dir: Path
) -> None:
    upload = SimpleUploadedFile("plan.toml", (data_dir / "plans" / "full.toml").read_bytes())
    response = alice_client.post("/plan/upload/", {"file": upload}, follow=True)
    assert "Plan imported from plan.toml" in response.content.decode()
    assert len(load_plan(alice).companies) == 3


def test_a_refused_upload_names_the_problem_and_changes_nothing(
    alice: User, alice_client: Client, data_dir: Path
) -> None:
    save_plan(alice, plan_toml.loads('[person]\nname = "Before"\n'))
    upload = SimpleUploadedFile("mine.toml", (data_dir / "plans" / "unknown_key.toml").read_bytes())
    response = alice_client.post("/plan/upload/", {"file": upload}, follow=True)
    page = response.content.decode()
    assert "mine.toml, line 6: unknown key &#x27;targets.compnies&#x27;" in page
    assert "Nothing was changed" in page
    assert load_plan(alice).person.name == "Before"
