"""Alice's network, imported through the real importers from files in tests/data/import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth.models import User

from rapport.formats import plan_toml
from rapport.import_page.services import import_bytes
from rapport.imports.models import ImportRun
from rapport.plan.services import save_plan

FILES = Path(__file__).resolve().parents[1] / "data" / "import"
Importer = Callable[[str], ImportRun]


@pytest.fixture
def alice_plan(alice: User) -> User:
    save_plan(alice, plan_toml.loads((FILES / "plan.toml").read_text()))
    return alice


@pytest.fixture
def import_as_alice(alice_plan: User) -> Importer:
    def run(name: str) -> ImportRun:
        return import_bytes(alice_plan, (FILES / name).read_bytes(), name)

    return run
