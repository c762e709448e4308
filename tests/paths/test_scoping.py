"""Bob opens alice's ids on every paths URL: always a 404, nothing changed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.paths.models import Outreach
from rapport.plan.models import TargetCompany


@pytest.fixture
def alices(alice: User) -> dict[str, int]:
    target = TargetCompany.objects.create(owner=alice, name="Alice Secret Corp", advocacy=2)
    contact = Contact.objects.create(
        owner=alice,
        full_name="Geoff Martha",
        company_name="Alice Secret Corp",
        target_company=target,
    )
    sent = Outreach.objects.create(
        owner=alice, contact=contact, target=target, text="secret", sent_on=date(2026, 3, 6)
    )
    return {"target": target.pk, "contact": contact.pk, "outreach": sent.pk}


@pytest.mark.parametrize(
    ("method", "url", "key"),
    [
        ("get", "/paths/{}/", "target"),
        ("post", "/paths/{}/sent/", "target"),
        ("post", "/paths/{}/advocacy/", "target"),
        ("post", "/paths/outreach/{}/replied/", "outreach"),
        ("post", "/paths/outreach/{}/followed-up/", "outreach"),
    ],
)
def test_bob_gets_404_for_alices_ids(
    bob_client: Client, alices: dict[str, int], method: str, url: str, key: str
) -> None:
    data: dict[str, Any] = {"advocacy": "0", "contact": alices["contact"], "text": "hi"}
    response = getattr(bob_client, method)(url.format(alices[key]), data)
    assert response.status_code == 404
    assert TargetCompany.objects.get(pk=alices["target"]).advocacy == 2
    sent = Outreach.objects.get(pk=alices["outreach"])
    assert sent.replied_on is None and sent.followed_up_on is None
    assert Outreach.objects.count() == 1


def test_bob_cannot_log_a_message_to_alices_contact_on_his_target(
    bob: User, bob_client: Client, alices: dict[str, int]
) -> None:
    mine = TargetCompany.objects.create(owner=bob, name="Bob Corp")
    response = bob_client.post(
        f"/paths/{mine.pk}/sent/", {"contact": alices["contact"], "kind": "first", "text": "hi"}
    )
    assert response.status_code == 404
    assert Outreach.objects.count() == 1


def test_bob_sees_none_of_alices_data_on_the_paths_pages(
    alices: dict[str, int], bob_client: Client
) -> None:
    for url in ("/paths/", "/paths/who/?q=geoff", "/paths/who/?q=secret&by=company"):
        page = bob_client.get(url).content.decode()
        assert "Geoff" not in page, url
        assert "Alice Secret" not in page, url
