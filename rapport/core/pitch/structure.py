"""Present → past → future: which part of the recommended structure each sentence serves.

METHOD.md §4: present (who I am and the value I bring), past (two or three impact
statements), future (the role, industry and companies wanted, and the ask).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapport.core.pitch.lexicon import ask, want
from rapport.core.pitch.registry import PitchContext
from rapport.core.pitch.shape_flags import names_target

PARTS = ("present", "past", "future")

_FUTURE = re.compile(
    r"\b(?:my|the)\s+next\s+(?:role|step|position|job|move|chapter|challenge|opportunity)\b"
    r"|^\W*next,\s|\bgoing\s+forward\b|\bin\s+my\s+next\b|\bI(?:'d|\s+would)\s+love\s+to\b"
    r"|\bI(?:'ll|\s+will)\s+(?:be|bring|join)\b",
    re.IGNORECASE,
)
_IDENTITY = re.compile(
    r"^\W*(?:(?:I'm|I\s+am)\s+(?:a|an|the)\b|my\s+name\s+is\b|as\s+an?\b|what\s+I\s+do\b"
    r"|I\s+(?:help|work|lead|run|specialize|specialise|bring|turn|make|solve|advise|serve|"
    r"partner|build|design|manage|teach|coach)s?\b)",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:I'm|I\s+am)\s+(?:a|an|the|known|good|great|at\s+my\s+best)\b|\bI\s+help\b"
    r"|\bmy\s+(?:strength|speciality|specialty|superpower|expertise)\b|\bI\s+bring\b"
    r"|\bwhat\s+I\s+do\b|\bI\s+specialise|\bI\s+specialize|\bI\s+work\s+(?:with|as|in|on)\b",
    re.IGNORECASE,
)
_IRREGULAR_PAST = (
    "led|built|rebuilt|cut|grew|won|ran|made|took|brought|drove|sold|wrote|began|set|spent|"
    "found|got|gave|held|kept|oversaw|taught|became|went|came|left|met|paid|put|rose|shut|"
    "sent|spoke|stood|told|bought|caught|fought|did|hit|beat|overhauled|sped|shrank|won|"
    "landed|saw|chose|drew|flew|broke|undertook"
)
_PAST = re.compile(
    rf"\b(?:I|we|my\s+team|our\s+team)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?"
    rf"(?:(?!(?:need|feed|proceed|succeed|exceed|speed|seed|breed|embed|shed)\b)[a-z]{{2,}}ed|"
    rf"{_IRREGULAR_PAST})\b"
    rf"|\b(?:I've|I\s+have|we've|we\s+have)\s+(?:[a-z]+ly\s+|also\s+)?"
    rf"(?:[a-z]{{2,}}ed|{_IRREGULAR_PAST}|been|grown|done|run|won|taken|driven|brought)\b"
    r"|\b(?:I|we)\s+(?:was|were|had)\b",
    re.IGNORECASE,
)


def classify(sentence: str, ctx: PitchContext, impact: bool) -> str | None:
    """Return "present", "past" or "future" for one plain sentence, or None when unclear."""
    if want(sentence) or ask(sentence) or _FUTURE.search(sentence):
        return "future"
    if _IDENTITY.search(sentence):
        return "present"
    if impact or _PAST.search(sentence):
        return "past"
    if names_target(sentence, ctx):
        return "future"
    if _PRESENT.search(sentence):
        return "present"
    return None


def structure(
    plain: Sequence[str], ctx: PitchContext, impact: Sequence[bool]
) -> dict[str, tuple[int, ...]]:
    """Return {"present": [...], "past": [...], "future": [...]} as sentence indexes."""
    found: dict[str, list[int]] = {part: [] for part in PARTS}
    for index, (sentence, has_impact) in enumerate(zip(plain, impact, strict=True)):
        part = classify(sentence, ctx, has_impact)
        if part is not None:
            found[part].append(index)
    return {part: tuple(indexes) for part, indexes in found.items()}
