"""A search box that answers as you type does not search again when you leave it.

A bare `change` trigger on the form also fires when the box loses focus, which is when the
user clicks a result: the repeated search's answer rewrote the address bar while Chromium was
leaving for the result, and the click did nothing (tests/e2e/test_contact_book.py saw it).
Every template is read, so a new live search cannot bring the double trigger back.
"""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "rapport" / "templates"
TRIGGER = re.compile(r'hx-trigger="([^"]*)"')


def live_searches() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in TEMPLATES.rglob("*.html"):
        for trigger in TRIGGER.findall(path.read_text(encoding="utf-8")):
            events = [part.strip() for part in trigger.split(",")]
            if any(e.startswith("input") and " from:" in e for e in events):
                found[f"{path.relative_to(TEMPLATES)}: {trigger}"] = events
    return found


def test_a_live_search_listens_for_change_only_on_its_other_controls() -> None:
    searches = live_searches()
    assert len(searches) >= 2
    bare = [where for where, events in searches.items() if "change" in events]
    assert bare == []
