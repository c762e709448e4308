"""Read a job title (LinkedIn's "Position"): seniority, function, and what kind of contact it marks.

Seniority uses LinkedIn's ten levels; a title that names no level gets None rather than a
guess, so "unknown" stays visible. Only the first role counts when a title lists several
("CFO | Board Member | Advisor"), and the employer after " at " or "@" is never read as a role.
The word tables live in ``title_words`` and ``function_words``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapport.core import title_words as words
from rapport.core.alternation import whole_word_alternation
from rapport.core.function_words import FUNCTION_TIERS
from rapport.core.title_words import whole_words

SENIORITY_LEVELS = words.SENIORITY_LEVELS
FUNCTIONS = words.FUNCTIONS

_LEVEL_PHRASES = {
    "unpaid": "an unpaid role (intern or volunteer)",
    "training": "a trainee",
    "entry": "an entry-level role",
    "senior": "an experienced individual contributor",
    "manager": "a manager",
    "director": "a director-level leader",
    "vp": "a vice president",
    "cxo": "a C-level executive",
    "partner": "a partner",
    "owner": "an owner or founder",
}
_FUNCTION_PHRASES = {
    "finance": "finance",
    "marketing": "marketing",
    "sales": "sales",
    "engineering": "engineering",
    "operations": "operations",
    "hr_recruiting": "HR and recruiting",
    "legal": "legal",
    "it": "IT",
    "product": "product",
    "general_management": "general management",
    "healthcare": "healthcare",
    "education": "education",
    "other": "no particular function",
}

#: Short names of the levels and functions, for a list to choose from.
SENIORITY_WORDS = {
    "unpaid": "Intern or volunteer",
    "training": "Trainee",
    "entry": "Entry level",
    "senior": "Experienced",
    "manager": "Manager",
    "director": "Director",
    "vp": "Vice president",
    "cxo": "C-level executive",
    "partner": "Partner",
    "owner": "Owner or founder",
}
FUNCTION_WORDS = {
    name: ("Other" if name == "other" else phrase[0].upper() + phrase[1:])
    for name, phrase in _FUNCTION_PHRASES.items()
}


@dataclass(frozen=True)
class TitleFacts:
    """What a title says: a LinkedIn level (None when it names none), a function, the kind of
    contact, and ``reason``, the reading in plain words."""

    seniority: str | None
    function: str
    is_recruiter: bool
    is_job_seeker: bool
    is_connector_role: bool
    reason: str
    #: Ranked by a board seat (member, trustee, chair) rather than a job: governs, manages no one.
    is_board: bool = False


def _flat(alternatives: Iterable[str]) -> re.Pattern[str]:
    """Compile bare alternatives into one whole-word alternation.

    One flat alternation is several times faster to scan than a group per rule, and it
    keeps the tables' order as the tie-break at any one position; grouped by first letter
    (``alternation``), it finds the same matches in two thirds of the time.
    """
    return whole_word_alternation(alternatives)


_RANKS = _flat(alternatives for alternatives, _, _ in words.RANK_RULES)
_RANK_RULES = [(re.compile(alts), level, flag) for alts, level, flag in words.RANK_RULES]
_DOMINANT = re.compile("|".join(f"(?P<{lvl}>{pattern})" for lvl, pattern in words.DOMINANT_LEVELS))
_FUNCTIONS = _flat(alts for tier in FUNCTION_TIERS for _, alts in tier)
_FUNCTION_RULES = [
    (re.compile(alternatives), tier, function)
    for tier, rules in enumerate(FUNCTION_TIERS)
    for function, alternatives in rules
]

_RECRUITER = re.compile(
    whole_words(
        r"recruit\w*|talent (?:acquisition|partner|advisor|sourc\w*|scout|hunter|lead|specialist)"
        r"|sourcer|head ?hunt\w*|staffing|executive search|search consultant|reclut\w*|recrut\w*"
        r"|personalberat\w*|personalvermittl\w*|ta (?:partner|specialist|lead|manager)"
    )
)

#: Saying so in the title is the signal. A career break counts: the person has no current
#: employer to hire for, and is often about to look again.
_JOB_SEEKER = re.compile(
    whole_words(
        r"open (?:to|for) (?:new )?(?:work|opportunit\w*|roles?|positions?)|opentowork|seeking"
        r"|looking for(?!.*\bhiring\b)|actively (?:looking|seeking|searching)"
        "|in (?:career )?transition|between (?:roles|jobs|positions|opportunities|assignments)"
        r"|career (?:break|pause|sabbatical)|job seek\w*|job hunt\w*|job search\w*"
        r"|available (?:for|immediately)|unemployed|exploring (?:new )?(?:opportunit\w*|roles)"
        r"|new opportunit\w*|next (?:role|opportunity|chapter)|in search of|en recherche"
        "|a l'ecoute|auf (?:der )?(?:jobsuche|suche)|buscando|en busqueda"
    )
)

_RETIRED = re.compile(
    whole_words(r"retired|retraite|jubilad[oa]|ruhestand|rentner\w*|pensionad[oa]")
)

#: Former roles ("Former CFO", "Past President, Rotary Club") say nothing about today's rank.
_FORMER = re.compile(r"^(?:former|formerly|past|ex|previously|retired)\b")

#: Roles and bodies that put someone at the centre of a community outside work.
_CONNECTOR_WORDS = re.compile(
    whole_words(
        r"pastor\w*|rabbi\w*|imam|priest|reverend|rev|vicar|chaplain|bishop|cantor|deacon\w*"
        "|(?:church |ruling |teaching )?elder(?! (?:care|law|services|living|abuse))"
        "|(?<!prime )minister(?! (?:of|for) (?!music|worship|youth))|ministr(?:y|ies)|worship"
        r"|church|parish\w*|congregation\w*|synagogue|mosque|temple(?! university)|diocese"
        "|rotar(?:y|ian)|lions (?:club|international)|kiwanis|optimist club|chamber|alumni"
        "|neighbou?rhood|homeowners? association|hoa|pta|pto|(?:city|town|community) council"
        r"|council ?member|volunteer\w*|community (?:organi[sz]er|leader|group|association"
        "|foundation)|organi[sz]er|meetup|toastmasters|junior league|ymca|ywca|united way"
        "|habitat for humanity|(?:boy |girl |cub )?scouts|scoutmaster|networking group"
        "|(?:board|non ?executive|independent|outside) (?:member|director|trustee)"
        "|board of (?:directors|trustees)|member of the board|trustee|advisory board"
    )
)

#: A member or office-holder of one of these bodies is a connector ("President, Minnesota
#: Society of CPAs", "Chapter Chair, AFP").
_CONNECTOR_BODIES = re.compile(
    whole_words(
        r"association|society|club|council|league|federation|guild|chapter|coalition|nonprofit"
        r"|non profit|charity|verein|ehrenamt\w*"
    )
)

_CONNECTOR_OFFICES = re.compile(
    whole_words(
        r"president|chair\w*|vice president|board|member|director|leader|lead|organi[sz]er"
        "|coordinator|treasurer|secretary|volunteer|ambassador|founder|co founder|co chair"
    )
)

#: Employers and awards that sound like clubs.
_NOT_CONNECTOR_BODIES = re.compile(
    whole_words("president'?s club|sam'?s club|club med|diners club|book of the month club")
)

_RECRUITING_FIRM = re.compile(
    r"\bstaffing\b|\brecruit\w*|\bexecutive search\b|\bsearch (?:partners|group|associates)\b"
    r"|\bhead ?hunt\w*|\btalent (?:solutions|partners)\b|\bpersonalberatung\b"
)

# "IT" is only the department when written in capitals; "it" is usually a pronoun.
_IT = re.compile(r"\bI\.?T\b\.?")
_SYMBOL = re.compile(r"[^a-z0-9\s&+,/@'#:;()|-]")
_EMPLOYER = re.compile(r"\s(?:at|chez|bei)\s|@")
_SEGMENT = re.compile(r";|\s-+\s")
_ABBREVIATION = re.compile(r"\b(" + "|".join(words.ABBREVIATIONS) + r")\b")
_SPACES = re.compile(r"\s+")
# Whoever an assistant works for, or whose office they sit in, says nothing of their own function.
_WORKS_FOR = re.compile(
    r"\b(assistant|aide|secretary|advis[eo]r|chief of staff) (?:to|of) .*|\b()office of the .*"
)


def _fold(text: str) -> str:
    """Lower-case ``text`` and drop accents ("Geschäftsführer" -> "geschaftsfuhrer")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tidy(text: str) -> str:
    """Return ``text`` with hyphens as spaces, abbreviations spelled out, spaces collapsed."""
    text = text.replace("-", " ").replace("/", " / ").replace(":", ",").replace("(", ",")
    text = text.replace(")", ",")
    text = _ABBREVIATION.sub(lambda m: words.ABBREVIATIONS[m.group(1)], text)
    return _SPACES.sub(" ", text).strip(" ,&+#'")


