"""Re-importing a calendar keeps what the user decided: verdicts, kinds, people, outcomes."""

from __future__ import annotations

from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.meetings.importer import import_calendar
from rapport.meetings.models import Interaction
from rapport.meetings.people import link_person
from rapport.meetings.services import reclassify
from tests.meetings.conftest import EVENTS, Import, calendar, vevent


def test_it_keeps_the_users_reclassification_on_reimport(
    meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    dentist, coffee = meetings["dentist"], meetings["coffee-jane"]
    reclassify(dentist, set_override=True, override=True, kind=None)
    reclassify(coffee, set_override=True, override=False, kind=None)
    run = import_as_alice()
    dentist.refresh_from_db()
    coffee.refresh_from_db()
    assert (dentist.is_networking, coffee.is_networking) == (True, False)
    assert run.counts["new"] == 0


def test_counting_an_event_as_networking_gives_it_a_kind(
    meetings: dict[str, Interaction],
) -> None:
    dentist = meetings["dentist"]
    reclassify(dentist, set_override=True, override=True, kind=None)
    assert dentist.kind == "meeting"


def test_it_keeps_the_kind_the_user_chose_on_reimport(
    meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    reclassify(meetings["coffee-jane"], set_override=False, override=None, kind="lunch")
    import_as_alice()
    assert Interaction.objects.get(pk=meetings["coffee-jane"].pk).kind == "lunch"


def test_it_guesses_the_kind_again_when_the_title_changes(
    meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    reclassify(meetings["coffee-jane"], set_override=False, override=None, kind="meeting")
    renamed = vevent(
        "coffee-jane", "Lunch w/ Jane Doe", "20260310T150000", "Jane Doe <jane.doe@acme.com>"
    )
    import_as_alice(renamed, *EVENTS[1:])
    assert Interaction.objects.get(pk=meetings["coffee-jane"].pk).kind == "lunch"


def test_it_keeps_the_users_pick_among_candidates_on_reimport(
    meetings: dict[str, Interaction], import_as_alice: Import, contacts: dict[str, Contact]
) -> None:
    lunch = meetings["lunch-craig"]
    link_person(lunch, 0, contacts["craig_o"])
    run = import_as_alice()
    lunch = Interaction.objects.get(pk=lunch.pk)
    assert list(lunch.contacts.all()) == [contacts["craig_o"]]
    assert lunch.unlinked_people[0]["chosen"] == contacts["craig_o"].pk
    assert run.counts["updated"] == 0


def test_a_deleted_pick_leaves_rapport_to_link_the_name_again(
    meetings: dict[str, Interaction], import_as_alice: Import, contacts: dict[str, Contact]
) -> None:
    lunch = meetings["lunch-craig"]
    link_person(lunch, 0, contacts["craig_o"])
    contacts["craig_o"].delete()
    import_as_alice()
    lunch = Interaction.objects.get(pk=lunch.pk)
    # Only one Craig is left, so the first name now links to him.
    assert list(lunch.contacts.all()) == [contacts["craig_s"]]
    assert lunch.unlinked_people == []


def test_it_keeps_logged_outcomes_on_reimport(
    meetings: dict[str, Interaction], import_as_alice: Import
) -> None:
    Interaction.objects.filter(pk=meetings["coffee-jane"].pk).update(
        ask_made=True, ask_text="Who runs FP&A at Acme?"
    )
    import_as_alice()
    coffee = Interaction.objects.get(pk=meetings["coffee-jane"].pk)
    assert (coffee.ask_made, coffee.ask_text) == (True, "Who runs FP&A at Acme?")


def test_an_old_single_event_imports_whatever_its_date(
    alice: User, contacts: dict[str, Contact], frozen: None
) -> None:
    old = vevent("old", "Coffee w/ Jane Doe", "20090310T150000")
    run = import_calendar(alice, calendar(old, *EVENTS), "c.ics")
    assert run.counts["new"] == len(EVENTS) + 1
    assert run.counts["read"] == len(EVENTS) + 1
    assert Interaction.objects.filter(owner=alice, source_uid="old").exists()


def test_an_old_series_keeps_its_newest_occurrences_and_counts_the_rest(
    alice: User, contacts: dict[str, Contact], frozen: None
) -> None:
    series = vevent("standup", "Team standup", "20090105T090000").replace(
        "END:VEVENT", "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\nEND:VEVENT"
    )
    run = import_calendar(alice, calendar(series), "c.ics")
    kept = Interaction.objects.filter(owner=alice, source_uid="standup")
    assert kept.count() == 2_000
    assert run.counts["skipped"] > 2_000  # seventeen years of weekdays
    assert run.counts["read"] == run.counts["new"] + run.counts["skipped"]
    assert "the newest 2,000 were read" in run.errors[0]["reason"]
    newest = kept.order_by("-start").first()
    assert newest is not None and newest.start.year == 2026
