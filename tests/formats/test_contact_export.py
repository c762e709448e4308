"""Contacts written out: CSV that a spreadsheet cannot run, vCard 4.0 that reads back."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.core.records import ContactRecord
from rapport.formats.contact_export import to_csv, to_vcard
from rapport.formats.vcard import read_vcard

ANA = ContactRecord(
    source_format="rapport",
    where="",
    first_name="Ana",
    last_name="Castaño",
    full_name="Ana Castaño",
    emails=["ana@example.com", "ana.c@example.org"],
    phones=["+14155552671"],
    linkedin_slug="ana-castano",
    company="Medtronic; Devices, Inc.",
    position="VP Finance",
    notes="Met at FEI.\nLikes cycling.",
)


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("Ana = Bob", "Ana = Bob"),
        ("O'Brien", "O'Brien"),
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(name: str, written: str) -> None:
    record = ContactRecord(source_format="rapport", where="", full_name=name, company=name)
    row = list(csv.reader(io.StringIO(to_csv([record]))))[1]
    assert row[0] == written
    assert row[3] == written


def test_the_csv_has_a_header_and_one_row_per_contact() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([ANA], [["FEI", "Alumni"]]))))
    assert rows == [
        {
            "Name": "Ana Castaño",
            "First name": "Ana",
            "Last name": "Castaño",
            "Company": "Medtronic; Devices, Inc.",
            "Title": "VP Finance",
            "E-mails": "ana@example.com; ana.c@example.org",
            "Phones": "'+14155552671",
            "LinkedIn": "https://www.linkedin.com/in/ana-castano",
            "Circles": "FEI; Alumni",
            "Notes": "Met at FEI.\nLikes cycling.",
        }
    ]


def test_a_vcard_reads_back_as_the_same_person() -> None:
    text = to_vcard([ANA], [["FEI", "Alumni"]])
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    [back] = read_vcard(text.encode(), "book.vcf").records
    assert (back.full_name, back.first_name, back.last_name) == ("Ana Castaño", "Ana", "Castaño")
    assert back.company == "Medtronic; Devices, Inc."
    assert back.position == "VP Finance"
    assert back.emails == ANA.emails
    assert back.phones == ANA.phones
    assert back.linkedin_slug == "ana-castano"
    assert back.notes == ANA.notes
    assert back.raw["categories"] == "FEI, Alumni"


@given(st.text(min_size=1, max_size=200).filter(lambda s: s.strip() == s and s.isprintable()))
def test_any_name_survives_a_vcard_round_trip(name: str) -> None:
    # A last name too: a card named only by its company is read back as the company's card.
    record = ContactRecord(
        source_format="rapport", where="", full_name=name, last_name="Castaño", company=name
    )
    [back] = read_vcard(to_vcard([record]).encode(), "book.vcf").records
    assert (back.full_name, back.company) == (name, name)
