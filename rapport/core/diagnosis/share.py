"""Small helpers the rules share: shares, plural words, lists of names."""

from __future__ import annotations

from collections.abc import Sequence


def share(part: int, whole: int) -> float:
    """Return part / whole, or 0.0 when there is no whole."""
    return part / whole if whole else 0.0


def percent(part: int, whole: int) -> str:
    """Return "12 of 40 (30%)"."""
    return f"{part} of {whole} ({share(part, whole):.0%})"


def plural(count: int, word: str, words: str | None = None) -> str:
    """Return "1 meeting" or "3 meetings"."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


def names(items: Sequence[str], limit: int = 3) -> str:
    """Return "A, B and C" or "A, B, C and 4 more"."""
    shown = list(items[:limit])
    rest = len(items) - len(shown)
    if rest > 0:
        return f"{', '.join(shown)} and {rest} more"
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"
