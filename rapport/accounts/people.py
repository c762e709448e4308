"""The people who sign in to a hosted server: invite, list, set a password, lock, remove.

The operator runs these from the CLI (``rapport user …``); each is one function here so
that a page can offer the same later without repeating the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from rapport.accounts.owner import user_named
from rapport.core.errors import InputError
from rapport.lib.links import absolute_url


@dataclass(frozen=True)
class Person:
    username: str
    email: str
    joined: datetime
    last_login: datetime | None
    has_password: bool


def people() -> list[Person]:
    """Return everyone who has an account, oldest first."""
    return [
        Person(
            username=user.username,
            email=user.email,
            joined=user.date_joined,
            last_login=user.last_login,
            has_password=user.has_usable_password(),
        )
        for user in User.objects.order_by("date_joined", "id")
    ]


def find(username: str) -> User:
    """Return the user ``username`` or raise InputError naming who exists."""
    user = User.objects.filter(username=username).first()
    if user is None:
        names = ", ".join(User.objects.order_by("username").values_list("username", flat=True))
        raise InputError(f"no user is named '{username}'; the users are: {names or 'none yet'}")
    return user


def check_password(user: User, password: str) -> None:
    """Raise InputError with Django's validators' words when ``password`` is too weak."""
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise InputError(" ".join(exc.messages)) from None


@transaction.atomic
def create(username: str, password: str, email: str = "", *, operator: bool = False) -> User:
    """Create a user who signs in with ``password`` to a workspace of their own.

    An ``operator`` also reaches the operator's pages (/admin/): accounts, lock-outs, imports.
    """
    username = username.strip()
    if not username:
        raise InputError("a user needs a name")
    if User.objects.filter(username=username).exists():
        raise InputError(f"a user named '{username}' already exists")
    email = _checked_email(email)
    check_password(User(username=username, email=email), password)
    user = user_named(username, create=True)
    user.email = email
    user.is_staff = user.is_superuser = operator
    user.set_password(password)
    user.save()
    return user


def set_password(username: str, password: str) -> User:
    user = find(username)
    check_password(user, password)
    user.set_password(password)
    user.save(update_fields=["password"])
    unlock(username)
    return user


@transaction.atomic
def invite(email: str, username: str = "", inviter: str = "") -> str:
    """Create an account for ``email`` and mail it a link to set its password; return it.

    The link is Django's password-reset link: it works once, for three days
    (PASSWORD_RESET_TIMEOUT), and names nothing but the account.
    """
    email = _checked_email(email)
    if not email:
        raise InputError("an invitation needs an e-mail address")
    username = (username or email).strip()
    if User.objects.filter(username=username).exists():
        raise InputError(f"a user named '{username}' already exists")
    if User.objects.filter(email__iexact=email).exists():
        raise InputError(f"someone already has an account with {email}")
    user = user_named(username, create=True)  # no usable password until they set one
    user.email = email
    user.save(update_fields=["email"])
    return mail_link(user, inviter)


def mail_link(user: User, inviter: str = "") -> str:
    """Mail ``user`` a link to set their password; return the link."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    link = absolute_url(None, reverse("password_reset_confirm", args=[uid, token]))
    who = f"{inviter} invited you" if inviter else "You are invited"
    send_mail(
        "Your Rapport account",
        f"{who} to Rapport, where you plan your job search and its networking.\n\n"
        f"Your user name is {user.username}. Set your password here (the link works once, "
        f"for three days):\n\n{link}\n",
        None,
        [user.email],
    )
    return link


@transaction.atomic
def delete(username: str) -> int:
    """Delete ``username`` and everything in their workspace; return how many rows went."""
    user = find(username)
    removed, _ = user.delete()
    return removed


def unlock(username: str) -> int:
    """Lift a sign-in lock-out of ``username``; return how many failed attempts were cleared."""
    from axes.utils import reset

    cleared: int = reset(username=username)
    return cleared


def _checked_email(email: str) -> str:
    email = email.strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise InputError(f"'{email}' is not an e-mail address") from None
    return email
