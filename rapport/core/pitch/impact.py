"""Quantified impact: recognising a result with a number, and shaping a vague sentence into one.

METHOD.md §4: an impact statement is action + result + a number ("X measured by Y by
doing Z"). A year, a team size or a length of service is a number but not a result.
"""

from __future__ import annotations

import re

from rapport.core.pitch.lexicon import COUNT, NUMBER, tenure
from rapport.core.pitch.markup import strip_markup

IMPACT_PATTERN = "I [action] [what] for [whom], which [result] by [number] in [time]"

_PERCENT = (
    rf"\b{NUMBER}\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|points\b|pts\b)"
    r"|\d(?:\.\d+)?%"
)
_MONEY = (
    r"[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|mm|bn?|million|billion|thousand|trillion)\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s*(?:million|billion|trillion|bn)\b"
    r"|\b(?!3M\b)\d[\d,]*(?:\.\d+)?(?-i:[KMB])\b"
    r"|\b\d[\d,]*(?:\.\d+)?\s+(?:dollars|euros|pounds|USD|EUR|GBP)\b"
)
_MULTIPLE = (
    r"\b(?:doubled|doubling|tripled|tripling|quadrupled|halved|halving|tenfold|"
    r"(?:two|three|four|five|ten)[- ]fold|\d+-fold|twice\s+as|"
    r"(?:two|three|four|five|ten)\s+times\s+(?:as|more|faster|the|over))\b"
    r"|\bcut\s+(?:[\w-]+\s+){0,3}?in\s+half\b|\b\d+(?:\.\d+)?\s?[x×](?!\w)"
    r"|\bby\s+(?:a|one|two|three)?[\s-]*(?:half|thirds?|quarters?|fifths?)\b"
)
#: A result that is a measure by itself: a share, an amount of money or a multiple.
_MEASURE = re.compile(rf"{_PERCENT}|{_MONEY}|{_MULTIPLE}", re.IGNORECASE)
# Each kind of measure, behind a cheap literal scan (on lowercased text) that rules out
# most sentences: analyse must stay fast on a 20,000-word paste.
_MEASURES = (
    (re.compile(r"%|percent|per cent|point|pts"), re.compile(_PERCENT, re.IGNORECASE)),
    (
        re.compile(r"[$€£¥]|illion|bn|\d ?[kmb]|dollar|euro|pound|usd|eur|gbp"),
        re.compile(_MONEY, re.IGNORECASE),
    ),
    (
        re.compile(r"doubl|tripl|quadrupl|halv|half|third|quarter|fifth|fold|twice|times|\d ?x|×"),
        re.compile(_MULTIPLE, re.IGNORECASE),
    ),
)

_DURATION = (
    rf"\b(?:{NUMBER}|a|an|half\s+a)\s+(?:(?:business|working|calendar)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)\b"
)
_TIME = re.compile(
    rf"\b(?:in|within|over|across|after)\s+(?P<time>(?:(?:just|only|under|less\s+than)\s+)?"
    rf"{_DURATION})",
    re.IGNORECASE,
)
_DURATION_RE = re.compile(_DURATION, re.IGNORECASE)

#: Verbs that turn a bare count or a duration into a result ("hired 40", "shipped in 3 weeks").
_RESULT_VERB = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas\w*|shr[aiu]nk\w*|"
    r"grew|grow(?:s|n|ing)?|increas\w*|rais(?:e|es|ed|ing)|boost\w*|improv\w*|"
    r"sav(?:e|es|ed|ing)|generat\w*|drove|driv(?:e|es|en|ing)|deliver\w*|won|wins?|winning|"
    r"clos(?:e|es|ed|ing)|launch\w*|ship(?:s|ped|ping)?|built|build(?:s|ing)?|"
    r"hir(?:e|es|ed|ing)|recruit\w*|open(?:s|ed|ing)|expand\w*|scal(?:e|es|ed|ing)|"
    r"sign(?:s|ed|ing)|secur\w*|recover\w*|eliminat\w*|shorten\w*|sped|speed(?:s|ing)?\s+up|"
    r"accelerat\w*|lift\w*|add(?:s|ed|ing)|brought|bring(?:s|ing)?|turn(?:s|ed|ing)|trim\w*|"
    r"slash\w*|negotiat\w*|land(?:s|ed|ing)|achiev\w*|exceed\w*|beat|sold|sell(?:s|ing)?|"
    r"acquir\w*|onboard\w*|train(?:s|ed|ing)|avoid\w*|prevent\w*|resolv\w*|reach\w*|"
    r"captur\w*|return\w*|produc\w*|creat\w*|rescu\w*|retain\w*|restor\w*|freed|"
    r"publish\w*|finish\w*|complet\w*|migrat\w*)\b"
    # A change between two numbers is a result even without a verb: "from 12 days to 4".
    r"|\bfrom\s+[$€£¥]?\d[\w.,%]*(?:\s+[a-z]+){0,2}\s+to\s+[$€£¥]?\d",
    re.IGNORECASE,
)


