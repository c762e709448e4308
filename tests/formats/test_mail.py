"""E-mail read as Gmail, Thunderbird and Apple Mail write it: threads, replies, bulk skipped."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.core.records import Person, TouchFile
from rapport.formats.detect import sniff
from rapport.formats.headers import looks_like_mail
from rapport.formats.mail import BODY_BYTES, read_mail, split_mbox

MAIL = Path(__file__).resolve().parents[1] / "data" / "mail"
ALEX = "alex.rivera@example.com"
NADIA = Person("Nadia Haddad", "", "nadia@hooli.example")


def read(name: str, me: tuple[str, ...] = ()) -> TouchFile:
    with (MAIL / name).open("rb") as stream:
        return read_mail(stream, name, me=me)


def test_a_takeout_mailbox_gives_a_touch_per_message_and_person() -> None:
    parsed = read("takeout.mbox")
    assert parsed.me == Person("", "", ALEX)
    assert [(r.direction, r.person.email, r.when) for r in parsed.records] == [
        ("out", "nadia@hooli.example", datetime(2024, 2, 26, 13, 30, tzinfo=UTC)),
        ("in", "nadia@hooli.example", datetime(2024, 2, 28, 16, 45, 2, tzinfo=UTC)),
        ("out", "nadia@hooli.example", datetime(2024, 3, 6, 14, 10, tzinfo=UTC)),
        ("out", "nadia@hooli.example", datetime(2024, 3, 11, 10, tzinfo=UTC)),
        ("out", "omar@piedpiper.example", datetime(2024, 3, 11, 10, tzinfo=UTC)),
    ]
    assert parsed.read == len(parsed.records) + len(parsed.skipped)


def test_bulk_automatic_undated_and_crowd_mail_is_skipped_with_its_number() -> None:
    assert [(s.where, s.reason) for s in read("takeout.mbox").skipped] == [
        ("message 4", "mailing-list or newsletter mail"),
        ("message 5", "an automatic message"),
        ("message 6", "no date"),
        ("message 7", "sent to more than 20 people"),
    ]


def test_gmail_threads_replies_and_attachments_are_kept() -> None:
    outreach, reply, thanks, *_ = read("takeout.mbox").records
    assert outreach.thread == reply.thread == thanks.thread == "1792301234567890123"
    assert reply.in_reply_to == "<CAout1@mail.gmail.com>"
    assert reply.text.startswith("Happy to chat, Alex.")  # the plain part, not the HTML
    assert thanks.attachments == ("Alex Rivera handbill.pdf",)
    # An mboxrd-quoted ">From" line reads as the writer wrote it.
    assert "\nFrom what I read, you are hiring." in outreach.text


def test_one_eml_message_is_read_with_the_user_as_the_recipient() -> None:
    (reply,) = read("reply.eml").records
    assert (reply.direction, reply.person.email) == ("in", "omar@piedpiper.example")
    assert reply.others == (NADIA,)
    assert read("reply.eml", me=(ALEX,)).me == Person("", "", ALEX)


@pytest.mark.parametrize("name", ["takeout.mbox", "reply.eml"])
def test_mail_is_recognised_by_its_content(name: str) -> None:
    data = (MAIL / name).read_bytes()
    assert looks_like_mail(data)
    assert sniff(data) == "email"


def test_a_message_larger_than_the_body_limit_is_cut_not_kept_whole() -> None:
    big = b"x" * 80 + b"\n"
    mbox = (
        b"From a@b Mon Mar 04 10:00:00 2024\nFrom: A <a@example.com>\nTo: b@example.com\n"
        b"Date: Mon, 04 Mar 2024 10:00:00 +0000\n\n" + big * 2000
    )
    (message,) = split_mbox(io.BytesIO(mbox))
    assert len(message) < BODY_BYTES + 200


def test_a_message_that_does_not_parse_is_skipped_and_the_rest_read() -> None:
    mbox = (
        b"From x Mon Mar 04 10:00:00 2024\nFrom: nobody\nDate: yesterday-ish\n\nhi\n\n"
        + (MAIL / "takeout.mbox").read_bytes()
    )
    parsed = read_mail(io.BytesIO(mbox), "mixed.mbox", me=(ALEX,))
    assert parsed.skipped[0].where == "message 1"
    assert len(parsed.records) == 5


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        # Mailman 2.0: no List-Id, only its own header and the list's -request sender.
        ("mailman_digest.eml", "mailing-list or newsletter mail"),
        # vger's majordomo: X-Mailing-List and a -owner Sender, eight people in To and Cc.
        ("kernel_list.eml", "mailing-list or newsletter mail"),
        # Bugzilla writes from a daemon's address, with its own headers and no Auto-Submitted.
        ("bugzilla.eml", "an automatic message"),
    ],
)
def test_list_and_tracker_mail_without_the_modern_headers_is_skipped(
    name: str, reason: str
) -> None:
    parsed = read(name)
    assert parsed.records == []
    assert [(s.where, s.reason) for s in parsed.skipped] == [("message 1", reason)]
    # Nobody is taken for the user on the strength of a list's own address.
    assert parsed.me is None


def test_a_zone_comment_before_the_offset_does_not_hide_the_offset() -> None:
    # RFC 3798's example date: "Wed, 20 Sep 1995 00:19:00 (EDT) -0400" is 04:19 UTC.
    (touch,) = read("zone_comment_date.eml").records
    assert touch.when == datetime(1995, 9, 20, 4, 19, tzinfo=UTC)
    assert read("zone_comment_date.eml").notes == []


def test_a_date_without_a_zone_is_taken_as_utc_and_the_report_says_so() -> None:
    mbox = (
        b"From x Mon Mar 04 10:00:00 2024\nFrom: Nadia Haddad <nadia@hooli.example>\n"
        b"To: alex.rivera@example.com\nDate: Mon, 04 Mar 2024 10:00:00 CEST\n\nhi\n\n"
        b"From x Mon Mar 04 10:00:00 2024\nFrom: Nadia Haddad <nadia@hooli.example>\n"
        b"To: alex.rivera@example.com\nDate: Tue, 05 Mar 2024 10:00:00 -0000\n\nhi\n"
    )
    parsed = read_mail(io.BytesIO(mbox), "zones.mbox", me=(ALEX,))
    assert [r.when for r in parsed.records] == [
        datetime(2024, 3, 4, 10, tzinfo=UTC),
        datetime(2024, 3, 5, 10, tzinfo=UTC),  # -0000 is UTC, said so by the writer
    ]
    assert parsed.notes == [
        "1 message gave its time without a time zone Rapport knows (message 1), so its "
        "time was read as UTC and may be a few hours off."
    ]


def test_an_unreadable_date_is_quoted_in_plain_words() -> None:
    mbox = b"From x Mon Mar 04 10:00:00 2024\nFrom: A <a@example.com>\nTo: b@example.com\n"
    parsed = read_mail(io.BytesIO(mbox + b"Date: someday soon\n\nhi\n"), "x.mbox")
    assert [s.reason for s in parsed.skipped] == ['the date "someday soon" cannot be read']


def test_a_message_without_a_date_is_still_known_as_mail() -> None:
    data = (MAIL / "no_date.eml").read_bytes()
    assert looks_like_mail(data)
    assert sniff(data) == "email"
    parsed = read("no_date.eml")
    assert [(s.where, s.reason) for s in parsed.skipped] == [("message 1", "no date")]
    assert parsed.read == 1


def test_a_body_line_starting_with_from_does_not_start_a_message() -> None:
    # Thunderbird writes "From -" and leaves a body's "From " lines as they are.
    messages = list(split_mbox(io.BytesIO((MAIL / "thunderbird_unquoted_from.mbox").read_bytes())))
    assert len(messages) == 2
    assert all(b"\n\nFrom Russia with love\n" in message for message in messages)
    # A separator with its date and more after it; "From time to time" in the body.
    (message,) = split_mbox(io.BytesIO((MAIL / "unquoted_from.mbox").read_bytes()))
    assert message.endswith(b"Hello\n\nFrom time to time\n")
    parsed = read("thunderbird_unquoted_from.mbox")
    assert parsed.read == 2


def test_a_list_archives_hidden_sender_is_said_to_be_hidden() -> None:
    # Mailman's pipermail writes "goran at domain.com": a list post, not a lost sender.
    parsed = read("pipermail_archive.mbox")
    assert [s.reason for s in parsed.skipped] == [
        "a mailing list's archive copy: the sender's address is hidden"
    ]


def test_a_message_with_few_headers_is_still_known_as_mail() -> None:
    # CPython's test mail: a sender, its recipient and its parts' type, nothing more.
    head = b"From: aperson@dom.ain\nTo: bperson@dom.ain\nContent-Type: multipart/digest\n\n"
    assert looks_like_mail(head)
    assert not looks_like_mail(b"From: aperson@dom.ain\n\nhello\n")
