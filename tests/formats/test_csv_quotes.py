"""A quote that is never closed: the rows after it are read, the broken row is reported."""

from __future__ import annotations

from pathlib import Path

from rapport.formats.detect import read_contacts
from rapport.formats.text import BROKEN_QUOTE

CONTACTS = Path(__file__).parent.parent / "data" / "contacts"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_a_linkedin_row_with_an_open_quote_does_not_swallow_the_rows_after_it() -> None:
    name = "linkedin_unterminated_quote.csv"
    contacts = read_contacts((CONTACTS / name).read_bytes(), name)
    assert [(r.where, r.full_name, r.company) for r in contacts.records] == [
        ("row 3", "Tomasz Nowak", "Boston Scientific"),
        ("row 4", "Grace Liu", "Abbott"),
        ("row 5", "Daniel Ochieng", "Stryker"),
    ]
    # A well-quoted cell after the broken one is still read as written.
    assert contacts.records[1].position == 'VP, "Strategic" Finance'
    assert [(s.where, s.reason) for s in contacts.skipped] == [("row 2", BROKEN_QUOTE)]
    assert contacts.read == 4


def test_a_google_row_whose_quote_runs_to_the_end_of_the_file_is_reported() -> None:
    name = "google_quote_to_end.csv"
    contacts = read_contacts((CONTACTS / name).read_bytes(), name)
    assert [(r.where, r.full_name) for r in contacts.records] == [
        ("row 2", "Helen Park"),
        ("row 4", "Lena Fox"),
    ]
    assert [s.where for s in contacts.skipped] == ["row 3"]
    assert contacts.read == 3


def test_an_open_quote_early_in_a_large_file_loses_only_its_own_row() -> None:
    # Past 128 KB in one cell Python's reader gives up with "field larger than field limit".
    rows = [
        f"Ann{i},Lee,https://www.linkedin.com/in/ann-lee-{i},,Acme,Analyst,05 Sep 2023\n"
        for i in range(3000)
    ]
    rows[1] = 'Bo,Li,https://www.linkedin.com/in/bo-li,,"Acme,Analyst,06 Sep 2023\n'
    contacts = read_contacts((HEADER + "".join(rows)).encode(), "Connections.csv")
    assert len(contacts.records) == 2999
    assert [s.where for s in contacts.skipped] == ["row 3"]
    assert contacts.records[-1].where == "row 3001"


def test_a_cell_that_rightly_spans_lines_is_kept_whole() -> None:
    text = HEADER + 'Ann,Lee,,,Acme,"Lead\nRecruiter",05 Sep 2023\nBo,Li,,,,,06 Sep 2023\n'
    contacts = read_contacts(text.encode(), "Connections.csv")
    assert [r.position for r in contacts.records] == ["Lead\nRecruiter", ""]
    assert contacts.skipped == []
