"""Read what LinkedIn's export says about the user: profile, positions, wishes, follows.

- ``Profile.csv``: ``First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,
  Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers`` (one row);
- ``Positions.csv``: ``Company Name,Title,Description,Location,Started On,Finished On``,
  dates like ``Mar 2019`` and an empty ``Finished On`` for a current position;
- ``Jobs/Job Seeker Preferences.csv``: ``Locations,Industries,…,Job Titles,…,Dream
  Companies,…`` (one row; newer exports add ``Semantic Preferences``), several values in a
  cell separated by ``|`` (older exports: ``;`` or ``,``);
- ``Company Follows.csv``: ``Organization,Followed On``.

Each is recognised by its header, never by its name. Every row read becomes part of an
``OwnProfile`` or one skipped entry; the suggestions are made from the whole profile.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapport.core.own_profile import OwnProfile, Position
from rapport.core.records import Skipped
from rapport.formats.headers import (
    FOLLOWS,
    OWN_HEADERS,
    POSITIONS,
    PREFERENCES,
    PROFILE,
    Looks,
)
from rapport.formats.text import Table, cell, clean, read_table

#: Only the first row of a one-row file is the user's; more rows are counted and skipped.
ONE_ROW_REASON = "only the first row of this file describes you; this one was not read"
EMPTY_REASON = "the row is empty"
#: LinkedIn's way of saying a preference was not given.
_NOT_GIVEN = {"user_did_not_specify", "none", "n/a", "-"}


@dataclass
class OwnFile:
    """The user's own facts one file (or an archive's files) held, and the rows left out."""

    format: str
    profile: OwnProfile
    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str = ""

    def add(self, other: OwnFile, member: str) -> None:
        """Add ``other`` (the archive member ``member``) to this file."""
        self.profile.update(other.profile)
        self.read += other.read
        self.skipped.extend(
            Skipped(f"{member}, {s.where}", s.reason, s.count) for s in other.skipped
        )
        self.notes.extend(other.notes)


def _profile(table: Table, parsed: OwnFile) -> None:
    col = table.column
    index = {
        "first": col("first name"),
        "last": col("last name"),
        "headline": col("headline"),
        "summary": col("summary"),
        "industry": col("industry"),
        "location": col("geo location", "location"),
    }
    for number, cells in _rows(table, parsed):
        if parsed.profile.name or parsed.profile.headline:
            parsed.skipped.append(Skipped(f"row {number}", ONE_ROW_REASON))
            continue
        get = _getter(cells, index)
        parsed.profile.update(
            OwnProfile(
                first_name=get("first"),
                last_name=get("last"),
                headline=get("headline"),
                summary=get("summary"),
                industry=get("industry"),
                location=get("location"),
            )
        )


def _positions(table: Table, parsed: OwnFile) -> None:
    col = table.column
    index = {
        "company": col("company name"),
        "title": col("title"),
        "started": col("started on"),
        "finished": col("finished on"),
    }
    for _number, cells in _rows(table, parsed):
        get = _getter(cells, index)
        parsed.profile.positions.append(
            Position(get("company"), get("title"), get("started"), get("finished"))
        )


def _preferences(table: Table, parsed: OwnFile) -> None:
    col = table.column
    index = {
        "titles": col("job titles"),
        "fast": col("job title for searching fast growing companies"),
        "industries": col("industries"),
        "locations": col("locations"),
        "dream": col("dream companies"),
    }
    first = True
    for number, cells in _rows(table, parsed):
        if not first:
            parsed.skipped.append(Skipped(f"row {number}", ONE_ROW_REASON))
            continue
        first = False
        get = _getter(cells, index)
        profile = parsed.profile
        profile.wanted_titles.extend(split_values(get("titles")) + split_values(get("fast")))
        profile.wanted_industries.extend(split_values(get("industries")))
        # A place's name holds commas ("Chicago, Illinois, United States"): never split on them.
        profile.wanted_locations.extend(split_values(get("locations"), commas=False))
        profile.dream_companies.extend(split_values(get("dream")))


def _follows(table: Table, parsed: OwnFile) -> None:
    col = table.column
    index = {"company": col("organization"), "since": col("followed on")}
    for number, cells in _rows(table, parsed):
        get = _getter(cells, index)
        if not get("company"):
            parsed.skipped.append(Skipped(f"row {number}", "the row names no company"))
            continue
        parsed.profile.followed.append((get("company"), followed_month(get("since"))))


_ADD_ROWS: dict[str, Callable[[Table, OwnFile], None]] = {
    PROFILE: _profile,
    POSITIONS: _positions,
    PREFERENCES: _preferences,
    FOLLOWS: _follows,
}
#: Format -> (does a header look like it, what a row adds to the profile).
OWN_FORMATS: dict[str, tuple[Looks, Callable[[Table, OwnFile], None]]] = {
    name: (looks_like, _ADD_ROWS[name]) for name, looks_like in OWN_HEADERS.items()
}


def read_own(text: str, filename: str, kind: str) -> OwnFile:
    """Return what the ``kind`` file's ``text`` says about the user.

    Raises ImportFileError when the file holds no header of that kind's columns.
    """
    looks_like, add_rows = OWN_FORMATS[kind]
    table = read_table(text, filename, looks_like)
    parsed = OwnFile(kind, OwnProfile())
    add_rows(table, parsed)
    parsed.skipped.extend(table.skipped())
    parsed.skipped.sort(key=lambda s: int(s.where.removeprefix("row ")))
    return parsed


def _rows(table: Table, parsed: OwnFile) -> list[tuple[int, list[str]]]:
    """Return the non-empty rows of ``table``, counting each row read and each empty one."""
    rows = []
    for number, cells in table.rows:
        parsed.read += 1
        if not any(c.strip() for c in cells):
            parsed.skipped.append(Skipped(f"row {number}", EMPTY_REASON))
            continue
        rows.append((number, cells))
    # Broken rows (an unclosed quote) are read too: each is one skipped entry.
    parsed.read += len(table.broken)
    return rows


def _getter(cells: list[str], index: dict[str, int | None]) -> Callable[[str], str]:
    def get(name: str) -> str:
        value = clean(cell(cells, index[name]))
        return "" if value.casefold() in _NOT_GIVEN else value

    return get


_SEPARATORS = re.compile(r"\s*[|;]\s*")


def split_values(value: str, *, commas: bool = True) -> list[str]:
    """Return the values of a cell holding several: split on ``|`` or ``;``, else on commas.

    ``commas`` False keeps commas inside values (place names).
    """
    if not value:
        return []
    if _SEPARATORS.search(value):
        parts = _SEPARATORS.split(value)
    elif commas:
        parts = value.split(",")
    else:
        parts = [value]
    return [" ".join(part.split()) for part in parts if part.strip()]


_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b.*?\b(\d{4})\b")
_ISO = re.compile(r"^(\d{4})-(\d{2})")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def followed_month(text: str) -> str:
    """Return when a company was followed as "Mar 2024", from any of LinkedIn's shapes.

    ``Wed Jun 24 12:43:42 UTC 2026``, ``2024-03-05 14:22:10`` and ``3/5/24`` all occur;
    anything else is returned as written.
    """
    if match := _MONTH.search(text):
        return f"{match.group(1)} {match.group(2)}"
    if match := _ISO.match(text):
        month = int(match.group(2))
        return f"{_MONTHS[month - 1]} {match.group(1)}" if 1 <= month <= 12 else text
    return text
