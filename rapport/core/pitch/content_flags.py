"""Flags for content to cut: family, old schooling and a recital of past jobs (METHOD.md §4).

The article's listeners heard about "a wonderful spouse, charming children and a dog
(and what breed it is)", a university "even if that was 30 years ago" and "boring
histories about positions held". These rules look for the speaker's own family and
schooling, not for children or universities as the subject of their work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapport.core.pitch.impact import IMPACT_PATTERN
from rapport.core.pitch.lexicon import NUMBER
from rapport.core.pitch.registry import (
    Finding,
    Hit,
    Pitch,
    PitchContext,
    Severity,
    quote,
    rule,
    sentence_rule,
)

_KIN = (
    r"husbands?|wife|wives|spouses?|fianc[eé]e?|kids?|children|child|sons?|daughters?|"
    r"bab(?:y|ies)|twins|toddlers?|teenagers?|grandchildren|grandkids|grandsons?|"
    r"granddaughters?|family|parents|mother|father|mom|mum|dad|brothers?|sisters?|siblings|"
    r"in-laws|girlfriend|boyfriend"
)
_PETS = (
    r"dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|horses?|(?:golden\s+|labrador\s+)?retrievers?|"
    r"labradors?|poodles?|(?:labra|golden)?doodles?|terriers?|spaniels?|beagles?|bulldogs?|"
    r"(?:german|australian)\s+shepherds?|huskies|husky|corgis?|dachshunds?|collies?|"
    r"schnauzers?|chihuahuas?|pugs?|rottweilers?|greyhounds?|whippets?|hamsters?|parrots?"
)
_FAMILY_MODIFIER = (
    rf"(?:{NUMBER}-year-old|{NUMBER}|lovely|wonderful|beautiful|amazing|little|young|grown|adult|"
    r"teenage|older|younger|oldest|youngest|eldest|twin|new|newborn|adorable|sweet|loving|"
    r"supportive|dear|late|beloved|rescue|golden|black|chocolate|yellow|miniature|"
    r"crazy|energetic)"
)
# "our children's hospital", "our sister company", "our family of brands": the word
# names an organisation or a market, not the speaker's relatives.
_ORGANISATION_NOUN = (
    r"(?:'s|s')?[\s-]+(?:of|owned|business(?:es)?|office|practice|medicine|firm|compan(?:y|ies)|"
    r"brands?|products?|hospitals?|clinics?|wards?|units?|museums?|services?|care|health|"
    r"sites?|plants?|entit(?:y|ies)|organi[sz]ations?|stations?|publications?|foundation|"
    r"accounts?|market|segment|line|division|programs?|books?|apparel|food|toys?)\b"
)
_FAMILY = re.compile(
    rf"\b(?:my|our)\s+(?:{_FAMILY_MODIFIER}\s+){{0,3}}(?:{_KIN}|{_PETS})\b"
    rf"(?!{_ORGANISATION_NOUN})"
    rf"|\b(?:I|we)\s+(?:have|'ve\s+got|have\s+got|own|adopted|rescued|raised)\s+"
    rf"(?:{NUMBER}|a|an)\s+(?:{_FAMILY_MODIFIER}\s+){{0,2}}(?:{_KIN}|{_PETS})\b"
    rf"(?!{_ORGANISATION_NOUN})"
    r"|\b(?:I'm|I\s+am|I've\s+been|I\s+have\s+been|happily)\s+(?:happily\s+)?married\b"
    r"|\bmarried\s+(?:with|to)\b"
    r"|\b(?:proud\s+)?(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandma|"
    rf"grandpa)\s+(?:of|to)\s+(?:{NUMBER}|twins|a\s+(?:son|daughter|boy|girl))\b",
    re.IGNORECASE,
)


@sentence_rule(
    "family-trivia",
    title="Family details",
    why=(
        "A spouse, children and the dog's breed are what most people open with, and they tell"
        " the listener nothing about whom to introduce you to."
    ),
    fix="Cut it; open with who you are professionally and the value you bring.",
    pattern="I'm a [role] who helps [whom] [result].",
    severity="serious",
)
def family_trivia(sentence: str, ctx: PitchContext) -> list[str]:
    return [match.group() for match in _FAMILY.finditer(sentence)]


_DEGREE = (
    r"(?:(?:bachelor'?s|master'?s|associate'?s|doctoral|undergraduate|graduate|law|"
    r"engineering|business)\s+degree|bachelor'?s|master'?s|doctorate|diploma|"
    r"(?-i:MBA|M\.B\.A\.?|Ph\.?D\.?|BSc|MSc|BA|BS|MA|MS|JD|B\.A\.|B\.S\.|M\.A\.|M\.S\.))"
)
_EDUCATION = re.compile(
    r"\bgraduat(?:ed|ing)\s+(?:from|in|with|at|summa|magna|cum|top)\b"
    r"|\bI\s+graduated\b(?!\s+(?:to|into)\b)"
    r"|\bgraduate\s+of\b|\balma\s+mater\b|\bclass\s+of\s+'?\d{2,4}\b"
    r"|\b(?:double[- ])?(?:majored|minored)\s+in\b|\b(?:cum|magna\s+cum|summa\s+cum)\s+laude\b"
    r"|\bvaledictorian\b|\bmy\s+(?:degree|major|diploma|thesis|dissertation|university|college)\b"
    r"(?!\s+of\b)"
    r"|\bstudied\s+(?:[\w&-]+\s+){0,3}?(?:at|in\s+college|at\s+university)\b"
    r"|\b(?:attended|went\s+to|enrolled\s+(?:at|in))\s+(?:[\w&-]+\s+){0,4}?"
    r"(?:university|college|school|institute|polytechnic)\b"
    r"|\b(?:have|hold|earned|received|got|completed|did|finished|obtained|with)\s+"
    rf"(?:a|an|my|two|both)?\s*(?:[\w-]+\s+)?{_DEGREE}(?![\w.])"
    rf"|\b(?:{_DEGREE}|degree)\s+(?:in|from)\s|\bmy\s+{_DEGREE}(?![\w.])"
    # Naming the school: "a proud University of Minnesota graduate", "a Carlson alum".
    r"|\b(?:I'm|I\s+am)\s+(?:a|an)\s+(?:proud\s+)?(?:[\w&.'-]+\s+){0,5}?"
    r"(?:graduate|grad|alum|alumn[ai]|alumnus)\b"
    r"(?!s|\s+(?:students?|programs?|schemes?|trainees?|level|courses?|school))"
    r"|\b(?:did|finished|completed)\s+my\s+(?:undergrad\w*|masters?|master's|studies|"
    r"doctorate|(?-i:MBA|PhD))\b"
    r"|\beducated\s+(?:at|in)\b"
    r"|\bI\s+studied\s+(?:[\w&-]+\s+){0,3}?(?:at|in)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# Every education pattern contains one of these; checking them first keeps long texts fast.
_EDUCATION_HINTS = (
    "graduat",
    "alma mater",
    "class of",
    "major",
    "minor",
    "laude",
    "valedictorian",
    "thesis",
    "dissertation",
    "universit",
    "college",
    "school",
    "institute",
    "polytechnic",
    "studied",
    "degree",
    "bachelor",
    "master",
    "doctora",
    "diploma",
    "grad",
    "alum",
    "undergrad",
    "educated",
    "studies",
)
_DEGREE_HINTS = ("MBA", "M.B.A", "Ph", "BSc", "MSc", "BA", "BS", "MA", "MS", "JD", "B.", "M.")
_LONG_AGO = re.compile(
    rf"\b(?:19|20)\d\d\b|'\d\d\b|\b(?:{NUMBER}|many|several)\s+years\s+ago\b|\bdecades?\s+ago\b",
    re.IGNORECASE,
)


@sentence_rule(
    "education-trivia",
    title="University and degree details",
    why=(
        "Where you studied, and when, does not say what you can do for an employer now; a"
        " degree from decades ago mainly dates you."
    ),
    fix="Cut it, unless a recent qualification is the point; spend the time on a result.",
    pattern=IMPACT_PATTERN,
    severity="minor",
)
def education_trivia(sentence: str, ctx: PitchContext) -> Finding | list[str]:
    lowered = sentence.lower()
    if not any(hint in lowered for hint in _EDUCATION_HINTS) and not any(
        hint in sentence for hint in _DEGREE_HINTS
    ):
        return []
    phrases = [match.group().strip() for match in _EDUCATION.finditer(sentence)]
    if not phrases:
        return []
    # A graduation year or "30 years ago" is the article's example of what to cut.
    severity: Severity = "serious" if _LONG_AGO.search(sentence) else "minor"
    return Finding(phrases, severity)


_MOVE = re.compile(
    r"\bjoined(?!\s+forces)\b|\bmoved\s+(?:on|over|(?:on\s+|over\s+)?to(?=\s+(?-i:[A-Z0-9])))"
    r"|\bwent\s+(?:on\s+to|over\s+to|to\s+work)\b|\bswitched\s+to\b|\btransferred\s+to\b"
    r"|\btook\s+(?:a|an|the)\s+(?:job|role|position)\b|\b(?:was|got)\s+hired\b"
    r"|\b(?:started|began)\s+(?:out\s+)?(?:at|with|my\s+career)\b|\blanded\s+(?:at|a\s+job)\b"
    r"|\bleft\s+(?:for|to\s+join)\b|\bspent\s+(?:[\w-]+\s+){1,2}years?\s+(?:at|with)\b"
    r"|\bworked\s+(?:at|for)\b|\bwas\s+(?:at|with)(?=\s+(?-i:[A-Z]))"
    r"|\bthen\s+(?:at|to)(?=\s+(?-i:[A-Z]))"
    r"|\bwas\s+promoted\b",
    re.IGNORECASE,
)
_SEQUENCE = re.compile(
    r"\b(?:then|after\s+that|afterwards?|from\s+there|subsequently|eventually|later|"
    r"before\s+that|prior\s+to\s+that|after\s+(?:[\w-]+\s+){1,2}years?|next,?\s+I)\b",
    re.IGNORECASE,
)
_DATED = re.compile(r"\b(?:in|by|from|since|until)\s+(?:19|20)\d\d\b", re.IGNORECASE)
_OPENS_WITH_SEQUENCE = re.compile(
    r"^\W*(?:then|after\s+that|afterwards|from\s+there|before\s+that),?\s+I\b", re.IGNORECASE
)


_RECITAL = "Job history recital"
#: A sentence that states a post held, in any order: "I was a controller at Ecolab",
#: "Before Pentair I was…", "my six years at 3M", "I served as CFO of Acme".
_POST = re.compile(
    r"\b(?:I\s+was|I've\s+been|I\s+have\s+been|I\s+served|I\s+worked|I\s+spent|I\s+became)"
    r"\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w&/-]+\s+){0,4}?"
    r"(?:(?:at|with|for|of)\s+(?-i:[A-Z0-9])|at\s+an?\s+(?:small|large|big|local|regional|global))"
    # The present post that opens a recital told newest first.
    r"|\b(?:currently|today|now)\b,?\s+I(?:'m|\s+am)\s+(?:an?\s+|the\s+)?(?:[\w&/-]+\s+){0,4}?"
    r"(?:at|with|for)\s+(?-i:[A-Z0-9])"
    r"|\b(?:before|after|prior\s+to|from)\s+(?:my\s+(?:time|years)\s+at\s+)?(?-i:[A-Z0-9])"
    r"[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*)*,?\s+I\b"
    r"|\bmy\s+(?:[\w-]+\s+)?(?:time|years?|stint|tenure|role)\s+(?:at|with)\s+(?-i:[A-Z0-9])"
    r"|\b(?:my\s+(?:first|next|last|current)\s+(?:job|role|position)|my\s+career)\s+"
    r"(?:was|began|started)\b",
    re.IGNORECASE,
)
#: At this many posts held, stated in two or more sentences without a result, the
#: profile recites a career.
RECITAL_POSTS = 3


def _moves(sentence: str) -> list[str]:
    return [match.group() for match in _MOVE.finditer(sentence)]


@rule(
    "job-history-recital",
    title=_RECITAL,
    why=(
        'Reciting positions in order ("then I moved to… then I joined…") is the boring'
        " history the article warns about: it lists employers instead of showing impact."
    ),
    fix="Keep one or two employers as the setting for a result; drop the chronology.",
    pattern="At [company], I [action] [what], which [result] by [number].",
    severity="serious",
    scope="sentence",
)
def job_history_recital(pitch: Pitch) -> Iterator[Hit]:
    hits = list(_chronology(pitch))
    yield from hits
    flagged = {hit.first for hit in hits}
    # Posts held, said in any order and without "then": three or more that carry no
    # result are a career recited, not a setting for impact.
    posts = [
        (index, phrases)
        for index, plain in enumerate(pitch.plain)
        if not pitch.impact[index]
        for phrases in [_moves(plain) + [m.group() for m in _POST.finditer(plain)]]
        if phrases
    ]
    if len(posts) >= 2 and sum(len(phrases) for _, phrases in posts) >= RECITAL_POSTS:
        for index, phrases in posts:
            if index not in flagged:
                yield Hit(index, index, f"{_RECITAL}: {quote(phrases)}")


def _chronology(pitch: Pitch) -> Iterator[Hit]:
    moves = [_moves(plain) for plain in pitch.plain]
    # A step in a chronology: a move that is dated or sequenced, or "Then I…".
    steps = [
        bool(found and (_DATED.search(plain) or _SEQUENCE.search(plain)))
        or bool(_OPENS_WITH_SEQUENCE.search(plain))
        for plain, found in zip(pitch.plain, moves, strict=True)
    ]
    index = 0
    while index < len(pitch.plain):
        found, plain = moves[index], pitch.plain[index]
        run_end = index
        while run_end + 1 < len(steps) and steps[run_end] and steps[run_end + 1]:
            run_end += 1
        run = range(index, run_end + 1)
        if len(run) > 1 and sum(1 for i in run if moves[i]) >= 2:
            for i in run:
                shown = quote(moves[i]) or "one step after another"
                yield Hit(i, i, f"{_RECITAL}: {shown}")
            index = run_end + 1
            continue
        sequenced = _SEQUENCE.search(plain) or _DATED.search(plain)
        if len(found) >= 3 or (len(found) >= 2 and sequenced):
            yield Hit(index, index, f"{_RECITAL}: {quote(found)}")
        index += 1
