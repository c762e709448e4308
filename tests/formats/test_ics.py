"""Reading .ics files as Outlook, Google, Apple, Evolution and DAVx5 write them."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rapport.core.errors import ImportFileError, UnknownFormatError
from rapport.core.records import Attendee, CalendarFile, EventRecord, Skipped
from rapport.formats.ics import MAX_OCCURRENCES_PER_SERIES, read_calendar

DATA = Path(__file__).parent.parent / "data" / "calendar"
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
YEAR_END = datetime(2027, 1, 1, tzinfo=UTC)


def read(
    name: str, start: datetime = YEAR_START, end: datetime = YEAR_END, **options: str
) -> CalendarFile:
    return read_calendar(
        (DATA / name).read_bytes(), name, window_start=start, window_end=end, **options
    )


def read_text(text: str, start: datetime = YEAR_START, end: datetime = YEAR_END) -> CalendarFile:
    return read_calendar(
        text.strip().replace("\n", "\r\n").encode(),
        "inline.ics",
        window_start=start,
        window_end=end,
    )


def titled(calendar: CalendarFile, summary: str) -> list[EventRecord]:
    return [record for record in calendar.records if record.summary == summary]


def one(calendar: CalendarFile, summary: str) -> EventRecord:
    (record,) = titled(calendar, summary)
    return record


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def calendar_text(*events: str, header: str = "") -> str:
    body = "\n".join(f"BEGIN:VEVENT\n{event.strip()}\nEND:VEVENT" for event in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n{header}\n{body}\nEND:VCALENDAR"


# Recurring series


def test_it_expands_a_weekly_outlook_series_without_its_excluded_date() -> None:
    group = titled(read("outlook_windows_zones.ics"), "Job search accountability group")

    # Chicago moves to daylight time on 8 March 2026, so 09:00 is 15:00Z, then 14:00Z.
    assert [record.start for record in group] == [
        utc("2026-03-03 15:00"),
        utc("2026-03-10 14:00"),
        utc("2026-03-17 16:00"),
        utc("2026-03-31 14:00"),
        utc("2026-04-07 14:00"),
        utc("2026-04-14 14:00"),
        utc("2026-04-21 14:00"),
    ]


def test_it_applies_an_override_placed_before_its_master() -> None:
    group = titled(read("outlook_windows_zones.ics"), "Job search accountability group")

    moved = next(record for record in group if record.recurrence_id == "20260317T140000Z")
    assert moved.start == utc("2026-03-17 16:00")
    assert moved.end == utc("2026-03-17 17:00")
    assert moved.location == "St. Mark's Library, Room B"
    assert moved.description.startswith("Moved to 11 this week")


def test_it_returns_a_cancelled_override_placed_after_its_master_as_cancelled() -> None:
    group = titled(read("google_export.ics"), "Catch up: Maria")

    assert [(record.recurrence_id, record.cancelled) for record in group] == [
        ("20260302T133000Z", False),
        ("20260309T123000Z", False),
        ("20260316T123000Z", True),
        ("20260323T123000Z", False),
        ("20260330T123000Z", False),
    ]


def test_it_expands_extra_dates_given_by_rdate() -> None:
    group = titled(read("apple_calendar.ics"), "Women in Product breakfast")

    assert [record.start for record in group] == [
        utc("2026-03-04 08:00"),
        utc("2026-04-01 07:00"),
        utc("2026-04-15 07:00"),
    ]


def test_it_takes_the_end_of_a_series_from_its_duration() -> None:
    group = titled(read("davx5_android.ics"), "Kids soccer practice")

    assert len(group) == 4  # Mondays and Thursdays until 12 March
    assert {record.end - record.start for record in group if record.end} == {timedelta(minutes=90)}


def test_an_endless_series_is_bounded_by_the_window() -> None:
    calendar = read(
        "endless_series.ics", datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    )

    assert len(titled(calendar, "Daily standup")) == 90
    assert len(titled(calendar, "Friday lunch with Ana")) == 13


def test_a_series_is_capped_when_the_window_holds_too_many_occurrences() -> None:
    calendar = read(
        "endless_series.ics", datetime(2020, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC)
    )

    standups = titled(calendar, "Daily standup")
    assert len(standups) == MAX_OCCURRENCES_PER_SERIES
    # The newest are kept; the older ones are counted, one by one, as skipped.
    assert standups[-1].start.year == 2029
    assert standups[0].start > utc("2020-01-06 15:00")
    (cap,) = [s for s in calendar.skipped if "Daily standup" in s.where]
    assert "the newest 2,000 were read" in cap.reason
    assert cap.count > 0


def test_a_series_firing_every_minute_is_skipped_rather_than_expanded() -> None:
    calendar = read("endless_series.ics")

    assert titled(calendar, "Drink water") == []
    (skipped,) = [s for s in calendar.skipped if "Drink water" in s.where]
    assert skipped.where == "event 'Drink water' (UID every-minute@google.com)"
    assert skipped.reason == "it repeats more often than daily, which no meeting does"


def test_a_series_costing_too_many_rule_steps_is_skipped() -> None:
    calendar = read_text(
        calendar_text("UID:old\nSUMMARY:Prayer\nDTSTART:18000101T060000Z\nRRULE:FREQ=DAILY")
    )

    assert calendar.records == []
    assert "repeats too often to expand" in calendar.skipped[0].reason


@pytest.mark.parametrize("rule", ["FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;COUNT=-1"])
def test_a_rule_with_a_count_or_interval_below_one_is_read_without_it(rule: str) -> None:
    calendar = read_text(
        calendar_text(f"UID:r\nSUMMARY:Walk\nDTSTART:20261225T150000Z\nRRULE:{rule}")
    )

    assert len(calendar.records) == 7


def test_series_left_when_the_expansion_time_runs_out_are_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("rapport.formats.ics.MAX_EXPANSION_SECONDS", -1.0)

    calendar = read("google_export.ics")

    assert titled(calendar, "Catch up: Maria") == []
    assert one(calendar, "Call with Sam Lee (Robert Half)")
    assert any("took too long" in skipped.reason for skipped in calendar.skipped)


def test_re_reading_a_file_gives_identical_recurrence_ids() -> None:
    first = read("outlook_windows_zones.ics")
    second = read("outlook_windows_zones.ics")

    assert [(r.uid, r.recurrence_id) for r in first.records] == [
        (r.uid, r.recurrence_id) for r in second.records
    ]


def test_single_events_have_no_recurrence_id() -> None:
    assert one(read("google_export.ics"), "Call with Sam Lee (Robert Half)").recurrence_id == ""


def test_an_all_day_series_names_occurrences_by_date() -> None:
    calendar = read_text(
        calendar_text(
            "UID:allday\nSUMMARY:Job fair week\nDTSTART;VALUE=DATE:20260310\n"
            "DTEND;VALUE=DATE:20260311\nRRULE:FREQ=DAILY;COUNT=2"
        )
    )

    assert [r.recurrence_id for r in calendar.records] == ["20260310", "20260311"]


def test_only_occurrences_starting_inside_the_window_are_returned() -> None:
    calendar = read(
        "outlook_windows_zones.ics",
        datetime(2026, 3, 10, 14, 0, tzinfo=UTC),
        datetime(2026, 3, 31, 14, 0, tzinfo=UTC),
    )

    assert [r.start for r in titled(calendar, "Job search accountability group")] == [
        utc("2026-03-10 14:00"),
        utc("2026-03-17 16:00"),
    ]


def test_the_highest_sequence_wins_among_copies_of_one_event() -> None:
    calendar = read_text(
        calendar_text(
            "UID:dup\nSEQUENCE:2\nSUMMARY:Coffee (moved)\nDTSTART:20260310T150000Z",
            "UID:dup\nSEQUENCE:1\nSUMMARY:Coffee\nDTSTART:20260309T150000Z",
        )
    )

    assert [(r.summary, r.recurrence_id) for r in calendar.records] == [("Coffee (moved)", "")]


# Time zones


@pytest.mark.parametrize(
    ("summary", "start"),
    [
        ("Coffee w/ Priya Raman", "2026-03-05 14:30"),  # Central Standard Time, still CST
        ("Call with Lena Vogel (Siemens)", "2026-03-10 15:00"),  # W. Europe Standard Time
        ("Intro: Arjun Mehta", "2026-03-12 13:30"),  # unknown name: the file's own +05:30
        ("Lunch - Bob & Alice", "2026-03-13 17:00"),  # unknown, undefined: the calendar's zone
    ],
)
def test_it_reads_outlook_zones_as_exact_utc_times(summary: str, start: str) -> None:
    assert one(read("outlook_windows_zones.ics"), summary).start == utc(start)


def test_the_calendar_zone_of_an_outlook_file_is_its_first_windows_zone() -> None:
    assert read("outlook_windows_zones.ics").time_zone == "America/Chicago"


def test_two_files_with_the_same_custom_zone_name_keep_their_own_offsets() -> None:
    def custom_zone_file(offset: str) -> str:
        return calendar_text(
            "UID:a\nSUMMARY:Intro\nDTSTART;TZID=Customized Time Zone:20260312T190000",
            header=(
                "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\n"
                f"DTSTART:16010101T000000\nTZOFFSETFROM:{offset}\nTZOFFSETTO:{offset}\n"
                "END:STANDARD\nEND:VTIMEZONE"
            ),
        )

    india = read_text(custom_zone_file("+0530"))
    japan = read_text(custom_zone_file("+0900"))

    assert india.records[0].start == utc("2026-03-12 13:30")
    assert japan.records[0].start == utc("2026-03-12 10:00")


def test_it_reads_utc_times_as_utc() -> None:
    record = one(read("google_export.ics"), "Call with Sam Lee (Robert Half)")

    assert record.start == utc("2026-03-10 15:00")
    assert record.end == utc("2026-03-10 16:00")


def test_it_reads_floating_times_in_googles_x_wr_timezone() -> None:
    assert one(read("google_export.ics"), "Lunch with Tom Becker").start == utc("2026-03-12 16:00")


def test_x_wr_timezone_keeps_a_utc_series_at_the_same_local_time_across_daylight_saving() -> None:
    group = titled(read("google_export.ics"), "Apply to three jobs")

    assert [r.start for r in group] == [
        utc("2026-03-02 14:00"),
        utc("2026-03-09 13:00"),
        utc("2026-03-16 13:00"),
    ]


def test_it_reads_evolutions_vendor_prefixed_zone_names() -> None:
    calendar = read("evolution.ics")

    assert calendar.time_zone == "Europe/Paris"
    assert one(calendar, "Informational interview - Marc Dubois").start == utc("2026-03-12 13:00")


def test_floating_times_without_x_wr_timezone_use_the_files_zone() -> None:
    assert one(read("evolution.ics"), "Piano lesson").start == utc("2026-03-18 08:00")


def test_floating_times_in_a_file_without_zones_fall_back_to_utc_or_the_default() -> None:
    text = calendar_text("UID:f\nSUMMARY:Coffee\nDTSTART:20260310T090000")

    assert read_text(text).records[0].start == utc("2026-03-10 09:00")
    chicago = read_calendar(
        text.encode(),
        "x.ics",
        window_start=YEAR_START,
        window_end=YEAR_END,
        default_zone="America/Chicago",
    )
    assert chicago.records[0].start == utc("2026-03-10 14:00")
    assert chicago.time_zone == "America/Chicago"


@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles", "Asia/Tokyo"])
@pytest.mark.parametrize(
    ("name", "summary", "first_day", "day_after"),
    [
        # Apple's and DAVx5's calendars are in Europe, Outlook's and Google's in America:
        # the date is the same for a user anywhere.
        ("apple_calendar.ics", "Easter Monday", "2026-04-06", "2026-04-07"),
        ("holidays_all_day.ics", "Labor Day", "2026-09-07", "2026-09-08"),
        ("outlook_windows_zones.ics", "Chicago Tech Career Fair", "2026-03-20", None),
        ("davx5_android.ics", "Team offsite", "2026-03-25", "2026-03-27"),
        ("google_export.ics", "Vacation day", "2026-03-20", "2026-03-21"),
    ],
)
def test_an_all_day_event_keeps_its_date_wherever_the_user_is(
    name: str, summary: str, first_day: str, day_after: str | None, zone: str
) -> None:
    record = one(read(name, default_zone=zone), summary)

    assert record.all_day
    # Midnight where the user is: every page shows the workspace's zone.
    local = record.start.astimezone(ZoneInfo(zone))
    assert (local.date().isoformat(), local.time()) == (first_day, time(0))
    if day_after:
        assert record.end is not None
        assert record.end.astimezone(ZoneInfo(zone)).date().isoformat() == day_after


@pytest.mark.parametrize("length", [b"", b"DURATION:P1D\r\n"], ids=["no end", "a day's duration"])
def test_an_all_day_event_on_the_day_the_clocks_change_ends_at_the_next_midnight(
    length: bytes,
) -> None:
    # Apple's Easter Monday moved to Sunday 29 March 2026, when Berlin's day has 23 hours;
    # with no DTEND the event lasts its one date (RFC 5545), so it ends at midnight too.
    data = (DATA / "apple_calendar.ics").read_bytes()
    data = data.replace(b"DTEND;VALUE=DATE:20260407\r\n", length)
    data = data.replace(b"DTSTART;VALUE=DATE:20260406", b"DTSTART;VALUE=DATE:20260329")
    berlin = ZoneInfo("Europe/Berlin")
    record = one(
        read_calendar(
            data,
            "apple.ics",
            window_start=YEAR_START,
            window_end=YEAR_END,
            default_zone="Europe/Berlin",
        ),
        "Easter Monday",
    )
    assert record.start == datetime(2026, 3, 29, tzinfo=berlin)
    assert record.end == datetime(2026, 3, 30, tzinfo=berlin)


def test_a_holiday_list_is_read_as_all_day_events() -> None:
    calendar = read("holidays_all_day.ics")

    assert len(calendar.records) == 9
    assert all(record.all_day for record in calendar.records)
    assert calendar.time_zone == "UTC"


def test_returned_times_are_timezone_aware_utc() -> None:
    for name in ("outlook_windows_zones.ics", "apple_calendar.ics", "davx5_android.ics"):
        for record in read(name).records:
            assert record.start.utcoffset() == timedelta(0)


def test_the_window_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        read_calendar(b"", "x.ics", window_start=datetime(2026, 1, 1), window_end=YEAR_END)


# People


def test_it_reads_attendee_names_with_commas() -> None:
    record = titled(read("outlook_windows_zones.ics"), "Job search accountability group")[0]

    assert Attendee(name="Doe, John", email="john.doe@example.com") in record.attendees


def test_an_outlook_nomail_attendee_keeps_the_name_without_an_address() -> None:
    record = one(read("outlook_windows_zones.ics"), "Coffee w/ Priya Raman")

    assert record.attendees == [Attendee(name="Priya Raman", email="")]


def test_apples_email_parameter_gives_the_real_address_of_a_uuid_attendee() -> None:
    record = one(read("apple_calendar.ics"), "Coffee w/ Lorraine")

    assert record.attendees[0] == Attendee(name="Lorraine Kim", email="lorraine.kim@icloud.com")
    assert record.organizer == Attendee(name="Jane Seeker", email="jane.seeker@me.com")


def test_googles_unknown_organizer_is_no_organizer() -> None:
    assert one(read("google_export.ics"), "Flight to Chicago (UA 1234)").organizer is None


def test_an_address_used_as_a_name_names_no_one() -> None:
    record = one(read("google_export.ics"), "Call with Sam Lee (Robert Half)")

    assert Attendee(name="", email="jane.seeker@gmail.com") in record.attendees


def test_mailto_in_capitals_is_read_and_the_address_lowercased() -> None:
    record = one(read("evolution.ics"), "Informational interview - Marc Dubois")

    assert record.attendees == [Attendee(name="Marc Dubois", email="marc.dubois@example.fr")]


def test_rooms_and_people_who_declined_are_not_attendees() -> None:
    outlook = titled(read("outlook_windows_zones.ics"), "Job search accountability group")[0]
    mixer = one(read("davx5_android.ics"), "Networking mixer – Berlin Product People")

    assert "room-a@stmarks.example.org" not in {a.email for a in outlook.attendees}
    assert mixer.attendees == [Attendee(name="Jonas Weber", email="jonas.weber@example.de")]


def test_owner_is_googles_calendar_name_when_it_is_an_address() -> None:
    assert read("google_export.ics").owner_emails == {"jane.seeker@gmail.com"}


def test_owner_is_the_address_on_every_meeting() -> None:
    assert read("outlook_windows_zones.ics").owner_emails == {"olivia.owner@contoso.com"}


def test_owner_is_not_guessed_from_one_published_event() -> None:
    assert read("apple_calendar.ics").owner_emails == set()


def test_owner_is_the_one_organizer_of_a_published_calendar() -> None:
    events = [
        f"UID:{n}\nSUMMARY:Block {n}\nDTSTART:2026031{n}T150000Z\n"
        "ORGANIZER;CN=Ann:mailto:ann@example.com"
        for n in (1, 2)
    ]

    assert read_text(calendar_text(*events, header="METHOD:PUBLISH")).owner_emails == {
        "ann@example.com"
    }


def test_two_people_on_every_event_give_no_owner() -> None:
    events = [
        f"UID:{n}\nSUMMARY:Coffee {n}\nDTSTART:2026031{n}T150000Z\n"
        "ATTENDEE:mailto:me@example.com\nATTENDEE:mailto:jane@example.com"
        for n in (1, 2, 3)
    ]

    assert read_text(calendar_text(*events)).owner_emails == set()


# Sloppy text


def test_tab_folded_lines_are_joined() -> None:
    record = one(read("apple_calendar.ics"), "Coffee w/ Lorraine")

    assert record.description == "Talk about product roles at Monzo and the London fintech scene."
    assert record.location == "Monmouth Coffee\nBorough Market, London"


def test_a_bom_and_cr_cr_lf_line_ends_are_read() -> None:
    calendar = read("bom_crcrlf.ics")

    record = one(calendar, "Café avec Hélène Durand")
    assert record.start == utc("2026-03-17 08:30")
    assert record.description == "Rencontre avec Hélène pour parler du poste de cheffe de produit."
    assert record.attendees == [Attendee(name="Durand, Hélène", email="helene.durand@example.fr")]


@pytest.mark.parametrize("line_end", ["\r\n", "\n", "\r", "\r\r\n"])
def test_every_kind_of_line_end_reads_the_same(line_end: str) -> None:
    original = (DATA / "google_export.ics").read_bytes()
    data = original.replace(b"\r\n", line_end.encode())

    converted = read_calendar(data, "g.ics", window_start=YEAR_START, window_end=YEAR_END)

    assert converted.records == read("google_export.ics").records


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_utf16_and_windows_code_page_files_are_read(encoding: str) -> None:
    text = calendar_text("UID:e\nSUMMARY:Café with Zoë\nDTSTART:20260310T150000Z")

    calendar = read_calendar(
        text.encode(encoding), "e.ics", window_start=YEAR_START, window_end=YEAR_END
    )

    assert calendar.records[0].summary == "Café with Zoë"


def test_over_long_unfolded_lines_are_read_whole() -> None:
    record = one(read("davx5_android.ics"), "Networking mixer – Berlin Product People")

    assert len(record.description) > 200
    assert record.description.endswith("how much pizza to order.")


def test_a_repeat_rule_written_with_spaces_is_repaired() -> None:
    group = titled(read("broken_rule.ics"), "Job club")

    assert [r.start for r in group] == [
        utc("2026-03-02 16:00"),
        utc("2026-03-03 16:00"),
        utc("2026-03-09 15:00"),
        utc("2026-03-10 15:00"),
    ]


def test_an_unrepairable_rule_is_skipped_by_summary_and_uid() -> None:
    calendar = read("broken_rule.ics")

    assert titled(calendar, "Mastermind") == []
    (skipped,) = [s for s in calendar.skipped if "Mastermind" in s.where]
    assert skipped.where == "event 'Mastermind' (UID unrepairable-rule-2)"
    assert "repeat rule" in skipped.reason and "FORTNIGHTLY" in skipped.reason


def test_an_event_without_a_start_is_skipped_by_summary_and_uid() -> None:
    calendar = read("broken_rule.ics")

    (skipped,) = [s for s in calendar.skipped if "Coffee with Dana" in s.where]
    assert skipped.where == "event 'Coffee with Dana' (UID no-start-3)"
    assert skipped.reason == "it has no start time"


def test_the_rest_of_a_calendar_with_broken_events_imports() -> None:
    assert one(read("broken_rule.ics"), "Lunch with Dana").start == utc("2026-03-06 18:00")


def test_a_rule_that_cannot_be_expanded_is_skipped_not_raised() -> None:
    calendar = read_text(
        calendar_text(
            "UID:both\nSUMMARY:Standup\nDTSTART:20260302T150000Z\nRRULE:FREQ=DAILY;BYHOUR=25",
            "UID:ok\nSUMMARY:Coffee\nDTSTART:20260302T150000Z",
        )
    )

    assert [r.summary for r in calendar.records] == ["Coffee"]
    assert calendar.skipped == [
        Skipped(
            "event 'Standup' (UID both)", "its repeats cannot be worked out (FREQ=DAILY;BYHOUR=25)"
        )
    ]


def test_an_event_without_an_end_line_is_skipped_and_the_next_one_read() -> None:
    text = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:cut\nSUMMARY:Half\nDTSTART:20260302T150000Z\n"
        "BEGIN:VEVENT\nUID:whole\nSUMMARY:Whole\nDTSTART:20260303T150000Z\nEND:VEVENT\n"
        "END:VCALENDAR"
    )

    calendar = read_text(text)

    assert [r.summary for r in calendar.records] == ["Whole"]
    assert calendar.skipped[0].where == "event 'Half' (UID cut)"


# Whole files


def test_a_truncated_file_keeps_complete_events_and_says_where_it_stopped() -> None:
    calendar = read("truncated.ics")

    assert [r.summary for r in calendar.records] == ["Coffee with Kim", "Call with Lee"]
    (skipped,) = calendar.skipped
    assert skipped.where == "end of file"
    assert "truncated after event 2" in skipped.reason


@pytest.mark.parametrize("data", [(DATA / "not_a_calendar.txt").read_bytes(), b"", b"\x00\xff"])
def test_something_that_is_not_a_calendar_is_an_unknown_format(data: bytes) -> None:
    with pytest.raises(UnknownFormatError) as raised:
        read_calendar(data, "notes.txt", window_start=YEAR_START, window_end=YEAR_END)

    assert raised.value.file == "notes.txt"


def test_a_calendar_in_another_calendar_scale_cannot_be_imported() -> None:
    with pytest.raises(ImportFileError, match="CHINESE"):
        read_text(calendar_text("UID:x\nDTSTART:20260301", header="CALSCALE:CHINESE"))


def test_every_fixture_reads_without_unexpected_skips() -> None:
    for path in DATA.glob("*.ics"):
        calendar = read(path.name)
        assert calendar.format == "ics"
        if path.name not in {"broken_rule.ics", "endless_series.ics", "truncated.ics"}:
            assert calendar.skipped == [], path.name


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_rejected_with_a_reason(data: bytes) -> None:
    try:
        calendar = read_calendar(data, "x.ics", window_start=YEAR_START, window_end=YEAR_END)
    except UnknownFormatError:
        return
    except ImportFileError as error:
        # Bytes that start like text and break off (a UTF-16 mark and one byte more).
        assert error.message and error.file == "x.ics"
        return
    assert calendar.records == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_any_summary_survives_the_exporters_escaping(summary: str) -> None:
    # icalendar's own escaping takes a written backslash and capital N for an escaped line
    # break before escaping anything (icalendar.parser.escape_char), so such a summary
    # leaves the exporter changed: nothing a reader can give back.
    assume("\\N" not in summary)
    event = icalendar.Event()
    event.add("UID", "x")
    event.add("SUMMARY", summary)
    event.add("DTSTART", datetime(2026, 3, 10, 15, tzinfo=UTC))
    calendar = icalendar.Calendar()
    calendar.add_component(event)

    record = read_calendar(
        calendar.to_ical(), "x.ics", window_start=YEAR_START, window_end=YEAR_END
    ).records[0]

    assert record.summary == summary.strip()


_PROPERTY_NAMES = st.sampled_from(
    [
        "SUMMARY",
        "DTSTART",
        "DTSTART;TZID=Nowhere Standard Time",
        "DTEND",
        "DURATION",
        "RRULE",
        "EXDATE",
        "RDATE",
        "RECURRENCE-ID",
        'ATTENDEE;CN="Doe, J"',
        "ORGANIZER",
        "STATUS",
        "X-WR-TIMEZONE",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            _PROPERTY_NAMES, st.text(alphabet="0123456789TZ:;=,-PWDHMS/@.abcFREQ ", max_size=30)
        ),
        max_size=8,
    )
)
def test_any_property_values_are_read_or_skipped_never_raised(lines: list[tuple[str, str]]) -> None:
    event = "\n".join(f"{name}:{value}" for name, value in lines)
    text = calendar_text(f"UID:fuzz\nDTSTART:20260310T150000Z\n{event}")

    calendar = read_text(text)

    assert len(calendar.records) + len(calendar.skipped) >= 1


def test_the_calendar_is_capped_at_max_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rapport.formats.ics.MAX_EVENTS", 2)

    calendar = read("google_export.ics")

    assert len(calendar.records) == 2
    left_out = [s for s in calendar.skipped if "more than 2 events" in s.reason]
    assert left_out
    assert len(calendar.records) + sum(s.count for s in calendar.skipped) >= 3


@pytest.mark.parametrize(("day", "reported"), [("20260310", True), ("20200310", True)])
def test_a_broken_single_event_is_reported_whatever_its_date(day: str, reported: bool) -> None:
    text = calendar_text(f"UID:bad\nSUMMARY:Coffee\nDTSTART:{day}Tnoon")

    calendar = read_text(text)

    assert bool(calendar.skipped) is reported


@pytest.mark.parametrize(
    ("name", "summary", "start"),
    [
        # Outlook Web App names zones by their display names and sends no VTIMEZONE.
        ("owa_display_names.ics", "Coffee with Priya Raman", "2026-03-10 14:00"),
        ("owa_display_names.ics", "Call with the Sydney office", "2026-07-14 23:00"),
        # The VTIMEZONE escapes its commas; the events quote them.
        ("outlook_escaped_comma_tzid.ics", "Lunch with Linh Nguyen", "2026-03-12 07:00"),
    ],
)
def test_outlook_zone_names_give_the_right_utc_time(name: str, summary: str, start: str) -> None:
    assert one(read(name), summary).start == utc(start)


def test_an_unknown_display_name_uses_the_files_own_zone_definition() -> None:
    # Exchange CDO, 2007: "(GMT) Greenwich Mean Time/Dublin/Edinburgh/London", which no
    # table knows, defined in the file with British Summer Time. 11:00 in July is 10:00 UTC.
    parsed = read(
        "exchange_cdo_gmt_display_name.ics",
        start=datetime(2007, 1, 1, tzinfo=UTC),
        end=datetime(2008, 1, 1, tzinfo=UTC),
    )
    (meeting,) = parsed.records
    assert (meeting.start, meeting.end) == (utc("2007-07-24 10:00"), utc("2007-07-24 10:30"))


def test_a_display_name_with_the_ampersand_spelt_out_is_known() -> None:
    # "(UTC-05:00) Eastern Time (US and Canada)": New York, 12:00 EDT is 16:00 UTC.
    parsed = read(
        "display_name_us_and_canada.ics",
        start=datetime(2015, 1, 1, tzinfo=UTC),
        end=datetime(2016, 1, 1, tzinfo=UTC),
    )
    assert min(r.start for r in parsed.records) == utc("2015-07-06 16:00")


def test_a_time_inside_its_quoted_zone_is_read_as_outlook_meant_it() -> None:
    # Exchange 2010: DTSTART;TZID="W. Europe Standard Time:20200609T090000".
    parsed = read(
        "exchange_quoted_time.ics",
        start=datetime(2020, 6, 1, tzinfo=UTC),
        end=datetime(2020, 6, 11, tzinfo=UTC),
    )
    assert parsed.skipped == []
    assert [r.start for r in parsed.records] == [
        utc("2020-06-09 07:00"),  # 09:00 in Berlin, summer time
        utc("2020-06-10 07:00"),
    ]


@pytest.mark.parametrize(
    ("event", "where"),
    [
        ("DTSTAMP:20260101T000000Z", "an event with no title or ID"),
        ("UID:lost-start", "an event with no title (UID lost-start)"),
        (f"SUMMARY:Sync\nUID:{'0' * 112}", f"event 'Sync' (UID {'0' * 39}…)"),
    ],
)
def test_an_event_without_a_start_is_named_so_a_user_can_find_it(event: str, where: str) -> None:
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n{event}\nEND:VEVENT\nEND:VCALENDAR\n"
    (skipped,) = read_text(text).skipped
    assert (skipped.where, skipped.reason) == (where, "it has no start time")
