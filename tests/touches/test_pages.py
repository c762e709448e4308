"""The contact page's conversation and the meeting page's evidence, as the owner sees them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from rapport.contacts.models import Contact
from rapport.import_page.services import import_bytes
from rapport.meetings.models import Interaction

ZIP = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "linkedin_archive"
    / ("Basic_LinkedInDataExport_03-08-2024.zip")
)


def with_archive(user: User) -> tuple[Contact, Interaction]:
    import_bytes(user, ZIP.read_bytes(), ZIP.name)
    nadia = Contact.objects.get(owner=user, full_name="Nadia Haddad")
    coffee = Interaction.objects.create(
        owner=user,
        summary="Coffee with Nadia",
        start=datetime(2024, 3, 5, 15, tzinfo=UTC),
        kind="coffee",
        networking=True,
    )
    coffee.contacts.add(nadia)
    return nadia, coffee


def test_the_contact_page_shows_messages_and_meetings_in_one_timeline(
    alice: User, alice_client: Client
) -> None:
    nadia, _coffee = with_archive(alice)
    page = alice_client.get(f"/contacts/{nadia.pk}/").content.decode()
    thanks = page.index("thanked: &quot;Thank you so much for your time yesterday, Nadia&quot;")
    meeting = page.index("Coffee with Nadia")
    asked = page.index("asked: &quot;Could I ask your advice for 20 minutes&quot;")
    assert thanks < meeting < asked  # newest first
    assert "LinkedIn message from you" in page
    assert "LinkedIn endorsement to you" in page


def test_the_meeting_page_says_what_the_messages_show_and_logs_it_in_one_click(
    alice: User, alice_client: Client
) -> None:
    _nadia, coffee = with_archive(alice)
    page = alice_client.get(f"/meetings/{coffee.pk}/").content.decode()
    assert "What your messages say" in page
    assert "yes, within a business day" in page
    response = alice_client.post(f"/meetings/{coffee.pk}/evidence/")
    assert response.status_code == 302
    coffee.refresh_from_db()
    assert (coffee.ask_made, coffee.handbill_given, coffee.thank_you_sent_on) == (
        True,
        False,
        date(2024, 3, 6),
    )
    assert coffee.outcome_logged_at is not None
    again = alice_client.get(f"/meetings/{coffee.pk}/").content.decode()
    assert "What you logged stands" in again


def test_confirming_never_overwrites_what_the_user_logged(
    alice: User, alice_client: Client
) -> None:
    _nadia, coffee = with_archive(alice)
    coffee.ask_made = False
    coffee.save()
    alice_client.post(f"/meetings/{coffee.pk}/evidence/")
    coffee.refresh_from_db()
    assert coffee.ask_made is False
    assert coffee.thank_you_sent_on == date(2024, 3, 6)


def test_a_meeting_no_message_tells_about_shows_no_evidence(
    alice: User, alice_client: Client
) -> None:
    quinn = Contact.objects.create(owner=alice, full_name="Quiet Quinn")
    coffee = Interaction.objects.create(
        owner=alice, summary="Coffee with Quinn", start=datetime(2024, 3, 5, 15, tzinfo=UTC)
    )
    coffee.contacts.add(quinn)
    assert (
        "What your messages say" not in alice_client.get(f"/meetings/{coffee.pk}/").content.decode()
    )


def test_another_user_cannot_confirm_alices_meeting(alice: User, bob_client: Client) -> None:
    _nadia, coffee = with_archive(alice)
    assert bob_client.post(f"/meetings/{coffee.pk}/evidence/").status_code == 404
    coffee.refresh_from_db()
    assert coffee.ask_made is None


def test_the_contact_page_says_how_they_answer_however_many_touches_they_have(
    alice: User, alice_client: Client, django_assert_max_num_queries: Any
) -> None:

    from rapport.accounts.clock import today_for
    from rapport.contacts.views import TIMELINE_TOUCHES
    from rapport.paths.replies import latencies
    from rapport.touches.models import Touch

    nadia, _coffee = with_archive(alice)
    expected = latencies(alice, [nadia.pk], today_for(alice))[nadia.pk]
    assert expected is not None
    page = alice_client.get(f"/contacts/{nadia.pk}/").content.decode()
    assert f'data-answers="{expected.label}"' in page
    # More touches than the timeline shows: how she answers still reads every one.
    model = Touch.objects.filter(contact=nadia).first()
    assert model is not None
    old = [
        Touch(
            owner=alice,
            contact=nadia,
            when=datetime(2001, 1, 1, tzinfo=UTC) + timedelta(hours=n),
            channel=model.channel,
            direction="in",
            kind="other",
            source=model.source,
            reason="an old note",
            fingerprint=f"old-{n}",
        )
        for n in range(TIMELINE_TOUCHES)
    ]
    Touch.objects.bulk_create(old)
    # A fixed number whatever the touches (PostgreSQL adds the kept judge's); one query
    # a touch would be over a hundred.
    with django_assert_max_num_queries(20):
        page = alice_client.get(f"/contacts/{nadia.pk}/").content.decode()
    assert f'data-answers="{expected.label}"' in page
    assert page.count('<li class="touch">') == TIMELINE_TOUCHES