_COUNT_HINT = re.compile(
    r"\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen"
)
_UNIT_HINT = re.compile(r"second|minute|hour|day|week|month|quarter|year")


def has_impact(sentence: str) -> bool:
    """Return True when the sentence states a result with a number, amount, multiple or time."""
    text = sentence
    for phrase in tenure(sentence):
        # "25 years of experience" is a number about the speaker, not a result.
        text = text.replace(phrase, " ")
    lowered = text.lower()
    if any(hint.search(lowered) and measure.search(text) for hint, measure in _MEASURES):
        return True
    counted = _COUNT_HINT.search(lowered) and COUNT.search(text)
    timed = _UNIT_HINT.search(lowered) and _DURATION_RE.search(text)
    return bool(counted or timed) and _RESULT_VERB.search(text) is not None


_DUTY_LEAD = re.compile(
    r"^(?:.*?\b)?(?:(?:I\s+was|I'm|I\s+am|I've\s+been|I\s+have\s+been)\s+)?(?:responsible\s+for|"
    r"in\s+charge\s+of|tasked\s+with|charged\s+with|accountable\s+for)\s+(?P<what>.*)$"
    r"|^my\s+(?:duties|responsibilities)\s+(?:included|include|were|are)\s+(?P<listed>.*)$",
    re.IGNORECASE,
)
_ACTION_LEAD = re.compile(
    r"^(?:(?:at|in|for|as)\s+[^,]{1,60},\s*)?(?:I|we)\s+(?:(?:also|then|successfully)\s+)?"
    r"(?P<verb>[a-z]+)\s+(?P<what>.*)$",
    re.IGNORECASE,
)
_NOT_ACTION_LIST = (
    "am was were have has had be been is are do did think guess feel believe like love "
    "want hope know just really would could should will can may might must"
)
_NOT_ACTIONS = frozenset(_NOT_ACTION_LIST.split())
_RESULT_CLAUSE = re.compile(
    r",?\s+(?:which|that\s+(?=\w+ed\b)|resulting\s+in|leading\s+to|so\s+that)\s+(?P<result>.*)$",
    re.IGNORECASE,
)
_BY_MEASURE = re.compile(rf"\s*\bby\s+(?P<number>{_PERCENT}|{_MONEY}|{NUMBER})", re.IGNORECASE)
_FOR_WHOM = re.compile(r"\s+for\s+(?P<whom>(?:(?!\bfor\b).)+)$", re.IGNORECASE)


def _take(pattern: re.Pattern[str], text: str, group: str) -> tuple[str | None, str]:
    """Return (the group's text, ``text`` without the match), or (None, text)."""
    match = pattern.search(text)
    if match is None:
        return None, text
    found = match.group(group).strip(" ,")
    return found or None, (text[: match.start()] + text[match.end() :]).strip(" ,")


def impact_shape(sentence: str) -> str:
    """Return a fill-in impact statement prefilled with what ``sentence`` already says.

    The shape is "I [action] [what] for [whom], which [result] by [number] in [time]";
    each bracket the sentence already answers is replaced by its words.
    """
    text = " ".join(strip_markup(sentence).text.split()).rstrip(".!?…;: ")
    time, text = _take(_TIME, text, "time")
    number, text = _take(_BY_MEASURE, text, "number")
    if number is None:
        measure = _MEASURE.search(text)
        number = measure.group() if measure else None
    result, text = _take(_RESULT_CLAUSE, text, "result")
    action: str | None = None
    what: str | None = None
    duty = _DUTY_LEAD.match(text)
    lead = _ACTION_LEAD.match(text)
    if duty is not None:
        what = duty.group("what") or duty.group("listed")
    elif lead is not None and lead.group("verb").lower() not in _NOT_ACTIONS:
        action, what = lead.group("verb"), lead.group("what")
    whom: str | None = None
    if what:
        whom, what = _take(_FOR_WHOM, what, "whom")
    return (
        f"I {action or '[action]'} {what or '[what]'} for {whom or '[whom]'}, "
        f"which {result or '[result]'} by {number or '[number]'} in {time or '[time]'}"
    )
