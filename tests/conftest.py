"""Personas shared by the whole suite: alice owns data, bob must never see it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts.owner import user_named

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def alice(db: None) -> User:
    return user_named("alice", create=True)


@pytest.fixture
def bob(db: None) -> User:
    return user_named("bob", create=True)


@pytest.fixture
def alice_client(alice: User) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob: User) -> Client:
    client = Client()
    client.force_login(bob)
    return client
