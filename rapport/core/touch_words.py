"""What a message does, told by its words: an ask, a thank-you, a give, an introduction.

Each detector returns the words that decided it (for the reason a touch shows) or None.
They favour precision: a message that only mentions an introduction ("could you make an
introduction?") is an ask, not an introduction made, and "Thanks, Alex" under a request is
a sign-off, not a thank-you. tests/core/test_touch_words.py measures precision and recall
on a labelled table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_FLAGS = re.IGNORECASE

_ASK = re.compile(
    r"\b(?:could|can|would|may|might) (?:i|we) (?:ask|get|borrow|have|pick)\b[^.?!\n]{0,60}"
    r"|\b(?:could|can|would) you (?:introduce|connect|refer|recommend|point|put)\b[^.?!\n]{0,60}"
    r"|\b(?:introduce|refer|connect) me (?:to|with)\b[^.?!\n]{0,40}"
    r"|\bput me in touch\b[^.?!\n]{0,40}"
    r"|\bwho (?:do|would|might) you know (?:at|in|who)\b[^.?!\n]{0,40}"
    r"|\b(?:do|would) you (?:happen to )?know (?:anyone|anybody|someone|somebody)\b[^.?!\n]{0,40}"
    r"|\bpick your brain\b"
    r"|\b(?:i'?d|i would) (?:love|like|value|appreciate) (?:your|an?|to get your|to hear your) "
    r"(?:advice|thoughts|perspective|guidance|insight|introduction|referral)\b[^.?!\n]{0,40}"
    r"|\b(?:open to|up for) (?:a )?(?:quick )?(?:call|chat|coffee)\b[^.?!\n]{0,30}"
    r"|\binformational interview\b",
    _FLAGS,
)
# A thank-you thanks someone for something; "Thanks," alone on a line is a sign-off and
# "thanks in advance" is part of an ask.
_THANKS = re.compile(
    r"\b(?:thank you|thanks|many thanks)(?: (?:so|very) much| again| a lot)?"
    r"(?: for| so much| again)[^.!\n]{0,60}"
    r"|\b(?:thank you|thanks) (?:so|very) much\b[^.!\n]{0,40}"
    r"|\b(?:really |truly |so )?(?:grateful|appreciated?) (?:for )?(?:your|you|the) "
    r"(?:time|help|advice|call|chat|coffee|conversation|introduction|insights?)\b",
    _FLAGS,
)
_NOT_THANKS = re.compile(r"\bthanks? (?:you )?in advance\b|\bno,? thanks?\b", _FLAGS)
_SHARED = re.compile(
    r"\bthought you(?:'?d| would| might) (?:find|like|enjoy|be interested|want)\b[^.!\n]{0,40}"
    r"|\b(?:saw|read|found) this and thought of you\b"
    r"|\byou might (?:find|like|enjoy|be interested in)\b[^.!\n]{0,40}"
    r"|\b(?:sharing|passing along|forwarding) (?:this|the|a|an)\b[^.!\n]{0,40}"
    r"|\bin case (?:it'?s|it is) (?:useful|helpful|of interest)\b"
    r"|\bhere'?s (?:the|an?) (?:article|link|post|job|opening|role|event|report)\b[^.!\n]{0,40}",
    _FLAGS,
)
# Verbs in any case, names capitalised: "Nadia, meet Omar" but not "let's meet Tuesday".
_INTRODUCES = re.compile(
    r"\b[A-Z][\w'-]+, (?i:please )?(?i:meet) [A-Z][\w'-]+"
    r"|(?i:\b(?:let me |i'?d like to |i would like to |i want(?:ed)? to |happy to )?"
    r"introduce you(?: two| both)?)(?: (?i:to) (?:(?i:each other|one another)|[A-Z][\w'-]+))?"
    r"|(?i:\bintroducing you (?:two|both|to ))(?:[A-Z][\w'-]+)?"
    r"|(?i:\byou two should (?:meet|talk|connect)\b)"
    r"|(?i:\bconnecting you (?:two|both)\b)"
    r"|(?i:\bi(?:'d| would) like you to meet )[A-Z][\w'-]+",
)
_HANDBILL_LINK = re.compile(r"https?://\S+/h/[\w-]{6,}")
_HANDBILL_WORDS = re.compile(
    r"\b(?:list of (?:the )?(?:target )?companies|my target (?:company )?list|"
    r"(?:target|dream) companies (?:list|i'?m targeting)|my handbill)\b",
    _FLAGS,
)
_HANDBILL_FILE = re.compile(r"handbill|target[ _-]?(?:list|companies)", _FLAGS)
_FOLLOW_UP = re.compile(
    r"\b(?:just )?(?:following|circling|checking) (?:up|back|in)\b[^.!\n]{0,40}"
    r"|\b(?:wanted to |to )?follow up (?:on|about|with)\b[^.!\n]{0,40}"
    r"|\bbump(?:ing)? this\b"
    r"|\b(?:i )?took your advice\b[^.!\n]{0,40}"
    r"|\b(?:a quick |an )?update on\b[^.!\n]{0,40}",
    _FLAGS,
)


# Words that every match of a pattern contains (lower case): a message holding none of them
# cannot match, and the pattern is not run. Searching a pattern costs ten times what these
# substring tests do (docs/benchmarks.md).
_ASK_NEEDLES = (
    "could ",
    "can ",
    "would ",
    "may ",
    "might ",
    "introduce me",
    "refer me",
    "connect me",
    "put me in touch",
    "know ",
    "pick your brain",
    "advice",
    "thoughts",
    "perspective",
    "guidance",
    "insight",
    "introduction",
    "referral",
    "open to",
    "up for",
    "informational interview",
)
_THANKS_NEEDLES = ("thank", "grateful", "apprecia")
_SHARED_NEEDLES = (
    "thought you",
    "thought of you",
    "you might",
    "sharing",
    "passing along",
    "forwarding",
    "in case it",
    "here",
)
_FOLLOW_UP_NEEDLES = (
    "following",
    "circling",
    "checking",
    "follow up",
    "bump",
    "took your advice",
    "update on",
)


class _CaseBlind:
    """A case-blind pattern, run on the lower-cased text when lower-casing keeps offsets.

    Python's case-blind matching compares letter by letter through case folding, two to
    four times slower than plain matching; the words returned are cut from the text as
    written. Text whose lower case changes length ("İ") is matched case-blind as before.
    """

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.plain = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        self.needles = needles

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """Return the matches in ``text`` (of its lower case, offsets the same), in order."""
        low = _lower(text)
        # A loop that stops at the first needle found: any() over a generator cost twice this.
        for needle in self.needles:
            if needle in low:
                break
        else:
            return iter(())
        if len(low) == len(text):
            return self.plain.finditer(low)
        return self.pattern.finditer(text)

    def words(self, text: str) -> str | None:
        """Return the words of the first match in ``text``, or None."""
        # ``matches`` written out: this runs four times a message, 200,000 times an archive.
        low = _lower(text)
        for needle in self.needles:
            if needle in low:
                break
        else:
            return None
        same = len(low) == len(text)
        match = self.plain.search(low) if same else self.pattern.search(text)
        return None if match is None else _clean(text[match.start() : match.end()])


# Every detector reads the same message in turn: lower-case it once.
@lru_cache(maxsize=4)
def _lower(text: str) -> str:
    return text.lower()


def _clean(words: str) -> str:
    return " ".join(words.split()).rstrip(" ,;:")


def _words(match: re.Match[str] | None) -> str | None:
    return _clean(match.group(0)) if match else None


_ASKING = _CaseBlind(_ASK, _ASK_NEEDLES)
_THANKING = _CaseBlind(_THANKS, _THANKS_NEEDLES)
_SHARING = _CaseBlind(_SHARED, _SHARED_NEEDLES)
_FOLLOWING_UP = _CaseBlind(_FOLLOW_UP, _FOLLOW_UP_NEEDLES)
_HANDBILL_SAID = _CaseBlind(_HANDBILL_WORDS, ("compan", "target", "handbill"))


def ask_words(text: str) -> str | None:
    """Return the words asking for advice, an introduction, a referral or a meeting."""
    return _ASKING.words(text)


def thanks_words(text: str) -> str | None:
    """Return the words thanking someone for something (not a sign-off, not "in advance")."""
    for match in _THANKING.matches(text):
        start, end = match.span()
        if not _NOT_THANKS.search(text[max(0, start - 10) : end + 12]):
            return _clean(text[start:end])
    return None


def shared_words(text: str) -> str | None:
    """Return the words sharing information (a link, an article, an opening) as a give."""
    return _SHARING.words(text)


def introduction_words(text: str, others: int) -> str | None:
    """Return the words introducing two people to each other.

    Only a message to two or more people (``others`` is how many besides the one it is
    counted for) can introduce them; names are matched as written, capitalised.
    """
    if others < 1:
        return None
    return _words(_INTRODUCES.search(text))


def handbill_words(text: str, attachments: tuple[str, ...] = ()) -> str | None:
    """Return the link, file name or words showing the handbill (target list) was sent."""
    for name in attachments:
        if _HANDBILL_FILE.search(name):
            return name
    link = _HANDBILL_LINK.search(text) if "/h/" in text else None
    if link:
        return link.group(0).rstrip(".,)")
    return _HANDBILL_SAID.words(text)


def follow_up_words(text: str) -> str | None:
    """Return the words following up or reporting back."""
    return _FOLLOWING_UP.words(text)
