"""The settings page: time zone, pace, keep-in-touch and the diagnosis thresholds."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts.models import Workspace
from rapport.core.diagnosis import THRESHOLDS


def form(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "time_zone": "America/Chicago",
        "words_per_minute": "150",
        "keep_in_touch_days": "35",
        **{f"t_{name}": str(t.default) for name, t in THRESHOLDS.items()},
    }
    data.update(changes)
    return data


def test_it_saves_the_workspace_and_only_changed_thresholds(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post("/settings/", form(t_echo_chamber_share="0.4"), follow=True)
    assert "Settings saved." in response.content.decode()
    workspace = Workspace.objects.get(owner=alice)
    assert workspace.time_zone == "America/Chicago"
    assert workspace.words_per_minute == 150
    assert workspace.keep_in_touch == {"default": 35}
    assert workspace.thresholds == {"echo_chamber_share": 0.4}


def test_bad_values_are_shown_beside_their_fields(alice: User, alice_client: Client) -> None:
    response = alice_client.post("/settings/", form(time_zone="Mars/Olympus", words_per_minute="9"))
    page = response.content.decode()
    assert "Select a valid choice" in page
    assert "greater than or equal to 60" in page
    assert Workspace.objects.get(owner=alice).time_zone == "UTC"


def test_settings_belong_to_their_owner(alice: User, bob: User, bob_client: Client) -> None:
    bob_client.post("/settings/", form(time_zone="Europe/Paris"))
    assert Workspace.objects.get(owner=alice).time_zone == "UTC"
    assert Workspace.objects.get(owner=bob).time_zone == "Europe/Paris"


def test_a_password_of_digits_only_is_refused(db: None) -> None:
    import pytest
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="entirely numeric"):
        validate_password("4815162342108")
