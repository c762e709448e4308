"""Mail exports' archives, read as Google and Apple write them: each part, and what is not read."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.core.errors import ImportFileError, InputError
from rapport.formats.detect import is_archive
from rapport.formats.export_archive import read_export
from rapport.formats.linkedin_archive import is_linkedin_export
from tests.mail_exports import (
    ADDRESS_BOOK,
    CALENDAR,
    MAILBOX,
    apple_mail,
    large_mailbox,
    takeout,
    tgz,
    zipped,
    zipped_on_a_mac,
)

LIMIT = 100 * 1024 * 1024
LINKEDIN = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"


@pytest.mark.parametrize("pack", [zipped, tgz])
def test_it_reads_each_part_of_a_takeout_archive(pack: object) -> None:
    assert callable(pack)
    data = pack(takeout())
    contents = read_export(io.BytesIO(data), "takeout.zip", max_bytes=LIMIT)
    assert [(p.member, p.kind) for p in contents.parts] == [
        (CALENDAR, "ics"),
        (ADDRESS_BOOK, "vcard"),
        (MAILBOX, "email"),
    ]
    mail = contents.parts[2].mail
    assert mail is not None
    assert (mail.read, len(mail.records)) == (9, 5)
    assert mail.records[0].where == f"takeout.zip/{MAILBOX}, message 1"
    assert sorted(contents.others, key=str.casefold) == [
        "archive_browser.html",
        "Blocked Addresses.json",
        "Filters.json",
        "Forwarding Addresses.json",
        "Signatures.json",
    ]
    assert is_archive(data[:512])


def test_a_zipped_apple_mail_export_is_its_mailbox_and_macos_files_are_left_out() -> None:
    data = zipped(zipped_on_a_mac(apple_mail()))
    contents = read_export(io.BytesIO(data), "INBOX.zip", max_bytes=LIMIT)
    assert [(p.member, p.kind) for p in contents.parts] == [("INBOX.mbox/mbox", "email")]
    assert sorted(contents.others) == ["Info.plist", "table_of_contents"]


def test_an_empty_file_is_named_as_empty() -> None:
    members = {**takeout(), "Takeout/Contacts/Starred in Android/Starred in Android.vcf": b""}
    contents = read_export(io.BytesIO(zipped(members)), "t.zip", max_bytes=LIMIT)
    assert contents.empty == ["Starred in Android.vcf"]


def test_address_books_and_calendars_past_the_limit_together_are_refused() -> None:
    members = takeout()
    both = len(members[CALENDAR]) + len(members[ADDRESS_BOOK])
    with pytest.raises(ImportFileError, match="unpack to more than") as raised:
        read_export(io.BytesIO(zipped(members)), "t.zip", max_bytes=both - 1)
    assert raised.value.file == f"t.zip/{ADDRESS_BOOK}"
    read_export(io.BytesIO(zipped(members)), "t.zip", max_bytes=both)


@pytest.mark.parametrize("pack", [zipped, tgz])
def test_a_mailbox_is_streamed_out_of_the_archive_whatever_the_limit(pack: object) -> None:
    assert callable(pack)
    mailbox = large_mailbox(60)
    assert len(mailbox) > 5_800_000  # about three times the bound below
    data = pack(takeout(mailbox=mailbox))
    tracemalloc.start()
    try:
        contents = read_export(io.BytesIO(data), "t.zip", max_bytes=64 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    mail = contents.parts[-1].mail
    assert mail is not None
    assert mail.read == 60
    # The mailbox is never held whole: a message's body is read up to 16 KB, in 1 MB reads.
    assert peak < 4 * 1024 * 1024


def test_only_linkedins_zip_is_linkedins_export() -> None:
    linkedin = (LINKEDIN / "Basic_LinkedInDataExport_03-08-2024.zip").read_bytes()
    assert is_linkedin_export(io.BytesIO(linkedin))
    assert not is_linkedin_export(io.BytesIO(zipped(takeout())))
    assert not is_linkedin_export(io.BytesIO(b"not a zip"))


@settings(max_examples=150, deadline=None)
@given(
    pack=st.sampled_from([zipped, tgz]),
    at=st.floats(0, 1),
    noise=st.binary(max_size=12),
    cut=st.integers(0, 40),
)
def test_a_damaged_archive_fails_only_with_an_input_error(
    pack: object, at: float, noise: bytes, cut: int
) -> None:
    assert callable(pack)
    data = pack(takeout())
    where = int(len(data) * at)
    damaged = data[:where] + noise + data[where + cut :]
    try:
        read_export(io.BytesIO(damaged), "t.zip", max_bytes=LIMIT)
    except InputError as error:
        assert (error.file or "").startswith("t.zip")
