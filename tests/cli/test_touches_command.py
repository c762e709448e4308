"""rapport import of LinkedIn's archive and rapport touches list, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli_runner import Run

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"
ZIP = ARCHIVE / "Basic_LinkedInDataExport_03-08-2024.zip"
KEYS = {
    "when",
    "channel",
    "direction",
    "kind",
    "contact_id",
    "contact",
    "thread",
    "source",
    "reason",
    "reply_business_days",
    "contact_answers",
}


def listed(rapport: Run, *args: str) -> list[dict[str, Any]]:
    result = rapport("touches", "list", "--json", *args)
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)["touches"]
    return rows


def test_importing_the_archive_reports_touches_and_what_was_skipped(rapport: Run) -> None:
    result = rapport("import", str(ZIP))
    assert result.returncode == 0, result.stderr
    assert "LinkedIn data export" in result.stdout
    assert "Read 18 touches: 14 new, 4 skipped." in result.stdout
    assert "skipped messages.csv, row 11: spam" in result.stdout


def test_touches_list_prints_the_documented_json_newest_first(rapport: Run) -> None:
    rapport("import", str(ZIP))
    rows = listed(rapport)
    assert len(rows) == 14
    assert all(set(row) == KEYS for row in rows)
    assert rows[0]["kind"] == "thank_you"
    assert rows[0]["contact"] == "Nadia Haddad" and isinstance(rows[0]["contact_id"], int)
    assert rows[0]["when"].startswith("2024-03-06T09:10:00")
    sam = [row for row in rows if row["contact"] == "Sam Patel"]
    assert sam and all(row["contact_id"] is None for row in sam)
    assert {row["channel"] for row in rows} == {
        "linkedin_message",
        "linkedin_invitation",
        "linkedin_endorsement",
        "linkedin_recommendation",
    }


def test_touches_list_filters_by_contact_and_days(rapport: Run) -> None:
    rapport("import", str(ZIP))
    nadia = listed(rapport, "--contact", "Nadia Haddad")
    assert len(nadia) == 6 and {row["contact"] for row in nadia} == {"Nadia Haddad"}
    march = listed(rapport, "--since", "2024-03-02", "--until", "2024-03-03")
    assert [row["when"][:10] for row in march] == ["2024-03-03"] * 2 + ["2024-03-02"] * 2


def test_touches_list_refuses_a_contact_it_cannot_find_and_bad_days(rapport: Run) -> None:
    rapport("import", str(ZIP))
    unknown = rapport("touches", "list", "--contact", "Zed Nobody")
    assert unknown.returncode == 2 and "no contact named 'Zed Nobody'" in unknown.stderr
    bad = rapport("touches", "list", "--since", "2024-03-09", "--until", "2024-03-01")
    assert bad.returncode == 2 and "is after" in bad.stderr


def test_the_table_names_people_who_are_not_contacts(rapport: Run) -> None:
    rapport("import", str(ZIP))
    result = rapport("touches", "list")
    assert result.returncode == 0
    assert "14 touches" in result.stdout
    assert "(not a contact)" in result.stdout


def test_contacts_list_gives_each_contact_their_last_contact(rapport: Run) -> None:
    rapport("import", str(ZIP))
    result = rapport("contacts", "list", "--json")
    rows = {row["name"]: row["last_contact"] for row in json.loads(result.stdout)}
    assert rows["Nadia Haddad"]["channel"] == "linkedin_message"
    assert rows["Nadia Haddad"]["direction"] == "out"
    assert rows["Nadia Haddad"]["when"].startswith("2024-03-06")
    assert rows["Omar Farouk"]["when"].startswith("2024-03-03")


def test_contacts_list_says_how_each_contact_answered_the_first_message(rapport: Run) -> None:
    rapport("import", str(ZIP))
    contacts = json.loads(rapport("contacts", "list", "--json").stdout)
    answers = {row["name"]: row["answers"] for row in contacts}
    assert answers["Nadia Haddad"] == {
        "class": "booster",
        "sent_on": "2024-02-26",
        "replied_on": "2024-02-28",
        "business_days": 2,
        "reason": "Booster: replied by LinkedIn message on Wed 28 Feb 2024, 2 business days "
        "after your LinkedIn message of Mon 26 Feb 2024 (boosters reply within 3).",
    }
    assert (answers["Omar Farouk"]["class"], answers["Omar Farouk"]["replied_on"]) == (
        "curmudgeon",
        None,
    )
    assert [name for name, answer in answers.items() if answer is None] == [
        name for name in answers if name not in {"Nadia Haddad", "Omar Farouk"}
    ]
    touches = listed(rapport, "--contact", "Nadia Haddad")
    assert {row["contact_answers"] for row in touches} == {"booster"}
    [reply] = [row for row in touches if row["kind"] == "reply"]
    assert reply["reply_business_days"] == 2


def test_a_contact_never_in_touch_has_no_last_contact(rapport: Run) -> None:
    connections = ARCHIVE.parent / "contacts" / "linkedin_current.csv"
    rapport("import", str(connections))
    rows = json.loads(rapport("contacts", "list", "--json").stdout)
    assert rows and all(row["last_contact"] is None for row in rows)


def test_a_mailbox_is_read_from_the_file_as_it_goes(rapport: Run) -> None:
    mail = ARCHIVE.parent / "mail"
    result = rapport("import", str(mail / "takeout.mbox"))
    assert result.returncode == 0, result.stderr
    assert "Read 9 touches: 5 new, 4 skipped." in result.stdout
    assert "skipped message 4: mailing-list or newsletter mail" in result.stdout
    forced = rapport("import", "--format", "email", "--json", str(mail / "reply.eml"))
    assert json.loads(forced.stdout)["counts"]["new"] == 1
