"""Flags about the profile as a whole: impact, target, ask and length (METHOD.md §4).

These judge what the whole profile says (or never says), so each hit spans sentences
rather than pointing at one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapport.core.pitch.impact import IMPACT_PATTERN
from rapport.core.pitch.lexicon import TARGET_OBJECT, ask, want
from rapport.core.pitch.registry import Hit, Pitch, PitchContext, Severity, rule

#: METHOD.md §4: "a well-rehearsed two minute profile".
LONGEST_SECONDS = 120
#: Under about 45 seconds there is no room for present, two or three results and an ask.
SHORTEST_SECONDS = 45
#: Under half a minute is barely an introduction: serious, not a detail.
FAR_TOO_SHORT_SECONDS = 30


def _whole(pitch: Pitch) -> tuple[int, int]:
    return 0, len(pitch.sentences) - 1


@rule(
    "no-quantified-impact",
    title="No quantified impact",
    why=(
        "Coaches ask for two or three impact statements, each an action, a result and a"
        " number; without a number the listener has nothing memorable to repeat."
    ),
    fix="Add two or three results with a number, an amount, a percentage or a time.",
    pattern=IMPACT_PATTERN,
    severity="serious",
    scope="text",
)
def no_quantified_impact(pitch: Pitch) -> Iterator[Hit]:
    if not pitch.sentences or any(pitch.impact):
        return
    past = pitch.structure.get("past", ())
    first, last = (past[0], past[-1]) if past else _whole(pitch)
    yield Hit(first, last, "No result with a number, amount, percentage or time anywhere.")


_POINTING_BACK = re.compile(r"\b(?:those|these|such|them|the\s+same)\s+$", re.IGNORECASE)
_AT_NAMED = re.compile(r"\b(?:at|in|of|from)\s+(?:the\s+)?(?-i:[A-Z0-9])", re.IGNORECASE)


def _term_pattern(term: str) -> str:
    # "medical devices" should also match "medical-device makers".
    words = [re.escape(word) for word in term.split()]
    if words and words[-1].endswith("s") and len(words[-1]) > 3:
        words[-1] = words[-1][:-1] + "s?"
    return r"[\s-]+".join(words)


@lru_cache(maxsize=64)
def _targets(ctx: PitchContext) -> re.Pattern[str] | None:
    terms = [
        _term_pattern(t)
        for t in (*ctx.target_positions, *ctx.target_industries, *ctx.target_companies)
        if t.strip()
    ]
    if not terms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(terms) + r")(?!\w)", re.IGNORECASE)


def names_target(sentence: str, ctx: PitchContext) -> bool:
    """Return True when the sentence names a wanted role, industry or company."""
    targets = _targets(ctx)
    if targets is not None and targets.search(sentence):
        return True
    wanted = want(sentence)
    if wanted is not None and TARGET_OBJECT.search(sentence, wanted.start()) is not None:
        return True
    # "If you know anyone at Stryker or Medtronic" names the companies wanted, and "a plant
    # manager at a food maker" the kind of person and employer.
    asked = ask(sentence)
    if asked is None:
        return False
    if _AT_NAMED.search(sentence, asked.start()):
        return True
    # "At those companies" points back at a target; it names none itself.
    return any(
        not _POINTING_BACK.search(sentence, 0, found.start())
        for found in TARGET_OBJECT.finditer(sentence, asked.start())
    )


@rule(
    "no-target",
    title="No target",
    why=(
        "If people know precisely what you want they can help even outside your field (the"
        " bongo-drum story); without a role, industry or companies they cannot search their"
        " mental database."
    ),
    fix="Say the role you want, the industry, and three or four companies by name.",
    pattern="I'm looking for a [role] role in [industry], at companies like [A], [B] or [C].",
    severity="serious",
    scope="text",
)
def no_target(pitch: Pitch) -> Iterator[Hit]:
    if pitch.sentences and not any(names_target(p, pitch.ctx) for p in pitch.plain):
        first, last = _whole(pitch)
        yield Hit(first, last, "Never says which role, industry or companies you want.")


@rule(
    "no-ask",
    title="No ask",
    why=(
        "The profile ends with the ask: help your contacts help you by saying whom you want"
        " to meet or which introduction would help."
    ),
    fix="End with one concrete request the listener can act on today.",
    pattern="If you know anyone at [A], [B] or [C], I'd appreciate an introduction.",
    severity="serious",
    scope="text",
)
def no_ask(pitch: Pitch) -> Iterator[Hit]:
    if pitch.sentences and not any(ask(p) for p in pitch.plain):
        first, last = _whole(pitch)
        yield Hit(first, last, "Never says how the listener can help you.")


_PARTS_PATTERN = "Present (20 s) → past: two or three results (60 s) → future and the ask (30 s)."


@rule(
    "too-long",
    title="Too long",
    why=(
        "A two-minute profile is about 220-300 words at a speaking pace of 140 words a"
        " minute; past that, listeners stop listening before the ask."
    ),
    fix="Cut to the two or three strongest results and the ask; drop everything else.",
    pattern=_PARTS_PATTERN,
    severity="serious",
    scope="text",
    english_only=False,
)
def too_long(pitch: Pitch) -> Iterator[Hit]:
    if pitch.seconds <= LONGEST_SECONDS:
        return
    # Point at the words spoken after the two-minute mark: that is what to cut.
    budget = LONGEST_SECONDS * pitch.words / pitch.seconds
    spoken = 0
    first = 0
    for index, count in enumerate(pitch.sentence_words):
        spoken += count
        if spoken > budget:
            first = index
            break
    yield Hit(
        first,
        len(pitch.sentences) - 1,
        f"About {pitch.seconds} seconds at your pace; from here on runs past two minutes.",
    )


@rule(
    "too-short",
    title="Too short",
    why=(
        "Under about 45 seconds leaves no room for who you are, two or three results and"
        " what you want; the listener gets too little to act on."
    ),
    fix="Add a result with a number and the role, industry and companies you want.",
    pattern=_PARTS_PATTERN,
    severity="minor",
    scope="text",
    english_only=False,
)
def too_short(pitch: Pitch) -> Iterator[Hit]:
    if pitch.words and pitch.seconds < SHORTEST_SECONDS:
        first, last = _whole(pitch)
        severity: Severity = "serious" if pitch.seconds < FAR_TOO_SHORT_SECONDS else "minor"
        yield Hit(first, last, f"About {pitch.seconds} seconds; aim for 90 to 120.", severity)
