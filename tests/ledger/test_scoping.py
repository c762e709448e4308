"""Bob opens alice's ids on the ledger's URLs: always a 404."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.meetings.models import Interaction


@pytest.mark.parametrize("url", ["/give/offer/{contact}/", "/give/prep/{meeting}/"])
def test_bob_gets_404_for_alices_ids(alice: User, bob_client: Client, url: str) -> None:
    contact = Contact.objects.create(owner=alice, full_name="Kevin Lobo")
    meeting = Interaction.objects.create(
        owner=alice, summary="Coffee", start=datetime(2026, 11, 2, tzinfo=UTC)
    )
    response = bob_client.get(url.format(contact=contact.pk, meeting=meeting.pk))
    assert response.status_code == 404


def test_bob_cannot_give_to_alices_contact_by_name(alice: User, bob_client: Client) -> None:
    Contact.objects.create(owner=alice, full_name="Kevin Lobo")
    response = bob_client.post(
        "/give/",
        {"contact_name": "Kevin Lobo", "kind": "event", "note": "x", "given_on": "2026-11-01"},
    )
    assert response.status_code == 400
    assert "no contact named" in response.content.decode()
