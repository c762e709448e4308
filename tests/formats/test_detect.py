"""Telling a contacts file's format by its content, and the errors for what is none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.core.errors import ImportFileError, InputError, UnknownFormatError
from rapport.formats.detect import read_contacts, sniff

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def data(name: str) -> bytes:
    return (CONTACTS / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("linkedin_current.csv", "linkedin"),
        ("linkedin_old_no_url.csv", "linkedin"),
        ("linkedin_excel.csv", "linkedin"),
        ("linkedin_export.zip", "linkedin"),
        ("missing_columns.csv", "linkedin"),
        ("vcard21_android.vcf", "vcard"),
        ("vcard30_iphone.vcf", "vcard"),
        ("vcard40_evolution.vcf", "vcard"),
        ("vcard_outlook.vcf", "vcard"),
        ("vcard_broken.vcf", "vcard"),
        ("vcard_bom_crcrlf.vcf", "vcard"),
        ("google_current.csv", "google"),
        ("google_legacy.csv", "google"),
        ("outlook_en.csv", "outlook"),
        ("outlook_de.csv", "outlook"),
        ("thunderbird_en.csv", "thunderbird"),
        ("yahoo.csv", "yahoo"),
        ("not_contacts.txt", None),
        ("empty.csv", None),
        ("binary.bin", None),
    ],
)
def test_it_sniffs_each_fixture_by_content(name: str, expected: str | None) -> None:
    assert sniff(data(name)) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "ics"),
        (b"\xef\xbb\xbf\r\n  begin:vcalendar\r\n", "ics"),
        (b"\xef\xbb\xbfBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", "vcard"),
        ("BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n".encode("utf-16"), "vcard"),
        (b"Exported by PhoneTool\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", "vcard"),
        ("First Name,Last Name,E-mail Address\r\n".encode("utf-16"), "outlook"),
        (b"Vorname;Nachname;Firma\r\nJ\xfcrgen;Wei\xdf;X\r\n", "outlook"),
        ("Prénom,Nom,Société\r\n".encode("cp1252"), "outlook"),
        (b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n", "linkedin"),
        (b"Name,Given Name,Family Name,Group Membership\n", "google"),
        # Thunderbird before 102 wrote Screen Name last; Yahoo once wrote "Yahoo! Phone".
        (
            b"First Name,Last Name,Display Name,Nickname,Primary Email,Notes,Screen Name\n",
            "thunderbird",
        ),
        (b'"First","Middle","Last","Email","Yahoo! Phone","Alternate Email 1"\n', "yahoo"),
        (b"Name,Phone\nAnn,555\n", None),
    ],
)
def test_it_sniffs_formats_whatever_the_encoding(content: bytes, expected: str | None) -> None:
    assert sniff(content) == expected


@pytest.mark.parametrize(
    ("name", "misleading_filename", "expected"),
    [
        ("linkedin_current.csv", "contacts.vcf", "linkedin"),
        ("vcard30_iphone.vcf", "export.csv", "vcard"),
        ("google_current.csv", "outlook.csv", "google"),
        ("outlook_en.csv", "contacts.txt", "outlook"),
        ("thunderbird_en.csv", "export.csv", "thunderbird"),
        ("yahoo.csv", "contacts.csv", "yahoo"),
        ("linkedin_export.zip", "download", "linkedin"),
    ],
)
def test_it_reads_by_content_not_by_file_name(
    name: str, misleading_filename: str, expected: str
) -> None:
    contacts = read_contacts(data(name), misleading_filename)
    assert contacts.format == expected
    assert contacts.records


def test_it_reads_as_the_format_it_is_told() -> None:
    assert read_contacts(data("google_legacy.csv"), "g.csv", format="google").format == "google"


def test_it_passes_the_default_region_to_the_reader() -> None:
    german = read_contacts(data("outlook_de.csv"), "k.csv", default_region="DE")
    assert german.records[0].phones == ["+493012345678", "+4915123456789"]
    american = read_contacts(data("outlook_de.csv"), "k.csv", default_region="US")
    assert american.records[0].phones == ["030 12345678", "0151 23456789"]


@pytest.mark.parametrize(
    ("name", "error", "fragments"),
    [
        ("empty.csv", ImportFileError, ["empty"]),
        ("binary.bin", ImportFileError, ["binary"]),
        (
            "not_contacts.txt",
            UnknownFormatError,
            ["none of those Rapport reads", "a calendar (.ics)", "e-mail (.mbox or .eml"],
        ),
        (
            "missing_columns.csv",
            ImportFileError,
            ["Last Name", "the columns found are: First Name, Company, Connected On"],
        ),
    ],
)
def test_it_names_the_file_and_the_problem(
    name: str, error: type[InputError], fragments: list[str]
) -> None:
    with pytest.raises(error) as caught:
        read_contacts(data(name), name)
    assert caught.value.file == name
    assert str(caught.value).startswith(name)
    for fragment in fragments:
        assert fragment in caught.value.message


@pytest.mark.parametrize(
    ("content", "error", "fragment"),
    [
        (b"   \r\n\r\n", ImportFileError, "empty"),
        (b"\xef\xbb\xbf", ImportFileError, "empty"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", UnknownFormatError, "calendar"),
        (
            b"Name,Phone,Email\nAnn,555,a@x\n",
            UnknownFormatError,
            "its columns are: Name, Phone, Email",
        ),
    ],
)
def test_it_refuses_what_it_cannot_import(
    content: bytes, error: type[InputError], fragment: str
) -> None:
    with pytest.raises(error) as caught:
        read_contacts(content, "upload.csv")
    assert caught.value.file == "upload.csv"
    assert fragment in caught.value.message


def test_it_refuses_an_unknown_format_name() -> None:
    formats = "linkedin, vcard, google, outlook, thunderbird, yahoo"
    with pytest.raises(UnknownFormatError, match=f"use one of: {formats}"):
        read_contacts(data("google_current.csv"), "g.csv", format="excel")


def test_it_says_so_when_told_the_wrong_format() -> None:
    with pytest.raises(ImportFileError, match="BEGIN:VCARD"):
        read_contacts(data("linkedin_current.csv"), "c.csv", format="vcard")


@st.composite
def _damaged_fixture(draw: st.DrawFn) -> bytes:
    content = data(draw(st.sampled_from(sorted(p.name for p in CONTACTS.iterdir()))))
    at = draw(st.integers(0, len(content)))
    return content[:at] + draw(st.binary(max_size=12)) + content[at + draw(st.integers(0, 40)) :]


@settings(max_examples=200, deadline=None)
@given(
    content=st.binary(max_size=300) | _damaged_fixture(),
    format=st.sampled_from(
        [None, "linkedin", "vcard", "google", "outlook", "thunderbird", "yahoo"]
    ),
)
def test_it_fails_on_any_damaged_file_only_with_an_input_error(
    content: bytes, format: str | None
) -> None:
    try:
        read_contacts(content, "upload", format=format)
    except InputError as error:
        # Inside a zip the file named is the member: "upload/…/Connections.csv".
        assert (error.file or "").startswith("upload")


def test_the_readers_never_import_django() -> None:
    code = (
        "import sys, rapport.formats.detect\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'django'], 'django imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_reading_a_connections_csv_loads_no_other_reader() -> None:
    """A cold process importing one LinkedIn file loads LinkedIn's reader alone."""
    path = CONTACTS / "linkedin_current.csv"
    others = ["vcard", "google_csv", "outlook_csv", "address_book_csv", "mail", "linkedin_archive"]
    others += ["linkedin_own"]
    code = (
        "import sys\n"
        "from rapport.formats.detect import read_contacts, sniff\n"
        f"data = open({str(path)!r}, 'rb').read()\n"
        "assert sniff(data) == 'linkedin'\n"
        "assert read_contacts(data, 'Connections.csv').records\n"
        f"loaded = [m for m in {others!r} if 'rapport.formats.' + m in sys.modules]\n"
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_a_file_with_more_contacts_than_one_import_takes_is_refused_before_reading() -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alex Doe\r\nTEL:+1 612 555 0100\r\nEND:VCARD\r\n"
    with pytest.raises(ImportFileError) as caught:
        read_contacts((card * 31).encode(), "phone.vcf", max_records=30)
    assert "holds 31 contacts; Rapport imports up to 30 from one file" in caught.value.message
    assert len(read_contacts((card * 30).encode(), "phone.vcf", max_records=30).records) == 30


def test_a_csv_with_more_rows_than_one_import_takes_is_refused() -> None:
    rows = "".join(f"Ann{i},Lee,,,Acme,Analyst,05 Sep 2023\n" for i in range(31))
    text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + rows
    with pytest.raises(ImportFileError, match="holds 31 contacts"):
        read_contacts(text.encode(), "Connections.csv", max_records=30)


def test_every_kind_the_page_and_the_cli_offer_has_a_reader() -> None:
    from rapport.formats.detect import READERS
    from rapport.formats.kinds import FORMATS, OWN_FORMATS, PART_NAMES, TOUCH_FORMATS
    from rapport.formats.linkedin_archive import TOUCH_FORMATS as TOUCH_READERS
    from rapport.formats.linkedin_own import OWN_FORMATS as OWN_READERS

    assert set(FORMATS) == {*READERS, "ics", *TOUCH_FORMATS, *OWN_READERS}
    assert {*OWN_READERS, *PART_NAMES} == OWN_FORMATS
    # The archive and e-mail have readers of their own (read_archive, read_mail).
    assert TOUCH_FORMATS - {"linkedin_archive", "email"} == set(TOUCH_READERS)


def test_an_unknown_csv_is_refused_naming_every_csv_read_here() -> None:
    from rapport.formats.headers import CONTACT_HEADERS
    from rapport.formats.kinds import FORMATS

    with pytest.raises(UnknownFormatError) as caught:
        read_contacts(b"Field 1,Field 2\r\na,b\r\n", "export.csv")
    # Each format is named by the first word of its name for people: "Thunderbird", ….
    for name in CONTACT_HEADERS:
        assert FORMATS[name].split()[0] in caught.value.message
