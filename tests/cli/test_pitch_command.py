"""rapport pitch check / save, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport.core.pitch import PitchContext, analyse
from tests.cli_runner import Run

DEMO = Path(__file__).resolve().parents[2] / "rapport" / "demo"
SCATTERED = DEMO / "scattered" / "profile.txt"
FOCUSED = DEMO / "focused" / "profile.txt"


def test_check_json_is_exactly_the_coachs_analysis(rapport: Run) -> None:
    result = rapport("pitch", "check", str(SCATTERED), "--json")
    assert result.returncode == 0, result.stderr
    text = SCATTERED.read_text(encoding="utf-8")
    assert json.loads(result.stdout) == analyse(text, PitchContext()).to_json()


def test_check_uses_the_plan_and_saves_nothing(rapport: Run) -> None:
    rapport("plan", "import", str(DEMO / "focused" / "plan.toml"))
    data = json.loads(rapport("pitch", "check", str(FOCUSED), "--json").stdout)
    assert data["flags"] == [] and data["score"] == 100
    assert rapport("pitch", "save", str(FOCUSED)).stdout.startswith("Saved as version 1.")


def test_check_prints_score_structure_and_each_flag_with_its_fix(rapport: Run) -> None:
    result = rapport("pitch", "check", str(SCATTERED))
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("Score 0/100 · 266 words · 1:54 at 140 words a minute")
    assert "Structure: present 1 → past 5 → future 1" in out
    assert "25 flags:" in out
    assert "  family-trivia (serious) “And of course there's Biscuit, our golden retriever" in out
    assert "    Fix: Cut it; open with who you are professionally" in out
    assert "  no-ask (serious) (the whole profile)" in out


def test_check_reads_standard_input(rapport: Run) -> None:
    result = rapport("pitch", "check", "-", "--json", input="I guess I cut costs by 40%.")
    data = json.loads(result.stdout)
    assert data["words"] == 7
    assert data["flags"][0]["code"] == "hedging"


def test_save_stores_versions_and_prints_the_score_and_flags(rapport: Run) -> None:
    first = rapport("pitch", "save", str(SCATTERED))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Saved as version 1.\nScore 0/100")
    assert "job-history-recital (serious)" in first.stdout
    second = rapport("pitch", "save", "-", "--json", input=FOCUSED.read_text(encoding="utf-8"))
    data = json.loads(second.stdout)
    assert data["version"] == 2
    assert data["analysis"]["words"] == 254
    assert set(data["analysis"]) == {
        "words",
        "seconds",
        "wpm",
        "score",
        "structure",
        "flags",
        "notices",
    }


def test_empty_text_is_checked_with_a_notice_but_not_saved(rapport: Run) -> None:
    checked = rapport("pitch", "check", "-", input="  \n")
    assert checked.returncode == 0
    assert "Write or paste your two-minute profile" in checked.stdout
    saved = rapport("pitch", "save", "-", input="  \n")
    assert saved.returncode == 2
    assert "standard input: there are no words to save" in saved.stderr
    assert "nothing was saved" in saved.stderr


@pytest.mark.parametrize("command", ["check", "save"])
def test_a_missing_file_exits_2(rapport: Run, tmp_path: Path, command: str) -> None:
    result = rapport("pitch", command, str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert f"error: {tmp_path / 'nope.txt'}: no such file" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00I\x00 \x00c\x00u\x00t", "not UTF-8 text"),
        (b"I cut\x00costs", "NUL characters"),
    ],
)
def test_a_file_that_is_not_text_exits_2(
    rapport: Run, tmp_path: Path, content: bytes, message: str
) -> None:
    file = tmp_path / "profile.docx"
    file.write_bytes(content)
    result = rapport("pitch", "check", str(file))
    assert result.returncode == 2
    assert f"{file}: " in result.stderr and message in result.stderr


def test_a_folder_exits_2(rapport: Run, tmp_path: Path) -> None:
    result = rapport("pitch", "save", str(tmp_path))
    assert result.returncode == 2
    assert "is a folder" in result.stderr
