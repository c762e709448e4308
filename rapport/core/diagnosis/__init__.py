"""Is my networking working? Rules over plain facts, like a linter for a job search."""

from rapport.core.diagnosis.engine import diagnose
from rapport.core.diagnosis.model import (
    Action,
    Diagnosis,
    Evidence,
    Facts,
    Finding,
    MeetingRef,
    Outcomes,
    Person,
)
from rapport.core.diagnosis.registry import RULES, RuleDoc, explain
from rapport.core.diagnosis.thresholds import THRESHOLDS

__all__ = [
    "RULES",
    "THRESHOLDS",
    "Action",
    "Diagnosis",
    "Evidence",
    "Facts",
    "Finding",
    "MeetingRef",
    "Outcomes",
    "Person",
    "RuleDoc",
    "diagnose",
    "explain",
]
