"""Company names reduced to one comparable key, matched against the plan's targets.

``Medtronic plc``, ``MEDTRONIC, INC.`` and ``medtronic`` all become the key ``medtronic``.
Matching is deliberately conservative: telling someone that a contact works at a target
company when they do not (a hospital that shares a name with a device maker) sends them
after the wrong person, while a missed match costs one click to add an alias. A name can
also say which industry a company is in ("Acme Orthopedics"): ``industry_signalled``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from cleanco import basename, prepare_default_terms
from rapidfuzz import fuzz, process


def _words(text: str) -> frozenset[str]:
    """Return the set of space-separated words in ``text``."""
    return frozenset(text.split())


#: Legal-form words cleanco leaves behind (it stops at the first suffix, and skips some).
LEGAL_SUFFIXES = _words(
    "ab ag as bv co company corp corporation gmbh inc incorporated kg kgaa limited llc llp lp ltd "
    "na nv oy plc pllc pte pty sa sarl sas se spa srl"
)
#: Dropped from the end only when other words remain: "UnitedHealth Group" is UnitedHealth,
#: but a company called just "Group" or "Holdings" keeps its name.
GROUPING_SUFFIXES = frozenset({"group", "holding", "holdings"})

#: Short forms people write for the same employer, by key. Only unambiguous ones: "GE" is
#: not mapped to GE HealthCare, which has been a separate company since 2023.
SHORT_FORMS = {
    "bd": "becton dickinson",
    "j and j": "johnson and johnson",
    "jnj": "johnson and johnson",
    "ge healthcare technologies": "ge healthcare",
    "general electric": "ge",
    "minnesota mining and manufacturing": "3m",
    "p and g": "procter and gamble",
    "bms": "bristol myers squibb",
    "gsk": "glaxosmithkline",
    "international business machines": "ibm",
    "bcg": "boston consulting",
    "pwc": "pricewaterhousecoopers",
    "ey": "ernst and young",
}

#: Keys that name no employer: the person works for themselves, hides it, or has none.
#: They return "" so that no two such contacts look like colleagues.
NOT_AN_EMPLOYER = frozenset(
    {
        "self employed",
        "self",
        "freelance",
        "freelancer",
        "independent",
        "independent consultant",
        "confidential",
        "confidential company",
        "private company",
        "stealth",
        "stealth mode",
        "stealth startup",
        "stealth mode startup",
        "retired",
        "unemployed",
        "none",
        "n a",
        "na",
        "various",
        "multiple",
        "various companies",
        "homemaker",
        "stay at home parent",
        "career break",
        "sabbatical",
        "student",
        "job seeker",
        "open to work",
    }
)
_NOT_AN_EMPLOYER_START = re.compile(r"^(seeking|looking for|open to|in transition|between)\b")

#: Words that only say what kind of company it is: "Abbott Laboratories" is Abbott, and a
#: target written either way matches the other.
CORPORATE_WORDS = _words(
    "laboratories labs international global worldwide technologies industries enterprises corporate"
)
#: Words after a target's name that name a part of the same employer: a business unit, a
#: therapeutic area, a region. Words naming another kind of institution (hospital, clinic,
#: health, university, foundation, bank) are deliberately absent, so "Abbott Northwestern
#: Hospital" never matches Abbott. These only extend a target's name, never shorten it:
#: a target "Acme Medical" does not make every "Acme" a match.
DIVISION_WORDS = CORPORATE_WORDS | _words(
    "division divisions unit business segment technology "
    # business units common in large manufacturers
    "medical medtech devices surgical diagnostics diabetes cardiovascular cardiac vascular "
    "structural heart neuroscience neuromodulation neurovascular spine orthopaedics "
    "orthopedics nutrition vision pharmaceuticals pharma biologics oncology imaging endoscopy "
    "urology electrophysiology robotics instruments consumer innovation research development "
    "and r d "
    # regions and large countries
    "usa us america americas north south latin europe emea apac asia pacific uk ireland canada "
    "germany france italy spain netherlands switzerland japan china india mexico brazil "
    "australia singapore"
)

#: cleanco compares its few hundred legal forms one by one; names whose last word ends none
#: of them (most names) skip it, which makes keying several times faster.
_CLEANCO_LAST_WORDS = frozenset(parts[-1] for _, parts in prepare_default_terms())
_TAIL = re.compile(r"[^\w]+$|[.,-]")

_PARENTHESES = re.compile(r"\([^)]*\)?")
_AMPERSAND = re.compile(r"\s*[&+]\s*")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_DOTTED_INITIALS = re.compile(r"\b((?:[a-z]\.){2,})")


def _fold(text: str) -> str:
    """Lower-case ``text`` and drop accents, so Nestlé and NESTLE compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def company_key(name: str) -> str:
    """Return the comparable key of a company name, or "" when it names no employer.

    The key is lower-case ASCII words separated by single spaces, with legal forms,
    a leading "The", punctuation and accents removed and "&"/"+" spelled "and".
    """
    key = _key_once(name or "")
    # Keys are stored (aliases) and keyed again, so a key must be its own key; stripping one
    # suffix can uncover another, so repeat until nothing changes.
    while key and (again := _key_once(key)) != key:
        key = again
    return key


