"""The Profile page, the Diagnosis and the CLI count the same serious flags for one text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from rapport.diagnosis.services import run_diagnosis
from rapport.profile.services import save_pitch
from tests.cli_runner import Run

DEMO = Path(__file__).resolve().parents[2] / "rapport" / "demo"
#: 70 words, 30 seconds: the issue's "two-minute profile" that once scored 95.
SHORT = (
    "I'm a finance leader who helps medical-device makers grow. At Duo Medical I cut the"
    " month-end close from 12 days to 4 and saved $3.2M on suppliers. I graduated from"
    " Ohio State in 1992. I'm looking for a CFO role in medical devices, at companies like"
    " Stryker or Insulet. If you know anyone there, I'd appreciate an introduction. Thank"
    " you for listening to me today."
)


@pytest.mark.parametrize(
    ("text", "serious"),
    [((DEMO / "scattered" / "profile.txt").read_text(encoding="utf-8"), 10), (SHORT, 2)],
)
def test_the_three_faces_agree_on_the_serious_flags(
    text: str, serious: int, alice: User, alice_client: Client, rapport: Run, tmp_path: Path
) -> None:
    path = tmp_path / "profile.txt"
    path.write_text(text, encoding="utf-8")
    rapport("plan", "import", str(DEMO / "scattered" / "plan.toml"))
    save_pitch(alice, text)

    page = alice_client.get("/profile/").content.decode()
    shown = re.search(r"(\d+) flags?(?:, (\d+) serious)?</h3>", page)
    assert shown is not None
    on_page = int(shown.group(2) or 0)

    cli = json.loads(rapport("pitch", "check", str(path), "--json").stdout)
    in_cli = sum(1 for flag in cli["flags"] if flag["severity"] == "serious")

    finding = next(
        (f for f in run_diagnosis(alice).diagnosis.findings if f.code == "pitch-not-compelling"),
        None,
    )
    in_diagnosis = 0
    if finding is not None:
        counted = re.search(r"with (\d+) serious flag", finding.measured)
        assert counted is not None
        in_diagnosis = int(counted.group(1))

    assert on_page == in_cli == in_diagnosis == serious
