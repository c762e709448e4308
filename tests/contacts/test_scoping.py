"""Bob opens alice's ids on every contacts and imports URL: always a 404, nothing changed."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Company, Contact, MergeCandidate
from rapport.imports.models import ImportRun
from rapport.plan.models import TargetCompany


@pytest.fixture
def alices(alice: User) -> dict[str, int]:
    contact = Contact.objects.create(owner=alice, full_name="Geoff Martha", position="CEO")
    other = Contact.objects.create(owner=alice, full_name="Geoff Marta")
    company = Company.objects.create(owner=alice, name="Medtronic", key="medtronic")
    pair = MergeCandidate.objects.create(
        owner=alice, contact=contact, other=other, score=95, reason="similar name"
    )
    run = ImportRun.objects.create(
        owner=alice, file_name="alice-secret-export.csv", format="linkedin"
    )
    return {"contact": contact.pk, "company": company.pk, "pair": pair.pk, "run": run.pk}


@pytest.mark.parametrize(
    ("method", "url", "key"),
    [
        ("get", "/contacts/{}/", "contact"),
        ("post", "/contacts/{}/override/", "contact"),
        ("post", "/contacts/{}/edit/", "contact"),
        ("post", "/contacts/review/{}/", "pair"),
        ("post", "/contacts/companies/{}/", "company"),
        ("get", "/import/{}/", "run"),
        ("post", "/import/{}/undo/", "run"),
    ],
)
def test_bob_gets_404_for_alices_ids(
    bob_client: Client, alices: dict[str, int], method: str, url: str, key: str
) -> None:
    response = getattr(bob_client, method)(url.format(alices[key]), {"decision": "merge"})
    assert response.status_code == 404
    assert Contact.objects.filter(pk=alices["contact"], full_name="Geoff Martha").exists()
    assert MergeCandidate.objects.get(pk=alices["pair"]).status == "pending"


def test_bob_cannot_link_his_company_to_alices_target(
    alice: User, bob: User, bob_client: Client
) -> None:
    target = TargetCompany.objects.create(owner=alice, name="Medtronic")
    mine = Company.objects.create(owner=bob, name="MDT", key="mdt")
    response = bob_client.post(f"/contacts/companies/{mine.pk}/", {"target": target.pk})
    assert response.status_code == 404


def test_bob_sees_none_of_alices_contacts_in_lists(
    alices: dict[str, int], bob_client: Client
) -> None:
    for url in ("/contacts/", "/contacts/review/", "/contacts/companies/", "/import/"):
        page = bob_client.get(url).content.decode()
        assert "Geoff" not in page, url
        assert "alice-secret-export.csv" not in page, url