def _key_once(name: str) -> str:
    """Return one pass of ``company_key``'s normalisation."""
    text = _PARENTHESES.sub(" ", name).strip()
    if not text:
        return ""
    # cleanco knows hundreds of legal forms; fall back to the raw name when it eats all of it.
    if _TAIL.sub("", _fold(text.split()[-1])) in _CLEANCO_LAST_WORDS:
        text = basename(text) or text
    text = _fold(text)
    text = _DOTTED_INITIALS.sub(lambda m: m.group(1).replace(".", ""), text)
    words = _NOT_WORD.sub(" ", _AMPERSAND.sub(" and ", text)).split()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    # Strip stacked suffixes ("AG & Co. KGaA") from the end, keeping at least one word.
    while len(words) > 1 and (
        words[-1] in LEGAL_SUFFIXES or words[-1] in GROUPING_SUFFIXES or words[-1] == "and"
    ):
        words.pop()
    key = " ".join(words)
    if key in NOT_AN_EMPLOYER or _NOT_AN_EMPLOYER_START.match(key):
        return ""
    return SHORT_FORMS.get(key, key)


def _core_key(key: str) -> str:
    """Return ``key`` without trailing corporate words ("abbott laboratories" -> "abbott")."""
    words = key.split()
    while len(words) > 1 and words[-1] in CORPORATE_WORDS:
        words.pop()
    return " ".join(words)


#: Fuzzy matching only corrects typos in names long enough that a typo is the likely story.
FUZZY_MIN_SCORE = 92
FUZZY_MIN_LENGTH = 8


class CompanyMatcher:
    """Match contacts' company names to the plan's target companies."""

    def __init__(self, targets: Iterable[str], aliases: Mapping[str, str] | None = None) -> None:
        """Build a matcher from target display names and confirmed aliases (alias -> target).

        Alias keys and values may be names or keys: both are passed through ``company_key``.
        """
        self._display: dict[str, str] = {}
        for name in targets:
            key = company_key(name)
            if key and key not in self._display:
                self._display[key] = name.strip()
        # A shorter core key ("abbott" for "Abbott Laboratories") helps only when unambiguous.
        cores: dict[str, set[str]] = {}
        for key in self._display:
            cores.setdefault(_core_key(key), set()).add(key)
        self._cores = {
            core: next(iter(keys))
            for core, keys in cores.items()
            if len(keys) == 1 and core not in self._display
        }
        self._aliases: dict[str, str] = {}
        for alias, target in (aliases or {}).items():
            alias_key, target_key = company_key(alias), company_key(target)
            if alias_key and target_key in self._display:
                self._aliases[alias_key] = target_key
        self._keys = list(self._display)
        self._cache: dict[str, str | None] = {}

    @property
    def targets(self) -> tuple[str, ...]:
        """Return the target display names, in the order given."""
        return tuple(self._display.values())

    def match(self, name: str) -> str | None:
        """Return the display name of the target company ``name`` works for, or None."""
        key = company_key(name)
        if not key:
            return None
        if key not in self._cache:
            target_key = self._match_key(key)
            self._cache[key] = self._display[target_key] if target_key else None
        return self._cache[key]

    def _match_key(self, key: str) -> str | None:
        """Return the target key for ``key``: exact, alias, division, then typo."""
        for known in (self._display, self._aliases, self._cores):
            if key in known:
                return key if known is self._display else known[key]
        words = key.split()
        # "Medtronic Diabetes": a target name followed only by division words.
        for cut in range(len(words) - 1, 0, -1):
            if all(word in DIVISION_WORDS for word in words[cut:]):
                prefix = " ".join(words[:cut])
                for known in (self._display, self._aliases, self._cores):
                    if prefix in known:
                        return prefix if known is self._display else known[prefix]
        return self._fuzzy(key, words)

    def _fuzzy(self, key: str, words: list[str]) -> str | None:
        """Return a target whose key differs from ``key`` by a typo, or None.

        Both names must have the same number of words and start with the same word (for
        one-word names, the same two letters), so "Baxters" never becomes "Baxter".
        """
        if len(key) < FUZZY_MIN_LENGTH or not self._keys:
            return None
        for candidate, _score, _index in process.extract(
            key, self._keys, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_MIN_SCORE, limit=3
        ):
            other = candidate.split()
            if len(other) != len(words) or len(candidate) < FUZZY_MIN_LENGTH:
                continue
            same_start = other[0] == words[0] if len(words) > 1 else other[0][:2] == words[0][:2]
            if same_start:
                return str(candidate)
        return None


