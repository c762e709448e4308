"""Run the real ``rapport`` command in a subprocess against a throwaway database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def rapport(tmp_path: Path) -> Run:
    """Return a function that runs ``rapport --db <tmp db> ARGS`` and returns the result."""
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "RAPPORT_SECRET_KEY": "cli-tests",
        "COLUMNS": "120",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    database = os.environ.get("DATABASE_URL")
    db_args = [] if database else ["--db", str(tmp_path / "cli.sqlite3")]

    def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "rapport", *db_args, *args],
            capture_output=True,
            text=True,
            env=env,
            input=input,
            timeout=120,
            check=False,
        )

    return run