def _normalise(title: str) -> tuple[str, list[str]]:
    """Return the whole title folded, and its role segments (employer removed)."""
    # Each pattern is run only when the text holds what all its matches hold ("IT" or
    # "I.T"; a semicolon or a dash): most titles hold neither, and are spared its scan.
    if "IT" in title or "I.T" in title:
        title = _IT.sub(" infotech ", title)
    text = _SYMBOL.sub(" | ", _fold(title).replace(".", ""))
    # Emoji, bullets, spaced dashes and semicolons separate roles the way "|" does.
    if ";" in text or "-" in text:
        text = _SEGMENT.sub(" | ", text)
    text = _tidy(text)
    # Each role drops its own employer: in "Former Director at Medtronic | Open to Work" the
    # second role still speaks, while in "Writer at Seeking Alpha" the employer never does.
    roles = (_EMPLOYER.split(part, maxsplit=1)[0] for part in text.split("|"))
    segments = [part.strip(" ,&+#'") for part in roles]
    return text.replace("|", ","), [s for s in segments if s]


def _rank(segment: str) -> tuple[str | None, bool]:
    """Return a role's level, and whether that level comes from a board seat alone.

    "Chairman & CEO" runs the company, so the board seat is not what ranks them.
    """
    dominant = _DOMINANT.search(segment)
    if dominant:
        return dominant.lastgroup, False
    best, board_best = -1, -1
    for match in _RANKS.finditer(segment):
        level, flag = _rank_rule(match.group())
        if not level:
            continue
        rank = SENIORITY_LEVELS.index(level)
        if flag == "board":
            board_best = max(board_best, rank)
        else:
            best = max(best, rank)
    top = max(best, board_best)
    if top < 0:
        return None, False
    return SENIORITY_LEVELS[top], board_best > best


