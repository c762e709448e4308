"""Cells of a CSV file that a spreadsheet will open: never run as a formula."""

from __future__ import annotations

#: A cell starting with one of these is a formula (or a way to smuggle one) to a spreadsheet.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guarded(cell: str) -> str:
    """Return ``cell`` safe for a spreadsheet: a formula-looking start is made text."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
