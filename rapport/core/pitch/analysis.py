"""Analysing a two-minute profile: length, structure, flags, score and notices."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Imported for their side effect: each family module registers its flags.
from rapport.core.pitch import content_flags, shape_flags, wording_flags  # noqa: F401
from rapport.core.pitch.impact import has_impact
from rapport.core.pitch.language import looks_like_resume, looks_non_english
from rapport.core.pitch.registry import FLAGS, Flag, Pitch, PitchContext, Sentence, Severity
from rapport.core.pitch.sentences import split
from rapport.core.pitch.structure import PARTS, structure

DEFAULT_WPM = 140

EMPTY_NOTICE = "Write or paste your two-minute profile to get feedback."
RESUME_NOTICE = (
    "This reads like a résumé; a profile is spoken: say who you are, two or three results"
    " with numbers, and what you want next, in about two minutes."
)
NON_ENGLISH_NOTICE = (
    "Feedback is tuned for English; only length and pace were checked for this text."
)

SERIOUS_COST = 15
MINOR_COST = 5
REPEAT_COST = 2
REPEAT_COST_CAP = 10
MISSING_PART_COST = 10
#: A profile shorter than this (at the speaker's pace) cannot score full marks: its score
#: is capped in proportion, so a 30-second "two-minute profile" scores at most a third.
FULL_LENGTH_SECONDS = 90


@dataclass(frozen=True)
class Analysis:
    words: int
    seconds: int
    wpm: int
    score: int
    structure: dict[str, list[int]]
    flags: tuple[Flag, ...]
    sentences: tuple[Sentence, ...]
    notices: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        """Return the analysis as JSON-ready data (the contract the profile page reads)."""
        return {
            "words": self.words,
            "seconds": self.seconds,
            "wpm": self.wpm,
            "score": self.score,
            "structure": {part: list(self.structure.get(part, [])) for part in PARTS},
            "flags": [
                {
                    "code": f.code,
                    "sentence": f.sentence,
                    "start": f.start,
                    "end": f.end,
                    "message": f.message,
                    "fix": f.fix,
                    "severity": f.severity,
                }
                for f in self.flags
            ],
            "notices": list(self.notices),
        }


def severity_of(flag: Mapping[str, object]) -> Severity:
    """Return a flag's severity from its JSON: as found, else its rule's, else minor.

    Analyses saved before flags carried their severity fall back to the rule's, so the
    Profile page, the Diagnosis and the CLI count serious flags the same way.
    """
    found = flag.get("severity")
    if found in ("serious", "minor"):
        return "serious" if found == "serious" else "minor"
    rule = FLAGS.get(str(flag.get("code", "")))
    return rule.severity if rule else "minor"


def serious_count(flags: Iterable[Mapping[str, object]]) -> int:
    """Return how many of the JSON flags are serious."""
    return sum(1 for flag in flags if severity_of(flag) == "serious")


def score(flags: tuple[Flag, ...], missing_parts: int, words: int, seconds: int) -> int:
    """Return 0-100: how ready the profile is to be said aloud.

    Start at 100. Each flag code found costs 15 if serious or 5 if minor, once; each
    further sentence with the same code costs 2 more, at most 10 more per code, so one
    habit repeated cannot sink the score alone. Each missing part of the present → past
    → future structure costs 10. A profile under 90 seconds scores at most its share of
    them (60 seconds: 67), because there is no room in it for the method's three parts.
    Never below 0; an empty profile scores 0.
    """
    if words == 0:
        return 0
    ceiling = min(100, round(100 * seconds / FULL_LENGTH_SECONDS))
    total = 100 - MISSING_PART_COST * missing_parts
    seen: dict[str, int] = {}
    for flag in flags:
        seen[flag.code] = seen.get(flag.code, 0) + 1
        if seen[flag.code] == 1:
            total -= SERIOUS_COST if flag.severity == "serious" else MINOR_COST
    total -= sum(min(REPEAT_COST * (n - 1), REPEAT_COST_CAP) for n in seen.values())
    return max(0, min(total, ceiling))


def _normalised(ctx: PitchContext) -> PitchContext:
    # Callers may pass lists; the rules cache on the (hashable) context.
    wpm = ctx.words_per_minute if ctx.words_per_minute > 0 else DEFAULT_WPM
    return PitchContext(
        tuple(ctx.target_positions),
        tuple(ctx.target_industries),
        tuple(ctx.target_companies),
        wpm,
    )


def _flags(pitch: Pitch, english: bool) -> tuple[Flag, ...]:
    found: list[tuple[tuple[bool, int, int], Flag]] = []
    for order, (code, registered) in enumerate(FLAGS.items()):
        if registered.english_only and not english:
            continue
        for hit in registered.check(pitch):
            start = pitch.sentences[hit.first].start
            end = pitch.sentences[hit.last].end
            severity = hit.severity or registered.severity
            flag = Flag(
                code, pitch.text[start:end], start, end, hit.message, registered.doc.fix, severity
            )
            # Sentence flags in reading order first, then those about the whole profile.
            found.append(((registered.scope == "text", start, order), flag))
    found.sort(key=lambda item: item[0])
    return tuple(flag for _, flag in found)


def analyse(text: str, ctx: PitchContext) -> Analysis:
    """Return the coach's analysis of a two-minute profile; never raises on odd text."""
    ctx = _normalised(ctx)
    cut = split(text)
    words = sum(len(w) for w in cut.words)
    wpm = ctx.words_per_minute
    seconds = round(words / wpm * 60)
    if words == 0:
        empty: dict[str, list[int]] = {part: [] for part in PARTS}
        return Analysis(0, 0, wpm, 0, empty, (), cut.sentences, (EMPTY_NOTICE,))
    notices: list[str] = []
    if looks_like_resume(text, words):
        notices.append(RESUME_NOTICE)
    english = not looks_non_english(w for sentence in cut.words for w in sentence)
    if not english:
        notices.append(NON_ENGLISH_NOTICE)
    impact = tuple(english and has_impact(p) for p in cut.plain_sentences)
    parts = structure(cut.plain_sentences, ctx, impact) if english else {p: () for p in PARTS}
    pitch = Pitch(
        text=text,
        sentences=cut.sentences,
        plain=cut.plain_sentences,
        sentence_words=tuple(len(w) for w in cut.words),
        words=words,
        seconds=seconds,
        ctx=ctx,
        impact=impact,
        structure=parts,
    )
    flags = _flags(pitch, english)
    # Structure is judged from English words only; elsewhere it would always look missing.
    missing = sum(1 for part in PARTS if not parts[part]) if english else 0
    return Analysis(
        words=words,
        seconds=seconds,
        wpm=wpm,
        score=score(flags, missing, words, seconds),
        structure={part: list(parts[part]) for part in PARTS},
        flags=flags,
        sentences=cut.sentences,
        notices=tuple(notices),
    )