@lru_cache(maxsize=4096)
def _rank_rule(text: str) -> tuple[str, str]:
    """Return the (level, flag) of the first rank rule that matches the found ``text`` whole."""
    for pattern, level, flag in _RANK_RULES:
        if pattern.fullmatch(text):
            return level, flag
    # Only reachable if a lookaround accepted the words in context but rejects them alone.
    return "", ""


@lru_cache(maxsize=4096)
def _function_rule(text: str) -> tuple[int, str]:
    """Return the (tier, function) of the first function rule that matches ``text`` whole."""
    return next(((t, f) for pattern, t, f in _FUNCTION_RULES if pattern.fullmatch(text)), (9, ""))


def _function(segment: str) -> str | None:
    """Return the function a role segment names: the lowest tier, then the earliest word."""
    best = (9, "")
    # Both of _WORKS_FOR's forms hold " to " or " of ": without them it cannot match, and
    # most segments are spared its scan (a tenth of reading a title cold).
    if " to " in segment or " of " in segment:
        segment = _WORKS_FOR.sub(r"\1", segment)
    for match in _FUNCTIONS.finditer(segment):
        found = _function_rule(match.group())
        if found[0] < best[0]:
            best = found
    return best[1] or None


def _names_connector(text: str, *, office: bool = True) -> bool:
    """Return True when folded ``text`` names a community role or body.

    In a title, a body ("Society") counts only with an office in it ("President"); an
    organisation's own name needs no office.
    """
    if _CONNECTOR_WORDS.search(text):
        return True
    if "club" in text:  # in every name _NOT_CONNECTOR_BODIES knows: no scan without it
        text = _NOT_CONNECTOR_BODIES.sub(" ", text)
    return bool(_CONNECTOR_BODIES.search(text)) and (
        not office or bool(_CONNECTOR_OFFICES.search(text))
    )


