"""The Companies page: paged, searched, industries saved one by one or for the ticked."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.companies import company_for, company_rows, industry_suggestions
from rapport.contacts.company_pages import PAGE_SIZE
from rapport.contacts.models import Company, Contact
from rapport.formats import plan_toml
from rapport.plan.services import save_plan
from tests.contacts.conftest import Importer


def people_at(user: User, counts: dict[str, int]) -> None:
    for name, count in counts.items():
        company = company_for(user, name)
        Contact.objects.bulk_create(
            Contact(owner=user, full_name=f"{name} {n}", company=company, company_name=name)
            for n in range(count)
        )


def test_it_lists_the_companies_rapport_cannot_read_first_then_by_people(alice: User) -> None:
    save_plan(alice, plan_toml.loads('[targets]\nindustries = ["Medical devices"]\n'))
    people_at(alice, {"Acme Orthopedics": 5, "Zeta Widgets": 1, "Omega Tools": 3})
    rows = company_rows(alice)
    assert [(r.name, r.inferred) for r in rows] == [
        ("Omega Tools", ""),
        ("Zeta Widgets", ""),
        ("Acme Orthopedics", "medical devices"),
    ]


def test_its_search_ignores_case_and_accents(alice: User) -> None:
    people_at(alice, {"Nestlé Health": 1, "NESTLE Purina": 1, "Danone": 1})
    assert sorted(r.name for r in company_rows(alice, "nestle")) == [
        "NESTLE Purina",
        "Nestlé Health",
    ]
    assert [r.name for r in company_rows(alice, "  NESTLÉ h ")] == ["Nestlé Health"]


def test_it_suggests_the_plans_industries_and_its_targets(alice: User) -> None:
    save_plan(
        alice,
        plan_toml.loads(
            '[targets]\nindustries = ["Medical devices", "banking"]\n'
            'companies = [{ name = "Cargill", industry = "Food" },'
            ' { name = "Ecolab", industry = "medical devices" }]\n'
        ),
    )
    assert industry_suggestions(alice) == ["banking", "Food", "medical devices"]


def test_the_page_is_paged_and_keeps_the_query(alice: User, alice_client: Client) -> None:
    people_at(alice, {f"Firm {n:03}": 1 for n in range(PAGE_SIZE + 5)})
    first = alice_client.get("/contacts/companies/").content.decode()
    assert first.count('name="shown"') == PAGE_SIZE and "Page 1 of 2" in first
    second = alice_client.get("/contacts/companies/", {"page": 2}).content.decode()
    assert second.count('name="shown"') == 5
    found = alice_client.get("/contacts/companies/", {"q": "firm 00"}).content.decode()
    assert found.count('name="shown"') == 10 and 'value="firm 00"' in found


def test_one_save_keeps_each_typed_industry_and_rejudges(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    target, half = (Company.objects.get(owner=alice, key=k) for k in ("target", "robert half"))
    response = alice_client.post(
        "/contacts/companies/",
        {
            "shown": [target.pk, half.pk],
            f"industry-{target.pk}": "Medical devices",
            f"industry-{half.pk}": half.industry,
            "back": "q=t&page=1",
            "action": "save",
        },
    )
    assert response["Location"] == "/contacts/companies/?q=t&page=1"
    target.refresh_from_db()
    half.refresh_from_db()
    assert (target.industry, target.industry_set_by_user) == ("Medical devices", True)
    assert half.industry_set_by_user is False
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    assert tom.in_target_industry is True


def test_the_ticked_companies_get_the_industry_at_once(alice: User, alice_client: Client) -> None:
    people_at(alice, {"Alpha": 2, "Beta": 1, "Gamma": 1})
    ids = dict(Company.objects.values_list("name", "pk"))
    alice_client.post(
        "/contacts/companies/",
        {
            "shown": list(ids.values()),
            "ids": [ids["Alpha"], ids["Beta"]],
            "bulk_industry": " Banking ",
            "action": "bulk",
        },
        follow=True,
    )
    assert dict(Company.objects.values_list("name", "industry")) == {
        "Alpha": "Banking",
        "Beta": "Banking",
        "Gamma": "",
    }


@pytest.mark.parametrize(
    ("form", "said"),
    [
        ({"bulk_industry": "Banking"}, "Tick at least one company first."),
        ({"ids": "TICKED", "bulk_industry": " "}, "Type the industry, for example"),
    ],
)
def test_a_bulk_industry_without_companies_or_words_says_what_is_missing(
    alice: User, alice_client: Client, form: dict[str, str], said: str
) -> None:
    people_at(alice, {"Alpha": 1})
    pk = Company.objects.get(name="Alpha").pk
    data = {**form, "shown": str(pk), "action": "bulk"}
    data = {k: (str(pk) if v == "TICKED" else v) for k, v in data.items()}
    page = alice_client.post("/contacts/companies/", data, follow=True).content.decode()
    assert said in page
    assert Company.objects.get(pk=pk).industry == ""


def test_bob_cannot_set_alices_industries(alice: User, bob_client: Client) -> None:
    people_at(alice, {"Alpha": 1})
    pk = Company.objects.get(name="Alpha").pk
    bob_client.post(
        "/contacts/companies/",
        {
            "shown": pk,
            "ids": pk,
            f"industry-{pk}": "Spying",
            "bulk_industry": "x",
            "action": "bulk",
        },
    )
    assert Company.objects.get(pk=pk).industry == ""
