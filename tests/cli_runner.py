"""Run ``rapport`` commands as a user types them.

``rapport`` runs the command in this process, through Typer's own test runner, against the
test database of the run (SQLite or PostgreSQL): fast, and on both databases.
``rapport_process`` starts the real program in a subprocess with its own SQLite file, for
what only a fresh process shows (``--db``, a second database, start-up).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.utils import timezone
from typer.testing import CliRunner

Run = Callable[..., "Result"]


@dataclass
class Result:
    """What a user sees of a command: its exit code and its two streams."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def rapport(transactional_db: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Run]:
    """Return a function that runs ``rapport ARGS`` in this process and returns the result."""
    import rapport.cli_support as support
    from rapport.cli import app

    # The test database is migrated once for the run; migrating again per command is waste.
    monkeypatch.setattr(support, "migrate", lambda verbosity=0: None)
    import rapport.cli as cli

    monkeypatch.setattr(cli, "migrate", lambda verbosity=0: None)
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        assert "--db" not in args, "a second database needs rapport_process"
        saved = dict(os.environ)
        try:
            result = runner.invoke(app, list(args), input=input, env={"COLUMNS": "120"})
        finally:
            os.environ.clear()
            os.environ.update(saved)
            timezone.deactivate()  # a command makes the workspace's zone current
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception  # a traceback is a bug: show it, do not test around it
        return Result(result.exit_code, result.stdout, result.stderr)

    yield run


@pytest.fixture
def rapport_process(tmp_path: Path) -> Run:
    """Return a function that runs ``python -m rapport --db <tmp db> ARGS`` in a subprocess."""
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "RAPPORT_SECRET_KEY": "cli-tests",
        "COLUMNS": "120",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DATABASE_URL", None)

    def run(*args: str, input: str | None = None) -> Result:
        done = subprocess.run(
            [sys.executable, "-m", "rapport", "--db", str(tmp_path / "cli.sqlite3"), *args],
            capture_output=True,
            text=True,
            env=env,
            input=input,
            timeout=120,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run
