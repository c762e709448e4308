"""Consent: who is a coach, what each client shares with whom, invitations, revocation.

One function per thing a person does, so the pages and the CLI say and check the same.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from rapport.accounts import people
from rapport.accounts.clock import REQUEST_ZONE, UTC
from rapport.accounts.models import Workspace, new_token
from rapport.coaching.models import Coach, Invitation, Share, Summary
from rapport.coaching.parts import chosen, words
from rapport.core.errors import InputError
from rapport.lib.links import absolute_url


def is_coach(user: User) -> bool:
    return Coach.objects.filter(user=user).exists()


def make_coach(user: User) -> None:
    """Give ``user`` the coach role (a roster of clients who share with them)."""
    Coach.objects.get_or_create(user=user)


def share_with(client: User, coach: User) -> Share | None:
    """Return what ``client`` shares with ``coach`` now, or None."""
    return Share.objects.filter(owner=client, coach=coach).first()


def shares_of(client: User) -> list[Share]:
    """Return the client's shares, the coach's name loaded, oldest first."""
    return list(Share.objects.owned_by(client).select_related("coach").order_by("created_at"))


def clients_of(coach: User) -> list[User]:
    """Return the clients who share with ``coach`` now, by name, their time zones read."""
    clients = list(
        User.objects.filter(pk__in=Share.objects.filter(coach=coach).values("owner")).order_by(
            "username"
        )
    )
    zones = dict(Workspace.objects.filter(owner__in=clients).values_list("owner_id", "time_zone"))
    for client in clients:
        # One query for every client's zone, instead of one per client and figure.
        setattr(client, REQUEST_ZONE, _zone(zones.get(client.pk, "")))
    return clients


def _zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def find_coach(name: str) -> User:
    """Return the coach with this user name or e-mail address; InputError when none is."""
    user = (
        User.objects.filter(username=name).first()
        or User.objects.filter(email__iexact=name.strip()).first()
    )
    if user is None or not is_coach(user):
        raise InputError(f"no coach is named '{name}'")
    return user


@transaction.atomic
def grant(client: User, coach: User, parts: list[str]) -> Share:
    """Share ``parts`` (plus the always-shared ones) of ``client``'s data with ``coach``."""
    if coach == client:
        raise InputError("you cannot be your own coach")
    if not is_coach(coach):
        raise InputError(f"{coach.username} is not a coach")
    share, _ = Share.objects.get_or_create(owner=client, coach=coach)
    share.parts = chosen(parts)
    share.save(update_fields=["parts"])
    Summary.objects.get_or_create(owner=client)  # the roster reads it
    return share


def revoke(client: User, coach: User) -> bool:
    """End ``coach``'s access to ``client``'s data at once; return whether there was any."""
    removed, _ = Share.objects.filter(owner=client, coach=coach).delete()
    return removed > 0


@dataclass(frozen=True)
class Sent:
    link: str
    mailed: bool


def invite_coach(client: User, parts: list[str], email: str = "") -> Sent:
    """Return a one-time link that lets a coach see ``parts``; mail it when ``email`` is given."""
    invitation = Invitation.objects.create(
        owner=client,
        direction=Invitation.TO_COACH,
        email=_address(email),
        parts=chosen(parts),
        token=new_token(),
    )
    link = absolute_url(None, reverse("coaching-invitation", args=[invitation.token]))
    if invitation.email:
        send_mail(
            "Share your Rapport workspace with your coach",
            f"{client.username} asks you to be their coach on Rapport, and shares: "
            f"{words(invitation.parts)}.\n\nOpen this link, signed in as a coach, to accept "
            f"(it works once):\n\n{link}\n",
            None,
            [invitation.email],
        )
    return Sent(link, bool(invitation.email))


@transaction.atomic
def invite_client(coach: User, email: str) -> Sent:
    """Invite a client by e-mail: an account when they have none, and a link to accept.

    Nothing is shared until the client opens the link and chooses what to share.
    """
    if not is_coach(coach):
        raise InputError(f"{coach.username} is not a coach")
    email = _address(email)
    if not email:
        raise InputError("an invitation needs an e-mail address")
    if not User.objects.filter(email__iexact=email).exists():
        people.invite(email, inviter=coach.username)
    invitation = Invitation.objects.create(
        owner=coach, direction=Invitation.TO_CLIENT, email=email, token=new_token()
    )
    link = absolute_url(None, reverse("coaching-invitation", args=[invitation.token]))
    send_mail(
        "Your coach invites you to share your job search on Rapport",
        f"{coach.username} invites you to share your Rapport workspace with them. Nothing is "
        f"shared until you open this link, choose what to share and accept (it works once):"
        f"\n\n{link}\n",
        None,
        [email],
    )
    return Sent(link, True)


def open_invitation(token: str) -> Invitation:
    """Return the unused invitation with ``token``; InputError when it is unknown or used."""
    invitation = Invitation.objects.select_related("owner").filter(token=token).first()
    if invitation is None or invitation.used_at is not None:
        raise InputError("this invitation link is not valid any more: ask for a new one")
    return invitation


@transaction.atomic
def accept(user: User, token: str, parts: list[str] | None = None) -> Share:
    """Accept the invitation ``token`` as ``user``; return the share it made.

    A coach accepts a client's invitation (with the parts the client chose); a client
    accepts a coach's invitation with the ``parts`` they choose now.
    """
    invitation = open_invitation(token)
    if invitation.email and invitation.email.casefold() != user.email.strip().casefold():
        # A link sent to an address is for that address's account, not whoever holds it.
        raise InputError(f"this invitation is for {invitation.email}: sign in as that account")
    used = Invitation.objects.filter(pk=invitation.pk, used_at__isnull=True).update(
        used_at=timezone.now()
    )
    if not used:  # opened twice at once: only the first acceptance counts
        raise InputError("this invitation link is not valid any more: ask for a new one")
    if invitation.direction == Invitation.TO_COACH:
        if not is_coach(user):
            raise InputError("only a coach can accept this invitation")
        return grant(invitation.owner, user, invitation.parts)
    return grant(user, invitation.owner, parts or [])


def _address(email: str) -> str:
    email = email.strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise InputError(f"'{email}' is not an e-mail address") from None
    return email
