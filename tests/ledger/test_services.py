"""The ledger's services: names, gives, hand-logged meetings, balances, offers, reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth.models import User
from freezegun import freeze_time

from rapport.contacts.models import Contact
from rapport.core.errors import AmbiguousError, InputError, NotFoundError
from rapport.diagnosis.services import run_diagnosis
from rapport.ledger.models import Give, Introduction
from rapport.ledger.services import (
    balance,
    find_contact,
    log_give,
    log_meeting,
    offers_for,
    reminders,
)
from rapport.meetings.models import Interaction
from rapport.touches.models import Touch
from tests.ledger.conftest import TODAY


def test_a_name_resolves_to_exactly_one_contact(alice: User, network: dict[str, Contact]) -> None:
    assert find_contact(alice, "kevin lobo") == network["kevin"]
    assert find_contact(alice, "Dana") == network["dana"]


def test_an_ambiguous_name_lists_the_candidates(alice: User, network: dict[str, Contact]) -> None:
    with pytest.raises(NotFoundError) as caught:
        find_contact(alice, "Sam")
    message = str(caught.value)
    assert "matches 2 contacts" in message
    assert "Sam Allen (President, TwinWest Chamber" in message
    assert "Sam Lee (Recruiter, Robert Half" in message


def test_an_unknown_name_suggests_the_closest(alice: User, network: dict[str, Contact]) -> None:
    with pytest.raises(NotFoundError, match="Did you mean: Kevin Lobo"):
        find_contact(alice, "Kevin Loboo")


def test_another_users_contacts_are_never_found(bob: User, network: dict[str, Contact]) -> None:
    with pytest.raises(NotFoundError):
        find_contact(bob, "Kevin Lobo")


@pytest.mark.parametrize(
    ("kind", "note", "when", "message"),
    [
        ("information", "", TODAY, "say what you gave"),
        ("favour", "a thing", TODAY, "kind must be one of"),
        ("event", "FEI dinner", TODAY + timedelta(days=1), "is in the future"),
    ],
)
def test_a_bad_give_is_refused_and_nothing_is_written(
    alice: User, network: dict[str, Contact], kind: str, note: str, when: date, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        log_give(alice, network["dana"], kind, note, when, TODAY)
    assert not Give.objects.exists()


def test_a_hand_logged_meeting_keeps_unsaid_outcomes_unknown(
    alice: User, network: dict[str, Contact]
) -> None:
    meeting = log_meeting(alice, network["kevin"], TODAY, kind="coffee", referral="Sam Allen")
    assert meeting.ask_made is None
    assert meeting.handbill_given is None
    assert meeting.referral_received is True
    intro = Introduction.objects.get(owner=alice)
    assert (intro.from_contact, intro.to_contact) == (network["kevin"], network["sam"])
    asked = log_meeting(
        alice, network["dana"], TODAY, ask="Who runs FP&A at Stryker?", handbill=True
    )
    assert (asked.ask_made, asked.handbill_given) == (True, True)


def test_the_balance_counts_both_ways(alice: User, network: dict[str, Contact]) -> None:
    log_meeting(
        alice, network["kevin"], TODAY, ask="Advice on the CFO search", referral="Dana Reyes"
    )
    log_give(alice, network["kevin"], "information", "Sent the FEI survey", TODAY, TODAY)
    assert balance(alice, network["kevin"]) == {
        "given": 1,
        "asks": 1,
        "referrals": 1,
        "introductions": 1,
    }


@freeze_time("2026-11-25 18:00")
def test_asks_without_gives_make_a_one_way_street_and_gives_clear_it(
    alice: User, network: dict[str, Contact]
) -> None:
    for day in range(3):
        log_meeting(alice, network["kevin"], TODAY - timedelta(days=day), ask="An introduction")
    fired = {f.code for f in run_diagnosis(alice).diagnosis.findings if f.status == "fires"}
    assert "one-way-street" in fired
    for day in range(2):
        log_give(alice, network["kevin"], "information", f"Article {day}", TODAY, TODAY)
    fired = {f.code for f in run_diagnosis(alice).diagnosis.findings if f.status == "fires"}
    assert "one-way-street" not in fired


def test_an_introduction_is_suggested_to_a_job_seeker_who_wants_a_company_you_know(
    alice: User, network: dict[str, Contact]
) -> None:
    Contact.objects.filter(pk=network["kevin"].pk).update(strength=2)
    offers = offers_for(alice, network["dana"])
    assert offers[0].kind == "introduction"
    assert offers[0].text == "Introduce Dana Reyes to Kevin Lobo (CEO at Stryker)"
    assert "a controller role at Stryker" in offers[0].reason
    assert "you marked Kevin Lobo as someone you know" in offers[0].reason


def meet(user: User, contact: Contact, when: datetime, *, cancelled: bool = False) -> None:
    meeting = Interaction.objects.create(
        owner=user, summary="Coffee", start=when, networking=True, cancelled=cancelled
    )
    meeting.contacts.add(contact)


PAST = datetime(2026, 10, 14, 15, tzinfo=UTC)
LATER = datetime(2027, 1, 14, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("how", "offered", "reason"),
    [
        ("stranger", False, ""),
        ("met", True, "you last met or wrote to Kevin Lobo on 14 Oct 2026"),
        ("marked", True, "you marked Kevin Lobo as someone you know"),
        ("marked cold", False, ""),
        ("only a meeting to come", False, ""),
        ("a cancelled meeting", False, ""),
        ("wrote to you", True, "Kevin Lobo last wrote to you on 14 Oct 2026"),
        ("only your unanswered message", False, ""),
    ],
)
def test_introductions_are_offered_only_to_people_you_know(
    alice: User, network: dict[str, Contact], how: str, offered: bool, reason: str
) -> None:
    kevin = network["kevin"]
    if how == "met":
        meet(alice, kevin, PAST)
    elif how in ("marked", "marked cold"):
        Contact.objects.filter(pk=kevin.pk).update(strength=0 if how == "marked cold" else 1)
    elif how == "only a meeting to come":
        meet(alice, kevin, LATER)
    elif how == "a cancelled meeting":
        meet(alice, kevin, PAST, cancelled=True)
    elif how in ("wrote to you", "only your unanswered message"):
        Touch.objects.create(
            owner=alice,
            contact=kevin,
            when=PAST,
            channel="linkedin_message",
            direction="in" if how == "wrote to you" else "out",
            kind="reply" if how == "wrote to you" else "outreach",
            source="messages.csv, row 2",
            reason="a message",
            fingerprint=how[:32],
        )
    with freeze_time(datetime(2026, 11, 25, 12, tzinfo=UTC)):
        offers = offers_for(alice, network["dana"])
    intros = [o for o in offers if o.kind == "introduction" and o.contact_id == kevin.pk]
    assert bool(intros) is offered
    if offered:
        assert reason in intros[0].reason


def test_pay_it_forward_pairs_a_seeker_you_know_with_someone_at_the_company_they_want(
    alice: User, network: dict[str, Contact]
) -> None:
    with freeze_time(datetime(2026, 11, 25, 12, tzinfo=UTC)):
        assert not [o for o in offers_for(alice, network["kevin"]) if o.kind == "pay_it_forward"]
        meet(alice, network["dana"], PAST)
        paired = [o for o in offers_for(alice, network["kevin"]) if o.kind == "pay_it_forward"]
    assert [o.contact_id for o in paired] == [network["dana"].pk]
    assert "Dana Reyes wants stryker, where Kevin Lobo works" in paired[0].reason


def test_plan_offers_that_fit_are_suggested(alice: User, network: dict[str, Contact]) -> None:
    texts = [o.text for o in offers_for(alice, network["kevin"])]
    assert "Seats at FEI chapter dinners" in texts
    assert "Introductions to bankers and auditors in medical devices" in texts


def test_people_who_referred_you_are_due_a_report_back(
    alice: User, network: dict[str, Contact]
) -> None:
    log_meeting(alice, network["kevin"], date(2026, 11, 2), referral="Dana Reyes")
    due = reminders(alice, TODAY)
    assert due[0].text == "Report back to Kevin Lobo on what came of their referral"
    log_give(
        alice, network["kevin"], "information", "Told him how the call with Dana went", TODAY, TODAY
    )
    assert not [a for a in reminders(alice, TODAY) if "Report back" in a.text]


def test_dormant_contacts_get_a_check_in_with_something_to_give(
    alice: User, network: dict[str, Contact]
) -> None:
    old = Interaction.objects.create(
        owner=alice,
        summary="Coffee with Kevin",
        start=datetime(2026, 9, 1, 15, tzinfo=UTC),
        networking=True,
    )
    old.contacts.add(network["kevin"])
    due = [a for a in reminders(alice, TODAY) if a.contact_id == network["kevin"].pk]
    assert due and due[0].text.startswith("Check in with Kevin Lobo: ")
    network["kevin"].keep_in_touch_days = 120
    network["kevin"].save()
    assert not [a for a in reminders(alice, TODAY) if a.contact_id == network["kevin"].pk]


def namesakes(alice: User) -> tuple[Contact, Contact]:
    first = Contact.objects.create(
        owner=alice, full_name="Jordan Blake", position="CFO", company_name="Abbott"
    )
    second = Contact.objects.create(
        owner=alice, full_name="Jordan Blake", position="Student", company_name="St. Olaf"
    )
    return first, second


def test_two_contacts_with_the_same_full_name_are_listed_with_their_ids(
    alice: User, network: dict[str, Contact]
) -> None:
    first, second = namesakes(alice)
    with pytest.raises(AmbiguousError) as caught:
        find_contact(alice, "Jordan Blake")
    assert caught.value.choices == [
        (first.pk, "Jordan Blake (CFO, Abbott)"),
        (second.pk, "Jordan Blake (Student, St. Olaf)"),
    ]
    assert f"#{first.pk} Jordan Blake (CFO, Abbott)" in caught.value.message
    assert f"Give the one you mean as #{first.pk} or #{second.pk}." in caught.value.message
    assert "Use the full name" not in caught.value.message


def test_a_hash_and_an_id_names_exactly_one_contact(
    alice: User, bob: User, network: dict[str, Contact]
) -> None:
    _, second = namesakes(alice)
    assert find_contact(alice, f"#{second.pk}") == second
    with pytest.raises(NotFoundError, match="no contact with id"):
        find_contact(bob, f"#{second.pk}")
    with pytest.raises(NotFoundError, match="no contact with id"):
        find_contact(alice, "#abc")
