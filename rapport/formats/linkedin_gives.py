"""Read LinkedIn's endorsements and recommendations: gives and receipts for the ledger.

- ``Endorsement_Received_Info.csv``: ``Endorsement Date,Skill Name,Endorser First Name,
  Endorser Last Name,Endorser Public Url,Endorsement Status``; ``Endorsement_Given_Info.csv``
  the same with ``Endorsee``. Dates like ``2024/03/05 14:22:10 UTC``.
- ``Recommendations_Received.csv`` and ``Recommendations_Given.csv``: both ``First Name,
  Last Name,Company,Job Title,Text,Creation Date,Status``, dates like ``03/05/24, 02:22 PM``.
  The two headers are the same, so which way a recommendation went comes from the file's
  name; a file named neither way is refused rather than guessed.

A row naming the user (real archives hold the user under a second profile of their own,
endorsing and recommending themselves) is skipped with its reason: it is no give.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from rapport.core.errors import ImportFileError
from rapport.core.records import Person, Skipped, TouchFile, TouchRecord
from rapport.formats.headers import (
    ENDORSEMENTS,
    RECOMMENDATIONS,
    looks_like_endorsements,
    looks_like_recommendations,
)
from rapport.formats.linkedin import slug_from_url
from rapport.formats.linkedin_when import parse_when
from rapport.formats.names import is_me
from rapport.formats.text import clean, join_name, read_table

#: Why a row naming the user is skipped, by file and direction.
NAMES_YOU = {
    ("endorsement", "out"): "names you, not someone you endorsed",
    ("endorsement", "in"): "names you, not someone who endorsed you",
    ("recommendation", "out"): "names you, not someone you recommended",
    ("recommendation", "in"): "names you, not someone who recommended you",
}


def read_endorsements(text: str, filename: str, me: Person | None = None) -> TouchFile:
    """Return one touch per endorsement, given ("out") or received ("in"); ``me`` is the
    user when known, whose own rows are skipped."""
    table = read_table(text, filename, looks_like_endorsements)
    given = table.column("endorsee first name") is not None
    direction = "out" if given else "in"
    role = "endorsee" if given else "endorser"
    col = table.column
    index = {
        "date": col("endorsement date"),
        "skill": col("skill name"),
        "first": col(f"{role} first name"),
        "last": col(f"{role} last name"),
        "url": col(f"{role} public url", f"{role} profile url"),
        "status": col("endorsement status"),
    }
    table.require(filename, Endorsement_Date=index["date"])
    records: list[TouchRecord] = []
    skipped: list[Skipped] = []
    for number, cells in table.rows:

        def get(name: str, cells: list[str] = cells) -> str:
            position = index[name]
            return clean(cells[position]) if position is not None and position < len(cells) else ""

        when = parse_when(get("date"))
        if when is None:
            skipped.append(Skipped(f"row {number}", "no date"))
            continue
        if get("status").upper() in {"REJECTED", "HIDDEN"}:
            skipped.append(Skipped(f"row {number}", "an endorsement that was turned down"))
            continue
        url = get("url")
        # Given endorsements carry a bare host and path ("www.linkedin.com/in/jane-doe").
        person = Person(join_name(get("first"), get("last")), slug_from_url(url))
        if is_me(person, me):
            skipped.append(Skipped(f"row {number}", NAMES_YOU["endorsement", direction]))
            continue
        skill = get("skill")
        records.append(
            TouchRecord(
                channel="linkedin_endorsement",
                direction=direction,
                when=when,
                person=person,
                where=f"{filename}, row {number}",
                subject=skill,
                text=f"Endorsed for {skill}" if skill else "Endorsement",
                source_key=f"endorsement|{get('date')}|{skill}",
            )
        )
    skipped.extend(table.skipped())
    return TouchFile(ENDORSEMENTS, records, skipped, read=len(records) + len(skipped))


def recommendation_direction(filename: str) -> str:
    """Return "out" for a Recommendations_Given file, "in" for Received; refuse others."""
    name = PurePosixPath(filename).name.lower()
    if "given" in name:
        return "out"
    if "received" in name:
        return "in"
    raise ImportFileError(
        "a recommendations file must keep LinkedIn's name (Recommendations_Given.csv or "
        "Recommendations_Received.csv): the two look the same inside, and the name says "
        "which way they went",
        file=filename,
    )


def read_recommendations(text: str, filename: str, me: Person | None = None) -> TouchFile:
    """Return one touch per recommendation, its direction from the file's name; ``me`` is
    the user when known, whose own rows are skipped."""
    direction = recommendation_direction(filename)
    table = read_table(text, filename, looks_like_recommendations)
    col = table.column
    index = {
        "first": col("first name"),
        "last": col("last name"),
        "company": col("company"),
        "title": col("job title"),
        "text": col("text"),
        "date": col("creation date"),
        "status": col("status"),
    }
    records: list[TouchRecord] = []
    skipped: list[Skipped] = []
    for number, cells in table.rows:

        def get(name: str, cells: list[str] = cells) -> str:
            position = index[name]
            return clean(cells[position]) if position is not None and position < len(cells) else ""

        when = parse_when(get("date"))
        name = join_name(get("first"), get("last"))
        if when is None:
            skipped.append(Skipped(f"row {number}", "no date"))
            continue
        if not name:
            skipped.append(Skipped(f"row {number}", "no name"))
            continue
        person = Person(name)
        if is_me(person, me):
            skipped.append(Skipped(f"row {number}", NAMES_YOU["recommendation", direction]))
            continue
        records.append(
            TouchRecord(
                channel="linkedin_recommendation",
                direction=direction,
                when=when,
                person=person,
                where=f"{filename}, row {number}",
                text=get("text"),
                source_key=f"recommendation|{direction}|{get('date')}",
            )
        )
    skipped.extend(table.skipped())
    return TouchFile(RECOMMENDATIONS, records, skipped, read=len(records) + len(skipped))
