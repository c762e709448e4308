"""Flags for wording that weakens a profile: empty praise, duty phrases, hedges (METHOD.md §4)."""

from __future__ import annotations

import re

from rapport.core.pitch.impact import IMPACT_PATTERN
from rapport.core.pitch.lexicon import tenure
from rapport.core.pitch.registry import PitchContext, sentence_rule

_BUZZWORDS = re.compile(
    r"\bresults[- ](?:oriented|driven|focused)\b|\bteam[- ]player\b|\bpassionate\b"
    r"|\bpeople[- ]person\b|\bproven\s+track\s+record\b|\btrack\s+record\s+of\s+success\b"
    r"|\bdetail[- ]oriented\b|\bself[- ]starter\b|\bgo[- ]getter\b|\bhard[- ]?workers?\b"
    r"|\bhard[- ]?working\b|\bthink(?:s|ing)?\s+outside\s+(?:of\s+)?the\s+box\b"
    r"|\bout[- ]of[- ]the[- ]box\s+thinker\b|\b(?:highly|self)[- ]motivated\b"
    r"|\bseasoned\s+(?:professional|executive|leader|veteran)\b"
    r"|\bdynamic\s+(?:professional|leader|individual)\b|\bextensive\s+experience\b"
    r"|\bwealth\s+of\s+experience\b|\bstrong\s+work\s+ethic\b"
    r"|\bexcellent\s+communication\s+skills\b|\bwear(?:s|ing)?\s+many\s+hats\b",
    re.IGNORECASE,
)


@sentence_rule(
    "vague-claims",
    title="Vague claims",
    why=(
        "\"It's not enough to say that you've got years of experience\": years and self-praise"
        ' ("results-oriented team player", "passionate") say nothing a listener can repeat;'
        " the impact you make does."
    ),
    fix="Replace the claim with one result: what you did, for whom, and by how much.",
    pattern=IMPACT_PATTERN,
    severity="minor",
)
def vague_claims(sentence: str, ctx: PitchContext) -> list[str]:
    return tenure(sentence) + [m.group() for m in _BUZZWORDS.finditer(sentence)]


_DUTIES = re.compile(
    r"\bresponsible\s+for\b|\b(?:duties|responsibilities)\s+(?:included|include|were|are)\b"
    r"|\btasked\s+with\b|\bin\s+charge\s+of\b|\bcharged\s+with\b",
    re.IGNORECASE,
)


@sentence_rule(
    "duty-language",
    title="Duty language",
    why=(
        '"Responsible for" describes a job, not what you did in it; the listener cannot'
        " tell whether anything changed because you were there."
    ),
    fix="Start with a verb for what you did and end with the result it had.",
    pattern=IMPACT_PATTERN,
    severity="minor",
)
def duty_language(sentence: str, ctx: PitchContext) -> list[str]:
    return [m.group() for m in _DUTIES.finditer(sentence)]


_HEDGES = re.compile(
    r"\bI\s+guess\b|\b(?:kind|sort)\s+of\b|\bkinda\b|\bsorta\b|\bbasically\b"
    # "I think about supply chains" is a description of work, not a hedge.
    r"|\bI\s+think\b(?!\s+(?:about|of|through|in|deeply|hard|differently|"
    r"strategically|big|ahead|like\s+an?\b))"
    r"|\bmaybe\b|\bperhaps\b"
    # "just-in-time", "just in time" and "just as" are not fillers.
    r"|\bjust\b(?!-)(?!\s+(?:in\s+time|as\b))"
    r"|\bpretty\s+much\b|\bI\s+feel\s+like\b|\bto\s+be\s+(?:honest|frank)\b|\bhonestly\b"
    r"|\bI\s+suppose\b|\ba\s+little\s+bit\b|\bor\s+something\b|\bI'm\s+not\s+(?:sure|certain)\b",
    re.IGNORECASE,
)
# "What kind of role", "the sort of company": a noun phrase, not a hedge.
_KIND_AS_NOUN = re.compile(
    r"\b(?:the|a|an|what|which|any|every|some|this|that|these|those|same|no|one|other|my|our|"
    r"your|their|his|her|its|different|right|wrong|first|new|all|each|whatever|exact)\s+$",
    re.IGNORECASE,
)


@sentence_rule(
    "hedging",
    title="Hedges and fillers",
    why=(
        '"I guess", "kind of" and "basically" make a prepared message sound unsure;'
        " a listener passes on confident, precise statements."
    ),
    fix="Delete the hedge and say the sentence plainly.",
    pattern="I [did what] — said plainly, without the hedge.",
    severity="minor",
)
def hedging(sentence: str, ctx: PitchContext) -> list[str]:
    return [
        match.group()
        for match in _HEDGES.finditer(sentence)
        if not (
            match.group().lower().endswith(" of")
            and _KIND_AS_NOUN.search(sentence, 0, match.start())
        )
    ]
