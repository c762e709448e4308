"""What the profile pages show for one analysis: the text cut at its sentences, and flag cards.

Built from the core's ``to_json()`` (stored with each version) and the text it analysed.
The text is user input, so nothing here produces HTML: templates render each piece
with auto-escaping, and a highlight is only a boundary between escaped pieces.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapport.core.errors import NotFoundError
from rapport.core.pitch import (
    EMPTY_NOTICE,
    FLAGS,
    NON_ENGLISH_NOTICE,
    Sentence,
    explain,
    serious_count,
    severity_of,
)
from rapport.core.pitch.sentences import split
from rapport.profile.impact import assemble, slots

PARTS = (("present", "Present"), ("past", "Past"), ("future", "Future"))
#: METHOD.md §4: two minutes at about 140 words a minute.
TARGET_WORDS = (220, 300)
TWO_MINUTES = 120
#: Flags whose sentence can be reshaped into an impact statement (the helper form).
IMPACT_CODES = frozenset({"vague-claims", "duty-language", "no-quantified-impact"})
#: A pasted résumé can carry thousands of flags; past this many the cards stop (every
#: flagged sentence is still highlighted) so the live check stays a small fragment.
MAX_CARDS = 40


@dataclass(frozen=True)
class Piece:
    """A run of the original text: a sentence, or what lies between two sentences."""

    text: str
    sentence: bool = False
    part: str = ""
    #: The part's name where a run of sentences of one part begins, else "".
    label: str = ""
    #: Numbers of the flag cards pinned to this sentence, and all its flag codes.
    numbers: tuple[int, ...] = ()
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Card:
    number: int
    code: str
    title: str
    severity: str
    message: str
    #: The flagged sentence, or "" for a flag about the whole profile.
    sentence: str
    why: str
    fix: str
    pattern: str
    start: int
    end: int
    #: Prefilled impact-statement slots when the helper applies, else None.
    impact: dict[str, str] | None = None

    @property
    def statement(self) -> str:
        """Return the statement the prefilled slots already make ("" without an action)."""
        return assemble(self.impact) if self.impact else ""

    @property
    def insert_mode(self) -> str:
        """Return "replace" (the sentence) or "after" (a flag about the whole profile)."""
        return "replace" if self.sentence else "after"


@dataclass(frozen=True)
class Part:
    name: str
    label: str
    sentences: int


@dataclass(frozen=True)
class Feedback:
    words: int
    seconds: int
    wpm: int
    score: int
    notices: tuple[str, ...]
    parts: tuple[Part, ...]
    pieces: tuple[Piece, ...]
    cards: tuple[Card, ...]
    flags: int
    #: How many flags are serious (their rule's severity).
    serious: int
    empty: bool
    structure_judged: bool
    in_order: bool
    missing: tuple[str, ...] = ()

    @property
    def hidden_cards(self) -> int:
        """Return how many flags have no card (beyond MAX_CARDS)."""
        return self.flags - len(self.cards)

    @property
    def length(self) -> str:
        """Return "short", "on target" or "long" against 220–300 words."""
        low, high = TARGET_WORDS
        return "short" if self.words < low else "long" if self.words > high else "on target"

    @property
    def time(self) -> str:
        return minutes(self.seconds)


def minutes(seconds: int) -> str:
    """Return seconds as m:ss."""
    return f"{seconds // 60}:{seconds % 60:02d}"


def _pinned(code: str) -> bool:
    rule = FLAGS.get(code)
    # A code no longer registered (an old version) is shown where its offsets point.
    return rule is None or rule.scope == "sentence"


def _card(number: int, flag: Mapping[str, Any], helpers: bool) -> Card:
    code = str(flag.get("code", ""))
    try:
        doc = explain(code)
        title, why, pattern = doc.title, doc.why, doc.pattern
    except NotFoundError:
        title, why, pattern = code, "", ""
    sentence = str(flag.get("sentence", "")) if _pinned(code) else ""
    impact = slots(sentence) if helpers and code in IMPACT_CODES else None
    return Card(
        number=number,
        code=code,
        title=title,
        severity=severity_of(flag),
        message=str(flag.get("message", "")),
        sentence=sentence,
        why=why,
        fix=str(flag.get("fix", "")),
        pattern=pattern,
        start=int(flag.get("start", 0)),
        end=int(flag.get("end", 0)),
        impact=impact,
    )


def _by_sentence(
    sentences: Sequence[Sentence], spans: Sequence[tuple[int, int, Any]]
) -> list[list[Any]]:
    """Return, for each sentence, the values of the spans (start, end, value) overlapping it."""
    ends = [sentence.end for sentence in sentences]
    found: list[list[Any]] = [[] for _ in sentences]
    for start, end, value in spans:
        # Bisection keeps a pasted résumé (thousands of sentences and flags) fast.
        index = bisect_right(ends, start)
        while index < len(sentences) and sentences[index].start < end:
            found[index].append(value)
            index += 1
    return found


def _pieces(
    text: str,
    sentences: Sequence[Sentence],
    structure: Mapping[str, Sequence[int]],
    cards: Sequence[Card],
    codes: Sequence[tuple[int, int, str]],
) -> tuple[Piece, ...]:
    part_of = {index: name for name, indexes in structure.items() for index in indexes}
    numbers = _by_sentence(sentences, [(c.start, c.end, c.number) for c in cards if c.sentence])
    flagged = _by_sentence(sentences, codes)
    labels = dict(PARTS)
    pieces: list[Piece] = []
    position = 0
    shown_part = ""
    for index, sentence in enumerate(sentences):
        if sentence.start > position:
            pieces.append(Piece(text[position : sentence.start]))
        part = part_of.get(index, "")
        label = labels.get(part, "") if part and part != shown_part else ""
        shown_part = part or shown_part
        found = tuple(dict.fromkeys(flagged[index]))
        pieces.append(Piece(sentence.text, True, part, label, tuple(numbers[index]), found))
        position = sentence.end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return tuple(pieces)


def feedback(
    text: str,
    analysis: Mapping[str, Any],
    sentences: Sequence[Sentence] | None = None,
    *,
    helpers: bool = False,
) -> Feedback:
    """Return what to show for ``text`` and its analysis (the core's JSON).

    ``sentences`` are the analysis's own when at hand; otherwise the text is split
    again, as the core did. ``helpers`` adds the impact helper's slots to its cards.
    """
    if sentences is None:
        sentences = split(text).sentences
    flags: list[Mapping[str, Any]] = list(analysis.get("flags", []))
    cards = tuple(_card(n, flag, helpers) for n, flag in enumerate(flags[:MAX_CARDS], start=1))
    pinned = [
        (int(f.get("start", 0)), int(f.get("end", 0)), str(f.get("code", "")))
        for f in flags
        if _pinned(str(f.get("code", "")))
    ]
    structure: Mapping[str, Sequence[int]] = analysis.get("structure", {})
    parts = tuple(Part(name, label, len(structure.get(name, []))) for name, label in PARTS)
    firsts = [min(structure[name]) for name, _ in PARTS if structure.get(name)]
    notices = tuple(analysis.get("notices", []))
    return Feedback(
        words=int(analysis.get("words", 0)),
        seconds=int(analysis.get("seconds", 0)),
        wpm=int(analysis.get("wpm", 0)),
        score=int(analysis.get("score", 0)),
        notices=notices,
        parts=parts,
        pieces=_pieces(text, sentences, structure, cards, pinned),
        cards=cards,
        flags=len(flags),
        serious=serious_count(flags),
        empty=EMPTY_NOTICE in notices,
        structure_judged=NON_ENGLISH_NOTICE not in notices,
        in_order=firsts == sorted(firsts),
        missing=tuple(part.label for part in parts if not part.sentences),
    )
