"""vCard 2.1, 3.0 and 4.0 as phones, mail apps and address books write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.text import NOBODY_REASON
from rapport.formats.vcard import read_vcard

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"


def read(name: str, default_region: str = "US") -> ContactFile:
    return read_vcard((CONTACTS / name).read_bytes(), name, default_region)


def card(name: str, where: str) -> ContactRecord:
    return next(record for record in read(name).records if record.where == where)


@pytest.mark.parametrize(
    ("name", "where", "first", "last", "full_name"),
    [
        ("vcard21_android.vcf", "card 1", "伟", "张", "张伟"),
        ("vcard21_android.vcf", "card 2", "Anna", "Schmidt", "Anna Schmidt"),
        # Raw 8-bit UTF-8 without a CHARSET parameter.
        ("vcard21_android.vcf", "card 3", "Jürgen", "Müller", "Jürgen Müller"),
        # Quoted-printable cut inside a Cyrillic character by a soft break.
        ("vcard21_android.vcf", "card 4", "Ольга", "Иванова", "Ольга Иванова"),
        ("vcard30_iphone.vcf", "card 1", "Chidi", "Okafor", "Dr. Chidi Okafor"),
        # A person Apple shows by the company: FN is the company, the name is in N.
        ("vcard30_apple_companies.vcf", "card 2", "Hanna", "Brandt", "Hanna Brandt"),
        # N without FN.
        ("vcard30_iphone.vcf", "card 3", "Yuki", "Nakamura", "Yuki Nakamura"),
        ("vcard40_evolution.vcf", "card 1", "Marta", "Kowalska", "Marta Kowalska"),
        # FN without N.
        ("vcard40_evolution.vcf", "card 2", "Tomás", "O'Brien", "Tomás O'Brien"),
        # Raw Windows-1252 without a CHARSET parameter, as Outlook writes it.
        ("vcard_outlook.vcf", "card 1", "João", "Ferreira", "João Ferreira"),
        ("vcard_bom_crcrlf.vcf", "card 2", "Marco", "Bianchi", "Marco Bianchi"),
    ],
)
def test_it_reads_names_in_every_encoding_and_shape(
    name: str, where: str, first: str, last: str, full_name: str
) -> None:
    record = card(name, where)
    assert (record.first_name, record.last_name, record.full_name) == (first, last, full_name)
    assert record.source_format == "vcard"


@pytest.mark.parametrize(
    ("name", "where", "phones"),
    [
        ("vcard21_android.vcf", "card 1", ["+8613800138000"]),
        # Bare 2.1 parameters (TEL;CELL;PREF first); a number too short to be real stays as written.
        ("vcard21_android.vcf", "card 2", ["+14155550134", "+14155552671", "5550"]),
        ("vcard30_iphone.vcf", "card 1", ["+12125550147", "+442079460958"]),
        # tel: URIs of vCard 4.0, with an extension.
        ("vcard40_evolution.vcf", "card 1", ["+48601234567", "+16175550199;ext=102"]),
        # The fax number is left out.
        ("vcard_outlook.vcf", "card 1", ["+14255550100", "+14255550123"]),
    ],
)
def test_it_normalises_phones_to_e164_preferred_first(
    name: str, where: str, phones: list[str]
) -> None:
    assert card(name, where).phones == phones


def test_it_joins_quoted_printable_soft_breaks_even_inside_a_character() -> None:
    anna = card("vcard21_android.vcf", "card 2")
    assert anna.notes == "Met at PyCon — talked about hiring.\nFollow up in März."
    assert (anna.company, anna.position) == ("Initech", "Staff Engineer")
    assert anna.linkedin_slug == "anna-schmidt"


def test_it_decodes_quoted_printable_with_its_charset() -> None:
    joao = card("vcard_outlook.vcf", "card 1")
    assert joao.notes == (
        "Met at the Seattle meetup – wants an intro to the data team.\nSecond line: café."
    )
    assert joao.raw["label"] == "1 Microsoft Way\nRedmond, WA 98052"


def test_it_unescapes_commas_and_semicolons_inside_org() -> None:
    assert card("vcard30_iphone.vcf", "card 1").company == "Okafor, Eze & Co."
    assert card("vcard_outlook.vcf", "card 2").company == "Fabrikam; Partners, Inc."


def test_it_reads_apple_item_groups_with_their_labels() -> None:
    chidi = card("vcard30_iphone.vcf", "card 1")
    assert chidi.emails == ["chidi@okafor-eze.example", "c.okafor@example.com"]
    assert chidi.raw["email (Other)"] == "chidi@okafor-eze.example"
    assert chidi.raw["tel (Mobile)"] == "+44 20 7946 0958"
    assert chidi.urls == ["https://www.linkedin.com/in/chidi-okafor"]
    assert chidi.linkedin_slug == chidi.source_key == "chidi-okafor"


def test_it_takes_the_linkedin_slug_from_a_social_profile() -> None:
    assert card("vcard30_iphone.vcf", "card 3").linkedin_slug == "yuki-nakamura"
    assert card("vcard40_evolution.vcf", "card 1").linkedin_slug == "marta-kowalska"


def test_it_unfolds_lines_and_ignores_photos() -> None:
    chidi = card("vcard30_iphone.vcf", "card 1")
    assert chidi.notes == (
        "Introduced by Jane Doe at the spring mixer.\nPrefers mornings; coffee, not tea. "
        "Ask about the fintech advisory work before the quarterly review happens."
    )
    for name in ("vcard30_iphone.vcf", "vcard21_android.vcf", "vcard_outlook.vcf"):
        for record in read(name).records:
            assert "photo" not in record.raw
            assert all(len(value) < 1000 for value in record.raw.values())


def test_it_puts_categories_into_raw() -> None:
    assert card("vcard30_iphone.vcf", "card 1").raw["categories"] == "Mentors, Work"
    assert card("vcard40_evolution.vcf", "card 1").raw["categories"] == "Research, Conference 2024"


def test_it_reads_vcard_4_with_uid_and_quoted_parameters() -> None:
    marta = card("vcard40_evolution.vcf", "card 1")
    assert marta.source_key == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert marta.emails == ["marta@example.pl", "marta.kowalska@cyberdyne.example"]
    assert marta.notes == "Line one\nLine two"
    # The LABEL parameter holds a quoted colon; the value starts after it.
    assert marta.raw["adr"] == ";Floor 3;Al. Jerozolimskie 1;Warszawa;;00-001;Poland"
    assert marta.raw["x-evolution-file-as"] == "Kowalska, Marta"


def test_it_keeps_the_cards_after_a_malformed_one_and_says_why() -> None:
    contacts = read("vcard_broken.vcf")
    assert [(r.where, r.full_name) for r in contacts.records] == [
        ("card 1", "Mette Andersen"),
        ("card 3", "Lars Berg"),
        ("card 6", "Ola Quist"),
    ]
    assert contacts.skipped == [
        Skipped("card 2", "it has no END:VCARD before the next card begins"),
        Skipped(
            "card 4", 'a line of this card cannot be read: "this line is not a property at all"'
        ),
        Skipped("card 5", NOBODY_REASON),
        Skipped("card 7", "the file ends inside it (no END:VCARD)"),
    ]


def test_it_stops_a_soft_break_at_the_next_property() -> None:
    ola = card("vcard_broken.vcf", "card 6")
    assert ola.notes == "a writer left a stray soft break at the end"
    assert ola.phones == ["+46701234567"]


def test_it_reads_a_bom_and_cr_cr_lf_line_ends() -> None:
    contacts = read("vcard_bom_crcrlf.vcf")
    assert [r.full_name for r in contacts.records] == ["Giulia Rossi", "Marco Bianchi"]
    assert contacts.records[0].notes == (
        "A long note that a converter folded so that the word continues on the next line."
    )


def test_it_reads_utf16_files() -> None:
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ng\r\nEND:VCARD\r\n".encode("utf-16")
    assert read_vcard(data, "x.vcf").records[0].full_name == "Zoë Ng"


def test_a_card_with_only_an_org_is_a_company_and_one_with_only_an_email_is_named_by_it() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:\nORG:Hooli\nTEL:+1 650 555 0100\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nEMAIL:someone@example.com\nEND:VCARD\n"
    )
    contacts = read_vcard(data, "x.vcf")
    assert contacts.skipped == [Skipped("card 1", "a company's card, not a person")]
    (someone,) = contacts.records
    assert someone.full_name == "someone@example.com"


@pytest.mark.parametrize(("region", "expected"), [("DE", "+493012345678"), ("US", "030 12345678")])
def test_it_reads_local_numbers_in_the_default_region(region: str, expected: str) -> None:
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:Eva\nTEL:030 12345678\nEND:VCARD\n"
    assert read_vcard(data, "x.vcf", default_region=region).records[0].phones == [expected]


def test_it_reads_the_number_in_a_tel_uri_it_cannot_normalise() -> None:
    # 555 numbers are not valid: they stay as written, without the URI's scheme.
    public = card("vcard40_rfc6350_individual.vcf", "card 1")
    assert public.phones == ["+1-555-555-5555", "+1-555-123-4567"]


def test_it_leaves_out_emails_with_no_address_and_phones_with_no_digit() -> None:
    redacted = card("vcard30_davx5_redacted.vcf", "card 1")
    assert (redacted.emails, redacted.phones) == ([], [])
    assert redacted.left_out_emails == ("xxxxxxxxxxxxxxxxxxxx",)
    assert redacted.left_out_phones == ("xxxxxxxxxxxxxx",)
    # Its UID, not the value that is no address, is its key.
    assert redacted.source_key == "5e35b019-8a3a-f051-82ef-cf2a4938f4a2"


def test_it_leaves_out_field_names_written_as_phones_but_not_faxes() -> None:
    john = card("vcard40_ezvcard_outlook2003.vcf", "card 1")
    assert (john.emails, john.phones) == (["jdoe@hotmail.com"], [])
    assert john.left_out_phones == ("BusinessPhone", "HomePhone", "MobilePhone")


@pytest.mark.parametrize(
    ("name", "where", "reason"),
    [
        ("vcard40_group.vcf", "card 1", "a contact group, not a person"),
        ("vcard40_org.vcf", "card 1", "a company's card, not a person"),
        ("vcard40_location.vcf", "card 1", "a place, not a person"),
        ("vcard30_fastmail_group.vcf", "card 2", "a contact group, not a person"),
        # Apple's company cards: an empty N, the company in FN and ORG.
        ("vcard30_apple_companies.vcf", "card 1", "a company's card, not a person"),
        ("vcard30_iphone.vcf", "card 2", "a company's card, not a person"),
    ],
)
def test_it_skips_cards_that_are_no_person(name: str, where: str, reason: str) -> None:
    contacts = read(name)
    assert Skipped(where, reason) in contacts.skipped
    assert where not in [record.where for record in contacts.records]


def test_a_person_apple_shows_by_the_company_stays_a_person_at_that_company() -> None:
    hanna = card("vcard30_apple_companies.vcf", "card 2")
    assert (hanna.company, hanna.position) == (
        "Nordlicht Labortechnik GmbH",
        "Vertriebsspezialistin Systeme",
    )
    assert hanna.emails == ["h.brandt@nordlicht-labor.example"]
    assert read("vcard30_apple_companies.vcf").skipped == [
        Skipped("card 1", "a company's card, not a person")
    ]


@pytest.mark.parametrize(
    ("name", "written", "as_another_writer"),
    [
        ("vcard40_group.vcf", b"KIND:group", b"kind:Group"),
        ("vcard40_org.vcf", b"KIND:org", b"Kind:ORG"),
    ],
)
def test_it_reads_kind_whatever_its_case(
    name: str, written: bytes, as_another_writer: bytes
) -> None:
    data = (CONTACTS / name).read_bytes().replace(written, as_another_writer)
    assert read_vcard(data, name).records == []


def test_an_individual_card_stays_a_person() -> None:
    public = card("vcard40_rfc6350_individual.vcf", "card 1")
    assert (public.first_name, public.last_name) == ("John", "Public")


def test_it_refuses_a_file_without_any_card() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_vcard(b"First Name,Last Name\nJane,Doe\n", "contacts.vcf")
    assert caught.value.file == "contacts.vcf"
    assert "BEGIN:VCARD" in caught.value.message


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> bytes:
    # Folded every 70 octets, as the RFC says, so a UTF-8 character may be cut in two.
    data = line.encode("utf-8")
    return b"\r\n ".join(data[i : i + 70] for i in range(0, len(data), 70))


_text = (
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=150, deadline=None)
@given(name=_text, note=st.lists(_text, min_size=1, max_size=3).map("\n".join), org=_text)
def test_it_reads_back_escaped_and_folded_text(name: str, note: str, org: str) -> None:
    assume(name.casefold() != org.casefold())  # a card named only by its ORG is a company's
    lines = [
        b"BEGIN:VCARD",
        b"VERSION:3.0",
        _fold("FN:" + _escape(name)),
        _fold("ORG:" + _escape(org) + ";Unit"),
        _fold("NOTE:" + _escape(note)),
        b"END:VCARD",
    ]
    record = read_vcard(b"\r\n".join(lines) + b"\r\n", "x.vcf").records[0]
    assert (record.full_name, record.company, record.notes) == (name, org, note)
