"""log_handbill_given: one click marks the recent meeting, or logs a new one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.diagnosis.services import run_diagnosis
from rapport.handbill.services import log_handbill_given
from rapport.meetings.models import Interaction
from tests.handbill.conftest import NOW, meeting


def test_at_a_meeting_marks_their_most_recent_meeting_of_the_last_two_weeks(
    alice: User, geoff: Contact
) -> None:
    meeting(alice, geoff, NOW - timedelta(days=10))
    recent = meeting(alice, geoff, NOW - timedelta(days=2))
    marked, created = log_handbill_given(alice, geoff, "meeting", NOW)
    assert (marked.pk, created) == (recent.pk, False)
    recent.refresh_from_db()
    assert recent.handbill_given is True
    assert recent.outcome_logged_at == NOW
    assert Interaction.objects.filter(handbill_given=True).count() == 1


@pytest.mark.parametrize(
    ("start", "fields"),
    [
        (NOW - timedelta(days=15), {}),
        (NOW + timedelta(days=1), {}),
        (NOW - timedelta(days=1), {"networking": False}),
        (NOW - timedelta(days=1), {"kind": "email"}),
    ],
    ids=["older than 14 days", "in the future", "not networking", "an email"],
)
def test_at_a_meeting_logs_a_new_meeting_today_when_none_qualifies(
    alice: User, geoff: Contact, start: object, fields: dict[str, object]
) -> None:
    old = meeting(alice, geoff, start, **fields)  # type: ignore[arg-type]
    logged, created = log_handbill_given(alice, geoff, "meeting", NOW)
    assert created and logged.pk != old.pk
    assert (logged.kind, logged.start, logged.source) == ("meeting", NOW, "manual")
    assert logged.networking and logged.handbill_given
    assert list(logged.contacts.all()) == [geoff]
    old.refresh_from_db()
    assert old.handbill_given is None


def test_another_contacts_meeting_is_not_marked(alice: User, geoff: Contact) -> None:
    other = Contact.objects.create(owner=alice, full_name="Priya Raman")
    theirs = meeting(alice, other, NOW - timedelta(days=1))
    _, created = log_handbill_given(alice, geoff, "meeting", NOW)
    assert created
    theirs.refresh_from_db()
    assert theirs.handbill_given is None


def test_by_email_logs_a_networking_email_linked_to_the_contact(
    alice: User, geoff: Contact
) -> None:
    meeting(alice, geoff, NOW - timedelta(days=1))
    email, created = log_handbill_given(alice, geoff, "email", NOW)
    assert created
    assert (email.kind, email.networking, email.handbill_given) == ("email", True, True)
    assert email.outcome_logged_at == NOW
    assert list(email.contacts.all()) == [geoff]
    assert email.summary == "Emailed my handbill to Geoff Martha"


def test_it_refuses_an_unknown_way_or_another_users_contact(
    alice: User, bob: User, geoff: Contact
) -> None:
    with pytest.raises(ValueError, match="meeting, email"):
        log_handbill_given(alice, geoff, "pigeon", NOW)
    with pytest.raises(ValueError, match="someone else"):
        log_handbill_given(bob, geoff, "email", NOW)
    assert not Interaction.objects.exists()


def test_the_diagnosis_counts_the_handbills_given(alice: User, geoff: Contact) -> None:
    from django.utils import timezone

    now = timezone.now() - timedelta(hours=1)
    meeting(alice, geoff, now - timedelta(days=3))
    before = run_diagnosis(alice).facts.metrics["handbills_given"]
    log_handbill_given(alice, geoff, "meeting", now)
    log_handbill_given(alice, geoff, "email", now)
    assert run_diagnosis(alice).facts.metrics["handbills_given"] == before + 2


def test_a_profile_flagged_for_family_trivia_does_not_open_the_handbill(alice: User) -> None:
    from rapport.handbill.services import sources_for
    from rapport.profile.services import save_pitch

    save_pitch(alice, "I have a wonderful husband and two kids. I fix cash flow for device makers.")
    assert sources_for(alice).pitch_text == ""
    save_pitch(alice, "I fix cash flow for device makers. I cut DSO by 12 days at Acme.")
    assert sources_for(alice).pitch_text.startswith("I fix cash flow")
