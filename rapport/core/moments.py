"""The texts of whole UTC seconds, made for tens of thousands of moments at a time.

Formatting six numbers into ``"%04d-%02d-%02d…"`` took about 7,000 machine instructions a
moment, most of the cost of a touch's fingerprint and of writing its time: here each day's
text is made once, and the time of day is put together from two-digit texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import cast

#: "00" to "99".
TWO_DIGITS = tuple(f"{number:02d}" for number in range(100))


def second_texts(moments: Iterable[datetime], sep: str, zone: str) -> list[str | None]:
    """Return each moment as ``datetime.isoformat(sep)`` writes a whole UTC second, with
    ``zone`` in place of its offset; None for any other moment (another zone, a fraction
    of a second, not a datetime)."""
    days: dict[int, str] = {}
    two = TWO_DIGITS
    texts: list[str | None] = []
    add = texts.append
    for when in moments:
        if type(when) is not datetime or when.tzinfo is not UTC or when.microsecond:
            add(None)
            continue
        day = days.get(when.toordinal())
        if day is None:
            day = f"{when.year:04d}-{when.month:02d}-{when.day:02d}{sep}"
            days[when.toordinal()] = day
        # One f-string makes one text; each + made one more.
        add(f"{day}{two[when.hour]}:{two[when.minute]}:{two[when.second]}{zone}")
    return texts


def text_order(texts: Sequence[str | None]) -> list[int] | None:
    """Return the indices of ``texts`` (``second_texts`` of some moments, one zone text) in
    the order of their moments, ties in their order; None when a moment has no text.

    The same order as sorting the moments, for a fraction of the cost: the sort compares
    texts of one kind in C, where each comparison of two datetimes is a call.
    """
    if None in texts:
        return None
    every = cast("Sequence[str]", texts)
    return sorted(range(len(every)), key=every.__getitem__)
