"""rapport backup / restore and --user scoping on the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli_runner import Run

PLANS = Path(__file__).parent.parent / "data" / "plans"


def test_backup_then_restore_into_an_empty_database_reproduces_it(
    rapport_process: Run, tmp_path: Path
) -> None:
    rapport = rapport_process
    rapport("plan", "import", str(PLANS / "full.toml"))
    first = tmp_path / "backup.json"
    assert rapport("backup", str(first)).returncode == 0
    fresh = tmp_path / "fresh.sqlite3"
    restored = rapport("--db", str(fresh), "restore", str(first))
    assert restored.returncode == 0, restored.stderr
    second = tmp_path / "again.json"
    rapport("--db", str(fresh), "backup", str(second))
    assert json.loads(second.read_text()) == json.loads(first.read_text())


def test_restoring_over_data_is_refused_with_exit_2(rapport: Run, tmp_path: Path) -> None:
    rapport("plan", "import", str(PLANS / "full.toml"))
    file = tmp_path / "backup.json"
    rapport("backup", str(file))
    result = rapport("restore", str(file))
    assert result.returncode == 2
    assert "already holds data" in result.stderr


def test_another_user_sees_none_of_the_owners_data(rapport: Run, tmp_path: Path) -> None:
    rapport("plan", "import", str(PLANS / "full.toml"))
    created = rapport("user", "create", "bob", "--password-stdin", input="a long passphrase\n")
    assert created.returncode == 0, created.stderr
    assert "No plan yet" in rapport("--user", "bob", "plan", "show").stdout
    file = tmp_path / "bob.json"
    rapport("--user", "bob", "backup", str(file))
    assert "Margaret" not in file.read_text()
    assert "Margaret Lindqvist" in rapport("plan", "show").stdout


def test_an_unknown_user_is_an_error(rapport: Run) -> None:
    unknown = rapport("--user", "nobody", "plan", "show")
    assert unknown.returncode == 2
    assert "no user named 'nobody'" in unknown.stderr


def test_help_lists_every_command_with_its_summary(rapport: Run) -> None:
    import typer.main

    from rapport.cli import app

    result = rapport("--help")
    assert result.returncode == 0
    commands: dict[str, Any] = getattr(typer.main.get_command(app), "commands", {})
    assert len(commands) > 10
    for name, command in commands.items():
        # Each command on its own line of the help, with the first words of its summary.
        summary = (command.get_short_help_str(limit=30) or "").split()[0]
        lines = (ln.strip("│ ") for ln in result.stdout.splitlines())
        line = next((ln for ln in lines if ln.startswith(f"{name} ")), "")
        assert summary in line, (name, summary)
