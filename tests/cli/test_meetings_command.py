"""rapport meetings list, as a user types it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from rapport.meetings.models import Interaction
from tests.cli_runner import Run

CALENDARS = Path(__file__).resolve().parents[1] / "data" / "calendar"
OUTCOME_KEYS = {
    "ask_made",
    "ask",
    "handbill_given",
    "referral_received",
    "referral",
    "follow_up_on",
    "thank_you_sent_on",
    "logged",
}


def listed(rapport: Run, *args: str) -> list[dict[str, Any]]:
    result = rapport("meetings", "list", "--json", *args)
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def test_the_json_lists_every_event_with_the_documented_keys_in_the_users_zone(
    rapport: Run,
) -> None:
    assert rapport("demo").returncode == 0
    rows = listed(rapport)
    assert len(rows) > 300
    assert {"id", "summary", "start", "end", "kind", "networking", "reason", "contacts"} <= set(
        rows[0]
    )
    assert all(set(row["outcome"]) == OUTCOME_KEYS for row in rows)
    # The demo lives in Chicago: every start carries Chicago's offset.
    offsets = {str(row["start"])[-6:] for row in rows}
    assert offsets <= {"-06:00", "-05:00"}
    met = [row for row in rows if row["networking"] and row["contacts"]]
    assert met and all(isinstance(c, int) for c in met[0]["contacts"])
    assert all(row["outcome"]["ask_made"] is None for row in rows)


def test_since_and_until_are_whole_days_both_included(rapport: Run) -> None:
    rapport("demo")
    everything = listed(rapport)
    today = date.today()
    since, until = today - timedelta(days=30), today - timedelta(days=10)
    window = listed(rapport, "--since", since.isoformat(), "--until", until.isoformat())
    expected = [
        row["id"]
        for row in everything
        if since <= datetime.fromisoformat(str(row["start"])).date() <= until
    ]
    assert [row["id"] for row in window] == expected
    assert len(expected) > 5


def test_the_users_own_verdict_wins(rapport: Run) -> None:
    rapport("import", str(CALENDARS / "outlook_windows_zones.ics"))
    rows = listed(rapport)
    coffee = next(row for row in rows if row["summary"] == "Coffee w/ Priya Raman")
    assert (coffee["networking"], coffee["kind"]) == (True, "coffee")
    Interaction.objects.filter(pk=coffee["id"]).update(
        networking_override=False, ask_made=True, ask_text="Intro to the CFO"
    )
    again = next(row for row in listed(rapport) if row["id"] == coffee["id"])
    assert again["networking"] is False
    assert again["reason"] == "networking word: coffee"
    assert again["outcome"]["ask_made"] is True
    assert again["outcome"]["ask"] == "Intro to the CFO"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "--since must be a date like 2026-03-01, not 'yesterday'"),
        (["--until", "2026-02-30"], "--until must be a date like 2026-03-01, not '2026-02-30'"),
        (["--since", "2026-03-10", "--until", "2026-03-01"], "--since (2026-03-10) is after"),
    ],
)
def test_a_bad_date_exits_2_with_a_clear_message(
    rapport: Run, args: list[str], message: str
) -> None:
    result = rapport("meetings", "list", *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_without_json_it_prints_a_readable_table(rapport: Run) -> None:
    rapport("import", str(CALENDARS / "outlook_windows_zones.ics"))
    result = rapport("meetings", "list", "--until", "2026-03-06")
    assert result.returncode == 0, result.stderr
    assert "2 events (times in UTC)" in result.stdout
    assert "Coffee w/ Priya Raman" in result.stdout
    assert "yes: coffee" in result.stdout
    assert "not logged" in result.stdout


def test_an_empty_workspace_lists_nothing(rapport: Run) -> None:
    assert listed(rapport) == []
