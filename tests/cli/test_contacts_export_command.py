"""rapport contacts export and rapport contacts list --search."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from rapport.accounts.owner import local_owner
from rapport.contacts.models import Contact
from rapport.formats.vcard import read_vcard
from tests.cli_runner import Run


def a_book() -> None:
    owner = local_owner()
    Contact.objects.create(
        owner=owner, full_name="Ana Castaño", company_name="Medtronic", emails=["ana@x.example"]
    )
    Contact.objects.create(owner=owner, full_name="@SUM(1+1)", company_name="Evil")


def test_it_writes_the_book_as_csv_with_formulas_made_text(rapport: Run) -> None:
    a_book()
    result = rapport("contacts", "export", "--format", "csv")
    assert result.returncode == 0, result.stderr
    names = sorted(row["Name"] for row in csv.DictReader(io.StringIO(result.stdout)))
    assert names == ["'@SUM(1+1)", "Ana Castaño"]


def test_it_writes_a_filtered_list_as_vcard_to_a_file(rapport: Run, tmp_path: Path) -> None:
    a_book()
    out = tmp_path / "medtronic.vcf"
    result = rapport(
        "contacts",
        "export",
        "--format",
        "vcard",
        "--filter",
        "company=Medtronic",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert f"Wrote 1 contact to {out}" in result.stdout
    [ana] = read_vcard(out.read_bytes(), "medtronic.vcf").records
    assert ana.full_name == "Ana Castaño"


def test_an_unknown_filter_or_folder_exits_2_with_a_reason(rapport: Run, tmp_path: Path) -> None:
    result = rapport("contacts", "export", "--format", "csv", "--filter", "shoe=9")
    assert result.returncode == 2 and "unknown filter shoe" in result.stderr
    result = rapport("contacts", "export", "--format", "csv", "--out", str(tmp_path / "no/x.csv"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_list_search_finds_people_without_their_accents(rapport: Run) -> None:
    a_book()
    result = rapport("contacts", "list", "--search", "castano", "--json")
    assert result.returncode == 0, result.stderr
    assert '"name": "Ana Castaño"' in result.stdout
    assert "SUM" not in result.stdout
