"""One change to the contacts ticked on the list."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.companies import company_for
from rapport.contacts.models import Contact, DeletedContact


@pytest.fixture
def people(alice: User) -> list[Contact]:
    company = company_for(alice, "Acme Devices")
    return [
        Contact.objects.create(
            owner=alice, full_name=name, company=company, company_name="Acme Devices"
        )
        for name in ("Ana Castaño", "Dana Reyes", "Li Wei")
    ]


def tick(client: Client, people: list[Contact], action: str, value: str = "") -> str:
    data = {"ids": [str(p.pk) for p in people[:2]], "action": action, "value": value}
    return client.post("/contacts/selected/", data, follow=True).content.decode()


def test_it_adds_the_ticked_contacts_to_a_circle(
    alice_client: Client, people: list[Contact]
) -> None:
    assert "Added 2 contacts to the circle FEI." in tick(alice_client, people, "circle", "FEI")
    assert [c.circles for c in Contact.objects.order_by("full_name")] == [["FEI"], ["FEI"], []]


def test_it_sets_their_companies_industry(alice_client: Client, people: list[Contact]) -> None:
    tick(alice_client, people, "industry", "Medical devices")
    assert {c.company.industry for c in Contact.objects.all() if c.company} == {"Medical devices"}


@pytest.mark.parametrize(
    ("action", "field", "value"),
    [
        ("judge:can_hire:yes", "can_hire", True),
        ("judge:job_seeker:yes", "is_job_seeker", True),
        ("judge:connector:yes", "is_connector", True),
    ],
)
def test_it_overrides_a_judgment(
    alice_client: Client, people: list[Contact], action: str, field: str, value: bool
) -> None:
    tick(alice_client, people, action)
    assert [getattr(c, field) for c in Contact.objects.order_by("full_name")] == [
        value,
        value,
        not value,
    ]


def test_it_sets_how_often_to_keep_in_touch_and_refuses_nonsense(
    alice_client: Client, people: list[Contact]
) -> None:
    assert "Type a number of days from 1 to 365" in tick(
        alice_client, people, "keep_in_touch", "often"
    )
    tick(alice_client, people, "keep_in_touch", "42")
    assert [c.keep_in_touch_days for c in Contact.objects.order_by("full_name")] == [42, 42, None]


def test_it_deletes_them_with_one_undo(alice_client: Client, people: list[Contact]) -> None:
    assert "You deleted 2 contacts." in tick(alice_client, people, "delete")
    assert Contact.objects.count() == 1
    undo = DeletedContact.objects.get()
    alice_client.post(f"/contacts/deleted/{undo.pk}/undo/")
    assert Contact.objects.count() == 3


def test_bob_cannot_touch_alices_contacts(bob_client: Client, people: list[Contact]) -> None:
    tick(bob_client, people, "delete")
    assert Contact.objects.count() == 3
