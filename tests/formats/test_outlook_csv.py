"""Outlook CSV as its installs write it: Windows code pages, ragged rows, empty dates.

Every language is imported whole in tests/contacts/test_import_languages.py.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.detect import read_contacts
from rapport.formats.outlook_csv import read_outlook_csv
from rapport.formats.text import COMPANY_REASON, NOBODY_REASON

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def read(name: str, default_region: str = "US") -> ContactFile:
    return read_outlook_csv((CONTACTS / name).read_bytes(), name, default_region)


def row(name: str, where: str, default_region: str = "US") -> ContactRecord:
    return next(r for r in read(name, default_region).records if r.where == where)


def test_it_reads_an_english_export_in_windows_1252() -> None:
    margaret = row("outlook_en.csv", "row 2")
    assert (margaret.first_name, margaret.last_name) == ("Margaret", "Hamilton")
    assert (margaret.company, margaret.position) == (
        "Hamilton Tech, Inc.",
        "Director of Engineering",
    )
    assert margaret.emails == ["margaret@hamilton.example"]
    assert margaret.source_key == "margaret@hamilton.example"
    assert margaret.source_format == "outlook"


def test_it_keeps_multi_line_notes_as_one_row() -> None:
    assert row("outlook_en.csv", "row 2").notes == (
        "Met at the Apollo reunion.\nWants a summary – “short” – by Friday; budget €5k."
    )


def test_it_takes_phones_but_not_faxes() -> None:
    assert row("outlook_en.csv", "row 2").phones == ["+16175550111", "+16175550113"]


def test_it_drops_empty_dates_but_keeps_real_ones() -> None:
    assert "Birthday" not in row("outlook_en.csv", "row 2").raw
    assert row("outlook_en.csv", "row 4").raw["Birthday"] == "8/26/1918"
    assert "Geburtstag" not in row("outlook_de.csv", "row 2", "DE").raw
    assert "Verjaardag" not in row("outlook_nl.csv", "row 2").raw  # Dutch: "0-0-00"


def test_it_reads_ragged_rows() -> None:
    soren = row("outlook_en.csv", "row 3")
    assert (soren.full_name, soren.company) == ("Søren Kierkegaard", "Copenhagen Ideas ApS")
    katherine = row("outlook_en.csv", "row 4")
    assert katherine.raw["column 29"] == "extra one"
    assert katherine.raw["column 30"] == "extra two"


def test_it_leaves_exchange_paths_out_of_emails() -> None:
    katherine = row("outlook_en.csv", "row 4")
    assert katherine.emails == ["katherine@nasa.example"]
    assert katherine.raw["E-mail Address"].startswith("/o=ExchangeLabs/")


def test_it_keeps_formula_looking_cells_as_text() -> None:
    assert row("outlook_en.csv", "row 4").position == "=SUM(1)"


def test_it_takes_the_linkedin_slug_from_the_web_page() -> None:
    jose = row("outlook_en.csv", "row 5")
    assert (jose.full_name, jose.linkedin_slug) == ("José Núñez", "jose-nunez")


def test_it_skips_a_row_naming_nobody() -> None:
    assert read("outlook_en.csv").skipped == [Skipped("row 6", NOBODY_REASON)]


def test_it_skips_a_company_only_row_and_keeps_an_email_alone() -> None:
    contacts = read("outlook_company_only.csv")
    assert contacts.skipped == [Skipped("row 3", COMPANY_REASON)]
    dana, lee = contacts.records
    assert (dana.full_name, dana.company) == ("Dana Whitfield", "Contoso Ltd.")
    assert (lee.full_name, lee.emails) == ("lee.m@example.org", ["lee.m@example.org"])


@pytest.mark.parametrize("header", ["Display Name", "Name"])
def test_a_whole_name_that_is_the_company_names_no_person(header: str) -> None:
    data = (
        f'"{header}","Company","E-mail Address"\r\n'
        '"Fabrikam Dental Care","Fabrikam Dental Care","frontdesk@fabrikam-dental.example"\r\n'
        '"Dana Whitfield","Contoso Ltd.","dana.whitfield@contoso.example"\r\n'
    ).encode("cp1252")
    contacts = read_outlook_csv(data, "contacts.csv")
    assert contacts.skipped == [Skipped("row 2", COMPANY_REASON)]
    assert [r.full_name for r in contacts.records] == ["Dana Whitfield"]


def test_it_reads_a_german_export() -> None:
    juergen = row("outlook_de.csv", "row 2", "DE")
    assert (juergen.first_name, juergen.last_name) == ("Jürgen", "Weiß")
    assert (juergen.company, juergen.position) == ("Müller & Söhne GmbH", "Vertriebsleiter")
    assert juergen.emails == ["juergen.weiss@example.de"]
    assert juergen.phones == ["+493012345678", "+4915123456789"]
    assert juergen.notes == "Kennengelernt auf der CeBIT.\nMag Kaffee – schwarz."
    eva = row("outlook_de.csv", "row 3", "DE")
    assert (eva.first_name, eva.full_name) == ("Eva", "Eva Schäfer")


def test_it_reads_a_german_excel_resave_separated_by_semicolons() -> None:
    text = (CONTACTS / "outlook_de.csv").read_bytes().decode("cp1252")
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(
        csv.reader(io.StringIO(text, newline=""))
    )
    contacts = read_outlook_csv(out.getvalue().encode("cp1252"), "kontakte.csv", "DE")
    assert [r.full_name for r in contacts.records] == ["Jürgen Weiß", "Eva Schäfer"]


def test_it_reads_a_french_export() -> None:
    header = "Prénom,Nom,Société,Fonction,Adresse de messagerie,Téléphone bureau,Tél. mobile,Notes"
    cells = (
        "Hélène,Lefèvre,Société Générale,Directrice,helene@example.fr,01 42 14 20 00,06 12 34 56 78"
    )
    data = f"{header}\r\n{cells},Café ?\r\n"
    helene = read_outlook_csv(data.encode("cp1252"), "contacts.csv", "FR").records[0]
    assert (helene.first_name, helene.last_name) == ("Hélène", "Lefèvre")
    assert (helene.company, helene.position) == ("Société Générale", "Directrice")
    assert helene.emails == ["helene@example.fr"]
    assert helene.phones == ["+33142142000", "+33612345678"]


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("E-mail Address,Company", "E-mail Address, Company"),
        ("Firma,E-Mail-Adresse", "Firma, E-Mail-Adresse"),
    ],
)
def test_it_reports_missing_name_columns_with_the_columns_found(header: str, found: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_outlook_csv(f"{header}\r\nx,y\r\n".encode(), "outlook.csv")
    assert caught.value.file == "outlook.csv"
    assert f"the columns found are: {found}" in caught.value.message


def test_it_reads_a_csv_with_one_name_column() -> None:
    folder = Path(__file__).resolve().parents[1] / "data" / "contacts"
    parsed = read_contacts((folder / "outlook_name_only.csv").read_bytes(), "contacts.csv")
    assert parsed.format == "outlook"
    grace, omar = parsed.records
    assert (grace.first_name, grace.last_name, grace.full_name) == (
        "Grace",
        "Harlow",
        "Grace Harlow",
    )
    assert grace.phones == ["+19525550107"]
    assert omar.position == "VP Finance"
