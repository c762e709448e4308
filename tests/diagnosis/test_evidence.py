"""The diagnosis over imported messages: what was unknown gets decided, and says from what."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.diagnosis.services import run_diagnosis
from rapport.import_page.services import import_bytes
from rapport.meetings.models import Interaction

ZIP = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "linkedin_archive"
    / ("Basic_LinkedInDataExport_03-08-2024.zip")
)
NOW = datetime(2024, 3, 20, 12, tzinfo=UTC)


def coffee(user: User, name: str, day: int, **outcome: object) -> Interaction:
    meeting = Interaction.objects.create(
        owner=user,
        summary=f"Coffee with {name}",
        start=datetime(2024, 3, day, 15, tzinfo=UTC),
        kind="coffee",
        networking=True,
        **outcome,
    )
    meeting.contacts.add(Contact.objects.get(owner=user, full_name=name))
    return meeting


def diagnose(user: User) -> dict[str, object]:
    report = run_diagnosis(user, since=date(2024, 1, 1), until=date(2024, 3, 20), now=NOW)
    return report.to_json()


def test_the_metrics_gain_what_the_messages_show(alice: User) -> None:
    import_bytes(alice, ZIP.read_bytes(), ZIP.name)
    coffee(alice, "Nadia Haddad", 5)
    metrics = diagnose(alice)["metrics"]
    assert isinstance(metrics, dict)
    assert {
        k: metrics[k]
        for k in (
            "outreach_sent",
            "outreach_replied",
            "reply_rate",
            "median_reply_business_days",
            "meetings_with_thank_you",
            "thank_yous_late",
            "asks_detected",
            "gives_detected",
            "outcomes_unknown",
        )
    } == {
        # First messages: Nadia and Sam (both answered), Kim, and Omar in the introduction.
        "outreach_sent": 4,
        "outreach_replied": 2,
        "reply_rate": 0.5,
        "median_reply_business_days": 2.0,
        "meetings_with_thank_you": 1,
        "thank_yous_late": 0,
        "asks_detected": 1,
        # The introduction (to each), an endorsement, a recommendation, an article shared.
        "gives_detected": 5,
        "outcomes_unknown": 0,
    }


def test_a_meeting_is_unknown_only_when_no_message_tells_about_it(alice: User) -> None:
    import_bytes(alice, ZIP.read_bytes(), ZIP.name)
    coffee(alice, "Nadia Haddad", 5)  # messages before and after it
    Contact.objects.create(owner=alice, full_name="Quiet Quinn")
    coffee(alice, "Quiet Quinn", 12)  # no message at all
    metrics = diagnose(alice)["metrics"]
    assert isinstance(metrics, dict)
    assert metrics["outcomes_unknown"] == 1


def test_what_the_user_logged_wins_over_the_messages(alice: User) -> None:
    import_bytes(alice, ZIP.read_bytes(), ZIP.name)
    coffee(alice, "Nadia Haddad", 5, ask_made=False, thank_you_sent_on=date(2024, 3, 9))
    metrics = diagnose(alice)["metrics"]
    assert isinstance(metrics, dict)
    # The messages hold an ask and an on-time thank-you; the log says otherwise.
    assert metrics["thank_yous_late"] == 1


def test_outcome_findings_rest_on_the_messages(alice: User) -> None:
    import_bytes(alice, ZIP.read_bytes(), ZIP.name)
    for day in (5, 12, 13, 14):
        coffee(alice, "Omar Farouk", day)  # introduced, endorsed: never asked, never thanked
    findings = diagnose(alice)["findings"]
    assert isinstance(findings, list)
    missing = next(f for f in findings if f["code"] == "thank-you-missing")
    assert missing["measured"].startswith("A thank-you followed 0 of 4 (0%) meetings.")
    assert "LinkedIn messages" in missing["measured"]
    assert all(f["status"] != "unknown" for f in findings if f["code"] == "no-follow-up")
