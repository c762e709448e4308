"""rapport user create --coach, rapport coach …, rapport share …, as people type them."""

from __future__ import annotations

import json

from tests.cli_runner import Run


def test_a_client_shares_with_a_coach_who_lists_them_then_revokes(rapport: Run) -> None:
    made = rapport(
        "user", "create", "carol", "--coach", "--password-stdin", input="s3cret-Pa55w0rd\n"
    )
    assert made.returncode == 0, made.stderr
    assert "Coach 'carol' created." in made.stdout
    rapport("user", "create", "nadia", "--password-stdin", input="s3cret-Pa55w0rd\n")

    granted = rapport("--user", "nadia", "share", "grant", "carol", "--parts", "contacts, meetings")
    assert granted.returncode == 0, granted.stderr
    assert "carol now sees: Diagnosis, Marketing plan, Contacts and Meetings." in granted.stdout

    listed = json.loads(rapport("--user", "nadia", "share", "list", "--json").stdout)
    assert [(s["coach"], s["parts"]) for s in listed["shares"]] == [
        ("carol", ["diagnosis", "plan", "contacts", "meetings"])
    ]

    roster = json.loads(rapport("--user", "carol", "coach", "clients", "--json").stdout)
    assert [c["user"] for c in roster["clients"]] == ["nadia"]
    assert set(roster["clients"][0]) == {
        "user",
        "headline",
        "findings",
        "meetings_per_week",
        "goal_per_week",
        "decision_maker_meetings",
        "job_seeker_share",
        "overdue_follow_ups",
        "last_activity",
    }
    assert set(roster["clients"][0]["findings"]) == {"error", "warning", "info", "unknown"}
    text = rapport("--user", "carol", "coach", "clients").stdout
    assert text.startswith("nadia: ")

    revoked = rapport("--user", "nadia", "share", "revoke", "carol")
    assert revoked.returncode == 0
    assert json.loads(rapport("--user", "carol", "coach", "clients", "--json").stdout) == {
        "clients": []
    }
    again = rapport("--user", "nadia", "share", "revoke", "carol")
    assert again.returncode == 2
    assert "you share nothing with carol" in again.stderr


def test_bad_shares_exit_2_with_what_is_wrong(rapport: Run) -> None:
    rapport("user", "create", "carol", "--coach", "--password-stdin", input="s3cret-Pa55w0rd\n")
    rapport("user", "create", "nadia", "--password-stdin", input="s3cret-Pa55w0rd\n")
    unknown = rapport("--user", "nadia", "share", "grant", "carol", "--parts", "notes")
    assert unknown.returncode == 2
    assert "unknown part 'notes'; the parts are: diagnosis, plan, contacts" in unknown.stderr
    not_coach = rapport("--user", "carol", "share", "grant", "nadia")
    assert not_coach.returncode == 2
    assert "no coach is named 'nadia'" in not_coach.stderr
    not_a_coach = rapport("--user", "nadia", "coach", "clients")
    assert not_a_coach.returncode == 2
    assert "nadia is not a coach" in not_a_coach.stderr


def test_a_coach_invites_a_new_client_by_email(rapport: Run, mailoutbox: list[object]) -> None:
    rapport("user", "create", "carol", "--coach", "--password-stdin", input="s3cret-Pa55w0rd\n")
    sent = rapport("--user", "carol", "coach", "invite", "nadia@example.org")
    assert sent.returncode == 0, sent.stderr
    assert "nothing is shared until they accept" in sent.stdout
    assert "/sharing/invitation/" in sent.stdout
    assert len(mailoutbox) == 2  # the account's password link, and the coach's invitation
    listed = json.loads(rapport("--user", "carol", "coach", "clients", "--json").stdout)
    assert listed == {"clients": []}


def test_an_api_token_opens_the_api_once_printed(rapport: Run) -> None:
    from django.test import Client

    rapport("user", "create", "nadia", "--password-stdin", input="s3cret-Pa55w0rd\n")
    made = rapport("--user", "nadia", "api", "token")
    assert made.returncode == 0
    token = made.stdout.strip()
    assert "shown once" in made.stderr
    response = Client().get("/api/me/contacts", headers={"Authorization": f"Bearer {token}"})
    assert response.json() == {"count": 0, "contacts": []}
