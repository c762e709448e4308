"""What changed between two versions of the profile: score, length, flags and structure.

Flags are compared by code and counted: a sentence reworded without fixing its hedge
is still one hedge, where matching by sentence text would call it "fixed" and "new".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rapport.core.errors import NotFoundError
from rapport.core.pitch import explain
from rapport.profile.feedback import PARTS


@dataclass(frozen=True)
class FlagChange:
    code: str
    title: str
    before: int
    after: int

    @property
    def kind(self) -> str:
        """Return "fixed", "new", "fewer", "more" or "same"."""
        if self.after == 0:
            return "fixed"
        if self.before == 0:
            return "new"
        if self.after != self.before:
            return "fewer" if self.after < self.before else "more"
        return "same"


@dataclass(frozen=True)
class Comparison:
    score: int
    words: int
    seconds: int
    changes: tuple[FlagChange, ...]
    parts_gained: tuple[str, ...]
    parts_lost: tuple[str, ...]

    def of_kind(self, *kinds: str) -> list[FlagChange]:
        """Return the flag changes of the given kinds, in the order the codes first appear."""
        return [change for change in self.changes if change.kind in kinds]

    @property
    def fixed(self) -> list[FlagChange]:
        return self.of_kind("fixed")

    @property
    def new(self) -> list[FlagChange]:
        return self.of_kind("new")

    @property
    def fewer(self) -> list[FlagChange]:
        return self.of_kind("fewer")

    @property
    def more(self) -> list[FlagChange]:
        return self.of_kind("more")


def _title(code: str) -> str:
    try:
        return explain(code).title
    except NotFoundError:
        return code


def _codes(analysis: Mapping[str, Any]) -> Counter[str]:
    return Counter(str(flag.get("code", "")) for flag in analysis.get("flags", []))


def _parts(analysis: Mapping[str, Any]) -> set[str]:
    structure = analysis.get("structure", {})
    return {name for name, _ in PARTS if structure.get(name)}


def compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> Comparison:
    """Return how ``after`` differs from ``before`` (two analyses, the core's JSON)."""
    old, new = _codes(before), _codes(after)
    changes = tuple(
        FlagChange(code, _title(code), old[code], new[code]) for code in dict.fromkeys([*old, *new])
    )
    gained, lost = _parts(after) - _parts(before), _parts(before) - _parts(after)
    labels = dict(PARTS)
    return Comparison(
        score=int(after.get("score", 0)) - int(before.get("score", 0)),
        words=int(after.get("words", 0)) - int(before.get("words", 0)),
        seconds=int(after.get("seconds", 0)) - int(before.get("seconds", 0)),
        changes=changes,
        parts_gained=tuple(labels[name] for name, _ in PARTS if name in gained),
        parts_lost=tuple(labels[name] for name, _ in PARTS if name in lost),
    )
