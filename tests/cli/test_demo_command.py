"""rapport demo loads a persona; a second load is refused with exit code 2."""

from __future__ import annotations

import json

from tests.cli_runner import Run


def test_demo_loads_the_persona_and_reports_it(rapport: Run) -> None:
    result = rapport("demo", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["persona"] == "scattered"
    assert "40 target companies" in report["summary"]
    deciders = json.loads(rapport("contacts", "list", "--json", "--filter", "can_hire=yes").stdout)
    assert len(deciders) >= 5
    assert all(d["judgments"]["target_company"] for d in deciders)


def test_a_second_demo_is_refused(rapport: Run) -> None:
    rapport("demo")
    again = rapport("demo", "--persona", "focused")
    assert again.returncode == 2
    assert "already holds data" in again.stderr
