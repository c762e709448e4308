"""rapport paths COMPANY, as a user types it."""

from __future__ import annotations

import json

from tests.cli_runner import Run


def test_paths_json_lists_ranked_paths_with_steps_and_reasons(rapport: Run) -> None:
    rapport("demo")
    result = rapport("paths", "Boston Scientific", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["company"] == "Boston Scientific"
    assert set(data["lamp"]) == {"advocacy", "advocacy_source", "motivation", "posting"}
    first = data["paths"][0]
    assert set(first) == {"kind", "score", "strength", "reason", "steps"}
    assert set(first["steps"][0]) == {"contact_id", "name", "company", "position", "role"}
    assert first["steps"][0]["role"] == "decision-maker"
    scores = [p["score"] for p in data["paths"]]
    assert scores == sorted(scores, reverse=True)
    assert any(p["kind"] == "connector" for p in data["paths"])


def test_paths_prints_a_readable_ranking(rapport: Run) -> None:
    rapport("demo")
    result = rapport("paths", "boston scientific")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Ways into Boston Scientific: advocacy 3 (computed)")
    assert "1. " in result.stdout
    assert "(decision-maker, " in result.stdout


def test_a_unique_start_of_a_name_is_enough(rapport: Run) -> None:
    rapport("demo")
    assert rapport("paths", "Boston Sci").stdout.startswith("Ways into Boston Scientific")


def test_an_unknown_company_names_the_closest_targets_and_exits_2(rapport: Run) -> None:
    rapport("demo")
    result = rapport("paths", "Strkyer")
    assert result.returncode == 2
    assert "'Strkyer' is not one of your target companies; closest: Stryker" in result.stderr


def test_a_plan_without_targets_says_what_to_do(rapport: Run) -> None:
    result = rapport("paths", "Stryker")
    assert result.returncode == 2
    assert "your plan names no target companies" in result.stderr
