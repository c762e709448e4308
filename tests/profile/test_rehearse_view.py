"""Rehearse mode: the text with a two-minute timer; recording the time and the real pace."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts.models import Workspace
from rapport.profile.models import Rehearsal
from rapport.profile.services import save_pitch
from tests.profile.conftest import FOCUSED


def test_the_page_shows_the_text_a_timer_and_a_form_that_works_without_script(
    alice: User, alice_client: Client
) -> None:
    pitch = save_pitch(alice, FOCUSED)
    page = alice_client.get(f"/profile/versions/{pitch.pk}/rehearse/").content.decode()
    assert "rapport/rehearse.js" in page
    assert f'data-words="{pitch.words}" data-limit="120"' in page
    assert 'role="timer"' in page and 'aria-live="polite"' in page
    assert '<label for="id_seconds">Time it took (seconds)</label>' in page
    assert "Lakeshore Orthopedics" in page


def test_recording_a_rehearsal_stores_the_pace_and_offers_it(
    alice: User, alice_client: Client
) -> None:
    pitch = save_pitch(alice, FOCUSED)  # 254 words
    response = alice_client.post(
        f"/profile/versions/{pitch.pk}/rehearse/", {"seconds": "127"}, follow=True
    )
    rehearsal = Rehearsal.objects.get(pitch=pitch)
    assert (rehearsal.seconds, rehearsal.words_per_minute, rehearsal.owner) == (127, 120, alice)
    page = response.content.decode()
    assert "Rehearsal recorded: 254 words in 2:07, 120 words a minute." in page
    assert "Use 120 words a minute as my pace" in page
    alice_client.post("/profile/pace/", {"words_per_minute": "120", "next": "/profile/"})
    assert Workspace.objects.get(owner=alice).words_per_minute == 120


def test_no_offer_when_the_measured_pace_is_already_the_users(
    alice: User, alice_client: Client
) -> None:
    pitch = save_pitch(alice, FOCUSED)
    page = alice_client.post(
        f"/profile/versions/{pitch.pk}/rehearse/", {"seconds": "109"}, follow=True
    ).content.decode()
    assert "140 words a minute" in page
    assert "as my pace" not in page


def test_a_pace_no_one_speaks_at_is_recorded_but_not_offered(
    alice: User, alice_client: Client
) -> None:
    pitch = save_pitch(alice, FOCUSED)
    page = alice_client.post(
        f"/profile/versions/{pitch.pk}/rehearse/", {"seconds": "2"}, follow=True
    ).content.decode()
    assert "was the timer stopped early?" in page
    assert "as my pace" not in page


@pytest.mark.parametrize("seconds", ["0", "-5", "abc", "", "3601"])
def test_a_bad_time_is_explained_and_nothing_recorded(
    alice: User, alice_client: Client, seconds: str
) -> None:
    pitch = save_pitch(alice, FOCUSED)
    response = alice_client.post(f"/profile/versions/{pitch.pk}/rehearse/", {"seconds": seconds})
    assert response.status_code == 200
    assert 'class="errorlist"' in response.content.decode()
    assert not Rehearsal.objects.exists()
