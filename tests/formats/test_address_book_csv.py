"""Thunderbird's and Yahoo's contacts CSVs, read by a map of their columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.address_book_csv import read_address_book_csv
from rapport.formats.text import COMPANY_REASON

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def read(name: str, format: str) -> ContactFile:
    return read_address_book_csv((CONTACTS / name).read_bytes(), name, format)


def row(name: str, format: str, where: str) -> ContactRecord:
    return next(r for r in read(name, format).records if r.where == where)


def test_it_reads_every_thunderbird_row_numbered_as_a_spreadsheet_shows_it() -> None:
    parsed = read("thunderbird_en.csv", "thunderbird")
    # Row 2's notes span two lines; the next record is still row 3.
    assert [r.where for r in parsed.records] == ["row 2", "row 3", "row 4", "row 5"]
    assert parsed.skipped == []
    assert {r.source_format for r in parsed.records} == {"thunderbird"}


def test_a_thunderbird_row_without_names_takes_its_display_name() -> None:
    maria = row("thunderbird_en.csv", "thunderbird", "row 5")
    assert (maria.first_name, maria.last_name, maria.full_name) == (
        "Maria",
        "Gonzalez",
        "Maria Gonzalez",
    )
    assert maria.company == "Northwind Traders"


def test_a_row_with_only_an_email_is_named_by_it() -> None:
    assert row("thunderbird_en.csv", "thunderbird", "row 4").full_name == "hello@studio.example"
    assert row("yahoo.csv", "yahoo", "row 3").full_name == "info@studio.example"


def with_row(name: str, cells: dict[str, str]) -> bytes:
    """Return the header of the export ``name`` and one row of ``cells`` by column name."""
    header = (CONTACTS / name).read_text(encoding="utf-8").splitlines()[0]
    names = [column.strip('"') for column in header.split(",")]
    quote = '"' if header.startswith('"') else ""
    values = ",".join(f"{quote}{cells.get(column, '')}{quote}" for column in names)
    return f"{header}\r\n{values}\r\n".encode()


@pytest.mark.parametrize(
    ("name", "format", "cells"),
    [
        ("thunderbird_en.csv", "thunderbird", {"Organization": "Acme Robotics"}),
        (
            "thunderbird_en.csv",
            "thunderbird",
            {"Display Name": "Acme Robotics", "Organization": "Acme Robotics"},
        ),
        ("yahoo.csv", "yahoo", {"Company": "Tierra Software"}),
    ],
)
def test_a_row_naming_only_a_company_is_no_person(
    name: str, format: str, cells: dict[str, str]
) -> None:
    email = {"thunderbird": "Primary Email", "yahoo": "Email"}[format]
    data = with_row(name, {**cells, email: "hello@company.example"})
    parsed = read_address_book_csv(data, name, format)
    assert parsed.records == []
    assert parsed.skipped == [Skipped("row 2", COMPANY_REASON)]


#: Thunderbird's header before version 102, as its own import test writes it.
OLD_THUNDERBIRD = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,"
    "Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,"
    "Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,"
    "Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,"
    "Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,Screen Name"
)


def test_older_thunderbird_exports_put_the_screen_name_last() -> None:
    row = "Ann,Lee,Ann Lee,,ann@example.com,,,,,,+1 612 555 0100" + "," * 25 + ",annlee"
    data = f"{OLD_THUNDERBIRD}\n{row}\n".encode()
    ann = read_address_book_csv(data, "abook.csv", "thunderbird").records[0]
    assert (ann.full_name, ann.emails, ann.phones) == (
        "Ann Lee",
        ["ann@example.com"],
        ["+16125550100"],
    )
    assert ann.raw["Screen Name"] == "annlee"


def test_yahoos_html_entities_are_read_as_the_characters_they_stand_for() -> None:
    diane = row("yahoo.csv", "yahoo", "row 4")
    assert diane.last_name == "Kurtz O'Brien"
    assert diane.raw["Last"] == "Kurtz O'Brien"


def test_yahoos_primary_phone_comes_first() -> None:
    assert row("yahoo.csv", "yahoo", "row 2").phones == ["+34612345678", "+34912345678"]


def test_yahoos_middle_name_is_in_the_whole_name_and_its_category_is_a_circle() -> None:
    jose = row("yahoo.csv", "yahoo", "row 2")
    assert (jose.first_name, jose.last_name, jose.full_name) == ("José", "Núñez", "José Luis Núñez")
    assert jose.raw["categories"] == "Colleagues"


@pytest.mark.parametrize("format", ["thunderbird", "yahoo"])
def test_a_file_told_to_be_one_of_them_without_its_name_columns_is_refused(format: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_address_book_csv(b"Company,Phone\r\nAcme,555\r\n", "contacts.csv", format)
    assert caught.value.file == "contacts.csv"
    assert "the columns found are: Company, Phone" in caught.value.message


def test_values_that_are_no_address_or_number_are_left_out_and_kept_on_the_record() -> None:
    header = (CONTACTS / "thunderbird_en.csv").read_text(encoding="utf-8").splitlines()[0]
    width = len(header.split(","))
    cells = [""] * width
    names = header.split(",")
    for name, value in {
        "First Name": "Ana",
        "Last Name": "Lima",
        "Primary Email": "ana.lima@example.com",
        "Secondary Email": "xxxxxxxx",
        "Work Phone": "BusinessPhone",
        "Mobile Number": "+1 612 555 0100",
    }.items():
        cells[names.index(name)] = value
    data = f"{header}\r\n{','.join(cells)}\r\n".encode()
    (ana,) = read_address_book_csv(data, "address book.csv", "thunderbird").records
    assert ana.emails == ["ana.lima@example.com"]
    assert ana.phones == ["+16125550100"]
    assert (ana.left_out_emails, ana.left_out_phones) == (("xxxxxxxx",), ("BusinessPhone",))
