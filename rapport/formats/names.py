"""What of a name field is the person's name, and who among the people a file names is you.

People type more than their name into a name field. Real LinkedIn rows hold ``Smith, CIA,
AIIA``, ``Dang (she/her)``, ``Parker🏳️‍🌈, CCRA, CSM (he/they)``, ``Saleh, Certified
Executive Coach``, ``Posse (Fd Andersson)`` and ``Robert (RC)``. What is left once these
are taken off is the name a contact is shown and matched by (a phone's "Jane Smith" is the
LinkedIn "Jane Smith, CIA, AIIA"); the reader keeps the file's row as written beside it.

- Text in parentheses, brackets or double quotes is not part of the name: pronouns, a
  credential, a nickname, a former name. nameparser reads it the same way (a nickname).
- Pronouns joined by a slash ("she/her"), alone or after "|" or "-", are not either.
- After a comma come credentials; a generational suffix ("Jr.") stays. In a last-name field
  whatever follows a comma is not the surname (``clean_last_name``); in any other field
  only credentials are dropped, and "Doe, Jane" is left as written.
- Emoji and symbols at either end of a word, credentials at the end of the field and
  honorifics before a first name are dropped.

docs/decisions.md says what nameparser gets wrong in real rows, and why these rules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapport.core.records import Person

# Titles written before a first name. nameparser's own list also holds words that are common
# names (Dean, Bishop, Prince), so only these honorifics are removed.
_PREFIXES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "rev", "hon", "sir", "dame"})
_GENERATIONAL = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})
# Credentials usually written in mixed case; others must be in capitals or dotted to count,
# so that surnames such as Ma, Do or Mba are left alone.
_MIXED_CASE = frozenset({"PhD", "DPhil", "MSc", "BSc", "MEng", "BEng", "MPhil", "EdD", "PsyD"})
_DECORATION = frozenset({"\u200d", "\ufe0e", "\ufe0f", "®", "™"})
_PRONOUNS = frozenset(
    "she her hers he him his they them their theirs ze zir hir xe xem xyr xir any all".split()
)
#: Words that only name what follows them: "Pronouns: she/her".
_PRONOUN_LABELS = frozenset({"pronouns", "pronouns:", "pronoun", "pronoun:"})
#: What people put between their name and what follows it: "Kapoor | She/Her", "Rammal - MBA".
_SEPARATORS = "|-–—/·•,;:"
#: An aside: (…) or […], closed or cut off at the field's end, or a quoted nickname.
_ASIDE = re.compile(r"[(\[][^()\[\]]*(?:[)\]]|$)|\"[^\"]*\"|“[^”]*”")
#: Characters that send a one-word field past the quick path of ``_clean``.
_MARK = re.compile(r'[,/(\["“|]')


@lru_cache(maxsize=1)
def _credentials() -> frozenset[str]:
    """Return the credentials a name may end with (nameparser's list and a few more), lower-case.

    nameparser is loaded here, when a name first looks like it ends with one: loading it
    costs a third of a 30,000-row LinkedIn file's reading, and most files' names (first
    and last name in columns of their own) never need it.
    """
    from nameparser.config import CONSTANTS

    extra = {"esq", "phr", "sphr", "shrm-cp", "shrm-scp"}
    return frozenset((CONSTANTS.suffix_acronyms | extra) - _GENERATIONAL)


def _acronym(token: str) -> bool:
    """Return True for a word written as credentials are: "AIIA", "CIPP/E", "M.Ed.".

    nameparser knows 640 credentials and not these, which real rows hold; dotted initials
    ("A.J.") are a name's, not a credential's.
    """
    if "." in token:
        pieces = [piece for piece in token.split(".") if piece]
        return (
            len(pieces) > 1
            and all(p.isalpha() and p[0].isupper() and len(p) <= 3 for p in pieces)
            and any(len(p) > 1 for p in pieces)
        )
    letters = sum(c.isalpha() for c in token)
    return (
        2 <= letters <= 8
        and token.isascii()
        and all(c.isupper() or c in "0123456789-/&+" for c in token)
    )


def _is_credential(token: str, after_comma: bool = False, shouting: bool = False) -> bool:
    token = token.strip("®™()")
    # Written in capitals after a comma: a credential, unless the whole name is in capitals.
    if after_comma and not shouting and _acronym(token):
        return True
    letters = [c for c in token if c.isalpha()]
    # Written like a credential first (a cheap test), then looked up in the list.
    written = after_comma or all(c.isupper() for c in letters) or "." in token
    if not (written or token in _MIXED_CASE):
        return False
    return token.replace(".", "").lower() in _credentials()


def _is_pronouns(token: str) -> bool:
    """Return True for pronouns joined by slashes ("she/her", "He/Him/His,")."""
    parts = token.strip(",;:.").lower().split("/")
    return len(parts) > 1 and all(part in _PRONOUNS for part in parts)


def _is_symbol(char: str) -> bool:
    return char in _DECORATION or unicodedata.category(char) in ("So", "Sk")


def _generational(segment: str) -> bool:
    return segment.replace(".", "").lower() in _GENERATIONAL


# Cached one function each, not through ``_clean``'s: a row's two names cost one lookup
# each, the same as before pronouns and asides were read (bench/callgrind_contacts.py).
@lru_cache(maxsize=16384)
def clean_name(part: str) -> str:
    """Return one name field without honorifics, credentials, pronouns, asides or emoji.

    ``"Holm, CPA"`` gives ``"Holm"``, ``"Dr. Jane"`` gives ``"Jane"``, ``"Dang (she/her)"``
    gives ``"Dang"``; generational suffixes stay (``"Smith, Jr."`` gives ``"Smith Jr."``),
    and so does a comma followed by anything but credentials (``"Doe, Jane"``). A field that
    would be left empty is returned as written.
    """
    return _clean(part, False)


@lru_cache(maxsize=16384)
def clean_last_name(part: str) -> str:
    """Return a last-name field as ``clean_name`` does, and without whatever follows a comma
    but a generational suffix: a surname has no comma (``"Saleh, Certified Executive Coach"``
    gives ``"Saleh"``, ``"Smith, Jr., CPA"`` gives ``"Smith Jr."``)."""
    return _clean(part, True)


def _clean(part: str, last: bool) -> str:
    tokens = part.split()
    if len(tokens) <= 1 and part.isascii() and (part.isalnum() or not _MARK.search(part)):
        return tokens[0] if tokens else ""
    text = part
    if "(" in text or "[" in text or '"' in text or "“" in text:
        text = _ASIDE.sub(" ", text).strip() or part
    tokens = text.split()
    if "," in text:
        head, *tail = (segment.strip() for segment in text.split(","))
        if not head:
            return " ".join(tokens)
        shouting = not any(c.islower() for c in head)
        kept = []
        for segment in filter(None, tail):
            if _generational(segment):
                kept.append(segment)
            elif not (last or _dropped_after_comma(segment, shouting)):
                return " ".join(tokens)  # "Doe, Jane" or similar: not ours to rearrange
        tokens = [*head.split(), *kept]
    if not text.isascii():
        tokens = [t.strip("".join(c for c in t if _is_symbol(c))) for t in tokens]
        tokens = [t for t in tokens if t] or tokens
    if "/" in text or "ronoun" in text:
        tokens = [t for t in tokens if not _is_pronouns(t) and t.lower() not in _PRONOUN_LABELS]
    while len(tokens) > 1 and (not tokens[-1].strip(_SEPARATORS) or _is_credential(tokens[-1])):
        tokens.pop()
    if len(tokens) > 1 and tokens[0].rstrip(".").lower() in _PREFIXES:
        tokens.pop(0)
    return " ".join(tokens) or part.strip()


def _dropped_after_comma(segment: str, shouting: bool) -> bool:
    """Return True when a segment after a comma is credentials or pronouns, not a name."""
    words = segment.split()
    return all(
        _is_credential(w, True, shouting) or _is_pronouns(w) or w.lower() in _PRONOUN_LABELS
        for w in words
    )


def split_full_name(full_name: str) -> tuple[str, str]:
    """Return (first, last) guessed from a whole name, e.g. a vCard's FN without N."""
    from nameparser import HumanName  # loaded by the first file that needs it

    name = HumanName(full_name)
    first, last = str(name.first), str(name.last)
    if not last and not first:
        return clean_name(full_name), ""
    return first, last


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Return a name as names are compared: credentials dropped, spaces single, case folded."""
    return " ".join(clean_name(name).split()).casefold()


def is_me(person: Person, me: Person | None) -> bool:
    """Return True when ``person`` is the user ``me``: the same profile, e-mail or name.

    The name is enough: real archives hold the user under a second profile URL of their
    own (endorsed, recommended and written to by themselves), and LinkedIn's files name
    people the way the user's own profile does. Two people of the very same name are rare
    enough beside that; the row is skipped with a reason the report shows.
    """
    if me is None:
        return False
    if person.slug and person.slug == me.slug:
        return True
    if person.email and person.email.lower() == me.email.lower():
        return True
    if not (person.name and me.name):
        return False
    # Cleaning a name only takes from it: a name without the user's longest name word is
    # not theirs, and needs no cleaning to tell (a messages file names 10,000 people).
    if _longest_word(me.name) not in person.name.casefold():
        return False
    return name_key(person.name) == name_key(me.name)


@lru_cache(maxsize=8)
def _longest_word(name: str) -> str:
    return max(name_key(name).split() or [""], key=len)
