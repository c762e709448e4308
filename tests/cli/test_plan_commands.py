"""rapport plan import / export / show, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport.formats import plan_toml
from tests.cli_runner import Run

PLANS = Path(__file__).parent.parent / "data" / "plans"


def test_import_then_export_round_trips_the_plan_exactly(
    rapport: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    imported = rapport("plan", "import", str(PLANS / "full.toml"))
    assert imported.returncode == 0, imported.stderr
    assert "3 target companies" in imported.stdout
    exported = rapport("plan", "export")
    assert exported.returncode == 0
    original = plan_toml.loads((PLANS / "full.toml").read_text())
    assert plan_toml.loads(exported.stdout) == original
    # Importing what was exported, then exporting again, changes nothing.
    saved = Path(imported.stdout and "again.toml")
    saved.write_text(exported.stdout)
    assert rapport("plan", "import", str(saved)).returncode == 0
    assert rapport("plan", "export").stdout == exported.stdout


def test_show_prints_the_plan_and_advice(rapport: Run) -> None:
    rapport("plan", "import", str(PLANS / "full.toml"))
    shown = rapport("plan", "show")
    assert "Margaret Lindqvist" in shown.stdout
    assert "Inspire Medical Systems" in shown.stdout
    assert "3 target companies is a short list" in shown.stdout.replace("\n", " ")


def test_show_json_has_the_plan_file_sections(rapport: Run) -> None:
    rapport("plan", "import", str(PLANS / "full.toml"))
    data = json.loads(rapport("plan", "show", "--json").stdout)
    assert data["person"]["name"] == "Margaret Lindqvist"
    assert data["companies"][0]["name"] == "Medtronic"
    assert data["goals"]["weekly_meetings"] == 5
    assert data["warnings"][0]["field"] == "companies"


def test_a_refused_plan_file_exits_2_names_the_line_and_changes_nothing(rapport: Run) -> None:
    rapport("plan", "import", str(PLANS / "full.toml"))
    refused = rapport("plan", "import", str(PLANS / "unknown_key.toml"))
    assert refused.returncode == 2
    assert "unknown_key.toml, line 6: unknown key 'targets.compnies'" in refused.stderr
    assert "nothing was changed" in refused.stderr
    assert "Margaret Lindqvist" in rapport("plan", "show").stdout


def test_a_missing_file_exits_2(rapport: Run, tmp_path: Path) -> None:
    result = rapport("plan", "import", str(tmp_path / "nope.toml"))
    assert result.returncode == 2
    assert "no such file" in result.stderr
