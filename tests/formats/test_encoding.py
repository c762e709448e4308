"""One decoder for every reader: real files in legacy, mixed and UTF-16 encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport.formats.detect import read_contacts
from rapport.formats.encoding import decode_text, guess_code_page

DATA = Path(__file__).resolve().parents[1] / "data" / "contacts"


def test_a_cyrillic_outlook_csv_is_read_as_windows_1251() -> None:
    parsed = read_contacts((DATA / "outlook_cp1251.csv").read_bytes(), "contacts.csv")
    assert [r.full_name for r in parsed.records] == ["Ольга Иванова", "Пётр Сидоров"]
    assert parsed.encoding == "Windows-1251 (Cyrillic)"


def test_one_windows_1252_line_in_a_utf8_file_is_read_on_its_own() -> None:
    parsed = read_contacts((DATA / "linkedin_one_cp1252_line.csv").read_bytes(), "c.csv")
    assert [r.full_name for r in parsed.records] == [
        "Zoë Brontë",
        "José Müller",
        "Renée Brontë",
    ]
    assert parsed.encoding == "UTF-8"
    assert parsed.notes == [
        "The file is UTF-8 except 1 line was written in another encoding (line 3); "
        "it was read as Windows-1252 (Western European)."
    ]


def test_a_utf16_big_endian_vcard_without_bom_is_read() -> None:
    parsed = read_contacts((DATA / "vcard_utf16be_no_bom.vcf").read_bytes(), "c.vcf")
    assert [r.full_name for r in parsed.records] == ["Björn Åström"]
    assert parsed.encoding == "UTF-16 (big-endian)"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Ольга Иванова,olga@example.ru", "cp1251"),
        ("José Núñez,jose@example.com\nFrançois Lefèvre,f@example.fr", "cp1252"),
        ("Zoë,Brontë", "cp1252"),
        ("Łukasz,Wójcik,Gdańsk", "cp1250"),
    ],
)
def test_the_guess_reads_names_in_their_own_code_page(text: str, codec: str) -> None:
    assert guess_code_page(text.encode(codec)) == codec


def test_nul_characters_are_removed_and_counted() -> None:
    decoded = decode_text(b"First Name\nAnn\x00a\n", "c.csv")
    assert decoded.text == "First Name\nAnna\n"
    assert decoded.nul_removed == 1
    assert decoded.notes == ("1 NUL character was removed from the text.",)
