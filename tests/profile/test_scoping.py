"""Bob opens alice's ids on every profile URL: always a 404, nothing changed."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.profile.models import Pitch, Rehearsal
from rapport.profile.services import save_pitch

SECRET = "Alice's secret employer, Globex, where I cut costs by 40% in a year."


@pytest.fixture
def alices(alice: User) -> list[int]:
    return [save_pitch(alice, SECRET).pk, save_pitch(alice, SECRET + " Again.").pk]


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/profile/versions/{}/"),
        ("get", "/profile/versions/{}/rehearse/"),
        ("post", "/profile/versions/{}/rehearse/"),
    ],
)
def test_bob_gets_404_for_alices_ids(
    bob_client: Client, alices: list[int], method: str, url: str
) -> None:
    response = getattr(bob_client, method)(url.format(alices[0]), {"seconds": "100"})
    assert response.status_code == 404
    assert not Rehearsal.objects.exists()


def test_bob_cannot_compare_or_start_from_alices_versions(
    bob: User, bob_client: Client, alices: list[int]
) -> None:
    mine = save_pitch(bob, "I'm bob. I cut costs by 10% in a year.").pk
    for a, b in ((alices[0], alices[1]), (mine, alices[0]), (alices[1], mine)):
        assert bob_client.get("/profile/compare/", {"a": a, "b": b}).status_code == 404
    assert bob_client.get("/profile/", {"from": alices[0]}).status_code == 404


def test_bob_sees_none_of_alices_versions_in_his_pages(
    bob: User, bob_client: Client, alices: list[int]
) -> None:
    save_pitch(bob, "I'm bob. I cut costs by 10% in a year.")
    save_pitch(bob, "I'm bob. I cut costs by 12% in a year.")
    for url in ("/profile/", "/profile/versions/", "/profile/compare/"):
        page = bob_client.get(url).content.decode()
        assert "Globex" not in page, url
    assert Pitch.objects.filter(owner=bob).count() == 2
