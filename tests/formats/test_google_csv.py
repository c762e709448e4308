"""Google Contacts CSV: current and legacy headers, ::: multi-values, * primary markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactFile, Skipped
from rapport.formats.detect import read_contacts
from rapport.formats.google_csv import read_google_csv, split_values
from rapport.formats.text import COMPANY_REASON, NOBODY_REASON

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def read(name: str, prefix: bytes = b"") -> ContactFile:
    return read_google_csv(prefix + (CONTACTS / name).read_bytes(), name)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_it_reads_the_current_export_with_or_without_bom(bom: bytes) -> None:
    grace = read("google_current.csv", bom).records[0]
    assert grace.where == "row 2"
    assert (grace.first_name, grace.last_name) == ("Grace", "Hopper")
    assert grace.full_name == "Grace Brewster Hopper"
    assert (grace.company, grace.position) == ("US Navy", "Rear Admiral")
    assert grace.notes == "Met at the COBOL meetup.\nAsk about compilers."
    assert grace.linkedin_slug == grace.source_key == "grace-hopper"
    assert grace.source_format == "google"


def test_it_splits_multi_values_and_puts_the_primary_one_first() -> None:
    grace = read("google_current.csv").records[0]
    assert grace.emails == ["grace@navy.example", "grace.h@example.com", "g.hopper@example.org"]
    assert grace.phones == ["+12025550143", "+12025550180", "+12025550181"]


def test_it_puts_labels_without_markers_into_categories() -> None:
    grace, alan = read("google_current.csv").records
    assert grace.raw["categories"] == "myContacts, Mentors"
    assert alan.raw["categories"] == "myContacts, starred, Friends"
    assert grace.raw["Labels"] == "* myContacts ::: Mentors"


def test_it_skips_a_row_naming_nobody_and_a_company_only_row() -> None:
    assert read("google_current.csv").skipped == [
        Skipped("row 3", COMPANY_REASON),
        Skipped("row 5", NOBODY_REASON),
    ]


def test_a_company_filed_as_itself_is_no_person_but_an_email_alone_is_kept() -> None:
    contacts = read("google_company_only.csv")
    assert contacts.skipped == [Skipped("row 3", COMPANY_REASON), Skipped("row 4", COMPANY_REASON)]
    priya, jordan = contacts.records
    assert (priya.full_name, priya.company) == ("Priya Raman", "Initech")
    assert (jordan.full_name, jordan.emails) == ("jordan.k@example.net", ["jordan.k@example.net"])


def test_it_reads_the_legacy_export() -> None:
    ada, charles = read("google_legacy.csv").records
    assert (ada.first_name, ada.last_name, ada.full_name) == ("Ada", "Lovelace", "Ada Lovelace")
    assert (ada.company, ada.position) == ("Analytical Engines Ltd", "Programmer")
    assert ada.emails == ["ada@example.org"]
    assert ada.phones == ["+447911123456"]
    assert ada.notes == "Analytical engine enthusiast"
    assert ada.raw["categories"] == "My Contacts, Friends"
    # Only the Name column is filled: first and last are split from it.
    assert (charles.first_name, charles.last_name) == ("Charles", "Babbage")
    assert charles.emails == ["charles@example.org", "cb@example.net"]
    assert charles.linkedin_slug == "charles-babbage"


def test_it_reports_a_file_without_name_columns_with_the_columns_found() -> None:
    data = b"E-mail 1 - Label,E-mail 1 - Value\nWork,a@example.com\n"
    with pytest.raises(ImportFileError) as caught:
        read_google_csv(data, "google.csv")
    assert caught.value.file == "google.csv"
    assert "First Name or Name" in caught.value.message
    assert "E-mail 1 - Label, E-mail 1 - Value" in caught.value.message


@pytest.mark.parametrize(
    ("cell", "values"),
    [
        ("a@example.com", [(False, "a@example.com")]),
        ("a@example.com ::: b@example.com", [(False, "a@example.com"), (False, "b@example.com")]),
        ("* myContacts ::: Friends", [(True, "myContacts"), (False, "Friends")]),
        ("Friends ::: * starred", [(True, "starred"), (False, "Friends")]),
        (" ::: ", []),
        ("", []),
    ],
)
def test_it_splits_cells_on_triple_colons(cell: str, values: list[tuple[bool, str]]) -> None:
    assert split_values(cell) == values


def test_it_reads_gmails_2007_export() -> None:
    data = (
        Path(__file__).resolve().parents[1] / "data" / "contacts" / "gmail_2007.csv"
    ).read_bytes()
    parsed = read_contacts(data, "gmail-to-outlook.csv")
    marta, dev = parsed.records
    assert parsed.format == "google"
    assert marta.full_name == "Marta Kowalski"
    assert marta.emails == ["marta.kowalski@gmail.com", "marta.k@acme-ortho.com"]
    assert marta.phones == ["+16125550142", "+16125550199"]
    assert (marta.company, marta.position) == ("Acme Orthopedics", "Controller")
    assert dev.emails == ["dev.patel@gmail.com"]
