"""The two-minute profile coach: flags, structure and score for a spoken profile.

Standard library only; never imports Django. ``analyse`` is the entry point, ``FLAGS``
the registry of rules and ``explain`` their documentation (METHOD.md §4).
"""

from __future__ import annotations

from rapport.core.pitch.analysis import (
    EMPTY_NOTICE,
    NON_ENGLISH_NOTICE,
    RESUME_NOTICE,
    Analysis,
    analyse,
    serious_count,
    severity_of,
)
from rapport.core.pitch.impact import IMPACT_PATTERN, has_impact, impact_shape
from rapport.core.pitch.registry import (
    FLAGS,
    Flag,
    FlagDoc,
    PitchContext,
    Rule,
    Sentence,
    explain,
)

__all__ = [
    "EMPTY_NOTICE",
    "FLAGS",
    "IMPACT_PATTERN",
    "NON_ENGLISH_NOTICE",
    "RESUME_NOTICE",
    "Analysis",
    "Flag",
    "FlagDoc",
    "PitchContext",
    "Rule",
    "Sentence",
    "analyse",
    "explain",
    "has_impact",
    "impact_shape",
    "serious_count",
    "severity_of",
]
