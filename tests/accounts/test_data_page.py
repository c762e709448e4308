"""Your data on the web: back up, restore into an empty workspace, start over, delete all."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from pytest_django.fixtures import Settings

from rapport.accounts import backup
from rapport.accounts.models import Workspace
from rapport.contacts.models import Contact
from tests.accounts.test_backup import fill_workspace


def test_the_backup_downloads_everything_of_the_user(alice: User, alice_client: Client) -> None:
    fill_workspace(alice)
    response = alice_client.get("/settings/data/backup.json")
    assert response["Content-Disposition"].startswith('attachment; filename="rapport-backup-')
    assert json.loads(response.content) == json.loads(backup.dumps(alice))


def test_a_backup_restores_into_an_empty_workspace(
    alice: User, bob: User, bob_client: Client
) -> None:
    fill_workspace(alice)
    text = backup.dumps(alice)
    User.objects.filter(pk=alice.pk).delete()  # a new machine: the ids are free again
    upload = SimpleUploadedFile("mine.json", text.encode())
    response = bob_client.post("/settings/data/restore/", {"file": upload}, follow=True)
    assert "Restored: 2 contacts and 1 meeting." in response.content.decode()
    assert Contact.objects.filter(owner=bob).count() == 2


def test_a_restore_over_data_or_of_a_wrong_file_changes_nothing(
    alice: User, alice_client: Client
) -> None:
    fill_workspace(alice)
    before = backup.dumps(alice)
    upload = SimpleUploadedFile("mine.json", before.encode())
    text = alice_client.post("/settings/data/restore/", {"file": upload}, follow=True)
    assert "Nothing was restored" in text.content.decode()
    wrong = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0 not json")
    text = alice_client.post("/settings/data/restore/", {"file": wrong}, follow=True)
    assert "photo.jpg" in text.content.decode()
    assert backup.dumps(alice) == before


@pytest.mark.parametrize(
    ("url", "words"),
    [("/settings/data/start-over/", "start over"), ("/settings/data/delete/", "delete everything")],
)
def test_nothing_is_deleted_without_the_typed_words(
    alice: User, alice_client: Client, url: str, words: str
) -> None:
    fill_workspace(alice)
    before = backup.dumps(alice)
    response = alice_client.post(url, {"confirm": "yes"}, follow=True)
    assert f"type &quot;{words}&quot; to confirm" in response.content.decode()
    assert backup.dumps(alice) == before


def test_starting_over_keeps_the_settings(alice: User, alice_client: Client) -> None:
    fill_workspace(alice)
    Workspace.objects.update_or_create(owner=alice, defaults={"time_zone": "Europe/Paris"})
    alice_client.post("/settings/data/start-over/", {"confirm": "Start  over"})
    assert not backup.owns_anything(alice)
    assert Workspace.objects.get(owner=alice).time_zone == "Europe/Paris"


def test_deleting_everything_leaves_nothing_and_nothing_of_others_goes(
    alice: User, bob: User, alice_client: Client
) -> None:
    fill_workspace(alice)
    fill_workspace(bob)
    bobs = backup.dumps(bob)
    Workspace.objects.update_or_create(owner=alice, defaults={"time_zone": "Europe/Paris"})
    alice_client.post("/settings/data/delete/", {"confirm": "delete everything"})
    assert not Workspace.objects.filter(owner=alice, time_zone="Europe/Paris").exists()
    assert not backup.owns_anything(alice)
    assert backup.dumps(bob) == bobs


def test_on_a_shared_server_deleting_everything_closes_the_account(
    alice: User, alice_client: Client, settings: Settings
) -> None:
    fill_workspace(alice)
    settings.MULTIUSER = True
    response = alice_client.post("/settings/data/delete/", {"confirm": "delete everything"})
    assert response["Location"].startswith("/accounts/login/")
    assert not User.objects.filter(pk=alice.pk).exists()
