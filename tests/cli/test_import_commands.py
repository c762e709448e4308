"""rapport import and rapport contacts list, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import Run

FILES = Path(__file__).resolve().parents[1] / "data" / "import"
CONTACTS = Path(__file__).resolve().parents[1] / "data" / "contacts"


def test_import_reports_counts_and_reimport_adds_nothing(rapport: Run) -> None:
    rapport("plan", "import", str(FILES / "plan.toml"))
    first = rapport("import", str(FILES / "network_v1.csv"), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["format"] == "linkedin"
    assert report["counts"]["new"] == 7
    assert report["skipped"][0]["where"] == "row 9"
    again = json.loads(rapport("import", str(FILES / "network_v1.csv"), "--json").stdout)
    assert again["counts"]["new"] == 0
    assert again["counts"]["unchanged"] == 7


def test_import_prints_job_changes_in_words(rapport: Run) -> None:
    rapport("plan", "import", str(FILES / "plan.toml"))
    rapport("import", str(FILES / "network_v1.csv"))
    result = rapport("import", str(FILES / "network_v2.csv"))
    assert "1 contact changed jobs." in result.stdout
    assert "1 now works at Stryker, a target company." in result.stdout


def test_contacts_list_json_has_the_documented_keys(rapport: Run) -> None:
    rapport("plan", "import", str(FILES / "plan.toml"))
    rapport("import", str(FILES / "network_v1.csv"))
    rows = json.loads(rapport("contacts", "list", "--json", "--filter", "can_hire=yes").stdout)
    assert [r["name"] for r in rows] == ["Kevin Lobo"]
    kevin = rows[0]
    assert {"id", "name", "first_name", "last_name", "company", "position", "emails"} <= set(kevin)
    judged = kevin["judgments"]
    assert judged["target_company"] == "Stryker"
    assert judged["seniority"] == "cxo"
    assert judged["can_hire"] is True
    assert set(judged) >= {
        "target_company",
        "in_target_industry",
        "seniority",
        "function",
        "can_hire",
        "recruiter",
        "job_seeker",
        "connector",
        "reasons",
    }


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("binary.bin", "binary.bin"),
        ("missing_columns.csv", "missing_columns.csv"),
        ("not_contacts.txt", "not_contacts.txt"),
        ("empty.csv", "empty.csv"),
    ],
)
def test_a_bad_file_exits_2_and_imports_nothing(rapport: Run, name: str, message: str) -> None:
    result = rapport("import", str(CONTACTS / name))
    assert result.returncode == 2
    assert message in result.stderr
    assert "nothing was imported" in result.stderr
    assert json.loads(rapport("contacts", "list", "--json").stdout) == []


def test_a_bad_filter_exits_2(rapport: Run) -> None:
    result = rapport("contacts", "list", "--filter", "colour=blue")
    assert result.returncode == 2
    assert "unknown filter colour" in result.stderr


ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"


@pytest.mark.parametrize(
    ("name", "fmt", "offered"),
    [
        ("Profile.csv", "linkedin_profile", 5),
        ("Positions.csv", "linkedin_positions", 2),
        ("Jobs/Job Seeker Preferences.csv", "linkedin_job_preferences", 10),
        ("Company Follows.csv", "linkedin_company_follows", 3),
    ],
)
def test_the_users_own_files_are_offered_and_counted(
    rapport: Run, name: str, fmt: str, offered: int
) -> None:
    result = rapport("import", str(ARCHIVE / name), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["format"] == fmt
    counts = report["counts"]
    assert (counts["offered"], counts["known"], counts["skipped"]) == (offered, 0, 0)
    assert counts["read"] == counts["offered"] + counts["known"] + counts["skipped"]
    again = json.loads(rapport("import", str(ARCHIVE / name), "--json").stdout)
    assert (again["counts"]["offered"], again["counts"]["known"]) == (0, offered)
