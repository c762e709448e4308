"""rapport import on what "export my mail" gives: Takeout's zip or .tgz, Apple Mail's folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper

from tests.cli_runner import Run
from tests.mail_exports import (
    ADDRESS_BOOK,
    CALENDAR,
    DATA,
    SETTINGS,
    TAKEOUT_NAME,
    apple_mail,
    large_mailbox,
    takeout,
    tgz,
    write_folder,
    zipped,
)


@pytest.mark.parametrize(("pack", "suffix"), [(zipped, ".zip"), (tgz, ".tgz")])
def test_takeouts_archive_imports_as_it_comes(
    rapport: Run, tmp_path: Path, pack: object, suffix: str
) -> None:
    assert callable(pack)
    archive = tmp_path / f"{TAKEOUT_NAME}{suffix}"
    archive.write_bytes(pack(takeout()))
    first = rapport("import", str(archive))
    assert first.returncode == 0, first.stderr
    lines = [line for line in first.stdout.splitlines() if line]  # a blank from the bar
    assert lines[:5] == [
        f"Imported {archive.name} (E-mail (.mbox or .eml)).",
        "Read 9 touches: 5 new, 4 skipped.",
        "The address book My Contacts.vcf was imported first, as an import of its own with "
        "its own undo: Read 3 cards (UTF-8 text): 3 new.",
        "The calendar jane.seeker@gmail.com.ics was imported first, as an import of its own "
        "with its own undo: Read 12 events (UTF-8 text): 11 new, 1 cancelled.",
        "5 other files in the archive were not read, as Rapport reads only mailboxes, address "
        "books and calendars: archive_browser.html, Blocked Addresses.json, Filters.json, "
        "Forwarding Addresses.json, Signatures.json.",
    ]
    again = json.loads(rapport("import", str(archive), "--json").stdout)
    assert (again["counts"]["new"], again["counts"]["unchanged"]) == (0, 5)
    assert "3 unchanged" in again["notes"][0]


def test_apple_mails_exported_folder_imports_its_mailbox(rapport: Run, tmp_path: Path) -> None:
    write_folder(tmp_path, apple_mail())
    result = rapport("import", str(tmp_path / "INBOX.mbox"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["file"], report["format"]) == ("INBOX.mbox", "email")
    assert report["counts"]["new"] == 5


def test_any_other_folder_is_refused_as_before(rapport: Run, tmp_path: Path) -> None:
    mailbox = (DATA / "mail" / "takeout.mbox").read_bytes()
    write_folder(tmp_path, {"Takeout/Mail/All mail Including Spam and Trash.mbox": mailbox})
    result = rapport("import", str(tmp_path / "Takeout"))
    assert result.returncode == 2
    assert result.stderr == f"error: {tmp_path / 'Takeout'}: this is a folder, not a file\n"


def test_an_archive_of_nothing_rapport_reads_says_what_it_reads(
    rapport: Run, tmp_path: Path
) -> None:
    archive = tmp_path / "takeout-20241105T101010Z-002.zip"
    archive.write_bytes(zipped(SETTINGS))
    result = rapport("import", str(archive))
    assert result.returncode == 2
    assert "this archive holds nothing Rapport reads" in result.stderr
    assert "Connections.csv" not in result.stderr
    assert result.stderr.endswith("; nothing was imported\n")


def test_an_archive_larger_than_the_limit_is_read_from_its_file(
    rapport: Run, tmp_path: Path, settings: SettingsWrapper
) -> None:
    members = takeout(mailbox=(DATA / "mail" / "takeout.mbox").read_bytes() + large_mailbox(3))
    archive = tmp_path / f"{TAKEOUT_NAME}.zip"
    archive.write_bytes(zipped(members))
    # As a multi-GB Takeout is: the mailbox past the limit, the rest within it.
    settings.RAPPORT_MAX_IMPORT_BYTES = len(members[ADDRESS_BOOK]) + len(members[CALENDAR])
    assert archive.stat().st_size > settings.RAPPORT_MAX_IMPORT_BYTES
    result = rapport("import", str(archive), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["read"] == 12
    settings.RAPPORT_MAX_IMPORT_BYTES -= 1
    refused = rapport("import", str(archive))
    assert refused.returncode == 2
    assert "the address books and calendars in the archive unpack to more than" in refused.stderr
