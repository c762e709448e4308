"""Which calendar events were networking, what kind, and with whom."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rapport.core.meetings import (
    Classification,
    KnownPerson,
    PeopleIndex,
    PersonLink,
    classify,
    title_names,
)
from rapport.core.records import Attendee, EventRecord

JANE_DOE = KnownPerson(1, "Jane Doe", "Jane", "Doe", ("jane.doe@acme.com",), "Acme")
LORRAINE = KnownPerson(2, "Lorraine Kim", "Lorraine", "Kim", ("lorraine.kim@icloud.com",))
SAM_LEE = KnownPerson(3, "Sam Lee", "Sam", "Lee", ("sam.lee@roberthalf.com",), "Robert Half")
PRIYA = KnownPerson(4, "Priya Raman", "Priya", "Raman", ("priya@example.com",))
BOB = KnownPerson(5, "Bob Stone", "Bob", "Stone", ())
ALICE = KnownPerson(6, "Alice Wong", "Alice", "Wong", ("alice@wong.example",))
ARJUN = KnownPerson(7, "Arjun Mehta", "Arjun", "Mehta", ())
MARIA = KnownPerson(8, "María García", "María", "García", ("maria.garcia@example.org",))
JOHN_DOE = KnownPerson(9, "John Doe", "John", "Doe", ("john.doe@example.com",))
SAM_CARTER = KnownPerson(10, "Sam Carter", "Sam", "Carter", ("sam@globex.com",), "Globex")
HELENE = KnownPerson(11, "Hélène Durand", "Hélène", "Durand", ())
TOM = KnownPerson(12, "Tom Becker", "Tom", "Becker", ())
CONTACTS = [JANE_DOE, LORRAINE, SAM_LEE, PRIYA, BOB, ALICE, ARJUN, MARIA, JOHN_DOE, SAM_CARTER]
CONTACTS += [HELENE, TOM]
OWNER_EMAIL = "jane.seeker@gmail.com"
INDEX = PeopleIndex(CONTACTS, owner_emails=[OWNER_EMAIL], owner_names=["Jane Seeker"])
START = datetime(2026, 3, 10, 15, tzinfo=UTC)


def event(
    summary: str,
    *attendees: Attendee,
    all_day: bool = False,
    cancelled: bool = False,
    location: str = "",
    description: str = "",
    organizer: Attendee | None = None,
) -> EventRecord:
    return EventRecord(
        uid="u",
        recurrence_id="",
        summary=summary,
        start=START,
        end=START + timedelta(hours=1),
        all_day=all_day,
        location=location,
        description=description,
        attendees=list(attendees),
        organizer=organizer,
        cancelled=cancelled,
    )


def judge(summary: str, *attendees: Attendee, **options: object) -> Classification:
    return classify(event(summary, *attendees, **options), INDEX)  # type: ignore[arg-type]


def linked(result: Classification) -> set[int | None]:
    return {link.contact_id for link in result.people}


TITLES = [
    # Coffee
    ("Coffee w/ Jane", True, "coffee"),
    ("Coffee with Jane Doe", True, "coffee"),
    ("Jane Doe / Lorraine coffee", True, "coffee"),
    ("coffee w/ jane", True, "coffee"),
    ("Coffee chat - Priya", True, "coffee"),
    ("Priya - coffee", True, "coffee"),
    ("Coffee @ Blue Bottle w/ Alice", True, "coffee"),
    ("Starbucks with Bob", True, "coffee"),
    ("Café avec Hélène Durand", True, "coffee"),
    ("Tea with Lorraine", True, "coffee"),
    ("Coffee (Jane Doe)", True, "coffee"),
    ("Coffee", True, "coffee"),
    ("Virtual coffee with Tom", True, "call"),
    # Meals
    ("Lunch - Bob & Alice", True, "lunch"),
    ("Lunch with Dana", True, "lunch"),
    ("Friday lunch with Ana", True, "lunch"),
    ("Breakfast w/ Arjun", True, "lunch"),
    ("Brunch with Maria", True, "lunch"),
    ("Dinner with Sam Lee", True, "lunch"),
    ("Drinks w/ Tom after work", True, "lunch"),
    ("Lunch", True, "lunch"),
    ("Team lunch", True, "lunch"),
    ("Women in Product breakfast", True, "lunch"),
    # Calls
    ("Call with Sam Lee (Robert Half)", True, "call"),
    ("Phone call w/ Priya", True, "call"),
    ("Zoom: Arjun Mehta", True, "call"),
    ("Quick call: Sam Lee", True, "call"),
    ("Video chat with Maria", True, "call"),
    ("FaceTime w/ Lorraine", True, "call"),
    ("Call with Lena Vogel (Siemens)", True, "call"),
    ("Teams call - Jane Doe", True, "call"),
    ("Catch up call with Bob", True, "call"),
    ("Networking call", True, "call"),
    ("Call with Comcast", False, None),
    ("Zoom", False, None),
    ("Call re: insurance claim", False, None),
    # Meetings
    ("Catch up: Priya", True, "meeting"),
    ("Intro: Arjun Mehta", True, "meeting"),
    ("Introduction to Maria García", True, "meeting"),
    ("Informational interview - Marc Dubois", True, "meeting"),
    ("Info interview with Globex PM", True, "meeting"),
    ("Connect with Sam Carter", True, "meeting"),
    ("Reconnect with John", True, "meeting"),
    ("Touch base w/ Alice", True, "meeting"),
    ("Mentoring session with Bob", True, "meeting"),
    ("Career advice - Jane Doe", True, "meeting"),
    ("Networking", True, "meeting"),
    ("Meet Jane Doe", True, "meeting"),
    ("Jane Doe", True, "meeting"),
    ("Jane Seeker and Sam Lee", True, "meeting"),
    ("Jane <> Sam Carter", True, "meeting"),
    ("Sync with Priya", True, "meeting"),
    ("1:1 Jane/Sam", True, "meeting"),
    ("Meeting with Jane D.", True, "meeting"),
    ("Chat w/ Tom Becker", True, "meeting"),
    ("Meeting with Hélène", True, "meeting"),
    ("Circle back with Jane", True, "meeting"),
    ("Meeting with Lena Vogel", True, "meeting"),
    # Groups
    ("Job search accountability group", True, "group"),
    ("Tuesday job seekers' circle", True, "group"),
    ("ProductCamp chapter meeting", True, "group"),
    ("Job club", True, "group"),
    ("Mastermind", True, "group"),
    ("Rotary Club lunch", True, "group"),
    ("Toastmasters", True, "group"),
    ("Alumni association meeting", True, "group"),
    ("Networking group - Chicago PMs", True, "group"),
    # Events
    ("Networking mixer – Berlin Product People", True, "event"),
    ("Chicago Tech Career Fair", True, "event"),
    ("Job fair", True, "event"),
    ("Product Summit 2026", True, "event"),
    ("Fintech Meetup", True, "event"),
    ("Happy hour w/ Acme team", True, "event"),
    ("PM happy hour", True, "event"),
    ("Lunch & Learn: AI in hiring", True, "event"),
    ("Tech conference", True, "event"),
    ("Meet & greet with hiring managers", True, "event"),
    ("Holiday party mixer", True, "event"),
    ("Virtual career fair", True, "event"),
    # Personal
    ("Dentist", False, None),
    ("Dentist - Dr. Patel", False, None),
    ("Doctor appointment", False, None),
    ("Gym", False, None),
    ("Kids soccer practice", False, None),
    ("Piano lesson", False, None),
    ("Haircut", False, None),
    ("Vacation", False, None),
    ("Holiday in Spain", False, None),
    ("Mom's birthday", False, None),
    ("Birthday lunch with Jane", False, None),
    ("Family dinner", False, None),
    ("Anniversary dinner", False, None),
    ("School pickup", False, None),
    ("PTA meeting", False, None),
    ("Vet - Max", False, None),
    ("Car service", False, None),
    ("Flight to Chicago (UA 1234)", False, None),
    ("Coffee with my therapist", False, None),
    ("Yoga", False, None),
    ("Oil change", False, None),
    ("Jury duty", False, None),
    ("Date night", False, None),
    ("Groceries", False, None),
    ("Call mom", False, None),
    # Work, interviews and the user's own tasks
    ("Daily standup", False, None),
    ("Sprint planning", False, None),
    ("All-hands", False, None),
    ("Team sync", False, None),
    ("Interview - Acme", False, None),
    ("Phone interview with Globex", False, None),
    ("Apply to three jobs", False, None),
    ("Prep for coffee with Jane", False, None),
    ("Deadline: Acme application", False, None),
    ("Focus time", False, None),
    # Nothing to go on
    ("Weekly report", False, None),
    ("Plumber", False, None),
    ("Easter Monday", False, None),
    ("", False, None),
]


@pytest.mark.parametrize(("title", "networking", "kind"), TITLES)
def test_it_judges_a_title(title: str, networking: bool, kind: str | None) -> None:
    result = judge(title)

    assert (result.networking, result.kind) == (networking, kind), result.reason


def test_the_title_table_is_large_enough_to_mean_something() -> None:
    assert len(TITLES) >= 100


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("Dentist", "personal: dentist"),
        ("Kids soccer practice", "personal: soccer"),
        ("Birthday lunch with Jane", "personal: birthday"),
        ("Coffee with my therapist", "personal: therapy"),
        ("Networking mixer – Berlin Product People", "networking word: mixer"),
        ("PTA meeting", "personal: PTA"),
        ("Flight to Chicago (UA 1234)", "personal: flight"),
        ("Daily standup", "work: standup"),
        ("Interview - Acme", "job interview"),
        ("Apply to three jobs", "task: apply"),
        ("Coffee", "networking word: coffee"),
        ("Fintech Meetup", "networking word: meetup"),
        ("Coffee with Jane Doe", "known contact: Jane Doe"),
        ("Lunch - Bob & Alice", "known contact: Bob Stone, Alice Wong"),
        ("Coffee with Sam", "known contact: Sam (one of 2 contacts)"),
        ("Call with Lena Vogel (Siemens)", "named in the title: Lena Vogel"),
        ("Weekly report", "no networking words or known contacts"),
        # Real calendars' titles (Etar, khal, a plain one): the words after "with" are no
        # one's name.
        ("event with alarms android", "no networking words or known contacts"),
        ("Event with Windows TZ name", "no networking words or known contacts"),
        ("Review with legal counsel", "no networking words or known contacts"),
    ],
)
def test_the_reason_says_why_in_words(title: str, reason: str) -> None:
    assert judge(title).reason == reason


def test_a_cancelled_event_is_not_networking() -> None:
    result = judge("Coffee with Jane Doe", cancelled=True)

    assert (result.networking, result.kind, result.reason) == (False, None, "cancelled")


def test_an_all_day_job_fair_is_a_networking_event() -> None:
    result = judge("Chicago Tech Career Fair", all_day=True)

    assert (result.networking, result.kind, result.reason) == (
        True,
        "event",
        "all-day event: job fair",
    )


@pytest.mark.parametrize("title", ["Labor Day", "Team offsite", "Coffee with Jane Doe"])
def test_other_all_day_events_are_not_networking(title: str) -> None:
    result = judge(title, all_day=True)

    assert (result.networking, result.reason) == (False, "all-day: not a meeting")


def test_a_personal_all_day_event_says_it_is_personal() -> None:
    assert judge("Vacation", all_day=True).reason == "personal: vacation"


def test_a_known_contact_among_attendees_makes_an_event_networking() -> None:
    result = judge("Quarterly plans", Attendee("Priya Raman", "priya@example.com"))

    assert (result.networking, result.kind) == (True, "meeting")
    assert result.reason == "known contact: Priya Raman"


def test_colleagues_at_a_standup_do_not_make_it_networking() -> None:
    result = judge("Daily standup", Attendee("Priya Raman", "priya@example.com"))

    assert (result.networking, result.reason) == (False, "work: standup")


def test_a_meeting_link_makes_a_contact_meeting_a_call() -> None:
    description = "Join: https://teams.microsoft.com/l/meetup-join/19%3a"

    assert judge("Catch up: Priya", description=description).kind == "call"
    assert judge("Coffee w/ Priya", description=description).kind == "coffee"


def test_a_meeting_link_in_the_location_makes_a_call() -> None:
    assert judge("Jane Doe", location="https://acme.zoom.us/j/123").kind == "call"


# Linking people


def test_it_links_an_attendee_by_email_first() -> None:
    result = judge("Sync", Attendee("Jane Doe", "priya@example.com"))

    assert result.people == (PersonLink("Jane Doe", "priya@example.com", 4, (), "email"),)


def test_it_links_an_attendee_by_full_name_ignoring_case_and_accents() -> None:
    result = judge("Sync", Attendee("HELENE DURAND", ""))

    assert result.people == (PersonLink("HELENE DURAND", "", 11, (), "full name"),)


def test_it_reads_outlooks_last_comma_first_names() -> None:
    result = judge("Sync", Attendee("Doe, John", "jd@elsewhere.example"))

    assert result.people == (PersonLink("John Doe", "jd@elsewhere.example", 9, (), "full name"),)


def test_it_links_a_middle_named_attendee_by_first_and_last_name() -> None:
    result = judge("Sync", Attendee("María Elena García", ""))

    assert [(link.contact_id, link.how) for link in result.people] == [(8, "full name")]


def test_it_links_a_unique_first_name_in_a_title() -> None:
    result = judge("Coffee w/ Priya")

    assert result.people == (PersonLink("Priya", "", 4, (), "first name"),)


def test_a_shared_first_name_is_ambiguous_with_its_candidates() -> None:
    (link,) = judge("Coffee with Sam").people

    assert (link.contact_id, link.how, set(link.candidates)) == (None, "ambiguous", {3, 10})


def test_a_company_in_the_title_settles_a_shared_first_name() -> None:
    (link,) = judge("Call with Sam (Globex)").people

    assert (link.contact_id, link.how) == (10, "first name")


def test_a_last_initial_settles_a_shared_first_name() -> None:
    (link,) = judge("Lunch with Sam L.").people

    assert (link.contact_id, link.how) == (3, "first name")


def test_an_unknown_name_in_a_title_is_kept_unmatched() -> None:
    (link,) = judge("Coffee with Dana Whitfield").people

    assert link == PersonLink("Dana Whitfield", "", None, (), "unmatched")


def test_an_unknown_attendee_is_kept_unmatched_with_the_address() -> None:
    result = judge("Sync", Attendee("", "someone@new.example"))

    assert result.people == (
        PersonLink("someone@new.example", "someone@new.example", None, (), "unmatched"),
    )


def test_a_person_named_twice_is_linked_once() -> None:
    result = judge("Coffee w/ Jane", Attendee("Doe, Jane", "jane.doe@acme.com"))

    assert [link.contact_id for link in result.people] == [1]


def test_the_organizer_is_counted_unless_it_is_the_owner() -> None:
    theirs = judge("Sync", organizer=Attendee("Arjun Mehta", ""))
    ours = judge("Sync", organizer=Attendee("Jane Seeker", OWNER_EMAIL))

    assert linked(theirs) == {7}
    assert ours.people == ()


@pytest.mark.parametrize(
    "attendee",
    [Attendee("", OWNER_EMAIL), Attendee("Jane Seeker", ""), Attendee("Seeker, Jane", "x@y.z")],
)
def test_the_owner_is_never_counted_as_an_attendee(attendee: Attendee) -> None:
    result = judge("Quarterly plans", attendee)

    assert result.people == ()
    assert not result.networking


def test_the_owner_named_in_a_scheduling_title_is_not_counted() -> None:
    result = judge("Jane Seeker <> Priya Raman")

    assert [link.contact_id for link in result.people] == [4]


def test_a_lone_first_name_shared_with_the_owner_still_names_the_contact() -> None:
    assert linked(judge("Coffee w/ Jane")) == {1}


def test_contacts_sharing_an_email_are_ambiguous() -> None:
    index = PeopleIndex(
        [
            KnownPerson(1, "Ann Lee", "Ann", "Lee", ("ann@x.example",)),
            KnownPerson(2, "Ann B. Lee", "Ann", "Lee", ("ann@x.example",)),
        ]
    )

    (link,) = classify(event("Sync", Attendee("", "ann@x.example")), index).people

    assert (link.how, set(link.candidates)) == ("ambiguous", {1, 2})


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Coffee w/ Jane", ("Jane",)),
        ("Jane Doe / Lorraine coffee", ("Jane Doe", "Lorraine")),
        ("Call with Sam Lee (Robert Half)", ("Sam Lee",)),
        ("Lunch - Bob & Alice", ("Bob", "Alice")),
        ("Catch up: Priya", ("Priya",)),
        ("Jane <> Sam", ("Jane", "Sam")),
        ("Intro: Arjun Mehta", ("Arjun Mehta",)),
        ("Coffee with Jane at Blue Bottle", ("Jane",)),
        ("Zoom call w/ Tom re: PM roles", ("Tom",)),
        ("Dr. Emily Chen coffee", ("Emily Chen",)),
        ("Intro to Jane Doe (via Bob)", ("Jane Doe",)),
        ("Lunch with the team", ()),
        ("Lunch with Buddies", ()),
        ("Drinks with the Girls", ()),
        ("Dinner with Neighbors", ()),
        ("Board meeting with Clients", ()),
        ("Networking mixer – Berlin Product People", ()),
        ("Women in Product breakfast", ()),
        ("Easter Monday", ()),
    ],
)
def test_it_reads_names_out_of_titles(title: str, names: tuple[str, ...]) -> None:
    assert title_names(title)[0] == names


def test_it_reads_a_company_hint_out_of_a_title() -> None:
    assert title_names("Call with Sam Lee (Robert Half)")[1] == "Robert Half"


def test_it_classifies_ten_thousand_events_against_thirty_thousand_people() -> None:
    # How fast is measured in bench/ (make bench), not here.
    people = [
        KnownPerson(
            n, f"First{n % 4000} Last{n}", f"First{n % 4000}", f"Last{n}", (f"p{n}@x.example",)
        )
        for n in range(30_000)
    ]
    index = PeopleIndex(people, owner_emails=[OWNER_EMAIL], owner_names=["Jane Seeker"])
    titles = ["Coffee w/ First{n}", "Call with First{n} Last{n} (Acme)", "Dentist", "Team sync {n}"]
    events = [
        event(
            titles[n % 4].format(n=n % 5000),
            Attendee(f"Last{n}, First{n % 4000}", f"p{n}@x.example"),
            Attendee("Jane Seeker", OWNER_EMAIL),
        )
        for n in range(10_000)
    ]

    results = [classify(e, index) for e in events]

    assert sum(result.networking for result in results) > 4_000
    assert not any(link.email == OWNER_EMAIL for r in results for link in r.people)


def test_an_attendee_with_an_unknown_address_is_not_linked_by_first_name_alone() -> None:
    result = judge("Quarterly plans", Attendee("Priya", "priya@other.example"))

    assert result.people == (PersonLink("Priya", "priya@other.example", None, (), "unmatched"),)
    assert not result.networking


def test_an_attendee_without_an_address_is_linked_by_a_unique_first_name() -> None:
    assert judge("Quarterly plans", Attendee("Priya", "")).people[0].contact_id == 4
