"""rapport log meeting, rapport give and rapport offer, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import Run

FILES = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def with_network(rapport: Run) -> Run:
    rapport("plan", "import", str(FILES / "plan.toml"))
    rapport("import", str(FILES / "network_v1.csv"))
    return rapport


def test_log_a_meeting_then_give_then_see_the_balance_in_the_diagnosis(with_network: Run) -> None:
    logged = with_network(
        "log",
        "meeting",
        "Kevin Lobo",
        "--date",
        "2026-11-20",
        "--ask",
        "Who runs FP&A?",
        "--handbill",
        "--referral",
        "Priya Raman",
        "--kind",
        "coffee",
    )
    assert logged.returncode == 0, logged.stderr
    assert "Logged: Coffee with Kevin Lobo on 20 Nov 2026." in logged.stdout
    given = with_network(
        "give",
        "Kevin Lobo",
        "--kind",
        "information",
        "--note",
        "Sent the FEI survey",
        "--date",
        "2026-11-21",
    )
    assert given.returncode == 0, given.stderr
    report = json.loads(
        with_network("diagnose", "--json", "--since", "2026-11-01", "--until", "2026-11-30").stdout
    )
    assert report["metrics"]["asks"] == 1
    assert report["metrics"]["referrals"] == 1
    assert report["metrics"]["gives"] == 1


def test_offer_json_lists_offers_with_reasons(with_network: Run) -> None:
    result = with_network("offer", "Kevin Lobo", "--json")
    data = json.loads(result.stdout)
    assert data["offers"]
    assert set(data["offers"][0]) >= {"kind", "text", "reason"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("give", "Nobody Here", "--kind", "event", "--note", "x"),
            "no contact named 'Nobody Here'",
        ),
        (("give", "Kevin Lobo", "--kind", "event", "--note", ""), "say what you gave"),
        (
            ("give", "Kevin Lobo", "--kind", "event", "--note", "x", "--date", "2099-01-01"),
            "in the future",
        ),
        (("log", "meeting", "Kevin Lobo", "--date", "someday"), "--date must be a date"),
        (("offer", "e"), "matches"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    with_network: Run, args: tuple[str, ...], message: str
) -> None:
    result = with_network(*args)
    assert result.returncode == 2
    assert message in result.stderr
