"""One person, one contact: find which known contact a new record is about.

Certain matches (same LinkedIn profile, email, phone, source id, or the same name at
the same company) merge. Uncertain ones (the same name at a different company, a
near-identical name at the same company) are reported as such, so that the app puts
them in a review queue instead of merging silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from rapport.core.companies import company_key

#: Names this similar (0-100, token order ignored) at the same company may be one person.
SIMILAR_NAME_SCORE = 90

_NOT_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """Return ``name`` folded for comparison: no accents, case or punctuation."""
    if name.isascii():
        plain = name.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", plain).split())


@dataclass
class Known:
    """What the index needs to know about one existing contact."""

    id: int
    full_name: str
    company: str = ""
    linkedin_slug: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    source_keys: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Match:
    contact_id: int
    certain: bool
    reason: str
    score: float = 100.0


@dataclass
class ContactIndex:
    """Existing contacts indexed by every identifier a record may share with them."""

    by_slug: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_source: dict[tuple[str, str], int] = field(default_factory=dict)
    by_name: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    #: Contacts known by a LinkedIn profile: two different profiles are two people.
    with_slug: set[int] = field(default_factory=set)
    #: (company key, a name word) -> {contact id: name key}: fuzzy matching compares a
    #: name only with colleagues who share a first or last name, never the whole company.
    colleagues: dict[tuple[str, str], dict[int, str]] = field(default_factory=dict)
    #: The same, for contacts without a LinkedIn profile (the only ones a record with an
    #: unknown profile can be).
    colleagues_without_slug: dict[tuple[str, str], dict[int, str]] = field(default_factory=dict)

    @classmethod
    def build(cls, contacts: Iterable[Known]) -> ContactIndex:
        index = cls()
        for contact in contacts:
            index.add(contact)
        return index

    def add(self, contact: Known) -> None:
        """Index ``contact``; the first contact seen keeps a shared identifier."""
        if contact.linkedin_slug:
            self.by_slug.setdefault(contact.linkedin_slug.lower(), contact.id)
            self.with_slug.add(contact.id)
        for email in contact.emails:
            self.by_email.setdefault(email.lower(), contact.id)
        for phone in contact.phones:
            self.by_phone.setdefault(phone, contact.id)
        for source in contact.source_keys:
            self.by_source.setdefault(source, contact.id)
        key = name_key(contact.full_name)
        if key:
            company = company_key(contact.company)
            self.by_name.setdefault(key, []).append((contact.id, company))
            if company:
                for word in _block_words(key):
                    self.colleagues.setdefault((company, word), {})[contact.id] = key
                    if not contact.linkedin_slug:
                        blocks = self.colleagues_without_slug
                        blocks.setdefault((company, word), {})[contact.id] = key

    def find(
        self,
        *,
        full_name: str,
        company: str = "",
        linkedin_slug: str = "",
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        source: tuple[str, str] | None = None,
    ) -> Match | None:
        """Return the contact this record is about, certain or not, or None."""
        if linkedin_slug and (found := self.by_slug.get(linkedin_slug.lower())):
            return Match(found, True, "same LinkedIn profile")
        for email in emails:
            if found := self.by_email.get(email.lower()):
                return Match(found, True, f"same email {email.lower()}")
        for phone in phones:
            if found := self.by_phone.get(phone):
                return Match(found, True, f"same phone {phone}")
        if source and source[1] and (found := self.by_source.get(source)):
            return Match(found, True, "same record in an earlier import")
        key = name_key(full_name)
        if not key:
            return None
        company = company_key(company)
        same_name = self.by_name.get(key, [])
        if linkedin_slug:
            # This person has a LinkedIn profile we do not know: only contacts without one
            # can be them.
            same_name = [(i, c) for i, c in same_name if i not in self.with_slug]
        for contact_id, other_company in same_name:
            if company and company == other_company:
                return Match(contact_id, True, "same name at the same company")
        for contact_id, other_company in same_name:
            if not company or not other_company:
                # Nothing contradicts the name: certain when no one else has it, and the
                # name is more than one word; otherwise the user decides.
                if len(same_name) == 1 and " " in key:
                    return Match(contact_id, True, "same full name, no other contact has it")
                return Match(contact_id, False, "same name, one without a company", 90.0)
        if same_name:
            contact_id, _ = same_name[0]
            return Match(contact_id, False, "same name at a different company", 80.0)
        if not company:
            return None
        blocks = self.colleagues_without_slug if linkedin_slug else self.colleagues
        for word in _block_words(key):
            colleagues = blocks.get((company, word))
            if not colleagues:
                continue
            best = process.extractOne(
                key, colleagues, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR_NAME_SCORE
            )
            if best is not None:
                _name, score, contact_id = best
                return Match(int(contact_id), False, "similar name at the same company", score)
        return None


def _block_words(key: str) -> tuple[str, ...]:
    """Return the first and last words of a name key: a typo rarely hits both."""
    words = key.split()
    return (words[0], words[-1]) if len(words) > 1 else tuple(words)
