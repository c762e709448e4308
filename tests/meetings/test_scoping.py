"""Bob opens alice's ids on every meetings URL: always a 404, nothing changed."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.meetings.models import Interaction

SECRET = "Coffee w/ Geoff Martha"


@pytest.fixture
def alices(alice: User) -> dict[str, int]:
    contact = Contact.objects.create(owner=alice, full_name="Geoff Martha")
    meeting = Interaction.objects.create(
        owner=alice,
        summary=SECRET,
        start="2026-03-10T15:00:00Z",
        networking=True,
        kind="coffee",
        unlinked_people=[{"text": "Geoff", "email": "", "how": "ambiguous", "candidates": []}],
    )
    return {"meeting": meeting.pk, "contact": contact.pk}


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/meetings/{}/", {}),
        ("post", "/meetings/{}/outcome/", {"ask_made": "yes"}),
        ("post", "/meetings/{}/classify/", {"networking": "no"}),
        ("post", "/meetings/{}/person/", {"person": "0"}),
    ],
)
def test_bob_gets_404_for_alices_ids(
    bob_client: Client, alices: dict[str, int], method: str, url: str, data: dict[str, str]
) -> None:
    response = getattr(bob_client, method)(url.format(alices["meeting"]), data)
    assert response.status_code == 404
    meeting = Interaction.objects.get(pk=alices["meeting"])
    assert (meeting.ask_made, meeting.networking_override) == (None, None)
    assert "chosen" not in meeting.unlinked_people[0]


def test_bob_cannot_link_alices_contact_to_his_meeting(
    bob: User, bob_client: Client, alices: dict[str, int]
) -> None:
    mine = Interaction.objects.create(
        owner=bob,
        summary="Lunch w/ Geoff",
        start="2026-03-10T15:00:00Z",
        unlinked_people=[{"text": "Geoff", "email": "", "how": "unmatched", "candidates": []}],
    )
    response = bob_client.post(
        f"/meetings/{mine.pk}/person/", {"person": "0", "contact": alices["contact"]}
    )
    assert response.status_code == 404
    assert not mine.contacts.exists()


def test_bob_sees_none_of_alices_meetings_in_lists_or_his_feed(
    bob: User, bob_client: Client, alices: dict[str, int]
) -> None:
    for url in ("/meetings/", "/meetings/?networking=yes&audience=other"):
        assert SECRET not in bob_client.get(url).content.decode(), url
    bob_client.post("/meetings/feed/", {"action": "create"})
    token = bob.workspace.follow_up_feed_token
    assert "Geoff" not in bob_client.get(f"/feeds/{token}/follow-ups.ics").content.decode()
