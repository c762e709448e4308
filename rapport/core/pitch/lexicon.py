"""Word patterns shared by several flags and by the structure classifier.

Rules read plain sentences whose curly quotes are already straightened, so patterns
only need the ASCII apostrophe.
"""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|million|billion|dozen"
)
#: A number in digits or words: "12", "3.5", "1,200", "twenty-five". The lookahead on
#: first letters lets the regex engine skip most words without trying every unit.
NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?|(?=[otfsenhmbd])(?:{_UNITS})(?:[- ](?:{_UNITS}))*)"
#: A count that can measure a result; "one" is left out because "one of the first…" is not.
COUNT = re.compile(
    r"\b(?<![$€£¥])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|"
    r"dozens)\b",
    re.IGNORECASE,
)

#: How long someone has worked, said in place of what they achieved.
YEARS_OF_EXPERIENCE = re.compile(
    rf"\b(?:(?:over|more\s+than|almost|nearly|about|some|close\s+to)\s+)?{NUMBER}\+?\s+"
    rf"(?:years?|decades?)'?\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}?experience\b"
    rf"|\b(?:over\s+|more\s+than\s+)?{NUMBER}\+?\s+(?:years?|decades?)\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:industry|field|business|sector|space|trenches|game)\b"
    r"|\b(?:decades|years)\s+of\s+(?:[\w-]+\s+){0,2}?experience\b"
    rf"|\bbeen\s+(?:in|doing|working\s+in)\s+(?:[\w-]+\s+){{0,3}}?for\s+"
    rf"(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?{NUMBER}\+?\s+(?:years|decades)\b",
    re.IGNORECASE,
)


def tenure(sentence: str) -> list[str]:
    """Return the phrases that state years of experience ("25 years of experience")."""
    lowered = sentence.lower()
    # The full pattern is slow on long texts; most sentences never mention years.
    if "year" not in lowered and "decade" not in lowered:
        return []
    return [match.group() for match in YEARS_OF_EXPERIENCE.finditer(sentence)]


#: Saying what one wants next: the start of a target statement.
WANT = re.compile(
    r"\b(?:I'm|I\s+am|am)\s+(?:now\s+|currently\s+|actively\s+)?(?:looking|searching|hunting|"
    r"aiming|hoping)\s+(?:for|to\s+(?:find|join|land|move|lead|work|step|talk|speak|meet|"
    r"connect))\b"
    r"|\b(?:I'm|I\s+am|am)\s+(?:now\s+|currently\s+|actively\s+)?(?:seeking|pursuing|"
    r"targeting|exploring)\b|^\W*(?:seeking|targeting)\b|\bI\s+(?:seek|target)\b"
    r"|\b(?:I'm|I\s+am)\s+(?:most\s+|especially\s+)?interested\s+in\b"
    r"|\bI(?:'d|\s+would)\s+(?:\w+ly\s+)?(?:like|love)\s+to\s+(?:join|move|work|lead|find|"
    r"land|be|run|step|take|bring|talk|speak|meet)\b"
    r"|\bI\s+(?:want|hope|plan|aim|intend)\s+to\s+(?:join|move|work|lead|find|land|be|run|"
    r"step|take|bring)\b"
    r"|\b(?:my|the)\s+(?:next|ideal|target)\s+(?:role|position|job|step|move|opportunity|"
    r"chapter|company|employer)\b"
    r"|\bwhat\s+I(?:'m|\s+am)?\s+(?:want|looking\s+for|seek)\b"
    r"|\bopen\s+to\b|\bin\s+the\s+market\s+for\b|\bmy\s+(?:goal|aim|ambition)\s+is\b"
    # "Looking for a product role at…" with the "I'm" dropped, as people say it aloud.
    r"|^\W*(?:(?:now|next|currently),?\s+)?(?:looking|searching|hoping)\s+(?:for|to)\b"
    r"|\bI(?:'d|\s+would)?\s+(?:\w+ly\s+)?(?:want|like|love|hope|plan|aim|intend)\s+to\s+"
    r"(?:become|get\s+into|move\s+into|grow\s+into|return\s+to|go\s+back\s+to)\b"
    r"|\b(?:I'm|I\s+am)\s+(?:now\s+)?(?:after|ready\s+for|aiming\s+at)\b"
    r"|\bthe\s+(?:role|job|position|kind\s+of\s+(?:role|job|company))\s+I(?:'m|\s+am)?\s+"
    r"(?:want|looking\s+for|seek|hope\s+for)\b"
    # Non-native phrasings heard in job clubs: "I search a position as…".
    r"|\bI\s+see\s+myself\b|\bI(?:'d|\s+would)\s+(?:\w+ly\s+)?(?:join|lead|run|work\s+as)\b"
    r"|\bI\s+(?:now\s+|currently\s+)?(?:search|am\s+searching|look)\s+(?:a|an|for\s+a|new)\s+"
    r"(?:\w+\s+)?"
    r"(?:position|job|role|work)\b"
    r"|\bmy\s+targets?\b|\btarget\s+(?:companies|roles|positions|employers|list|industries)\b",
    re.IGNORECASE,
)

