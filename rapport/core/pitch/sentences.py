"""Splitting a profile into sentences and counting its spoken words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapport.core.pitch.markup import Plain, strip_markup
from rapport.core.pitch.registry import Sentence

#: A spoken word: letters or digits, joined by apostrophes, hyphens or decimal points
#: ("I'm", "just-in-time", "3.2M"); punctuation and symbols are not words.
WORD = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*")

_CANDIDATE = re.compile(r"[.!?…]+[\"')\]]*(?=\s|$)|\n")
_NEXT_VISIBLE = re.compile(r"[ \t\r\f\v]*(\n?)\s*(\S)?")
_LAST_TOKEN = re.compile(r"(\S+)$")
_HAS_WORD = re.compile(r"[^\W_]")
_DOTTED = re.compile(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}")

# A period after these is not the end of a sentence ("Dr. Patel", "J. Smith").
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "mt", "ft", "gen", "col"})


@dataclass(frozen=True)
class Split:
    """A profile cut into sentences: original spans, plain text and word counts."""

    plain: Plain
    sentences: tuple[Sentence, ...]
    plain_sentences: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]


def _is_abbreviation(plain: str, dot: int) -> bool:
    token_match = _LAST_TOKEN.search(plain, max(0, dot - 24), dot)
    if token_match is None:
        return False
    token = token_match.group(1).lstrip("([\"'").lower()
    if token in _TITLES:
        return True
    # A lone initial ("J.") or a dotted abbreviation ("U.S", "e.g", "Ph.D").
    return (len(token) == 1 and token.isalpha()) or _DOTTED.fullmatch(token) is not None


def _is_boundary(plain: str, start: int, end: int) -> bool:
    following = _NEXT_VISIBLE.match(plain, end)
    assert following is not None  # the pattern can match the empty string
    blank_line, visible = following.group(1), following.group(2)
    if visible is None:
        return True
    if plain[start] == "\n":
        # A line break ends a sentence unless the next line carries on in lowercase
        # (hard-wrapped prose); a blank line always does.
        return bool(blank_line) or not visible.islower()
    if visible.islower():
        return False
    return not (plain[start:end] == "." and _is_abbreviation(plain, start))


def _pieces(plain: str) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    begin = 0
    for match in _CANDIDATE.finditer(plain):
        start, end = match.span()
        if _is_boundary(plain, start, end):
            pieces.append((begin, end))
            begin = end
    if begin < len(plain):
        pieces.append((begin, len(plain)))
    return pieces


def split(text: str) -> Split:
    """Return ``text`` as sentences whose offsets point into ``text`` itself."""
    plain = strip_markup(text)
    sentences: list[Sentence] = []
    plain_sentences: list[str] = []
    words: list[tuple[str, ...]] = []
    for begin, end in _pieces(plain.text):
        piece = plain.text[begin:end]
        stripped = piece.strip()
        if not _HAS_WORD.search(stripped):
            continue
        first = begin + (len(piece) - len(piece.lstrip()))
        last = first + len(stripped)
        start, stop = plain.span(first, last)
        sentences.append(Sentence(text[start:stop], start, stop))
        plain_sentences.append(stripped)
        words.append(tuple(WORD.findall(stripped)))
    return Split(plain, tuple(sentences), tuple(plain_sentences), tuple(words))
