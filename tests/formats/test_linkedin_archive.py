"""LinkedIn's archive files, read as LinkedIn writes them: touches, skips and who the user is."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.core.errors import ImportFileError, UnknownFormatError
from rapport.core.records import Person, TouchFile
from rapport.formats.detect import read_contacts, sniff
from rapport.formats.linkedin_archive import holds_connections, read_touches
from rapport.formats.linkedin_when import parse_when

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"
ZIP = "Basic_LinkedInDataExport_03-08-2024.zip"
ALEX = Person("Alex Rivera", "alex-rivera-5b")


def read(name: str, me: Person | None = None) -> TouchFile:
    return read_touches((ARCHIVE / name).read_bytes(), name, me=me)


def summary(parsed: TouchFile) -> list[tuple[str, str, str]]:
    return [(r.direction, r.person.name, r.when.date().isoformat()) for r in parsed.records]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("messages.csv", "linkedin_messages"),
        ("messages_10_columns.csv", "linkedin_messages"),
        ("messages_9_columns.csv", "linkedin_messages"),
        ("Invitations.csv", "linkedin_invitations"),
        ("Invitations_old.csv", "linkedin_invitations"),
        ("Endorsement_Received_Info.csv", "linkedin_endorsements"),
        ("Endorsement_Given_Info.csv", "linkedin_endorsements"),
        ("Recommendations_Received.csv", "linkedin_recommendations"),
        ("Recommendations_Given.csv", "linkedin_recommendations"),
    ],
)
def test_each_file_is_recognised_by_its_header_whatever_its_name(name: str, kind: str) -> None:
    data = (ARCHIVE / name).read_bytes()
    assert sniff(data) == kind
    assert (
        read_touches(data, "export (1).csv" if "Recommendations" not in name else name).format
        == kind
    )


def test_messages_give_one_touch_per_message_and_person_with_the_users_side_found() -> None:
    parsed = read("messages.csv")
    assert parsed.me == ALEX
    assert summary(parsed) == [
        ("out", "Nadia Haddad", "2024-03-06"),
        ("out", "Nadia Haddad", "2024-03-03"),  # the group message, once per person
        ("out", "Omar Farouk", "2024-03-03"),
        ("in", "Sam Patel", "2024-03-02"),
        ("out", "Sam Patel", "2024-03-02"),
        ("in", "Nadia Haddad", "2024-02-28"),
        ("out", "Nadia Haddad", "2024-02-26"),
        ("out", "Kim Nguyen, Ph.D.", "2024-02-20"),
    ]
    assert parsed.read == len(parsed.records) + len(parsed.skipped)


def test_spam_drafts_sponsored_messages_and_undated_rows_are_skipped_with_their_row() -> None:
    parsed = read("messages.csv")
    assert [(s.where, s.reason) for s in parsed.skipped] == [
        ("row 3", "a sponsored message (it has no sender profile)"),
        ("row 10", "a draft, never sent"),
        ("row 11", "spam"),
        ("row 12", "no date"),
    ]


def test_a_quoted_multi_line_message_is_one_row_with_its_lines_kept() -> None:
    outreach = read("messages.csv").records[-2]
    assert outreach.where == "messages.csv, row 8"
    assert outreach.text.startswith("Hi Nadia,\n\nWe both spoke at the Product Summit")
    assert outreach.when == datetime(2024, 2, 26, 8, 30, tzinfo=UTC)


def test_a_group_message_names_the_others_it_went_to() -> None:
    to_nadia, to_omar = read("messages.csv").records[1:3]
    assert to_nadia.others == (Person("Omar Farouk", "omar-farouk-1a2b"),)
    assert to_omar.others == (Person("Nadia Haddad", "nadia-haddad"),)


def test_a_recipient_whose_name_holds_a_comma_keeps_their_profile() -> None:
    kim = read("messages.csv").records[-1]
    assert kim.person == Person("Kim Nguyen, Ph.D.", "kim-nguyen-phd")


@pytest.mark.parametrize("name", ["messages_10_columns.csv", "messages_9_columns.csv"])
def test_older_exports_read_the_same_messages(name: str) -> None:
    parsed = read(name)
    assert parsed.me is not None and parsed.me.name == "Alex Rivera"
    assert summary(parsed) == [
        ("out", "Nadia Haddad", "2024-03-06"),
        ("in", "Sam Patel", "2024-03-02"),
        ("out", "Sam Patel", "2024-03-02"),
        ("in", "Nadia Haddad", "2024-02-28"),
        ("out", "Nadia Haddad", "2024-02-26"),
    ]


def test_the_plan_names_the_user_when_the_file_alone_cannot_tell() -> None:
    # One conversation: both people are in every row, so only the plan can say who is who.
    text = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        "2-a,,Alex Rivera,https://www.linkedin.com/in/alex,Nadia Haddad,"
        "https://www.linkedin.com/in/nadia,2024-03-06 09:10:00 UTC,,Hello,INBOX\n"
        "2-a,,Nadia Haddad,https://www.linkedin.com/in/nadia,Alex Rivera,"
        "https://www.linkedin.com/in/alex,2024-03-07 09:10:00 UTC,,Hi back,INBOX\n"
    )
    parsed = read_touches(text.encode(), "messages.csv", me=Person("Nadia Haddad"))
    assert parsed.me == Person("Nadia Haddad", "nadia")
    assert [(r.direction, r.text) for r in parsed.records] == [("in", "Hello"), ("out", "Hi back")]


def test_invitations_go_both_ways_and_old_exports_without_urls_are_read() -> None:
    assert [(r.direction, r.person) for r in read("Invitations.csv").records] == [
        ("out", Person("Sam Patel", "sam-patel-77")),
        ("in", Person("Priya Raman", "priya-raman")),
    ]
    old = read("Invitations_old.csv")
    assert [(r.direction, r.person.name) for r in old.records] == [
        ("out", "Sam Patel"),
        ("in", "Priya Raman"),
    ]
    assert [(s.where, s.reason) for s in old.skipped] == [("row 4", "no date")]
    assert read("Invitations.csv").records[0].when == datetime(2024, 3, 1, 14, 22, tzinfo=UTC)


def test_endorsements_and_recommendations_are_gives_both_ways() -> None:
    received = read("Endorsement_Received_Info.csv").records[0]
    given = read("Endorsement_Given_Info.csv").records[0]
    assert (received.direction, received.person, received.subject) == (
        "in",
        Person("Nadia Haddad", "nadia-haddad"),
        "Product Management",
    )
    assert (given.direction, given.person.slug) == ("out", "omar-farouk-1a2b")
    assert read("Recommendations_Received.csv").records[0].direction == "in"
    assert read("Recommendations_Given.csv").records[0].direction == "out"


def test_a_recommendations_file_renamed_past_recognition_is_refused_not_guessed() -> None:
    data = (ARCHIVE / "Recommendations_Given.csv").read_bytes()
    with pytest.raises(ImportFileError, match=r"Recommendations_Given\.csv or"):
        read_touches(data, "recs.csv")


def test_the_archive_reads_every_member_and_names_those_it_does_not_read() -> None:
    parsed = read(ZIP)
    assert parsed.format == "linkedin_archive"
    assert parsed.read == 18  # 12 message rows give 8 touches + 4 skipped; 6 others
    assert len(parsed.records) == 14
    assert parsed.skipped[0].where == "messages.csv, row 3"
    # The user's own files are read too (tests/formats/test_linkedin_own.py): none is left.
    assert parsed.notes == []
    assert holds_connections((ARCHIVE / ZIP).read_bytes())


def test_a_member_nothing_reads_is_named_in_a_note() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("messages.csv", (ARCHIVE / "messages.csv").read_bytes())
        archive.writestr("Education.csv", "School Name,Start Date,End Date,Notes\nOSU,2008,2012,\n")
    parsed = read_touches(buffer.getvalue(), "export.zip")
    assert parsed.notes == ["Not read from the archive (nothing Rapport reads yet): Education.csv."]


def test_an_archive_past_the_limit_once_inflated_is_refused() -> None:
    data = (ARCHIVE / ZIP).read_bytes()
    with pytest.raises(ImportFileError, match="unpacks to more than"):
        read_touches(data, ZIP, max_bytes=3000)


def test_a_zip_without_touches_says_so() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Profile.csv", "First Name,Last Name,Headline\nAlex,Rivera,PM\n")
    with pytest.raises(UnknownFormatError, match="no LinkedIn messages"):
        read_touches(buffer.getvalue(), "export.zip")


def test_messages_are_not_taken_for_contacts() -> None:
    with pytest.raises(UnknownFormatError, match="LinkedIn messages, not contacts"):
        read_contacts((ARCHIVE / "messages.csv").read_bytes(), "messages.csv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05 14:22:10 UTC", datetime(2024, 3, 5, 14, 22, 10, tzinfo=UTC)),
        ("2024/03/05 14:22:10 UTC", datetime(2024, 3, 5, 14, 22, 10, tzinfo=UTC)),
        ("3/5/24, 2:22 PM", datetime(2024, 3, 5, 14, 22, tzinfo=UTC)),
        ("03/05/24, 12:05 AM", datetime(2024, 3, 5, 0, 5, tzinfo=UTC)),
        ("03/05/24, 12:05 PM", datetime(2024, 3, 5, 12, 5, tzinfo=UTC)),
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("13/45/24, 2:22 PM", None),
        ("3/5/24, 14:22 PM", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_archive_dates_are_read_as_utc(text: str, expected: datetime | None) -> None:
    assert parse_when(text) == expected


def test_a_row_that_cannot_be_read_is_skipped_with_its_words_quoted_plainly() -> None:
    invitations = (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        'Alex Rivera,Nadia Haddad,"3/5/24, 2:22 PM",,SIDEWAYS,'
        "https://www.linkedin.com/in/alex-rivera-5b,https://www.linkedin.com/in/nadia-haddad\n"
    )
    parsed = read_touches(invitations.encode(), "Invitations.csv")
    assert [s.reason for s in parsed.skipped] == ['neither sent nor received: it says "SIDEWAYS"']
    messages = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,"
        "FOLDER\n"
        "2-abc,,Nadia Haddad,https://www.linkedin.com/in/nadia-haddad,Alex Rivera,"
        "last Tuesday,,Hello,INBOX\n"
    )
    parsed = read_touches(messages.encode(), "messages.csv")
    assert [s.reason for s in parsed.skipped] == ['the date "last Tuesday" cannot be read']


def test_a_name_with_a_comma_is_one_person_in_the_nine_column_messages() -> None:
    # The 9-column export names recipients only in TO, joined with ", ": "Dana O
    # Whitfield, CPHR" is the user, and each person writes and is written to as one.
    parsed = read("messages_9_columns_comma_names.csv")
    assert parsed.me == Person("Dana O Whitfield, CPHR", "dana-o-whitfield-cphr-57191289")
    assert [(r.direction, r.person.slug) for r in parsed.records] == [
        ("in", "priya-raman"),
        ("out", "priya-raman"),
        ("in", "priya-raman"),
        ("in", "kemi-a-obi-acipm-asm-07804a134"),
        ("out", "kemi-a-obi-acipm-asm-07804a134"),
    ]


def test_the_2018_messages_file_says_which_way_each_message_went() -> None:
    # From,To,Date,Subject,Content,Direction,Folder: no conversation id and no profiles.
    data = (ARCHIVE / "Messages_2018.csv").read_bytes()
    assert sniff(data) == "linkedin_messages"
    parsed = read("Messages_2018.csv")
    assert parsed.me == Person("Alex Rivera")
    assert [(r.direction, r.person.name, r.when) for r in parsed.records] == [
        ("in", "Nadia Haddad", datetime(2018, 6, 19, 5, 54, tzinfo=UTC)),
        ("out", "Nadia Haddad", datetime(2018, 6, 18, 23, 2, tzinfo=UTC)),
        ("out", "Omar Farouk", datetime(2018, 8, 13, 3, 31, tzinfo=UTC)),
    ]
    assert [(s.where, s.reason) for s in parsed.skipped] == [("row 4", "spam")]
    assert parsed.read == 4


def test_linkedins_own_notice_in_a_conversation_is_named_as_such() -> None:
    # A 2023 archive's row: no sender, no recipient, "Message request accepted".
    messages = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        "2-YjA5OTdjMGItOGQ0Zi00MWViLWIzYTctMTQ1NmY1NmUzNTUxXzAxMA==,,,,,,"
        "2023-03-15 16:13:44 UTC,,Message request accepted,INBOX\n"
    )
    parsed = read_touches(messages.encode(), "messages.csv")
    assert [s.reason for s in parsed.skipped] == [
        "a notice from LinkedIn, not a message from anyone"
    ]


SECOND = ARCHIVE / "second_profile"


@pytest.mark.parametrize(
    ("name", "skipped"),
    [
        (
            "Endorsement_Given_Info.csv",
            [
                ("row 3", "names you, not someone you endorsed"),
                ("row 4", "names you, not someone you endorsed"),
            ],
        ),
        ("Endorsement_Received_Info.csv", [("row 3", "names you, not someone who endorsed you")]),
        ("Recommendations_Given.csv", [("row 2", "names you, not someone you recommended")]),
        ("Invitations.csv", [("row 3", "names you, not someone who invited you")]),
        ("messages.csv", [("row 5", "a message to yourself")]),
    ],
)
def test_a_row_that_names_the_user_under_another_profile_is_skipped(
    name: str, skipped: list[tuple[str, str]]
) -> None:
    # A real archive's owner endorsed, recommended and was endorsed by their own name under
    # a second profile URL: the user, not a contact, and never a give.
    parsed = read_touches((SECOND / name).read_bytes(), name, me=ALEX)
    assert [(s.where, s.reason) for s in parsed.skipped] == skipped
    assert "Alex Rivera" not in {r.person.name for r in parsed.records}
    assert parsed.read == len(parsed.records) + len(parsed.skipped)


def test_the_archive_knows_the_user_from_their_profile_for_every_file() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(SECOND.iterdir()):
            archive.writestr(path.name, path.read_bytes())
    parsed = read_touches(buffer.getvalue(), "Basic_LinkedInDataExport_12-16-2024.zip")
    assert "Alex Rivera" not in {r.person.name for r in parsed.records}
    assert sorted({r.person.name for r in parsed.records}) == [
        "Nadia Haddad",
        "Omar Farouk",
        "Sam Patel",
    ]
    assert sum("names you" in s.reason for s in parsed.skipped) == 5
