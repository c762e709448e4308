"""A table that scrolls in its own box can be scrolled from the keyboard.

axe-core flags a scrollable region nobody can focus as serious; the walk in
tests/e2e/test_accessibility.py sees only the tables a demo fills, so every template is read.
"""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "rapport" / "templates"
BOX = re.compile(r'<div class="table-wrap"[^>]*>')


def test_every_table_box_takes_the_keyboards_focus() -> None:
    boxes = {
        f"{path.relative_to(TEMPLATES)}: {tag}"
        for path in TEMPLATES.rglob("*.html")
        for tag in BOX.findall(path.read_text(encoding="utf-8"))
    }
    assert len(boxes) > 10
    assert sorted(b for b in boxes if 'tabindex="0"' not in b) == []