@lru_cache(maxsize=65536)
def read_title(title: str) -> TitleFacts:
    """Return the seniority, function and contact kind that a job title states."""
    shown = " ".join((title or "").split())
    full, segments = _normalise(shown)
    if not segments and not full:
        return TitleFacts(None, "other", False, False, False, "No job title is recorded.")
    # Only the roles say whether they are looking or retired: "Writer at Seeking Alpha" is not.
    roles = ", ".join(segments)
    seeker = bool(_JOB_SEEKER.search(roles))
    retired = bool(_RETIRED.search(roles))
    recruiter = any(_RECRUITER.search(segment) for segment in segments)
    connector = _names_connector(full)
    seniority, board, function = None, False, None
    if not (seeker or retired):
        for segment in segments:
            if _FORMER.match(segment):
                continue
            seniority, board = _rank(segment)
            if seniority:
                function = _function(segment)
                break
    if function is None:
        function = next((f for f in map(_function, segments) if f), "other")
    reason = _reason(shown, seniority, function, seeker=seeker, retired=retired, board=board)
    extras = [
        (recruiter, "It is a recruiting role: a gatekeeper, not the person who decides."),
        (connector, "It is a community role: someone who knows people beyond their field."),
    ]
    reason = " ".join([reason, *(text for flag, text in extras if flag)])
    return TitleFacts(seniority, function, recruiter, seeker, connector, reason, board)


def _reason(
    shown: str, seniority: str | None, function: str, *, seeker: bool, retired: bool, board: bool
) -> str:
    """Return one plain sentence saying how a title was read."""
    if seeker:
        return f'"{shown}" says they are looking for work.'
    if retired:
        return f'"{shown}" says they have retired.'
    if seniority is None and function == "other":
        return f'"{shown}" names no level or function Rapport knows.'
    field = "" if function == "other" else f" in {_FUNCTION_PHRASES[function]}"
    if seniority is None:
        return f'"{shown}" works{field}, at a level the title does not say.'
    if board:
        return f'"{shown}" is a board seat: it oversees the organisation rather than a team.'
    return f'"{shown}" reads as {_LEVEL_PHRASES[seniority]}{field}.'


def seniority_rank(level: str | None) -> int:
    """Return the position of ``level`` in LinkedIn's ladder (0 = unpaid), or -1 for None."""
    return SENIORITY_LEVELS.index(level) if level else -1


def describe_level(level: str | None) -> str:
    """Return a level in plain words ("a vice president"), or "unknown seniority"."""
    return _LEVEL_PHRASES[level] if level else "unknown seniority"


def describe_function(function: str) -> str:
    """Return a function in plain words ("HR and recruiting")."""
    return _FUNCTION_PHRASES.get(function, function)


@lru_cache(maxsize=65536)
def is_connector_org(name: str) -> bool:
    """Return True when an organisation's name marks a community body (church, chamber, club)."""
    return _names_connector(_tidy(_fold(name or "").replace(".", "")), office=False)


@lru_cache(maxsize=65536)
def is_recruiting_firm(name: str) -> bool:
    """Return True when an employer's name marks a staffing or executive-search firm."""
    return bool(_RECRUITING_FIRM.search(_tidy(_fold(name or "").replace(".", ""))))
