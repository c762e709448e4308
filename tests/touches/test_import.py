"""Importing LinkedIn's archive: touches linked to the right people, counted, undone, kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from pytest_django.fixtures import Settings

from rapport.accounts import backup
from rapport.accounts.owner import user_named
from rapport.contacts.models import Contact
from rapport.import_page.services import import_bytes
from rapport.import_page.undo import preview_undo, undo_import
from rapport.imports.models import ImportRun
from rapport.plan.models import Plan, Suggestion
from rapport.touches.models import Touch

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"
ZIP = "Basic_LinkedInDataExport_03-08-2024.zip"
OUTCOMES = ("new", "updated", "unchanged", "skipped")


def import_file(user: User, name: str) -> ImportRun:
    return import_bytes(user, (ARCHIVE / name).read_bytes(), name)


def assert_adds_up(run: ImportRun) -> None:
    assert run.counts["read"] == sum(run.counts[k] for k in OUTCOMES), run.counts


def touches(user: User) -> list[tuple[str, str, str, str | None]]:
    return [
        (t.when.date().isoformat(), t.direction, t.kind, t.contact.full_name if t.contact else None)
        for t in Touch.objects.owned_by(user).select_related("contact").order_by("when", "id")
    ]


def test_the_archive_imports_connections_then_every_touch_linked_to_them(alice: User) -> None:
    run = import_file(alice, ZIP)
    assert run.format == "linkedin_archive"
    assert run.counts == {
        "read": 18,
        "new": 14,
        "updated": 0,
        "unchanged": 0,
        "skipped": 4,
        "candidates": 3,
    }
    assert_adds_up(run)
    assert sorted(Contact.objects.owned_by(alice).values_list("full_name", flat=True)) == [
        "Nadia Haddad",
        "Omar Farouk",
    ]
    assert touches(alice) == [
        ("2024-01-15", "in", "give", "Nadia Haddad"),
        ("2024-01-28", "in", "give", "Nadia Haddad"),
        ("2024-02-10", "out", "give", "Omar Farouk"),
        ("2024-02-11", "out", "give", "Omar Farouk"),
        ("2024-02-14", "in", "other", None),
        ("2024-02-20", "out", "outreach", None),
        ("2024-02-26", "out", "ask", "Nadia Haddad"),
        ("2024-02-28", "in", "reply", "Nadia Haddad"),
        ("2024-03-01", "out", "outreach", None),
        ("2024-03-02", "in", "thank_you", None),
        ("2024-03-02", "out", "handbill", None),
        ("2024-03-03", "out", "give", "Nadia Haddad"),
        ("2024-03-03", "out", "give", "Omar Farouk"),
        ("2024-03-06", "out", "thank_you", "Nadia Haddad"),
    ]
    assert run.notes[0].startswith("Its connections were imported first")
    assert (
        "3 people in these files are not among your contacts, so nothing was added for them: "
        "Kim Nguyen, Ph.D.; Priya Raman; Sam Patel." in run.notes[-1]
    )
    assert [e["where"] for e in run.errors] == [
        "messages.csv, row 3",
        "messages.csv, row 10",
        "messages.csv, row 11",
        "messages.csv, row 12",
    ]


def test_each_touch_keeps_where_it_was_read_and_the_words_that_decided(alice: User) -> None:
    import_file(alice, ZIP)
    ask = Touch.objects.get(owner=alice, kind="ask")
    assert ask.source == f"{ZIP}/messages.csv, row 8"
    assert ask.reason == 'asked: "Could I ask your advice for 20 minutes"'
    assert ask.signals == ["ask", "outreach"]
    assert ask.excerpt.startswith("Hi Nadia, We both spoke at the Product Summit")
    reply = Touch.objects.get(owner=alice, kind="reply")
    assert reply.reply_days == 2
    # Every other touch has no delay: stored as NULL, never as what stood in for it.
    others = Touch.objects.owned_by(alice).exclude(pk=reply.pk)
    assert set(others.values_list("reply_days", flat=True)) == {None}
    assert not Touch.objects.filter(owner=alice, contact_id__lt=0).exists()


def test_re_importing_the_archive_changes_nothing(alice: User) -> None:
    import_file(alice, ZIP)
    before = touches(alice)
    again = import_file(alice, ZIP)
    assert again.counts["new"] == 0
    assert again.counts["unchanged"] == 14
    assert_adds_up(again)
    assert touches(alice) == before


def test_a_person_added_later_gets_their_messages_on_the_next_import(alice: User) -> None:
    import_file(alice, "messages.csv")
    Contact.objects.create(
        owner=alice, full_name="Sam Patel", first_name="Sam", linkedin_slug="sam-patel-77"
    )
    run = import_file(alice, "messages.csv")
    assert (run.counts["updated"], run.counts["unchanged"]) == (2, 6)
    assert_adds_up(run)
    assert Touch.objects.filter(owner=alice, contact__full_name="Sam Patel").count() == 2
    undo_import(alice, run)
    assert not Touch.objects.filter(owner=alice, contact__full_name="Sam Patel").exists()
    assert Touch.objects.filter(owner=alice).count() == 8


@pytest.mark.parametrize(
    ("contact", "linked"),
    [
        ({"full_name": "Nadia H.", "linkedin_slug": "nadia-haddad"}, True),  # by profile
        ({"full_name": "Nadia Haddad"}, True),  # by name, the only one of that name
        ({"full_name": "Kim Nguyen"}, True),  # "Kim Nguyen, Ph.D." by name, credential dropped
    ],
)
def test_people_link_by_profile_then_name(
    alice: User, contact: dict[str, str], linked: bool
) -> None:
    person = Contact.objects.create(owner=alice, **contact)
    import_file(
        alice, "messages_9_columns.csv" if "Kim" not in contact["full_name"] else "messages.csv"
    )
    assert Touch.objects.filter(owner=alice, contact=person).exists() is linked


def test_two_contacts_of_the_same_name_are_left_for_the_user_to_choose(alice: User) -> None:
    Contact.objects.create(owner=alice, full_name="Nadia Haddad", company_name="Hooli")
    Contact.objects.create(owner=alice, full_name="Nadia Haddad", company_name="Globex")
    import_file(alice, "messages_9_columns.csv")
    assert not Touch.objects.filter(owner=alice, contact__isnull=False).exists()


def test_the_plans_name_says_who_the_user_is(alice: User) -> None:
    Plan.objects.create(owner=alice, name="Nadia Haddad")
    run = import_file(alice, "messages_10_columns.csv")
    assert run.notes[0].startswith(
        "You are Nadia Haddad, linkedin.com/in/nadia-haddad (from your plan"
    )
    # Seen from Nadia's side, what Alex wrote her came in.
    assert set(
        Touch.objects.filter(owner=alice, person_name="Alex Rivera").values_list(
            "direction", flat=True
        )
    ) == {"in", "out"}


def test_excerpts_are_not_kept_when_the_setting_is_off(alice: User, settings: Settings) -> None:
    settings.RAPPORT_TOUCH_EXCERPTS = False
    import_file(alice, "messages.csv")
    assert set(Touch.objects.filter(owner=alice).values_list("excerpt", flat=True)) == {""}
    assert Touch.objects.filter(owner=alice, kind="ask").exists()


def test_undo_removes_the_touches_and_keeps_the_connections_import_apart(alice: User) -> None:
    run = import_file(alice, ZIP)
    assert preview_undo(alice, run)["touches"] == 14
    undo_import(alice, run)
    assert not Touch.objects.filter(owner=alice).exists()
    assert Contact.objects.filter(owner=alice).count() == 2
    contacts_run = ImportRun.objects.get(owner=alice, format="linkedin")
    undo_import(alice, contacts_run)
    assert not Contact.objects.filter(owner=alice).exists()


def test_undoing_the_connections_keeps_no_one_for_their_messages(alice: User) -> None:
    import_file(alice, ZIP)
    contacts_run = ImportRun.objects.get(owner=alice, format="linkedin")
    result = undo_import(alice, contacts_run)
    assert result["kept"] == []
    assert Touch.objects.filter(owner=alice, contact__isnull=True).count() == 14


def test_backup_and_restore_carry_touches(alice: User) -> None:
    import_file(alice, ZIP)
    text = backup.dumps(alice)
    assert len(json.loads(text)["tables"]["touches.touch"]) == 14
    User.objects.all().delete()
    carol = user_named("carol", create=True)
    backup.restore(carol, text)
    assert Touch.objects.filter(owner=carol, contact__full_name="Nadia Haddad").count() == 6


def test_another_users_archive_links_to_none_of_alices_contacts(alice: User, bob: User) -> None:
    Contact.objects.create(owner=alice, full_name="Nadia Haddad", linkedin_slug="nadia-haddad")
    import_file(bob, "messages.csv")
    assert not Touch.objects.filter(owner=bob, contact__isnull=False).exists()
    assert not Touch.objects.filter(owner=alice).exists()


def test_an_imported_touchs_time_is_stored_as_django_stores_it(alice: User) -> None:
    # The row's time is cut from the fingerprint's text for a whole UTC second, and
    # converted otherwise: the stored text must be what the ORM writes, either way.
    from datetime import UTC, datetime, timedelta, timezone

    from django.db import connection

    from rapport.core.records import Person, TouchFile, TouchRecord
    from rapport.touches.importer import import_touches

    moments = [
        datetime(2024, 3, 5, 14, 22, 10, tzinfo=UTC),
        datetime(2024, 3, 5, 14, 22, 10, 250_000, tzinfo=UTC),
        datetime(2024, 3, 5, 23, 30, tzinfo=timezone(timedelta(hours=-5))),
    ]
    person = Person("Ann Lee", "ann-lee")
    records = [
        TouchRecord("email", "in", when, person, f"inbox.mbox, {n}", source_key=str(n))
        for n, when in enumerate(moments)
    ]
    import_touches(alice, b"", "inbox.mbox", parsed=TouchFile("mbox", records, read=3))
    for n, when in enumerate(moments):
        Touch.objects.create(
            owner=alice, when=when, channel="logged", direction="in", fingerprint=f"orm{n}"
        )

    def texts(channel: str) -> list[object]:
        with connection.cursor() as cursor:
            cursor.execute(
                'SELECT "when" FROM touches_touch WHERE channel = %s ORDER BY "when"', [channel]
            )
            return [value for (value,) in cursor.fetchall()]

    assert texts("email") == texts("logged")
    stored = Touch.objects.owned_by(alice).filter(channel="email")
    assert sorted(t.when for t in stored) == sorted(moments)


def test_one_unknown_person_is_named_in_the_singular(alice: User) -> None:
    # One message from one person who is not among the user's contacts.
    data = (Path(__file__).resolve().parents[1] / "data" / "mail" / "reply.eml").read_bytes()
    run = import_bytes(alice, data, "reply.eml")
    assert run.counts["candidates"] == 1
    assert run.notes[-1].startswith("1 person in these files is not among your contacts")


def test_the_2018_messages_file_imports_once_and_says_who_the_user_is(alice: User) -> None:
    run = import_file(alice, "Messages_2018.csv")
    assert run.counts == {
        "read": 4,
        "new": 3,
        "updated": 0,
        "unchanged": 0,
        "skipped": 1,
        "candidates": 2,
    }
    assert run.notes[0].startswith("You are Alex Rivera (from the sender of the messages")
    again = import_file(alice, "Messages_2018.csv")
    assert (again.counts["new"], again.counts["unchanged"]) == (0, 3)


def test_positions_imported_after_the_profile_draft_a_pitch_with_the_name(alice: User) -> None:

    import_file(alice, "Profile.csv")
    import_file(alice, "Positions.csv")
    pitches = list(
        Suggestion.objects.owned_by(alice).filter(field="pitch").values_list("value", flat=True)
    )
    assert pitches and all(p.startswith("I'm Alex Rivera") for p in pitches)
