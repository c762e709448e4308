"""Removing HTML and markdown from a profile while remembering where each character came from.

People paste profiles from editors and web pages. The rules must read words, not
``<b>`` or ``**``, yet every offset Rapport reports must point into the text the user
wrote, so each plain character keeps the span of original text it stands for.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_MARKUP = re.compile(
    r"""
    # Every token starts with one of these characters or at a line start; checking that
    # first lets the engine skip ordinary letters fast.
    (?=[<&\[\]!*_~`\#>\-+•▪●◦‣–=\d]|^)
    (?:
    (?P<code><script\b[^>]{0,300}>.*?</script\s*>|<style\b[^>]{0,300}>.*?</style\s*>)
    | (?P<comment><!--.*?(?:-->|\Z))
    | (?P<block></?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|hr|pre)
        \b[^<>]{0,300}>)
    | (?P<tag></?[a-z][a-z0-9-]*\b[^<>]{0,300}>|<![a-z][^<>]{0,300}>)
    | (?P<entity>&(?:\#\d{1,7}|\#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});)
    | (?P<hr>^[ \t]*(?:[-*_=][ \t]*){3,}$)
    | (?P<marker>^[ \t]{0,3}(?:\#{1,6}(?=[ \t])|>|[-*+•▪●◦‣–](?=[ \t])|\d{1,3}[.)](?=[ \t])))
    | (?P<link_end>\]\([^()\s]{0,500}\))
    | (?P<link_start>!?\[(?=[^\[\]\n]{0,300}\]\())
    | (?P<strong>\*\*|__|~~|`+)
    | (?P<em>(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])
        |(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_]))
    )
    """,
    re.VERBOSE | re.MULTILINE | re.DOTALL | re.IGNORECASE,
)

# Same-length replacements only, so offsets survive: curly quotes and odd spaces read
# as their plain forms in every rule's patterns.
_STRAIGHTEN = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u2010": "-", "\u2011": "-"}
)


@dataclass(frozen=True)
class Plain:
    """Text without markup; ``starts[i]:ends[i]`` is the original span of character i."""

    text: str
    starts: list[int]
    ends: list[int]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Return the original (start, end) covering plain characters first..last-1."""
        return self.starts[first], self.ends[last - 1]


def _replacement(kind: str | None, token: str) -> str:
    if kind == "block":
        # Block tags separate lines, as a newline would in plain text.
        return "\n"
    if kind == "entity":
        return html.unescape(token)
    return ""


def strip_markup(text: str) -> Plain:
    """Return ``text`` without HTML tags, entities or markdown marks, with an offset map."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in _MARKUP.finditer(text):
        start, end = match.span()
        if start > position:
            parts.append(text[position:start])
            starts.extend(range(position, start))
            ends.extend(range(position + 1, start + 1))
        replacement = _replacement(match.lastgroup, match.group())
        if replacement:
            parts.append(replacement)
            starts.extend([start] * len(replacement))
            ends.extend([end] * len(replacement))
        position = end
    if position < len(text):
        parts.append(text[position:])
        starts.extend(range(position, len(text)))
        ends.extend(range(position + 1, len(text) + 1))
    return Plain("".join(parts).translate(_STRAIGHTEN), starts, ends)
