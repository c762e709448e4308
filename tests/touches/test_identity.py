"""Who the user is in their messages: said in Settings, stated in each report, corrected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts.models import Workspace
from rapport.core.diagnosis import THRESHOLDS
from rapport.import_page.services import import_bytes
from rapport.imports.models import ImportRun
from rapport.plan.models import Plan
from rapport.touches.models import Touch

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"
OUTCOMES = ("new", "updated", "unchanged", "skipped")


def import_file(user: User, name: str) -> ImportRun:
    run = import_bytes(user, (ARCHIVE / name).read_bytes(), name)
    assert run.counts["read"] == sum(run.counts[k] for k in OUTCOMES), run.counts
    return run


def settings_form(**changes: Any) -> dict[str, Any]:
    return {
        "time_zone": "UTC",
        "words_per_minute": "140",
        "keep_in_touch_days": "42",
        **{f"t_{name}": str(t.default) for name, t in THRESHOLDS.items()},
        **changes,
    }


def touches(user: User) -> list[tuple[str, str, str]]:
    return sorted(
        (t.when.isoformat(), t.direction, t.person_name) for t in Touch.objects.owned_by(user)
    )


def test_settings_say_who_the_user_is_before_the_plan(alice: User, alice_client: Client) -> None:
    Plan.objects.create(owner=alice, name="Nadia Haddad")
    alice_client.post(
        "/settings/",
        settings_form(
            my_name="Alex Rivera",
            my_emails="alex@example.com, Alex.Rivera@Work.example",
            my_linkedin="https://www.linkedin.com/in/alex-rivera-5b/",
        ),
    )
    workspace = Workspace.objects.get(owner=alice)
    assert workspace.my_emails == ["alex@example.com", "alex.rivera@work.example"]
    assert workspace.my_linkedin == "alex-rivera-5b"
    run = import_file(alice, "messages.csv")
    assert run.notes[0].startswith(
        "You are Alex Rivera, linkedin.com/in/alex-rivera-5b (from your settings and 5 messages"
    )


def test_a_correction_reads_the_messages_again_on_the_next_import(
    alice: User, alice_client: Client, bob: User
) -> None:
    Plan.objects.create(owner=alice, name="Nadia Haddad")  # wrong: Alex wrote these
    import_file(alice, "messages.csv")
    response = alice_client.post("/settings/", settings_form(my_name="Alex Rivera"), follow=True)
    assert "import your LinkedIn messages and your mailbox again" in response.content.decode()
    again = import_file(alice, "messages.csv")
    assert any("read again with the correction" in note for note in again.notes)
    import_file(bob, "messages.csv")  # Bob's plan names no one: the file decides (Alex)
    assert touches(alice) == touches(bob)


def test_without_a_correction_a_re_import_replaces_nothing(alice: User) -> None:
    import_file(alice, "messages.csv")
    before = touches(alice)
    again = import_file(alice, "messages.csv")
    assert again.counts["new"] == 0
    assert touches(alice) == before


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("my_emails", "alex@example.com, not-an-address", "not-an-address is not an e-mail"),
        ("my_linkedin", "https://example.com/alex", "Give your profile"),
    ],
)
def test_a_wrong_identity_is_refused_beside_its_field(
    alice_client: Client, field: str, value: str, error: str
) -> None:
    page = alice_client.post("/settings/", settings_form(**{field: value})).content.decode()
    assert error in page
