"""The date-and-time shapes of LinkedIn's archive files, read as UTC.

``messages.csv`` writes ``2024-03-05 14:22:10 UTC``; endorsements ``2024/03/05 14:22:10 UTC``;
invitations and recommendations ``3/5/24, 2:22 PM`` with no zone. LinkedIn writes every one
of them in UTC (the ones with a zone say so, and the others agree with them in the same
archive), so all are read as UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

_ISO = re.compile(
    r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*(?:UTC|Z|GMT))?$"
)
_US = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{2,4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)


def parse_when(text: str) -> datetime | None:
    """Return the UTC moment a LinkedIn archive cell names, or None when it names none."""
    text = text.strip()
    if len(text) == 23 and text.endswith(" UTC") and text[4] == "-":
        # messages.csv's one shape, 50,000 times in a large archive: the C parser, given
        # the zone in the text so that it returns the aware moment in one call.
        try:
            return datetime.fromisoformat(text[:19] + "+00:00")
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text[:19]).replace(tzinfo=UTC)
        except ValueError:
            return None
    try:
        if match := _ISO.match(text):
            year, month, day, hour, minute, second = match.groups()
            return datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
                tzinfo=UTC,
            )
        if match := _US.match(text):
            month, day, year, hour, minute, second, half = match.groups()
            hours = int(hour or 0)
            if half:
                if not 1 <= hours <= 12:
                    return None
                hours = hours % 12 + (12 if half.lower() == "pm" else 0)
            full_year = 2000 + int(year) if len(year) <= 2 else int(year)
            return datetime(
                full_year,
                int(month),
                int(day),
                hours,
                int(minute or 0),
                int(second or 0),
                tzinfo=UTC,
            )
    except ValueError:
        return None
    return None
