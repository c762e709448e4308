"""Google Takeout's archive and a zipped Apple Mail export, imported as they come, part by part."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from pytest_django.fixtures import Settings as SettingsWrapper

from rapport.contacts.models import Contact
from rapport.core.errors import ImportFileError
from rapport.import_page.services import import_bytes
from rapport.import_page.undo import undo_import
from rapport.imports.models import ImportJob, ImportRun
from rapport.meetings.models import Interaction
from rapport.touches.models import Touch
from tests.mail_exports import (
    ADDRESS_BOOK,
    CALENDAR,
    DATA,
    MAILBOX,
    SETTINGS,
    TAKEOUT_NAME,
    apple_mail,
    large_mailbox,
    takeout,
    tgz,
    zipped,
    zipped_on_a_mac,
)

ZIP = f"{TAKEOUT_NAME}.zip"


def _runs(user: User) -> dict[str, ImportRun]:
    return {run.format: run for run in ImportRun.objects.filter(owner=user)}


@pytest.mark.parametrize(("pack", "name"), [(zipped, ZIP), (tgz, f"{TAKEOUT_NAME}.tgz")])
def test_a_takeout_archive_imports_each_part_as_an_import_of_its_own(
    alice: User, pack: Any, name: str
) -> None:
    run = import_bytes(alice, pack(takeout()), name)
    runs = _runs(alice)
    assert sorted(runs) == ["email", "ics", "vcard"]
    assert run == runs["email"]
    assert runs["vcard"].file_name == f"{name}/{ADDRESS_BOOK}"
    assert runs["vcard"].counts["new"] == runs["vcard"].counts["read"] == 3
    assert runs["ics"].counts["read"] == 12
    assert run.counts["read"] == run.counts["new"] + run.counts["skipped"] == 9
    # The address book came first, so the messages found Nadia among the contacts.
    nadia = Contact.objects.get(owner=alice, full_name="Nadia Haddad")
    assert Touch.objects.filter(owner=alice, contact=nadia).count() == 4
    assert run.notes[:3] == [
        "The address book My Contacts.vcf was imported first, as an import of its own "
        "with its own undo: Read 3 cards (UTF-8 text): 3 new.",
        "The calendar jane.seeker@gmail.com.ics was imported first, as an import of its own "
        "with its own undo: Read 12 events (UTF-8 text): 11 new, 1 cancelled.",
        "5 other files in the archive were not read, as Rapport reads only mailboxes, "
        "address books and calendars: archive_browser.html, Blocked Addresses.json, "
        "Filters.json, Forwarding Addresses.json, Signatures.json.",
    ]


def test_importing_the_archive_again_brings_nothing_new(alice: User) -> None:
    data = zipped(takeout())
    import_bytes(alice, data, ZIP)
    again = import_bytes(alice, data, ZIP)
    assert again.format == "email"
    assert (again.counts["new"], again.counts["unchanged"]) == (0, 5)
    assert "Read 3 cards (UTF-8 text): 3 unchanged." in again.notes[0]
    assert "11 unchanged, 1 cancelled." in again.notes[1]


def test_each_part_is_undone_on_its_own(alice: User) -> None:
    import_bytes(alice, zipped(takeout()), ZIP)
    runs = _runs(alice)
    undo_import(alice, runs["ics"])
    assert not Interaction.objects.filter(owner=alice).exists()
    assert Touch.objects.filter(owner=alice).count() == 5
    undo_import(alice, runs["email"])
    assert not Touch.objects.filter(owner=alice).exists()
    assert Contact.objects.filter(owner=alice).count() == 3


def test_a_zipped_apple_mail_export_imports_its_mailbox(alice: User) -> None:
    run = import_bytes(alice, zipped(zipped_on_a_mac(apple_mail())), "INBOX.mbox.zip")
    assert (run.format, run.file_name) == ("email", "INBOX.mbox.zip/INBOX.mbox/mbox")
    assert run.counts["new"] == 5
    # macOS's own copies (__MACOSX/…/._mbox) are not the user's files: not named.
    assert run.notes[0] == (
        "2 other files in the archive were not read, as Rapport reads only mailboxes, "
        "address books and calendars: Info.plist, table_of_contents."
    )


def test_an_archive_holding_nothing_rapport_reads_says_what_it_reads(alice: User) -> None:
    with pytest.raises(ImportFileError) as raised:
        import_bytes(alice, zipped(SETTINGS), "takeout-20241105T101010Z-002.zip")
    message = str(raised.value)
    assert "holds nothing Rapport reads (it holds 5 files: archive_browser.html," in message
    assert "Rapport reads mailboxes (.mbox or .eml), address books" in message
    assert "Connections.csv" not in message
    assert not ImportRun.objects.filter(owner=alice).exists()


def test_a_zip_of_linkedins_files_is_still_linkedins_export(alice: User) -> None:
    data = (DATA / "linkedin_archive" / "Basic_LinkedInDataExport_03-08-2024.zip").read_bytes()
    run = import_bytes(alice, data, "Basic_LinkedInDataExport_03-08-2024.zip")
    assert run.format == "linkedin_archive"
    assert run.notes[0].startswith("Its connections were imported first")


def test_address_books_past_the_limit_refuse_the_archive_and_write_nothing(
    alice: User, settings: SettingsWrapper
) -> None:
    settings.RAPPORT_MAX_IMPORT_BYTES = 64 * 1024
    big = b"".join(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %d\r\nCATEGORIES:myContacts\r\nEND:VCARD\r\n"
        % number
        for number in range(2000)
    )
    assert len(big) > settings.RAPPORT_MAX_IMPORT_BYTES
    data = zipped(takeout(address_book=big))
    assert len(data) < settings.RAPPORT_MAX_IMPORT_BYTES  # small once zipped: it inflates
    with pytest.raises(ImportFileError, match="unpack to more than"):
        import_bytes(alice, data, ZIP)
    assert not ImportRun.objects.filter(owner=alice).exists()
    assert not Contact.objects.filter(owner=alice).exists()
    assert not Touch.objects.filter(owner=alice).exists()


def test_a_mailbox_larger_than_the_limit_still_imports(
    alice: User, settings: SettingsWrapper
) -> None:
    members = takeout()
    settings.RAPPORT_MAX_IMPORT_BYTES = len(members[MAILBOX]) + len(zipped(members))
    mailbox = members[MAILBOX] * 3  # three copies: the same 9 messages, read three times
    assert len(mailbox) > settings.RAPPORT_MAX_IMPORT_BYTES
    run = import_bytes(alice, zipped(takeout(mailbox=mailbox)), ZIP)
    assert run.counts["read"] == 27
    assert len(_runs(alice)) == 3


def _upload(client: Client, data: bytes, name: str) -> Any:
    return client.post("/import/", {"file": SimpleUploadedFile(name, data), "format": ""})


def test_the_import_page_takes_takeouts_zip_and_reports_every_part(
    alice: User, alice_client: Client
) -> None:
    response = _upload(alice_client, zipped(takeout()), ZIP)
    run = ImportRun.objects.get(owner=alice, format="email")
    assert response["Location"] == f"/import/{run.pk}/"
    page = alice_client.get(response["Location"]).content.decode()
    assert "The address book My Contacts.vcf was imported first" in page
    assert "The calendar jane.seeker@gmail.com.ics was imported first" in page
    assert "5 other files in the archive were not read" in page
    again = _upload(alice_client, zipped(takeout()), ZIP)
    rerun = ImportRun.objects.filter(owner=alice, format="email").first()
    assert rerun is not None and again["Location"] == f"/import/{rerun.pk}/"
    assert (rerun.counts["new"], rerun.counts["unchanged"]) == (0, 5)


def test_the_import_page_says_what_it_reads_for_an_archive_of_nothing_it_reads(
    alice: User, alice_client: Client
) -> None:
    response = _upload(alice_client, zipped(SETTINGS), "takeout-20241105T101010Z-002.zip")
    assert response.status_code == 400
    page = response.content.decode()
    assert "holds nothing Rapport reads" in page
    assert "Connections.csv" not in page.split('role="alert"')[1].split("</p>")[0]
    assert not ImportJob.objects.filter(owner=alice).exists()


def test_the_import_page_reads_an_archive_past_the_limit_from_its_temporary_file(
    alice: User, alice_client: Client, settings: SettingsWrapper
) -> None:
    members = takeout(mailbox=(DATA / "mail" / "takeout.mbox").read_bytes() + large_mailbox(3))
    data = tgz(members)
    # As a multi-GB Takeout would be: past the limit for its mailbox, written to disk by
    # Django; its address book and calendar within it.
    settings.RAPPORT_MAX_IMPORT_BYTES = len(members[ADDRESS_BOOK]) + len(members[CALENDAR])
    assert len(data) > settings.RAPPORT_MAX_IMPORT_BYTES
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0
    response = _upload(alice_client, data, f"{TAKEOUT_NAME}.tgz")
    run = ImportRun.objects.get(owner=alice, format="email")
    assert response["Location"] == f"/import/{run.pk}/"
    assert (run.counts["read"], run.counts["new"]) == (12, 8)
    job = ImportJob.objects.get(owner=alice)
    assert (job.status, job.size, job.payload) == (ImportJob.DONE, len(data), None)


def test_the_import_page_still_refuses_other_files_past_the_limit(
    alice: User, alice_client: Client, settings: SettingsWrapper
) -> None:
    data = zipped(takeout())
    settings.RAPPORT_MAX_IMPORT_BYTES = 1024
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0
    vcf = takeout()[ADDRESS_BOOK] * 20
    response = _upload(alice_client, vcf, "My Contacts.vcf")
    assert response.status_code == 400
    assert "Rapport imports files up to" in response.content.decode()
    # On a server whose worker runs elsewhere the upload is refused before it is read.
    settings.TASKS_MODE = "queue"
    response = _upload(alice_client, data, ZIP)
    assert "the file is larger than" in response.content.decode()
    assert not ImportRun.objects.filter(owner=alice).exists()
