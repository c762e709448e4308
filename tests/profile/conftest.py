"""Profiles to coach, and alice's plan from the demo personas."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from rapport.formats import plan_toml
from rapport.plan.services import save_plan

DEMO = Path(__file__).resolve().parents[2] / "rapport" / "demo"
#: The article's bad example and a good one (the demo personas' profiles).
SCATTERED = (DEMO / "scattered" / "profile.txt").read_text(encoding="utf-8")
FOCUSED = (DEMO / "focused" / "profile.txt").read_text(encoding="utf-8")

RESUME = "\n".join(
    [
        "PROFESSIONAL SUMMARY",
        "Finance executive with broad experience in the manufacturing of devices.",
        "EXPERIENCE",
        *[
            f"- Controller at Company {n}, Jan 19{n + 70} - Dec 19{n + 71}: I was responsible"
            " for the close of the books, the budget and the audit, and I worked with the"
            " board and the bank on the plans of the group for the year. I was also in"
            " charge of a team of analysts in the office and the reports to the owners."
            for n in range(25)
        ],
        "EDUCATION",
        "B.S. Accounting, State University, 1966 - 1970",
    ]
)
NON_ENGLISH = (
    "Je suis directrice financière et j'aide les fabricants de dispositifs médicaux à"
    " transformer leur croissance en trésorerie. Chez Duo Médical, j'ai réduit la clôture"
    " mensuelle de douze jours à quatre."
)


@pytest.fixture
def focused_plan(alice: User) -> User:
    """Alice, with the focused persona's plan (operations, medical devices, Twin Cities)."""
    save_plan(alice, plan_toml.loads((DEMO / "focused" / "plan.toml").read_text()))
    return alice
