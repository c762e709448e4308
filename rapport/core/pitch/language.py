"""Recognising input the coach was not built for: a pasted résumé, or not English."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

_STOPWORD_LIST = (
    "the a an and or but of to in on at for with from by as is are was were be been am i i'm "
    "my me we our us you your it its this that these those who what which when where how have "
    "has had do did not no so if than then there their they he she his her them will would can "
    "could should about into over after before up out more most very also just i've i'd"
)
_STOPWORDS = frozenset(_STOPWORD_LIST.split())
# English prose runs at roughly 40-50% stop-words, a terse résumé at 15-25%; other
# languages share only a handful ("a", "me", "no") with this list.
_MIN_STOPWORD_SHARE = 0.08
_MIN_WORDS_TO_JUDGE = 6
_SAMPLE_WORDS = 3000

_DATE_RANGE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}/)?"
    r"(?:19|20)\d\d\s*(?:[-–—]|to|until)\s*"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}/)?"
    r"(?:(?:19|20)\d\d|present|current|now|today|date)\b",
    re.IGNORECASE,
)
_BULLET_LINE = re.compile(r"^[ \t]*(?:[-*+•▪●◦‣–]|\d{1,2}[.)])[ \t]+\S", re.MULTILINE)
_SECTION_HEADING = re.compile(
    r"^[ \t#*]*(?:(?:work|professional|relevant)\s+)?(?:experience|employment(?:\s+history)?|"
    r"education|skills|certifications|(?:professional\s+)?summary|objective|references|"
    r"core\s+competencies|publications|languages|awards)[ \t:*]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: Far past two minutes even at a fast pace: a document, not something said aloud.
_DOCUMENT_WORDS = 600


def looks_like_resume(text: str, words: int) -> bool:
    """Return True when at least two résumé signs appear: dates, bullets, headings, length."""
    signs = (
        len(_DATE_RANGE.findall(text)) >= 2,
        len(_BULLET_LINE.findall(text)) >= 5,
        len(_SECTION_HEADING.findall(text)) >= 2,
        words > _DOCUMENT_WORDS,
    )
    return sum(signs) >= 2


def looks_non_english(words: Iterable[str]) -> bool:
    """Return True when most letters are non-ASCII or English stop-words are nearly absent."""
    sample = [word.lower() for word in islice(words, _SAMPLE_WORDS)]
    if not sample:
        return False
    letters = sum(len(word) for word in sample)
    foreign = sum(1 for word in sample for char in word if not char.isascii())
    if foreign * 2 > letters:
        return True
    if len(sample) < _MIN_WORDS_TO_JUDGE:
        return False
    english = sum(1 for word in sample if word in _STOPWORDS)
    return english < _MIN_STOPWORD_SHARE * len(sample)
