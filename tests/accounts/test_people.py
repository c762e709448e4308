"""Accounts on a hosted server: invite, sign in, lock-out, reset, and the user commands."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from pytest_django.fixtures import Settings as SettingsWrapper

from rapport.accounts import people
from rapport.contacts.models import Contact
from rapport.core.errors import InputError
from tests.cli_runner import Run

STRONG = "plum-ladder-41-kestrel"


@pytest.fixture
def hosted(settings: SettingsWrapper) -> SettingsWrapper:
    settings.MULTIUSER = True
    settings.PUBLIC_URL = "https://rapport.example.com"
    return settings


def signs_in(username: str, password: str) -> bool:
    answer = Client().post(
        "/accounts/login/", {"username": username, "password": password}, secure=True
    )
    return answer.status_code == 302


def link_in(message: mail.EmailMessage) -> str:
    found = re.search(r"https?://\S+", str(message.body))
    assert found is not None, message.body
    return found.group(0)


@pytest.mark.django_db
def test_an_invitation_mails_a_link_on_the_public_address_that_sets_the_password(
    hosted: SettingsWrapper,
) -> None:
    link = people.invite("dana@example.com", "dana", inviter="Coach Kim")
    assert link.startswith("https://rapport.example.com/accounts/reset/")
    [message] = mail.outbox
    assert message.to == ["dana@example.com"]
    assert "Coach Kim invited you" in str(message.body) and link_in(message) == link
    dana = User.objects.get(username="dana")
    assert not dana.has_usable_password()
    client = Client()
    path = link.removeprefix("https://rapport.example.com")
    form = client.get(path, follow=True, secure=True)
    assert b"Set your password" in form.content
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": STRONG, "new_password2": STRONG},
        secure=True,
    )
    assert done.status_code == 302
    assert signs_in("dana", STRONG)


@pytest.mark.django_db
def test_an_invitation_to_an_address_taken_or_wrong_is_refused() -> None:
    people.create("kim", STRONG, "kim@example.com")
    with pytest.raises(InputError, match="already has an account"):
        people.invite("KIM@example.com", "kim2")
    with pytest.raises(InputError, match="not an e-mail address"):
        people.invite("kim at example", "kim3")


@pytest.mark.django_db
def test_weak_passwords_are_refused_in_words() -> None:
    with pytest.raises(InputError, match="too common"):
        people.create("lee", "password123")
    with pytest.raises(InputError, match="entirely numeric"):
        people.create("lee", "4817362951")


@pytest.mark.django_db
def test_five_wrong_passwords_pause_signing_in_until_unlocked(hosted: SettingsWrapper) -> None:
    people.create("kim", STRONG)
    client = Client()
    for _ in range(5):
        wrong = client.post(
            "/accounts/login/", {"username": "kim", "password": "nope"}, secure=True
        )
    assert wrong.status_code == 429
    assert b"Signing in is paused" in wrong.content
    # Even the right password waits now: that is what makes guessing useless.
    right = client.post("/accounts/login/", {"username": "kim", "password": STRONG}, secure=True)
    assert right.status_code == 429
    assert people.unlock("kim") >= 1
    right = client.post("/accounts/login/", {"username": "kim", "password": STRONG}, secure=True)
    assert right.status_code == 302


@pytest.mark.django_db
def test_a_forgotten_password_is_reset_through_a_mailed_link(hosted: SettingsWrapper) -> None:
    people.create("kim", STRONG, "kim@example.com")
    client = Client()
    sent = client.post("/accounts/reset/", {"email": "kim@example.com"}, secure=True)
    assert sent.status_code == 302
    [message] = mail.outbox
    link = link_in(message)
    assert link.startswith("https://rapport.example.com/accounts/reset/")
    form = client.get(link.removeprefix("https://rapport.example.com"), follow=True, secure=True)
    new = "quiet-harbour-77-lantern"
    client.post(
        form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}, secure=True
    )
    assert signs_in("kim", new)
    assert not signs_in("kim", STRONG)


def test_the_user_commands_create_list_set_and_delete(rapport: Run) -> None:
    made = rapport(
        "user",
        "create",
        "kim",
        "--email",
        "kim@example.com",
        "--password-stdin",
        input=STRONG + "\n",
    )
    assert made.returncode == 0, made.stderr
    listed = rapport("user", "list")
    assert "kim  kim@example.com  last signed in never" in listed.stdout
    new = "quiet-harbour-77-lantern"
    assert (
        rapport("user", "set-password", "kim", "--password-stdin", input=new + "\n").returncode == 0
    )
    assert User.objects.get(username="kim").check_password(new)
    Contact.objects.create(owner=User.objects.get(username="kim"), full_name="Dana Reyes")
    gone = rapport("user", "delete", "kim", "--yes")
    assert gone.returncode == 0 and "deleted" in gone.stdout
    assert not Contact.objects.filter(full_name="Dana Reyes").exists()


def test_the_user_commands_name_the_mistake_with_exit_2(rapport: Run) -> None:
    weak = rapport("user", "create", "kim", "--password-stdin", input="password\n")
    assert weak.returncode == 2 and "too common" in weak.stderr
    missing = rapport("user", "delete", "nobody", "--yes")
    assert missing.returncode == 2 and "no user is named 'nobody'" in missing.stderr
    missing = rapport("user", "set-password", "nobody", "--password-stdin", input=STRONG + "\n")
    assert missing.returncode == 2


def test_an_operator_made_on_the_command_line_reaches_the_operators_pages(rapport: Run) -> None:
    made = rapport("user", "create", "olga", "--operator", "--password-stdin", input=STRONG)
    assert made.returncode == 0, made.stderr
    plain = rapport("user", "create", "kim", "--password-stdin", input=STRONG)
    assert plain.returncode == 0, plain.stderr
    olga, kim = User.objects.get(username="olga"), User.objects.get(username="kim")
    assert (olga.is_staff, olga.is_superuser) == (True, True)
    assert (kim.is_staff, kim.is_superuser) == (False, False)
