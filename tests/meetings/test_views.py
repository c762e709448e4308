"""The meetings timeline: filters, weekly counts, times in the user's zone, inline forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from rapport.contacts.models import Contact
from rapport.meetings.models import Interaction
from tests.meetings.conftest import EVENTS, Import, vevent

HTMX: dict[str, Any] = {"HTTP_HX_REQUEST": "true"}


def titles(page: str) -> set[str]:
    return {summary for summary in SUMMARIES if f">{summary}</a></h3>" in page}


SUMMARIES = {
    "Coffee w/ Jane Doe",
    "Lunch w/ Craig",
    "Call with Michael Page",
    "Intro call",
    "Personal: dentist",
    "Job search accountability group",
    "Team standup",
}


def test_the_timeline_shows_every_event_newest_first_by_week_in_the_users_zone(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    page = alice_client.get("/meetings/").content.decode()
    assert titles(page) == SUMMARIES
    assert page.index("Coffee w/ Jane Doe") < page.index("Team standup")
    assert "Week of Mon 9 Mar 2026" in page and "Week of Mon 2 Mar 2026" in page
    # 15:00 UTC on 10 March is 10:00 in Chicago (daylight saving began on 8 March).
    assert "Tue 10 Mar, 10:00–11:00" in page
    assert "Times are in America/Chicago" in page


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"networking": "yes"}, SUMMARIES - {"Personal: dentist", "Team standup"}),
        ({"networking": "no"}, {"Personal: dentist", "Team standup"}),
        ({"kind": "call"}, {"Call with Michael Page", "Intro call"}),
        ({"audience": "decision_makers"}, {"Coffee w/ Jane Doe"}),
        ({"audience": "target_industry"}, {"Coffee w/ Jane Doe"}),
        ({"audience": "recruiters"}, {"Intro call"}),
        ({"audience": "job_seekers"}, {"Team standup", "Job search accountability group"}),
        ({"audience": "connectors"}, set()),
        (
            {"audience": "other", "networking": "yes"},
            {"Lunch w/ Craig", "Call with Michael Page"},
        ),
    ],
)
def test_the_filters_narrow_the_timeline(
    alice_client: Client,
    meetings: dict[str, Interaction],
    params: dict[str, str],
    expected: set[str],
) -> None:
    assert titles(alice_client.get("/meetings/", params).content.decode()) == expected


def test_an_unknown_filter_value_is_explained(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    page = alice_client.get("/meetings/", {"kind": "brunch"}).content.decode()
    assert "kind must be one of coffee, lunch, call, meeting, group, event" in page
    assert titles(page) == set()


def test_the_weekly_counts_show_networking_meetings_for_twelve_weeks(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    response = alice_client.get("/meetings/")
    weekly = dict(response.context["weekly"])
    assert len(weekly) == 12
    assert sum(weekly.values()) == 5
    assert [count for count in weekly.values() if count] == [3, 2]
    filtered = alice_client.get("/meetings/", {"audience": "decision_makers"})
    assert sum(dict(filtered.context["weekly"]).values()) == 1


def test_the_page_runs_a_fixed_number_of_queries(
    alice: User, alice_client: Client, meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    with CaptureQueriesContext(connection) as few:
        alice_client.get("/meetings/")
    more = [
        vevent(
            f"extra-{n}",
            f"Coffee w/ Jane Doe {n}",
            f"202603{n + 1:02d}T180000",
            "Jane Doe <jane.doe@acme.com>",
            "Dana Reyes <dana@example.com>",
        )
        for n in range(9)
    ]
    import_as_alice(*EVENTS, *more)
    assert Interaction.objects.owned_by(alice).count() == len(EVENTS) + 9
    with CaptureQueriesContext(connection) as many:
        alice_client.get("/meetings/")
    assert len(many) == len(few)


def test_the_timeline_pages_through_many_events(
    alice_client: Client, meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    more = [vevent(f"e{n}", f"Standup {n}", f"2026021{n % 10}T1{n // 10}0000") for n in range(60)]
    import_as_alice(*EVENTS, *more)
    first = alice_client.get("/meetings/")
    assert len(first.context["page"].object_list) == 50
    assert "Page 1 of 2" in first.content.decode()
    assert "Page 2 of 2" in alice_client.get("/meetings/", {"page": 2}).content.decode()


def test_imported_text_is_shown_escaped(alice_client: Client, import_as_alice: Import) -> None:
    import_as_alice(vevent("x", "Coffee w/ <script>alert(1)</script>", "20260310T150000"))
    page = alice_client.get("/meetings/").content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page


def test_htmx_filters_answer_with_the_timeline_only(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    page = alice_client.get("/meetings/", {"kind": "coffee"}, **HTMX).content.decode()
    assert "<html" not in page
    assert titles(page) == {"Coffee w/ Jane Doe"}


def test_an_htmx_post_answers_with_the_updated_row(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = meetings["coffee-jane"]
    response = alice_client.post(
        f"/meetings/{coffee.pk}/outcome/",
        {"ask_made": "yes", "ask_text": "Intro to the CFO", "next": "/meetings/"},
        **HTMX,
    )
    row = response.content.decode()
    assert row.lstrip().startswith(f'<li class="meeting" id="m-{coffee.pk}"')
    assert "Outcome saved." in row
    assert "yes: Intro to the CFO" in row


def test_without_javascript_a_post_returns_to_the_filtered_list_at_the_row(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = meetings["coffee-jane"]
    response = alice_client.post(
        f"/meetings/{coffee.pk}/outcome/", {"ask_made": "no", "next": "/meetings/?kind=coffee"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/meetings/?kind=coffee#m-{coffee.pk}"
    assert "Outcome saved." in alice_client.get(response["Location"]).content.decode()


def test_a_return_address_on_another_site_is_ignored(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = meetings["coffee-jane"]
    response = alice_client.post(
        f"/meetings/{coffee.pk}/outcome/", {"next": "https://evil.example/meetings/"}
    )
    assert response["Location"] == f"/meetings/{coffee.pk}/#m-{coffee.pk}"


@pytest.mark.parametrize(
    ("uid", "choice", "counted"),
    [("dentist", "yes", True), ("coffee-jane", "no", False), ("coffee-jane", "auto", True)],
)
def test_the_user_reclassifies_an_event(
    alice_client: Client, meetings: dict[str, Interaction], uid: str, choice: str, counted: bool
) -> None:
    meeting = meetings[uid]
    alice_client.post(f"/meetings/{meeting.pk}/classify/", {"networking": choice})
    meeting.refresh_from_db()
    assert meeting.is_networking is counted
    assert meeting.networking_override == {"yes": True, "no": False, "auto": None}[choice]


def test_the_user_picks_the_right_person_among_candidates(
    alice_client: Client, meetings: dict[str, Interaction], contacts: dict[str, Contact]
) -> None:
    lunch = meetings["lunch-craig"]
    page = alice_client.get("/meetings/").content.decode()
    assert "Which Craig?" in page and "Craig Sorensen (Medtronic)" in page
    alice_client.post(
        f"/meetings/{lunch.pk}/person/", {"person": 0, "contact": contacts["craig_s"].pk}
    )
    assert list(lunch.contacts.all()) == [contacts["craig_s"]]
    assert "Which Craig?" not in alice_client.get("/meetings/").content.decode()


def test_an_unknown_attendee_becomes_a_contact_in_one_click(
    alice: User, alice_client: Client, meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    again = vevent("lena-2", "Coffee", "20260311T150000", "Lena Vogel <lena.vogel@vogel.example>")
    import_as_alice(*EVENTS, again)
    intro = meetings["intro-lena"]
    response = alice_client.post(f"/meetings/{intro.pk}/person/", {"person": 0}, follow=True)
    assert "Lena Vogel is now a contact, linked to 1 other meeting." in response.content.decode()
    lena = Contact.objects.get(owner=alice, full_name="Lena Vogel")
    assert (lena.first_name, lena.last_name, lena.emails) == (
        "Lena",
        "Vogel",
        ["lena.vogel@vogel.example"],
    )
    assert lena.sources[0]["format"] == "calendar"
    assert set(lena.interactions.values_list("source_uid", flat=True)) == {"intro-lena", "lena-2"}


def test_a_contact_made_from_a_title_name_stays_linked_on_reimport(
    alice: User, alice_client: Client, meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    call = meetings["call-page"]
    alice_client.post(f"/meetings/{call.pk}/person/", {"person": 0})
    import_as_alice()
    call = Interaction.objects.get(pk=call.pk)
    assert [c.full_name for c in call.contacts.all()] == ["Michael Page"]
    assert call.unlinked_people == []


def test_a_person_already_settled_is_explained(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    call = meetings["call-page"]
    alice_client.post(f"/meetings/{call.pk}/person/", {"person": 0})
    response = alice_client.post(f"/meetings/{call.pk}/person/", {"person": 0}, follow=True)
    assert "already settled" in response.content.decode()
    assert Contact.objects.filter(full_name="Michael Page").count() == 1


def test_the_meeting_page_lists_what_was_given_and_introduced(
    alice_client: Client, meetings: dict[str, Interaction]
) -> None:
    coffee = meetings["coffee-jane"]
    alice_client.post(
        f"/meetings/{coffee.pk}/outcome/",
        {"give_kind": "information", "give_note": "FEI dates", "referral_note": "Sam Lee"},
    )
    page = alice_client.get(f"/meetings/{coffee.pk}/").content.decode()
    assert "information to Jane Doe: FEI dates" in page
    assert "Jane Doe → " in page and ">Sam Lee</a>" in page


def test_the_upload_report_names_the_events_a_calendar_skipped(
    alice_client: Client, data_dir: Path
) -> None:
    with open(data_dir / "calendar" / "broken_rule.ics", "rb") as upload:
        response = alice_client.post("/import/", {"file": upload}, follow=True)
    page = response.content.decode()
    assert "event &#x27;Mastermind&#x27; (UID unrepairable-rule-2)" in page
    assert "has no start time" in page
    assert "See your meetings" in page


def test_an_all_day_event_from_a_calendar_east_of_the_user_keeps_its_date(
    alice_client: Client, import_as_alice: Import, alice: User
) -> None:
    # A Zurich calendar's 24 March, for a user in Chicago: midnight in Zurich is the
    # evening of the 23rd in Chicago, which the pages showed before.
    zurich_day = (
        "X-WR-TIMEZONE:Europe/Zurich\n"
        "BEGIN:VEVENT\nUID:offsite\nDTSTAMP:20260301T000000Z\nDTSTART;VALUE=DATE:20260324\n"
        "DTEND;VALUE=DATE:20260325\nSUMMARY:Team offsite\nEND:VEVENT\n"
    )
    import_as_alice(zurich_day)
    offsite = Interaction.objects.get(owner=alice, source_uid="offsite")
    timeline = alice_client.get("/meetings/").content.decode()
    assert "Tue 24 Mar</time>" in timeline
    page = alice_client.get(f"/meetings/{offsite.pk}/").content.decode()
    assert "Tuesday 24 March 2026, all day" in page
    assert "2026, 00:00" not in page
