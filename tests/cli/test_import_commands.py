"""rapport import and rapport contacts list, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import Run

FILES = Path(__file__).resolve().parents[1] / "data" / "import"
CONTACTS = Path(__file__).resolve().parents[1] / "data" / "contacts"


def test_import_reports_counts_and_reimport_adds_nothing(rapport: Run) -> None:
    rapport("plan", "import", str(FILES / "plan.toml"))
    first = rapport("import", str(FILES / "network_v1.csv"), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["format"] == "linkedin"
    assert report["counts"]["new"] == 7
    assert report["skipped"][0]["where"] == "row 9"
    again = json.loads(rapport("import", str(FILES / "network_v1.csv"), "--json").stdout)
    assert again["counts"]["new"] == 0
    assert again["counts"]["unchanged"] == 7


def test_import_prints_job_changes_in_words(rapport: Run) -> None:
    rapport("plan", "import", str(FILES / "plan.toml"))
    rapport("import", str(FILES / "network_v1.csv"))
    result = rapport("import", str(FILES / "network_v2.csv"))
    assert "1 contact changed jobs." in result.stdout
    assert "1 now works at Stryker, a target company." in result.stdout


def test_contacts_list_json_has_the_documented_keys(rapport: Run) -> None:
    rapport("plan", "import", str(FILES / "plan.toml"))
    rapport("import", str(FILES / "network_v1.csv"))
    rows = json.loads(rapport("contacts", "list", "--json", "--filter", "can_hire=yes").stdout)
    assert [r["name"] for r in rows] == ["Kevin Lobo"]
    kevin = rows[0]
    assert {"id", "name", "first_name", "last_name", "company", "position", "emails"} <= set(kevin)
    judged = kevin["judgments"]
    assert judged["target_company"] == "Stryker"
    assert judged["seniority"] == "cxo"
    assert judged["can_hire"] is True
    assert set(judged) >= {
        "target_company",
        "in_target_industry",
        "seniority",
        "function",
        "can_hire",
        "recruiter",
        "job_seeker",
        "connector",
        "reasons",
    }


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("binary.bin", "binary.bin"),
        ("missing_columns.csv", "missing_columns.csv"),
        ("not_contacts.txt", "not_contacts.txt"),
        ("empty.csv", "empty.csv"),
    ],
)
def test_a_bad_file_exits_2_and_imports_nothing(rapport: Run, name: str, message: str) -> None:
    result = rapport("import", str(CONTACTS / name))
    assert result.returncode == 2
    assert message in result.stderr
    assert "nothing was imported" in result.stderr
    assert json.loads(rapport("contacts", "list", "--json").stdout) == []


def test_a_bad_filter_exits_2(rapport: Run) -> None:
    result = rapport("contacts", "list", "--filter", "colour=blue")
    assert result.returncode == 2
    assert "unknown filter colour" in result.stderr


ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"


@pytest.mark.parametrize(
    ("name", "fmt", "offered"),
    [
        ("Profile.csv", "linkedin_profile", 5),
        ("Positions.csv", "linkedin_positions", 2),
        ("Jobs/Job Seeker Preferences.csv", "linkedin_job_preferences", 10),
        ("Company Follows.csv", "linkedin_company_follows", 3),
    ],
)
def test_the_users_own_files_are_offered_and_counted(
    rapport: Run, name: str, fmt: str, offered: int
) -> None:
    result = rapport("import", str(ARCHIVE / name), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["format"] == fmt
    counts = report["counts"]
    assert (counts["offered"], counts["known"], counts["skipped"]) == (offered, 0, 0)
    assert counts["read"] == counts["offered"] + counts["known"] + counts["skipped"]
    again = json.loads(rapport("import", str(ARCHIVE / name), "--json").stdout)
    assert (again["counts"]["offered"], again["counts"]["known"]) == (0, offered)


OUTCOMES = ("new", "updated", "unchanged", "merged", "review", "skipped")


@pytest.mark.parametrize(
    ("name", "fmt", "named"),
    [
        ("thunderbird_en.csv", "thunderbird", "Thunderbird address book CSV"),
        ("yahoo.csv", "yahoo", "Yahoo Contacts CSV"),
    ],
)
def test_a_thunderbird_or_yahoo_csv_imports_every_row_and_reimports_none(
    rapport: Run, name: str, fmt: str, named: str
) -> None:
    first = rapport("import", str(CONTACTS / name), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["format"] == fmt
    counts = report["counts"]
    assert counts["read"] == 4 == counts["new"] == sum(counts[o] for o in OUTCOMES)
    again = rapport("import", str(CONTACTS / name))
    assert f"Imported {name} ({named})." in again.stdout
    counts = json.loads(rapport("import", str(CONTACTS / name), "--json").stdout)["counts"]
    assert counts["read"] == 4 == counts["unchanged"] == sum(counts[o] for o in OUTCOMES)


def test_a_thunderbird_csv_keeps_names_emails_phones_work_and_notes(rapport: Run) -> None:
    from rapport.contacts.models import Contact

    rapport("import", str(CONTACTS / "thunderbird_en.csv"))
    zoe = Contact.objects.get(full_name="Zoë Lefèvre")
    assert zoe.emails == ["zoe.lefevre@legere.example.fr", "zoe@lefevre.example.org"]
    assert zoe.phones == ["+33142685300", "+33612345678"]  # the fax is left out
    assert (zoe.company_name, zoe.position) == ("Légère SAS", "Head of Data, Europe")
    assert zoe.urls == ["https://legere.example.fr", "https://www.linkedin.com/in/zoe-lefevre"]
    assert zoe.linkedin_slug == "zoe-lefevre"
    assert zoe.notes == "Met at PyCon FR.\nAsk about the data team"
    assert Contact.objects.filter(emails=["hello@studio.example"]).exists()
    maria = Contact.objects.get(emails=["maria@northwind.example.net"])
    assert (maria.first_name, maria.last_name) == ("Maria", "Gonzalez")


def test_a_yahoo_csv_keeps_names_emails_phones_work_and_notes(rapport: Run) -> None:
    from rapport.contacts.models import Contact

    rapport("import", str(CONTACTS / "yahoo.csv"))
    jose = Contact.objects.get(last_name="Núñez")
    assert jose.full_name == "José Luis Núñez"
    assert jose.emails == ["jose.nunez@tierra.example.es", "pepe.nunez@correo.example.com"]
    assert jose.phones == ["+34612345678", "+34912345678"]  # "Primary": mobile, first
    assert (jose.company_name, jose.position) == ("Tierra Software", "Engineering Manager")
    assert jose.urls == ["https://tierra.example.es"]
    assert jose.notes == "Introduced by Ana.\nAsk about O'Reilly's meetup"
    assert jose.circles == ["Colleagues"]
    assert Contact.objects.get(last_name="Kurtz O'Brien").phones == ["+17815550147"]
    assert Contact.objects.filter(emails=["info@studio.example"]).exists()
    assert Contact.objects.get(full_name="Chris Burke").urls == ["www.burke.example.com"]


def test_an_unknown_csv_names_its_first_columns_and_counts_the_rest(
    rapport: Run, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(",".join(f"Field {n}" for n in range(1, 38)) + "\r\na,b\r\n")
    result = rapport("import", str(path))
    assert result.returncode == 2
    assert "Field 1, Field 2, Field 3, Field 4, Field 5 and 32 more" in result.stderr
    assert "Field 6" not in result.stderr
    assert "nothing was imported" in result.stderr
