"""Backup and restore: everything a user owns, and nothing of anyone else's."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from django.apps import apps
from django.contrib.auth.models import User

from rapport.accounts import backup
from rapport.accounts.owner import user_named
from rapport.contacts.models import Company, Contact
from rapport.core.errors import InputError
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import FollowUp, Interaction
from rapport.plan.models import Plan, TargetCompany
from rapport.profile.models import Pitch


def fill_workspace(user: User) -> None:
    """Give ``user`` one row in most tables, linked to each other like real data."""
    Plan.objects.create(owner=user, name="Margaret", positions=["CFO"], weekly_meetings=5)
    company = Company.objects.create(owner=user, name="Medtronic plc", key="medtronic")
    target = TargetCompany.objects.create(
        owner=user, name="Medtronic", aliases=["medtronic plc"], priority=1
    )
    ceo = Contact.objects.create(
        owner=user,
        first_name="Geoff",
        last_name="Martha",
        full_name="Geoff Martha",
        company=company,
        company_name="Medtronic plc",
        position="CEO",
        emails=["geoff@medtronic.example"],
        target_company=target,
        can_hire=True,
    )
    friend = Contact.objects.create(owner=user, full_name="Dana Reyes", is_job_seeker=True)
    coffee = Interaction.objects.create(
        owner=user,
        summary="Coffee w/ Dana",
        start=datetime(2026, 3, 10, 15, tzinfo=UTC),
        kind="coffee",
        networking=True,
        ask_made=False,
    )
    coffee.contacts.add(friend)
    FollowUp.objects.create(owner=user, kind="thank_you", contact=friend, due_on=date(2026, 3, 11))
    Give.objects.create(
        owner=user,
        contact=friend,
        kind="information",
        note="Sent FEI dates",
        given_on=date(2026, 3, 12),
    )
    Introduction.objects.create(
        owner=user, from_contact=friend, to_contact=ceo, created_on=date(2026, 3, 12)
    )
    Pitch.objects.create(owner=user, text="I help device makers...", created_at=coffee.start)


def without_username(document: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in document.items() if k != "username"}


def test_restoring_into_an_empty_database_reproduces_the_backup_exactly(alice: User) -> None:
    fill_workspace(alice)
    text = backup.dumps(alice)
    tables = json.loads(text)["tables"]
    assert len(tables["contacts.contact"]) == 2
    assert tables["meetings.interaction"][0]["fields"]["contacts"]

    # Empty the database as a new machine would be, then restore there.
    User.objects.all().delete()
    assert not Contact.objects.exists()
    carol = user_named("carol", create=True)
    counts = backup.restore(carol, text)
    assert counts["contacts.contact"] == 2
    again = json.loads(backup.dumps(carol))
    assert without_username(again) == without_username(json.loads(text))
    coffee = Interaction.objects.get(owner=carol)
    assert [c.full_name for c in coffee.contacts.all()] == ["Dana Reyes"]
    target = Contact.objects.get(full_name="Geoff Martha").target_company
    assert target is not None and target.name == "Medtronic"


def test_new_rows_after_a_restore_get_fresh_ids(alice: User) -> None:
    fill_workspace(alice)
    text = backup.dumps(alice)
    User.objects.all().delete()
    carol = user_named("carol", create=True)
    backup.restore(carol, text)
    newest = max(c["pk"] for c in json.loads(text)["tables"]["contacts.contact"])
    assert Contact.objects.create(owner=carol, full_name="New Person").pk > newest


def test_a_backup_holds_nothing_of_other_users(alice: User, bob: User) -> None:
    fill_workspace(alice)
    fill_workspace(bob)
    Contact.objects.create(owner=bob, full_name="Only Bob Knows")
    text = backup.dumps(alice)
    assert "Only Bob Knows" not in text
    assert len(json.loads(text)["tables"]["contacts.contact"]) == 2


def test_it_refuses_to_restore_over_existing_data(alice: User) -> None:
    fill_workspace(alice)
    text = backup.dumps(alice)
    with pytest.raises(InputError, match="already holds data"):
        backup.restore(alice, text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else"}', "not a Rapport backup"),
        ('{"format": "rapport-backup", "version": 99}', "version 99 is not supported"),
        (
            '{"format": "rapport-backup", "version": 1, "tables": {"auth.user": []}}',
            "unknown tables: auth.user",
        ),
    ],
)
def test_it_refuses_files_that_are_not_its_backups(bob: User, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        backup.restore(bob, text, "old.json")
    assert str(caught.value).startswith("old.json")
    assert not backup.owns_anything(bob)


def test_every_table_with_an_owner_is_backed_up_or_left_out_with_a_reason() -> None:
    # Derived from the models, so a table added later cannot be forgotten by the backup.
    owned = {
        model._meta.label_lower
        for model in apps.get_models()
        if any(field.name == "owner" for field in model._meta.get_fields())
        and model.__module__.startswith("rapport.")
    }
    assert owned == set(backup.OWNED_MODELS) | set(backup.NOT_BACKED_UP)
    assert not set(backup.OWNED_MODELS) & set(backup.NOT_BACKED_UP)
