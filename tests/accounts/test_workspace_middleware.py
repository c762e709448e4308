"""Local mode opens straight into the owner's workspace; multi-user mode needs a login."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings as SettingsWrapper

from rapport.plan.models import Plan


@pytest.mark.django_db
def test_local_mode_opens_the_workspace_without_a_login() -> None:
    response = Client().get("/")
    assert response.status_code == 200
    assert "Load the demo" in response.content.decode()
    assert User.objects.filter(username="owner").exists()


@pytest.mark.django_db
def test_local_mode_always_uses_the_same_owner() -> None:
    Client().post(
        "/plan/", {"companies-TOTAL_FORMS": "0", "companies-INITIAL_FORMS": "0", "name": "Ann"}
    )
    Client().get("/")
    assert Plan.objects.get().owner.username == "owner"
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_multiuser_mode_sends_strangers_to_the_login_page(settings: SettingsWrapper) -> None:
    settings.MULTIUSER = True
    response = Client().get("/plan/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/plan/"
    assert not User.objects.exists()


@pytest.mark.django_db
def test_multiuser_mode_signs_a_user_in_to_their_own_workspace(settings: SettingsWrapper) -> None:
    settings.MULTIUSER = True
    User.objects.create_user("alice", password="correct horse battery")
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": "alice", "password": "correct horse battery"}
    )
    assert response.status_code == 302
    page = client.get("/").content.decode()
    assert "Signed in as alice" in page


def test_the_login_page_is_reachable_without_a_login(settings: SettingsWrapper, db: None) -> None:
    settings.MULTIUSER = True
    assert Client().get("/accounts/login/").status_code == 200
