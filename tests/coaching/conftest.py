"""Personas for coaching: alice shares with carol (all) and dan (the diagnosis), not erin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts.owner import user_named
from rapport.coaching import sharing
from rapport.coaching.parts import PARTS


def coach(name: str) -> User:
    user = user_named(name, create=True)
    sharing.make_coach(user)
    return user


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def carol(alice: User) -> User:
    """alice's coach, who sees everything alice can share."""
    user = coach("carol")
    sharing.grant(alice, user, list(PARTS))
    return user


@pytest.fixture
def dan(alice: User) -> User:
    """alice's other coach, who sees only the diagnosis and the plan."""
    user = coach("dan")
    sharing.grant(alice, user, [])
    return user


@pytest.fixture
def erin(db: None) -> User:
    """A coach alice never invited."""
    return coach("erin")


@pytest.fixture
def frank(alice: User) -> User:
    """A coach alice shared everything with, then revoked."""
    user = coach("frank")
    sharing.grant(alice, user, list(PARTS))
    sharing.revoke(alice, user)
    return user


@pytest.fixture
def carol_client(carol: User) -> Client:
    return signed_in(carol)
