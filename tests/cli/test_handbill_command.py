"""rapport handbill, as a user types it: text by default, PDF, HTML and Markdown files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_runner import Run
from tests.handbill.pdf_reading import page_count, words

PLANS = Path(__file__).parent.parent / "data" / "plans"
COMPANIES = ("Medtronic", "Boston Scientific", "Inspire Medical Systems")


@pytest.fixture
def planned(rapport: Run) -> Run:
    assert rapport("plan", "import", str(PLANS / "full.toml")).returncode == 0
    return rapport


def test_without_options_it_prints_the_plain_text(planned: Run) -> None:
    result = planned("handbill")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Margaret Lindqvist\n")
    assert (
        "Medical devices: Medtronic · Boston Scientific · Inspire Medical Systems" in result.stdout
    )


def test_it_writes_pdf_html_and_markdown_files(planned: Run, tmp_path: Path) -> None:
    pdf, html, md = tmp_path / "h.pdf", tmp_path / "h.html", tmp_path / "h.md"
    result = planned("handbill", "--pdf", str(pdf), "--html", str(html), "--markdown", str(md))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert f"Handbill written to {pdf}." in result.stderr
    data = pdf.read_bytes()
    assert page_count(data) == 1
    assert all(name in words(data) for name in COMPANIES)
    assert "@media print" in html.read_text()
    assert md.read_text().startswith("# Margaret Lindqvist\n")


def test_text_goes_with_the_files_when_asked(planned: Run, tmp_path: Path) -> None:
    result = planned("handbill", "--markdown", str(tmp_path / "h.md"), "--text")
    assert result.returncode == 0
    assert "COMPANIES I'D LIKE TO WORK FOR" in result.stdout


def test_paper_a4_sets_the_page_size(planned: Run, tmp_path: Path) -> None:
    pdf = tmp_path / "a4.pdf"
    assert planned("handbill", "--pdf", str(pdf), "--paper", "a4").returncode == 0
    assert re.search(rb"/MediaBox\s*\[0 0 595", pdf.read_bytes())
    assert planned("handbill", "--paper", "legal").returncode == 2


def test_without_a_plan_it_exits_2_naming_what_is_missing(rapport: Run) -> None:
    result = rapport("handbill")
    assert result.returncode == 2
    assert "your name and your targets" in result.stderr
    assert result.stdout == ""


def test_an_unwritable_file_exits_2(planned: Run, tmp_path: Path) -> None:
    result = planned("handbill", "--pdf", str(tmp_path / "missing-folder" / "h.pdf"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
