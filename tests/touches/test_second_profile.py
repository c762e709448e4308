"""The user under a second profile of their own: never a give, never offered as a contact."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from django.contrib.auth.models import User
from django.test import Client

from rapport.import_page.services import import_bytes
from rapport.imports.models import ImportRun
from rapport.touches.models import Touch
from tests.touches.test_identity import settings_form

SECOND = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive" / "second_profile"
OUTCOMES = ("new", "updated", "unchanged", "skipped")


def archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for path in sorted(SECOND.iterdir()):
            zipped.writestr(path.name, path.read_bytes())
    return buffer.getvalue()


def assert_adds_up(run: ImportRun) -> None:
    assert run.counts["read"] == sum(run.counts[k] for k in OUTCOMES), run.counts


def test_the_archive_stores_no_give_to_the_user_and_offers_no_one_who_is_them(
    alice: User,
) -> None:
    # No settings and no plan: the archive's own profile says who the user is.
    run = import_bytes(alice, archive(), "Basic_LinkedInDataExport_12-16-2024.zip")
    assert_adds_up(run)
    people = set(Touch.objects.owned_by(alice).values_list("person_name", flat=True))
    assert "Alex Rivera" not in people
    gives = Touch.objects.owned_by(alice).filter(kind="give")
    assert sorted(gives.values_list("person_name", "direction")) == [
        ("Nadia Haddad", "in"),
        ("Omar Farouk", "out"),
        ("Omar Farouk", "out"),
    ]
    offered = [note for note in run.notes if "not among your contacts" in note]
    assert offered == [
        "1 person in these files is not among your contacts, so nothing was added for them: "
        "Sam Patel. Add the ones who matter and import the file again to link their messages."
    ]
    reasons = [(e["where"], e["reason"]) for e in run.errors]
    assert ("Recommendations_Given.csv, row 2", "names you, not someone you recommended") in (
        reasons
    )
    assert ("Endorsement_Received_Info.csv, row 3", "names you, not someone who endorsed you") in (
        reasons
    )


def test_a_recommendations_file_alone_knows_the_user_from_their_settings(
    alice: User, alice_client: Client
) -> None:
    alice_client.post("/settings/", settings_form(my_name="Alex Rivera"))
    data = (SECOND / "Recommendations_Given.csv").read_bytes()
    run = import_bytes(alice, data, "Recommendations_Given.csv")
    assert_adds_up(run)
    assert (run.counts["new"], run.counts["skipped"]) == (1, 1)
    assert run.errors == [{"where": "row 2", "reason": "names you, not someone you recommended"}]
    assert list(Touch.objects.owned_by(alice).values_list("person_name", flat=True)) == [
        "Omar Farouk"
    ]
    assert not any("Alex Rivera" in note for note in run.notes)


def test_a_file_no_reader_checks_never_offers_the_user_as_someone_to_add(alice: User) -> None:
    # The 2018 Messages.csv names people by name alone; a message from the user's own name
    # is read as it is written, but the user is no one to add.
    text = (
        "From,To,Date,Subject,Content,Direction,Folder\n"
        'Alex Rivera,Nadia Haddad,"6/18/18, 11:02 PM",Platform roles,"Hi Nadia",OUTGOING,SENT\n'
        'Alex Rivera,Alex Rivera,"6/19/18, 8:10 AM",,Checking the studio page.,INCOMING,INBOX\n'
    )
    run = import_bytes(alice, text.encode(), "Messages.csv")
    assert_adds_up(run)
    assert run.counts["candidates"] == 1
    assert run.notes[-1].startswith(
        "1 person in these files is not among your contacts, so nothing was added for them: "
        "Nadia Haddad."
    )
