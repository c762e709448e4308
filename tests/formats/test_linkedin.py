"""LinkedIn Connections.csv in every shape seen in the wild, and the export zip around it."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.linkedin import (
    HIDDEN_REASON,
    parse_connected_on,
    read_linkedin,
    slug_from_url,
)
from rapport.formats.names import clean_last_name, clean_name

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def read(name: str) -> ContactFile:
    return read_linkedin((CONTACTS / name).read_bytes(), name)


def by_where(contacts: ContactFile) -> dict[str, ContactRecord]:
    return {record.where: record for record in contacts.records}


@pytest.mark.parametrize(
    ("where", "first", "last", "slug", "company", "position", "connected_on"),
    [
        (
            "row 2",
            "Jane",
            "Doe",
            "jane-doe-4a1b2c3",
            "Acme Corp",
            "Head of Talent",
            date(2023, 9, 5),
        ),
        (
            "row 3",
            "Bob",
            "Holm",
            "bobholm",
            "Holm & Partners, LLP",
            'Partner, Tax "Advisory"',
            date(2021, 1, 12),
        ),
        ("row 5", "Priya", "Raman", "priya-raman", "Globex", "VP Engineering", date(2019, 2, 1)),
        (
            "row 6",
            "Jürgen",
            "Müller",
            "jürgen-müller-12345",
            "Initech GmbH",
            "Sales Director 🚀",
            date(2024, 2, 28),
        ),
        (
            "row 8",
            "Ana María",
            "López García",
            "ana-lopez-garcia",
            "=SUM(1)",
            "+1 Strategist",
            date(2022, 6, 15),
        ),
        ("row 9", "Kim", "Nguyen", "kim-nguyen-phd", "Umbrella", "@Scale Lead", date(2018, 11, 30)),
        ("row 10", "Li", "Ma", "li-ma-88", "Wayne Enterprises", "Analyst", date(2016, 8, 9)),
        (
            "row 11",
            "Md. Abdul",
            "Karim",
            "mdabdulkarim",
            "Stark Industries",
            "Engineer",
            date(2015, 4, 21),
        ),
        ("row 12", "John", "Smith Jr.", "john-smith-jr", "Acme, Inc.", "", date(2017, 7, 7)),
    ],
)
def test_it_reads_each_row_of_the_current_export(
    where: str,
    first: str,
    last: str,
    slug: str,
    company: str,
    position: str,
    connected_on: date,
) -> None:
    record = by_where(read("linkedin_current.csv"))[where]
    assert (record.first_name, record.last_name) == (first, last)
    assert record.full_name == f"{first} {last}"
    assert record.linkedin_slug == record.source_key == slug
    assert (record.company, record.position) == (company, position)
    assert record.connected_on == connected_on
    assert record.source_format == "linkedin"


def test_it_skips_hidden_accounts_and_counts_them() -> None:
    contacts = read("linkedin_current.csv")
    assert contacts.skipped == [Skipped("row 4", HIDDEN_REASON), Skipped("row 7", HIDDEN_REASON)]
    assert len(contacts.records) == 9


def test_it_keeps_emails_urls_and_the_cells_as_written() -> None:
    bob = by_where(read("linkedin_current.csv"))["row 3"]
    assert bob.emails == ["bob.holm@example.com"]
    assert bob.urls == ["https://www.linkedin.com/in/BobHolm/"]
    assert bob.raw["Last Name"] == "Holm, CPA"
    assert bob.raw["Connected On"] == "12 Jan 2021"
    assert "Email Address" not in by_where(read("linkedin_current.csv"))["row 2"].raw


def test_it_reads_old_exports_without_url_column_or_preamble() -> None:
    contacts = read("linkedin_old_no_url.csv")
    assert [(r.where, r.full_name, r.connected_on) for r in contacts.records] == [
        ("row 2", "Tom Baker", date(2018, 1, 8)),
        ("row 3", "Sara Kim", date(2017, 12, 24)),
        ("row 4", "Wei Zhang", date(2016, 3, 15)),
    ]
    tom, sara, wei = contacts.records
    assert tom.linkedin_slug == "" and tom.urls == []
    assert tom.source_key == "tom.baker@example.com"
    assert sara.source_key == ""
    assert wei.company == "Wayne Enterprises, Inc."


def test_it_reads_excel_resaves_in_windows_1252_with_crlf() -> None:
    contacts = read("linkedin_excel.csv")
    assert [(r.where, r.full_name, r.company, r.connected_on) for r in contacts.records] == [
        ("row 2", "Renée Dubois", "Société Générale", date(2023, 9, 5)),
        ("row 3", "José Peña", "Telefónica, S.A.", date(2021, 3, 17)),
        ("row 5", "Zoë O'Brien", "Café Noir", date(2020, 2, 29)),
    ]
    # The row of bare commas Excel leaves at the end is a blank row, not a hidden account.
    assert contacts.skipped == [Skipped("row 4", HIDDEN_REASON)]


def test_it_reads_semicolon_separated_resaves() -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerow(["José", "Peña", "", "", "Telefónica, S.A.", "Director", "17-Mar-21"])
    contacts = read_linkedin(out.getvalue().encode("cp1252"), "Connections.csv")
    assert contacts.records[0].company == "Telefónica, S.A."
    assert contacts.records[0].connected_on == date(2021, 3, 17)


def test_it_counts_a_cell_spanning_lines_as_one_row() -> None:
    text = (
        ",".join(HEADER) + '\nAnn,Lee,,,Acme,"Lead\nRecruiter",05 Sep 2023\nBo,Li,,,,,06 Sep 2023\n'
    )
    first, second = read_linkedin(text.encode(), "Connections.csv").records
    assert (first.where, first.position) == ("row 2", "Lead\nRecruiter")
    assert second.where == "row 3"


def test_it_finds_connections_inside_the_export_zip_at_any_depth() -> None:
    contacts = read("linkedin_export.zip")
    assert [(r.full_name, r.linkedin_slug) for r in contacts.records] == [
        ("Nadia Haddad", "nadia-haddad"),
        ("Omar Farouk", "omar-farouk-1a2b"),
    ]


def test_it_names_what_a_zip_without_connections_holds() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Basic_LinkedInDataExport/Profile.csv", "First Name\nAlex\n")
    with pytest.raises(ImportFileError) as caught:
        read_linkedin(buffer.getvalue(), "export.zip")
    assert caught.value.file == "export.zip"
    assert "no Connections.csv" in caught.value.message
    assert "Basic_LinkedInDataExport/Profile.csv" in caught.value.message


def test_it_refuses_a_damaged_zip() -> None:
    with pytest.raises(ImportFileError, match="damaged"):
        read_linkedin(b"PK\x03\x04 not really a zip", "export.zip")


def test_it_reports_missing_name_columns_with_the_columns_found() -> None:
    with pytest.raises(ImportFileError) as caught:
        read("missing_columns.csv")
    assert caught.value.file == "missing_columns.csv"
    assert caught.value.row == 1
    assert "Last Name" in caught.value.message
    assert "the columns found are: First Name, Company, Connected On" in caught.value.message


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.linkedin.com/in/jane-doe-4a1b2c3/", "jane-doe-4a1b2c3"),
        ("https://www.linkedin.com/in/jane-doe-4a1b2c3", "jane-doe-4a1b2c3"),
        ("https://linkedin.com/in/Jane-Doe?trk=profile", "jane-doe"),
        ("http://de.linkedin.com/in/max-mustermann/de", "max-mustermann"),
        ("https://www.linkedin.com/in/J%C3%BCrgen-M%C3%BCller-12345", "jürgen-müller-12345"),
        ("https://www.linkedin.com/company/acme", ""),
        ("https://example.com/in/jane", ""),
        ("", ""),
        # The first "linkedin.com/in/" is followed by no slug: the next one is read.
        ("https://linkedin.com/in//?next=https://linkedin.com/in/Jane-Doe", "jane-doe"),
        ("https://LINKEDIN.com/in/\u212aim Kowalski", "kim"),  # a Kelvin sign, lower-cased
    ],
)
def test_it_takes_the_profile_slug_from_the_url(url: str, slug: str) -> None:
    assert slug_from_url(url) == slug


_URL_PARTS = st.sampled_from(
    [
        *("linkedin.com/in/", "LinkedIn.COM/IN/", "linkedin.com/in//", "https://www."),
        *("/", "?", "#", " ", "\t", "\x1c", "%20", "%C3%BC", "jane-doe", "J", "x"),
        *("\u212a", "\u00fc", "\u0130"),  # Kelvin sign, u-umlaut, dotted capital I
    ]
)


@given(st.lists(_URL_PARTS, max_size=8).map("".join))
def test_a_slug_is_read_as_the_case_blind_pattern_reads_it(url: str) -> None:
    # The slug is found by text search where it can: it must be the pattern's own answer,
    # for any mix of case, separators, repeats and non-ASCII letters.
    match = re.search(r"linkedin\.com/in/([^/?#\s]+)", url, re.IGNORECASE)
    expected = unquote(match.group(1)).strip().lower() if match else ""
    assert slug_from_url(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05 Sep 2023", date(2023, 9, 5)),
        ("5 Sept 2023", date(2023, 9, 5)),
        ("5-Sep-23", date(2023, 9, 5)),
        ("05-Sep-2023", date(2023, 9, 5)),
        ("1/8/18, 6:14 PM", date(2018, 1, 8)),
        ("12/24/17", date(2017, 12, 24)),
        ("9/5/2023", date(2023, 9, 5)),
        ("24/12/2017", date(2017, 12, 24)),
        ("05.09.2023", date(2023, 9, 5)),
        ("2023-09-05", date(2023, 9, 5)),
        ("Sep 5, 2023", date(2023, 9, 5)),
        ("31 Feb 2023", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_it_reads_connected_on_dates_in_every_shape(text: str, expected: date | None) -> None:
    assert parse_connected_on(text) == expected


@pytest.mark.parametrize(
    ("written", "cleaned"),
    [
        ("Holm, CPA", "Holm"),
        ("Lee, CPA, CFA, PMP®", "Lee"),
        ("Nguyen, Ph.D.", "Nguyen"),
        ("Raman MBA", "Raman"),
        ("Okafor PhD", "Okafor"),
        ("Dr. Priya", "Priya"),
        ("Prof Ana", "Ana"),
        ("Smith, Jr.", "Smith Jr."),
        ("  Mary   Ann ", "Mary Ann"),
        ("Müller 🌱", "Müller"),
        ("🚀 Sam", "Sam"),
        # Ordinary names that look like credentials or titles stay as written.
        ("Ma", "Ma"),
        ("Li Ma", "Li Ma"),
        ("Do", "Do"),
        ("Van Do", "Van Do"),
        ("Mba", "Mba"),
        ("Dean", "Dean"),
        ("Md. Abdul", "Md. Abdul"),
        ("Dr.", "Dr."),
        ("O'Neil", "O'Neil"),
        ("van der Berg", "van der Berg"),
        ("Doe, Jane", "Doe, Jane"),
        ("", ""),
        # Real rows: credentials nameparser does not know, pronouns, asides, separators.
        ("Smith, CIA, AIIA", "Smith"),
        ("Tueje, CIPP/E", "Tueje"),
        ("Davis, M.Ed., CSM", "Davis"),
        ("Sandvig, CFP®, AAMS™", "Sandvig"),
        ("Parker\U0001f3f3\ufe0f\u200d\U0001f308, CCRA, CSM (he/they)", "Parker"),
        ("Dang (she/her)", "Dang"),
        ("Olazagoitia (he/him)", "Olazagoitia"),
        ("Kapoor | She/Her", "Kapoor"),
        ("Kapoor she/her", "Kapoor"),
        ("Kapoor, she/her", "Kapoor"),
        ("Kapoor, Pronouns: she/her", "Kapoor"),
        ("Rammal - MBA", "Rammal"),
        ("Grönfors M.Sc", "Grönfors"),
        ("Posse (Fd Andersson)", "Posse"),
        ("(Stillman) Sherrick", "Sherrick"),
        ("Robert (RC)", "Robert"),
        ('James "Tyler"', "James"),
        ("Andersson\U0001f1e8\U0001f1fe", "Andersson"),
        ("Smith-Jones", "Smith-Jones"),
        ("Smith - Jones", "Smith - Jones"),
        ("Bell Jr.", "Bell Jr."),
        # A comma followed by a name, not credentials: left for the user.
        ("Doe, A.J.", "Doe, A.J."),
        ("Tolkien, J.R.R.", "Tolkien, J.R.R."),
        ("SMITH, JANE", "SMITH, JANE"),
        ("Smith, Certified Executive Coach", "Smith, Certified Executive Coach"),
        # Nothing but an aside: kept, rather than no name at all.
        ("(M S)", "(M S)"),
    ],
)
def test_it_strips_credentials_and_titles_but_not_names(written: str, cleaned: str) -> None:
    assert clean_name(written) == cleaned


@pytest.mark.parametrize(
    ("written", "cleaned"),
    [
        ("Saleh, Certified Executive Coach", "Saleh"),
        ("Smith, Jr., CPA", "Smith Jr."),
        ("Smith, III", "Smith III"),
        ("Doe, Jane", "Doe"),
        ("Nguyen, Ph.D.", "Nguyen"),
        ("van den Berg", "van den Berg"),
        ("(M S)", "(M S)"),
    ],
)
def test_a_last_name_ends_at_its_comma_but_for_a_generational_suffix(
    written: str, cleaned: str
) -> None:
    # LinkedIn's first name has a column of its own: what follows a comma in the last name
    # is never a given name (nameparser reads "Saleh, Certified …" as "Certified Saleh").
    assert clean_last_name(written) == cleaned


@pytest.mark.parametrize(
    ("where", "name"),
    [
        ("row 2", "Jane Smith"),
        ("row 3", "Monika Dahl"),
        ("row 4", "Joel Okonkwo"),
        ("row 5", "Michael Porter"),
        ("row 6", "Pia Eriksson"),
        ("row 7", "Romy Saad"),
        ("row 8", "Christina Tran"),
        ("row 9", "Elliot Sandberg"),
        ("row 10", "Theo Lind"),
        ("row 11", "Priya Kapoor"),
        ("row 12", "Anna Müller"),
        ("row 13", "Sheryl Sherrick"),
        ("row 14", "Robert Goslee"),
        ("row 15", "John Smith Jr."),
        ("row 16", "Lena Smith-Jones"),
        ("row 17", "Pieter van den Berg"),
    ],
)
def test_a_connection_is_named_without_credentials_pronouns_or_emoji(where: str, name: str) -> None:
    record = by_where(read("linkedin_decorated_names.csv"))[where]
    assert record.full_name == name
    assert f"{record.first_name} {record.last_name}" == name


def test_the_row_keeps_the_name_as_the_member_wrote_it() -> None:
    records = by_where(read("linkedin_decorated_names.csv"))
    assert records["row 2"].raw["Last Name"] == "Smith, CIA, AIIA"
    assert records["row 3"].raw["Last Name"] == "Dahl (she/her)"


def test_it_reads_all_30000_rows_of_the_largest_export() -> None:
    # LinkedIn caps connections at 30,000; how fast is measured in bench/, not here.
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for n in range(30_000):
        url = f"https://www.linkedin.com/in/p-{n}"
        day = f"{n % 28 + 1:02d} Sep 20{n % 20:02d}"
        writer.writerow([f"First{n}", f"Last{n}", url, "", f"Co {n % 700}", f"Role {n % 300}", day])
    data = out.getvalue().encode()
    contacts = read_linkedin(data, "Connections.csv")
    assert len(contacts.records) == 30_000
    assert contacts.records[-1].linkedin_slug == "p-29999"


_field = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))


def _as_read(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(
        st.tuples(_field.filter(lambda s: bool(s.strip())), *[_field] * 6), min_size=1, max_size=5
    )
)
def test_it_reads_back_any_field_text_the_csv_module_writes(rows: list[tuple[str, ...]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    contacts = read_linkedin(out.getvalue().encode("utf-8"), "Connections.csv")
    assert len(contacts.records) == len(rows)
    for record, row in zip(contacts.records, rows, strict=True):
        expected = {name: _as_read(value) for name, value in zip(HEADER, row, strict=True)}
        assert record.raw == {name: value for name, value in expected.items() if value}
        assert record.company == expected["Company"]
        assert record.position == expected["Position"]
        # Kept, or left out as no address and counted: never lost.
        email = expected["Email Address"]
        assert [*record.emails, *record.left_out_emails] == ([email] if email else [])
        assert record.urls == ([expected["URL"]] if expected["URL"] else [])


def test_a_zip_that_inflates_past_the_limit_is_refused_before_it_is_inflated_whole() -> None:
    data = (CONTACTS / "linkedin_inflates.zip").read_bytes()
    assert len(data) < 100_000  # small on disk, a megabyte once inflated
    with pytest.raises(ImportFileError) as caught:
        read_linkedin(data, "Basic_LinkedInDataExport.zip", max_bytes=512 * 1024)
    assert "unpack to more than" in caught.value.message
    assert str(caught.value.file).endswith("Connections.csv")
    assert len(read_linkedin(data, "export.zip", max_bytes=2 * 1024 * 1024).records) == 10_000


def test_a_zip_that_understates_its_size_is_still_stopped() -> None:
    data = (CONTACTS / "linkedin_lying_size.zip").read_bytes()
    with pytest.raises(ImportFileError, match="cannot be read"):
        read_linkedin(data, "export.zip", max_bytes=512 * 1024)


@given(st.lists(_URL_PARTS, max_size=6).map("".join))
def test_a_profile_written_as_linkedin_writes_it_reads_as_any_other(tail: str) -> None:
    # LinkedIn's own exports write "https://www.linkedin.com/in/<slug>": read by slicing,
    # the slug must still be what the pattern finds, whatever follows the prefix.
    url = "https://www.linkedin.com/in/" + tail
    match = re.search(r"linkedin\.com/in/([^/?#\s]+)", url, re.IGNORECASE)
    expected = unquote(match.group(1)).strip().lower() if match else ""
    assert slug_from_url(url) == expected


def test_it_leaves_out_the_placeholder_of_a_hidden_email_in_a_2018_export() -> None:
    yugam = read("linkedin_2018_hidden_email.csv").records[0]
    assert (yugam.full_name, yugam.emails) == ("Yugam Parashar", [])
    assert yugam.left_out_emails == ("urn:li:member:664293716",)
    # LinkedIn's member id is as stable a key as the address would have been.
    assert yugam.source_key == "urn:li:member:664293716"
