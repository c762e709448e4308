"""The user's own LinkedIn files: profile, positions, job-seeker preferences, company follows."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport.core.own_profile import Position, suggestions
from rapport.formats.detect import sniff
from rapport.formats.headers import FOLLOWS, POSITIONS, PREFERENCES, PROFILE
from rapport.formats.linkedin_archive import read_archive_parts
from rapport.formats.linkedin_own import (
    OWN_FORMATS,
    OwnFile,
    followed_month,
    read_own,
    split_values,
)

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"
FILES = {
    PROFILE: "Profile.csv",
    POSITIONS: "Positions.csv",
    PREFERENCES: "Jobs/Job Seeker Preferences.csv",
    FOLLOWS: "Company Follows.csv",
}


def read(kind: str, text: str | None = None) -> OwnFile:
    name = FILES[kind]
    return read_own(text or (ARCHIVE / name).read_text(encoding="utf-8"), name, kind)


@pytest.mark.parametrize("kind", list(OWN_FORMATS))
def test_each_file_is_recognised_by_its_header_even_with_a_bom(kind: str) -> None:
    data = (ARCHIVE / FILES[kind]).read_bytes()
    assert sniff(data) == kind
    assert sniff(b"\xef\xbb\xbf" + data) == kind


def test_the_profile_gives_name_headline_place_industry_and_the_multi_line_summary() -> None:
    profile = read(PROFILE).profile
    assert profile.name == "Alex Rivera"
    assert profile.headline == "Product manager for platform teams"
    assert profile.location == "Columbus, Ohio, United States"
    assert profile.industry == "Software Development"
    assert profile.summary.endswith(
        'Ten years of "boring" infrastructure that keeps releases calm.'
    )


def test_positions_keep_their_order_and_an_empty_end_means_current() -> None:
    parsed = read(POSITIONS)
    assert parsed.read == 3
    assert parsed.profile.positions[0] == Position(
        "Northwind Logistics", "Senior Product Manager", "Mar 2019", ""
    )
    assert [p.current for p in parsed.profile.positions] == [True, False, False]


def test_preferences_split_on_pipes_and_keep_commas_inside_places() -> None:
    profile = read(PREFERENCES).profile
    assert profile.wanted_locations == ["Columbus, Ohio, United States", "Remote"]
    assert profile.wanted_industries == ["Software Development", "Logistics"]
    assert profile.wanted_titles == [
        "Senior Product Manager",
        "Director of Product",
        "Group Product Manager",
    ]
    assert profile.dream_companies == ["Hooli", "Pied Piper", "Initech"]


def test_follows_keep_a_quoted_name_with_a_comma_and_the_month_followed() -> None:
    assert read(FOLLOWS).profile.followed == [
        ("Hooli", "Jun 2026"),
        ("Globex Corporation", "Oct 2024"),
        ("Stark Industries, Inc.", "Mar 2013"),
    ]


@pytest.mark.parametrize(
    ("cell", "commas", "expected"),
    [
        ("Hooli | Pied Piper", True, ["Hooli", "Pied Piper"]),
        ("Hooli|Pied Piper", True, ["Hooli", "Pied Piper"]),
        ("Hooli; Pied Piper", True, ["Hooli", "Pied Piper"]),
        ("Hooli, Pied Piper", True, ["Hooli", "Pied Piper"]),
        ("Chicago, Illinois", False, ["Chicago, Illinois"]),
        ("Chicago, Illinois | Remote", False, ["Chicago, Illinois", "Remote"]),
        ("", True, []),
    ],
)
def test_a_cell_of_several_values_is_split_as_linkedin_wrote_it(
    cell: str, commas: bool, expected: list[str]
) -> None:
    assert split_values(cell, commas=commas) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed Jun 24 12:43:42 UTC 2026", "Jun 2026"),
        ("2024-03-05 14:22:10", "Mar 2024"),
        ("someday", "someday"),
    ],
)
def test_the_month_followed_is_read_from_each_shape(text: str, expected: str) -> None:
    assert followed_month(text) == expected


def test_a_second_profile_row_and_an_empty_row_are_counted_and_skipped() -> None:
    header = (ARCHIVE / "Profile.csv").read_text(encoding="utf-8").splitlines()[0]
    text = f"{header}\nAlex,Rivera,,,,PM,,,,,,,\n,,,,,,,,,,,,\nSam,Patel,,,,CTO,,,,,,,\n"
    parsed = read(PROFILE, text)
    assert parsed.read == 3
    assert [(s.where, s.reason.split(";")[0]) for s in parsed.skipped] == [
        ("row 3", "the row is empty"),
        ("row 4", "only the first row of this file describes you"),
    ]
    assert parsed.profile.name == "Alex Rivera"


def test_the_archive_reads_all_four_and_offers_each_piece_once() -> None:
    parts = read_archive_parts(
        (ARCHIVE / "Basic_LinkedInDataExport_03-08-2024.zip").read_bytes(), "x.zip"
    )
    assert parts.own is not None
    assert parts.own.read == 1 + 3 + 1 + 3
    found = suggestions(parts.own.profile)
    by_field: dict[str, list[str]] = {}
    for s in found:
        by_field.setdefault(s.field, []).append(s.value)
    assert by_field["name"] == ["Alex Rivera"]
    # Hooli is a dream company and followed: offered once, for the first reason.
    assert by_field["company"] == [
        "Hooli",
        "Pied Piper",
        "Initech",
        "Globex Corporation",
        "Stark Industries, Inc.",
    ]
    assert by_field["industries"] == ["Software Development", "Logistics"]
    draft = by_field["pitch"][0]
    assert draft.startswith("I'm Alex Rivera, Product manager for platform teams.")
    assert "Today I work as Senior Product Manager at Northwind Logistics." in draft
    assert "Before that I was Product Manager at Contoso and Business Analyst at Contoso." in draft
    # The profile named the user, so the messages are read as Alex's.
    assert parts.touches is not None and parts.touches.me is not None
    assert parts.touches.me.name == "Alex Rivera"
    assert parts.touches.me_from == "your profile"


def test_a_draft_from_positions_alone_starts_with_what_it_knows() -> None:
    # Positions.csv holds no name: the draft must not open on an empty "I'm."
    (draft,) = [s.value for s in suggestions(read(POSITIONS).profile) if s.field == "pitch"]
    assert draft.startswith("Today I work as Senior Product Manager at Northwind Logistics.")
