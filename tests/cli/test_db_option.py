"""A mistyped --db is an error, never an empty workspace that looks like lost data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def rapport(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "RAPPORT_SECRET_KEY": "t"}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "rapport", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("where", "message"),
    [("missing/folder/x.sqlite3", "does not exist"), (".", "is a folder")],
)
def test_a_db_path_that_cannot_be_a_database_exits_2(
    tmp_path: Path, where: str, message: str
) -> None:
    result = rapport(tmp_path, "--db", str(tmp_path / where), "plan", "show")
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "missing").exists()