#: What a target statement names: a role, a kind of employer or an industry.
TARGET_OBJECT = re.compile(
    r"\b(?:roles?|positions?|jobs?|opportunit(?:y|ies)|titles?|seat|post|openings?|"
    r"companies|company|firms?|organi[sz]ations?|employers?|startups?|scale-?ups?|industry|"
    r"industries|sector|space|field|market|vice\s+president|director|head\s+of|manager|lead|"
    r"engineer|analyst|controller|president|partner|consultant|designer|scientist|officer|"
    r"teacher|nurse|architect|leader|executive|specialist|coordinator|accountant|developer|"
    r"chief|head|fintech|bank|hospitals?|agency|manufacturer|makers?|brands?|retailers?|"
    r"nonprofits?|charity|business|team|sector|fintech|medtech|biotech|healthtech|edtech|"
    r"healthcare|pharma|retail|banking|insurance|manufacturing|logistics|automotive|"
    r"aerospace|construction|hospitality|software|(?-i:[A-Z]{2,4}))s?\b",
    re.IGNORECASE,
)

#: Telling the listener how to help.
ASK = re.compile(
    r"\bif\s+you\s+(?:know|happen\s+to\s+know|can\s+think\s+of)\s+(?:of\s+)?(?:anyone|anybody|"
    r"someone|somebody|people|a\s+(?:person|contact)|any)\b"
    r"|\b(?:do|would)\s+you\s+(?:know|happen\s+to\s+know)\s+(?:of\s+)?(?:anyone|anybody|"
    r"someone|somebody|people|any)\b"
    r"|\bwho\s+(?:do|else\s+do|would|might)\s+you\s+(?:know|suggest|recommend)\b"
    r"|\bwho\s+should\s+I\s+(?:talk|speak|meet|contact)\b"
    r"|\b(?:would|could|can)\s+you\s+(?:introduce|connect|refer|point|put\s+me)\b"
    r"|\bI(?:'d|\s+would)\s+(?:\w+ly\s+)?(?:appreciate|welcome|value|love)\s+(?:an?\s+|your\s+|"
    r"any\s+)?(?:warm\s+)?(?:introductions?|intros?|referrals?|connections?|suggestions?|names?|"
    r"help|ideas|leads)\b"
    r"|\bintroduc(?:e\s+me|tion\s+to|tions\s+to)\b|\bput\s+me\s+in\s+touch\b"
    r"|\bconnect\s+me\s+with\b|\brefer\s+me\b"
    r"|\b(?:I'm|I\s+am)\s+(?:looking|hoping|keen)\s+to\s+(?:talk|speak|meet|connect)\s+"
    r"(?:with|to)\b"
    r"|\bI(?:'d|\s+would)\s+(?:\w+ly\s+)?(?:like|love)\s+to\s+(?:talk|speak|meet|connect)\s+"
    r"(?:with|to)\b"
    r"|\bI\s+(?:want|hope)\s+to\s+(?:talk|speak|meet|connect)\s+(?:with|to)\b"
    r"|\b(?:how|where)\s+you\s+(?:can|could|might)\s+help\b|\byou\s+can\s+help\s+(?:me\s+)?by\b"
    r"|\bany\s+(?:names|ideas|suggestions|introductions?)\b"
    # "If you know a CFO at…", "do you know the head of…": a kind of person, not "anyone".
    r"|\bif\s+you\s+(?:know|happen\s+to\s+know|can\s+think\s+of)\s+(?:of\s+)?"
    r"(?:a|an|the|any|somebody|anyone)\b"
    r"|\b(?:do|would)\s+you\s+(?:know|happen\s+to\s+know)\s+(?:of\s+)?(?:a|an|the)\s+"
    r"|\bcan\s+you\s+think\s+of\s+(?:anyone|anybody|someone|somebody|a|an)\b"
    r"|\b(?:who|anyone|anybody|someone|somebody)\s+comes\s+to\s+mind\b"
    r"|\bwho(?:m)?\s+(?:else\s+)?should\s+I\s+(?:be\s+)?(?:talking|speaking|talk|speak|meet|"
    r"contact|call)\b"
    r"|\bwho(?:m)?\s+(?:would|do|might|could)\s+you\s+(?:suggest|recommend|advise)\b"
    r"|\bif\s+you\s+(?:could|can|would)\s+(?:point|introduce|connect|refer|put)\b"
    r"|\b(?:maybe|perhaps)\s+you\s+know\b"
    r"|\b(?:hoping|hope|keen|eager)\s+to\s+meet\s+(?:people|someone|anyone|a|an|the|more)\b"
    # "I'd be grateful for an introduction", "an introduction to… would help me most".
    r"|\bI(?:'d|\s+would)\s+be\s+(?:\w+\s+)?(?:grateful|thankful|glad|happy|delighted|"
    r"obliged)\s+(?:for|if|to\s+(?:meet|talk|speak|be\s+introduced))\b"
    r"|\b(?:an?\s+)?(?:warm\s+)?(?:introductions?|intros?|referrals?)\s+(?:to|at|with)\b"
    r"[^.?!]*\b(?:would|will|could)\s+(?:\w+\s+)?(?:help|mean|be\s+(?:\w+\s+)?(?:welcome|"
    r"useful|helpful|great|wonderful))\b"
    r"|\bI(?:'d|\s+would)\s+(?:\w+ly\s+)?(?:like|love)\s+to\s+(?:meet|be\s+introduced\s+to)\b"
    r"|\b(?:please|kindly)\s+(?:\w+\s+)?(?:introduce|connect|refer|think\s+of|let\s+me\s+know|"
    r"point\s+me)\b"
    r"|\b(?:could|can|would)\s+you\s+(?:be\s+willing\s+to\s+)?(?:introduce|connect|refer|"
    r"point|put)\b"
    r"|\b(?:hoping|hope)\s+you\s+(?:can|could|might)\s+(?:point|introduce|connect|help|"
    r"suggest)\b"
    r"|\b(?:connect|link)\s+me\s+(?:with|to)\b",
    re.IGNORECASE,
)


# The structure classifier and the target and ask flags read the same sentences for the
# same cues; caching keeps a 20,000-word paste from paying for each regex twice.
@lru_cache(maxsize=8192)
def want(sentence: str) -> re.Match[str] | None:
    """Return where the sentence starts saying what the speaker wants next, if it does."""
    return WANT.search(sentence)


@lru_cache(maxsize=8192)
def ask(sentence: str) -> re.Match[str] | None:
    """Return where the sentence asks the listener for help, if it does."""
    return ASK.search(sentence)