@dataclass(frozen=True)
class _Industry:
    labels: str
    keywords: str
    exclusions: str = ""


_CARE_PROVIDERS = (
    r"\bhospital\w*|\bclinic\w*|\bmedical (?:center|centre|group|school|college|society"
    r"|association|practice)\b|\bhealth ?(?:care )?(?:system|partners|services)\b|\bphysicians\b"
    r"|\bnursing\b|\bpharmacy\b|\buniversity\b|\bcollege\b|\bschool\b|\bdental\b"
)
#: Industries whose companies' names usually say what they are, by canonical name, with the
#: other labels users and LinkedIn give them ("|"-separated). Only names are read, never
#: titles: a "Medical Director" is a doctor, not a device maker. Exclusions keep hospitals
#: and schools out of the manufacturers' industries.
INDUSTRIES = {
    "medical devices": _Industry(
        "medical device|medtech|medical technology|medical equipment"
        "|medical equipment manufacturing|medical instruments",
        r"\bmedical\b|\bsurgical\b|\borthop(?:a)?edic\w*|\bdiagnostics?\b|\bmedtech\b"
        r"|\bbiomedical\b|\bcardio\w*|\bimplant\w*",
        _CARE_PROVIDERS,
    ),
    "pharmaceuticals": _Industry(
        "pharmaceutical|pharma|pharmaceutical manufacturing|biopharma",
        r"\bpharma\w*|\bbiopharma\w*|\btherapeutics\b",
        r"\bpharmacy\b|\bpharmacies\b",
    ),
    "biotechnology": _Industry(
        "biotech|biotechnology research|life sciences",
        r"\bbiotech\w*|\bbiosciences?\b|\bbiologics\b|\bgenomics\b|\btherapeutics\b",
    ),
    "hospitals and health care": _Industry(
        "healthcare|health care|hospitals|hospital|hospital and health care",
        r"\bhospital\w*|\bclinic\b|\bhealth ?(?:care )?system\b|\bmedical (?:center|centre)\b"
        r"|\bhealth ?care\b|\bphysicians\b",
    ),
    "banking": _Industry(
        "bank|banks",
        r"\bbank\b|\bbancorp\w*|\bbancshares\b|\bcredit union\b|\bsavings\b",
        r"\bfood bank\b|\bblood bank\b",
    ),
    "insurance": _Industry("insurance", r"\binsurance\b|\bassurance\b|\bunderwriters\b"),
    "software development": _Industry(
        "software|saas|computer software|it services and it consulting", r"\bsoftware\b|\bsaas\b"
    ),
    "higher education": _Industry("education|universities|colleges", r"\buniversity\b|\bcollege\b"),
    "management consulting": _Industry(
        "consulting|business consulting and services", r"\bconsulting\b|\bconsultants\b"
    ),
    "accounting": _Industry("accounting|accounting firm", r"\bcpas?\b|\baccountants\b"),
    "law practice": _Industry("legal|legal services|law firm", r"\blaw (?:firm|office)\b"),
}
_LABELS = {
    label: name for name, ind in INDUSTRIES.items() for label in (name, *ind.labels.split("|"))
}
_KEYWORDS = {name: re.compile(ind.keywords) for name, ind in INDUSTRIES.items()}
_EXCLUSIONS = {name: re.compile(ind.exclusions) for name, ind in INDUSTRIES.items()}


@lru_cache(maxsize=4096)
def industry_key(label: str) -> str:
    """Return the canonical name of an industry label ("Medical Devices" -> "medical devices")."""
    key = " ".join(_NOT_WORD.sub(" ", _fold(label.replace("&", " and "))).split())
    return _LABELS.get(key) or _LABELS.get(key.removesuffix("s")) or key


@lru_cache(maxsize=65536)
def industry_signalled(key: str, industries: frozenset[str]) -> str | None:
    """Return which of ``industries`` (canonical names) a company key's words clearly signal."""
    for name in sorted(industries):
        keywords = _KEYWORDS.get(name)
        if keywords is not None and keywords.search(key):
            exclusions = _EXCLUSIONS[name]
            if not (exclusions.pattern and exclusions.search(key)):
                return name
    return None
