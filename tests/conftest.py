"""Personas shared by the whole suite: alice owns data, bob must never see it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from hypothesis import settings as hypothesis_settings

from rapport.accounts.owner import user_named
from tests.cli_runner import rapport, rapport_process

__all__ = ["rapport", "rapport_process"]  # fixtures for every test that runs a command

DATA = Path(__file__).parent / "data"

# Property tests check behaviour, not speed: on a loaded 2-core CI machine a slow example
# must not fail the run (speed is measured in bench/).
hypothesis_settings.register_profile("rapport", deadline=None)
hypothesis_settings.load_profile("rapport")


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
