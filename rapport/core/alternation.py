"""One whole-word alternation of many patterns, grouped by the letter each can start with.

Python's regex engine tries every alternative of ``\\b(?:a|b|…)\\b`` at every word it
meets: for the title tables' 200 to 300 alternatives, that was most of reading a title.
Here the alternatives are grouped by their possible first character, and a group is
entered only at a word starting with its character. Within a group the alternatives keep
their order, and an alternative that cannot start with a character is never in its group:
at any position the first alternative that matches is the same as in the plain
alternation, so every match is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The standard library's own parser of regular expressions: what the engine compiles is
# what is read here, so a first character is never guessed from the text of a pattern.
from re import _constants as codes
from re import _parser as parser
from typing import Any

#: The first characters of a pattern that may start with anything (or match nothing).
ANY: frozenset[str] | None = None

_ZERO_WIDTH = (codes.AT, codes.ASSERT, codes.ASSERT_NOT)
_REPEATS = (codes.MAX_REPEAT, codes.MIN_REPEAT, codes.POSSESSIVE_REPEAT)


def whole_word_alternation(alternatives: Iterable[str]) -> re.Pattern[str]:
    """Compile ``\\b(?:a|b|…)\\b`` of the ``alternatives`` (each may hold ``|`` itself), grouped
    by first character; it finds exactly what the plain alternation finds."""
    alts = [part for alternative in alternatives for part in top_level(alternative)]
    firsts = [first_chars(alt) for alt in alts]
    starts = sorted({char for found in firsts if found is not None for char in found})
    pairs = list(zip(alts, firsts, strict=True))
    groups = []
    for char in starts:
        mine = [alt for alt, found in pairs if found is None or char in found]
        groups.append(f"(?={re.escape(char)})(?:{'|'.join(mine)})")
    anywhere = [alt for alt, found in pairs if found is None]
    if anywhere:  # for a word starting with a character no group holds
        groups.append(f"(?:{'|'.join(anywhere)})")
    return re.compile(r"\b(?:" + "|".join(groups) + r")\b")


def top_level(pattern: str) -> list[str]:
    """Return the alternatives of ``pattern`` at its top level (outside groups and sets)."""
    parts: list[str] = []
    depth, start, index, in_set = 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            # "]" right after "[" (or "[^") is a member, not the end of the set.
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def first_chars(pattern: str) -> frozenset[str] | None:
    """Return the characters a match of ``pattern`` can start with, or None (``ANY``) when
    that is not a short list: a class such as ``\\w``, a dot, or a pattern that can match
    an empty text."""
    try:
        parsed = parser.parse(pattern)
    except re.error:
        return ANY
    if parsed.state.flags & re.IGNORECASE:
        return ANY  # the letters written are not the only ones that match
    found, can_be_empty = _first(list(parsed))
    if found is None or can_be_empty:
        return ANY
    return frozenset(found)


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """Return the first characters of the sequence ``items`` (None: any), and whether it
    can match an empty text."""
    found: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # a word boundary or a lookaround consumes nothing
        if op is codes.LITERAL:
            found.add(chr(arg))
            return found, False
        if op is codes.IN:
            members = _members(arg)
            if members is None:
                return None, False
            return found | members, False
        if op is codes.SUBPATTERN:
            if arg[1] & re.IGNORECASE:
                return None, False
            inner, empty = _first(list(arg[3]))
        elif op is codes.BRANCH:
            inner, empty = _branches(arg[1])
        elif op in _REPEATS:
            low, _high, item = arg
            inner, empty = _first(list(item))
            empty = empty or low == 0
        else:
            return None, False
        if inner is None:
            return None, False
        found |= inner
        if not empty:
            return found, False
    return found, True


def _branches(branches: list[Any]) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    any_empty = False
    for branch in branches:
        inner, empty = _first(list(branch))
        if inner is None:
            return None, False
        found |= inner
        any_empty = any_empty or empty
    return found, any_empty


def _members(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Return the characters of a set ``[…]`` of letters and ranges; None for anything else
    (a negated set, a category such as ``\\s``)."""
    members: set[str] = set()
    for op, arg in items:
        if op is codes.LITERAL:
            members.add(chr(arg))
        elif op is codes.RANGE:
            low, high = arg
            members.update(chr(code) for code in range(low, high + 1))
        else:
            return None
    return members
