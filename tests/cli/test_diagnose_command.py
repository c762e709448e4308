"""rapport diagnose and rapport explain, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import Run


def test_diagnose_json_on_the_demo_tells_the_articles_story(rapport: Run, tmp_path: Path) -> None:
    rapport("demo")
    result = rapport("diagnose", "--json", "--html", str(tmp_path / "report.html"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"window", "metrics", "findings", "actions"}
    fired = {f["code"] for f in data["findings"] if f["status"] == "fires"}
    assert {"off-target-meetings", "echo-chamber", "untapped-target-contacts"} <= fired
    assert data["actions"][0]["contact_id"]
    assert "<h1>Your networking is not working yet" in (tmp_path / "report.html").read_text()


def test_diagnose_prints_a_readable_report(rapport: Run) -> None:
    rapport("demo")
    text = rapport("diagnose", "--since", "2026-01-01", "--until", "2026-12-31").stdout
    assert "This week's actions" in text
    assert "(echo-chamber)" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "yesterday"), "--since must be a date"),
        (("--since", "2026-12-01", "--until", "2026-11-01"), "--since is after --until"),
    ],
)
def test_bad_dates_exit_2(rapport: Run, args: tuple[str, ...], message: str) -> None:
    result = rapport("diagnose", *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_explain_prints_a_rules_documentation(rapport: Run) -> None:
    result = rapport("explain", "no-decision-makers")
    assert result.returncode == 0
    assert "Why it matters:" in result.stdout
    assert "25 decision-makers" in result.stdout


def test_explain_json_has_the_rules_documentation(rapport: Run) -> None:
    data = json.loads(rapport("explain", "echo-chamber", "--json").stdout)
    assert data["code"] == "echo-chamber"
    assert set(data) == {"code", "title", "why", "fix", "measures", "needs_plan"}


def test_explain_an_unknown_rule_lists_the_rules(rapport: Run) -> None:
    result = rapport("explain", "too-many-coffees")
    assert result.returncode == 2
    assert "echo-chamber" in result.stderr
