"""Logging what came of a meeting: three-valued answers, introductions, gives, follow-ups."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.test import Client

from rapport.contacts.models import Contact
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import FollowUp, Interaction


def log(client: Client, meeting: Interaction, **fields: Any) -> Interaction:
    form = {"ask_made": "", "handbill_given": "", "referral_received": "", **fields}
    response = client.post(f"/meetings/{meeting.pk}/outcome/", form)
    assert response.status_code in (200, 302), response.content.decode()[:500]
    return Interaction.objects.get(pk=meeting.pk)


def test_a_meeting_saved_with_nothing_chosen_stays_unknown_not_no(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = log(alice_client, meetings["coffee-jane"])
    assert (coffee.ask_made, coffee.handbill_given, coffee.referral_received) == (None,) * 3
    assert coffee.outcome_logged_at is None


def test_logging_an_ask_records_it_and_when(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = log(
        alice_client,
        meetings["coffee-jane"],
        ask_made="yes",
        ask_text="Who leads FP&A at Acme?",
        handbill_given="no",
    )
    assert (coffee.ask_made, coffee.ask_text, coffee.handbill_given) == (
        True,
        "Who leads FP&A at Acme?",
        False,
    )
    assert coffee.referral_received is None
    assert coffee.outcome_logged_at is not None


def test_setting_every_answer_back_to_unknown_clears_the_logged_time(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    log(alice_client, meetings["coffee-jane"], ask_made="no")
    assert log(alice_client, meetings["coffee-jane"]).outcome_logged_at is None


def test_a_referral_to_a_contact_records_an_introduction_from_the_person_met(
    alice_client: Client, meetings: dict[str, Interaction], contacts: dict[str, Contact]
) -> None:
    log(alice_client, meetings["coffee-jane"], referral_note="sam lee", intro_status="made")
    intro = Introduction.objects.get(interaction=meetings["coffee-jane"])
    assert (intro.from_contact, intro.to_contact, intro.to_name) == (
        contacts["jane"],
        contacts["sam"],
        "",
    )
    assert intro.status == "made"
    assert Interaction.objects.get(pk=meetings["coffee-jane"].pk).referral_received is True


def test_a_referral_to_someone_unknown_keeps_the_name_and_a_correction_updates_it(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = meetings["coffee-jane"]
    log(alice_client, coffee, referral_received="yes", referral_note="Tom Bekcer")
    log(alice_client, coffee, referral_received="yes", referral_note="Tom Becker")
    intro = Introduction.objects.get(interaction=coffee)
    assert (intro.to_contact, intro.to_name, intro.status) == (None, "Tom Becker", "promised")
    assert intro.created_on == date(2026, 3, 12)


def test_a_give_records_a_ledger_row_for_the_person_met_on_the_meeting_day(
    alice_client: Client, meetings: dict[str, Interaction], contacts: dict[str, Contact]
) -> None:
    coffee = log(
        alice_client, meetings["coffee-jane"], give_kind="information", give_note="FEI dinner dates"
    )
    give = Give.objects.get(interaction=coffee)
    assert (give.contact, give.kind, give.note) == (
        contacts["jane"],
        "information",
        "FEI dinner dates",
    )
    assert give.given_on == date(2026, 3, 10)
    assert coffee.outcome_logged_at is not None
    log(alice_client, coffee)  # saving again adds no second give
    assert Give.objects.filter(interaction=coffee).count() == 1


def test_a_give_needs_a_linked_person(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    response = alice_client.post(
        f"/meetings/{meetings['lunch-craig'].pk}/outcome/",
        {"give_kind": "event", "give_note": "Rotary lunch invite"},
    )
    assert response.status_code == 400
    assert "Link the person you met first" in response.content.decode()
    assert not Give.objects.exists()


def test_a_follow_up_date_keeps_one_open_follow_up_in_step(
    alice_client: Client, meetings: dict[str, Interaction], contacts: dict[str, Contact]
) -> None:
    coffee = meetings["coffee-jane"]
    log(alice_client, coffee, follow_up_on="2026-03-20")
    log(alice_client, coffee, follow_up_on="2026-03-24")
    (follow_up,) = FollowUp.objects.filter(interaction=coffee)
    assert (follow_up.kind, follow_up.due_on, follow_up.contact) == (
        "follow_up",
        date(2026, 3, 24),
        contacts["jane"],
    )
    log(alice_client, coffee, follow_up_on="2026-03-24", follow_up_done="on")
    follow_up.refresh_from_db()
    assert follow_up.done_at is not None
    log(alice_client, coffee, follow_up_on="")
    assert FollowUp.objects.filter(interaction=coffee, done_at__isnull=True).count() == 0


def test_clearing_the_follow_up_date_removes_the_open_follow_up(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = meetings["coffee-jane"]
    log(alice_client, coffee, follow_up_on="2026-03-20")
    log(alice_client, coffee, follow_up_on="")
    assert not FollowUp.objects.filter(interaction=coffee).exists()


def test_the_kind_can_be_changed_with_the_outcome(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    assert log(alice_client, meetings["coffee-jane"], kind="lunch").kind == "lunch"


def test_a_bad_date_is_explained_and_nothing_is_saved(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    response = alice_client.post(
        f"/meetings/{meetings['coffee-jane'].pk}/outcome/",
        {"ask_made": "yes", "thank_you_sent_on": "next tuesday"},
    )
    assert response.status_code == 400
    assert "Enter a valid date" in response.content.decode()
    assert Interaction.objects.get(pk=meetings["coffee-jane"].pk).ask_made is None


def test_a_promised_introduction_is_marked_made_later_and_never_back(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = meetings["coffee-jane"]
    log(alice_client, coffee, referral_note="Sam Lee", intro_status="promised")
    log(alice_client, coffee, referral_note="Sam Lee", intro_status="made")
    log(alice_client, coffee, referral_note="Sam Lee", intro_status="promised")
    (intro,) = Introduction.objects.filter(interaction=coffee)
    assert intro.status == "made"
