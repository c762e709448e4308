"""An import's counts in words: what was read, and what became of every record.

The same lines serve the report page and the CLI, so both say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

#: What became of each record, in the order a report lists them; they add up to ``read``.
CONTACT_OUTCOMES = ("new", "updated", "unchanged", "merged", "review", "skipped")
CALENDAR_OUTCOMES = ("new", "updated", "unchanged", "cancelled", "skipped")
TOUCH_OUTCOMES = ("new", "updated", "unchanged", "skipped")
#: The user's own files: each suggestion read is offered, already known, or its row skipped.
OWN_OUTCOMES = ("offered", "known", "skipped")
_LABELS = {
    "new": "new",
    "updated": "updated",
    "unchanged": "unchanged",
    "merged": "merged into a contact",
    "review": "to review",
    "skipped": "skipped",
    "cancelled": "cancelled",
    "offered": "offered to you",
    "known": "already in your plan or offered before",
}


@dataclass(frozen=True)
class Stat:
    label: str
    value: int


def outcomes(format: str) -> tuple[str, ...]:
    from rapport.formats.kinds import OWN_FORMATS, TOUCH_FORMATS

    if format in TOUCH_FORMATS:
        return TOUCH_OUTCOMES
    if format in OWN_FORMATS:
        return OWN_OUTCOMES
    return CALENDAR_OUTCOMES if format == "ics" else CONTACT_OUTCOMES


def unit(format: str, count: int) -> str:
    """Return what a record of ``format`` is called: rows, cards or events."""
    if format == "ics":
        return "event" if count == 1 else "events"
    if format == "vcard":
        return "card" if count == 1 else "cards"
    from rapport.formats.kinds import OWN_FORMATS, TOUCH_FORMATS

    if format in OWN_FORMATS:
        return "suggestion" if count == 1 else "suggestions"
    if format in TOUCH_FORMATS:
        # A message to three people is three touches: the unit is the touch, not the row.
        return "touch" if count == 1 else "touches"
    return "row" if count == 1 else "rows"


def format_name(format: str) -> str:
    from rapport.formats.kinds import FORMATS, PART_NAMES

    return FORMATS.get(format) or PART_NAMES.get(format, "file")


def stats(format: str, counts: dict[str, int]) -> list[Stat]:
    """Return ``read`` and then each outcome, labelled for people."""
    read = counts.get("read", sum(counts.get(name, 0) for name in outcomes(format)))
    return [
        Stat(f"{unit(format, read)} read", read),
        *(Stat(_LABELS[name], counts.get(name, 0)) for name in outcomes(format)),
    ]


def sentence(format: str, counts: dict[str, int], encoding: str = "") -> str:
    """Return the whole report in one sentence, e.g. for the CLI."""
    read, *rest = stats(format, counts)
    parts = ", ".join(f"{s.value:,} {s.label}" for s in rest if s.value)
    text = f"Read {read.value:,} {read.label.removesuffix(' read')}"
    if encoding:
        text += f" ({encoding} text)"
    return f"{text}: {parts or 'nothing to import'}."


def also(counts: dict[str, int]) -> list[str]:
    """Return sentences about counts that are a part of the others, not outcomes.

    (Job changes already have their own notes, written by the contacts importer.)
    """
    networking = counts.get("networking", 0)
    if not networking:
        return []
    verb = "is a networking meeting" if networking == 1 else "are networking meetings"
    return [f"Of the events read, {networking:,} {verb}."]


def adds_up(format: str, counts: dict[str, int]) -> bool:
    """Return True when the outcomes add up to the records read."""
    return counts.get("read") == sum(counts.get(name, 0) for name in outcomes(format))
