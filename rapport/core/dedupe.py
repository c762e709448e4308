"""One person, one contact: find which known contact a new record is about.

The rules are the ones a careful person applies by hand:

- two different LinkedIn profiles are two people, always;
- the same LinkedIn profile, or the same record of an earlier import, is the same person;
- a shared email or phone is the same person only when the names agree (the same name, or
  one side has no name); with different names the pair goes to the review queue;
- an email or phone that several differently named people share (a switchboard, a family
  landline, ``info@``) identifies nobody and is left out of matching;
- the same name at the same company is the same person; a near-identical name at the same
  company, or the same name elsewhere, goes to the review queue.

Certain matches merge; uncertain ones are returned as such so that the app asks the user
instead of merging silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from rapport.core.companies import company_key

#: Names this similar (0-100, token order ignored) at the same company may be one person.
SIMILAR_NAME_SCORE = 90
#: An email or phone on records of this many differently named people is shared, not anyone's.
SHARED_BY = 3
#: A fuzzy block (colleagues sharing a first or last name) larger than this is not searched:
#: "Alex" at a 200,000-person company would make every import quadratic. The other block
#: (the last name, usually small) still catches a typo in the first name.
MAX_BLOCK = 200

_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Return ``name`` folded for comparison: no accents, case or punctuation."""
    if name.isascii():
        plain = name.lower()
        if plain.replace(" ", "").isalnum():
            # Letters, digits and spaces alone (most names): nothing for the pattern to find.
            return " ".join(plain.split())
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", plain).split())


def names_agree(one: str, other: str) -> bool:
    """Return True when two name keys may name one person.

    They agree when either is empty, they are equal, or they share their first and last
    words ("ana lima" and "ana m lima"); "bob smith" and "robert smith" do not.
    """
    if not one or not other or one == other:
        return True
    a, b = one.split(), other.split()
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and a[-1] == b[-1]


def shared_identifiers(people: Iterable[tuple[str, Iterable[str]]]) -> dict[str, int]:
    """Return the identifiers held by ``SHARED_BY`` or more differently named people.

    ``people`` gives (name key, identifiers) per record; the result maps each shared
    identifier to how many different names hold it, for the import report.
    """
    names: dict[str, set[str]] = {}
    for key, identifiers in people:
        for identifier in identifiers:
            holders = names.setdefault(identifier, set())
            if len(holders) < SHARED_BY:
                holders.add(key)
    counts: dict[str, int] = {}
    for identifier, holders in names.items():
        if len(holders) >= SHARED_BY:
            counts[identifier] = len(holders)
    return counts


@dataclass(slots=True)
class Known:
    """What the index needs to know about one existing contact."""

    id: int
    full_name: str
    company: str = ""
    linkedin_slug: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    source_keys: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    contact_id: int
    certain: bool
    reason: str
    score: float = 100.0


@dataclass
class ContactIndex:
    """Known contacts indexed by every identifier a record may share with them."""

    by_slug: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, list[int]] = field(default_factory=dict)
    by_phone: dict[str, list[int]] = field(default_factory=dict)
    by_source: dict[tuple[str, str], int] = field(default_factory=dict)
    by_name: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    #: Each contact's name key and LinkedIn profile, to check a match against.
    names: dict[int, str] = field(default_factory=dict)
    slugs: dict[int, str] = field(default_factory=dict)
    #: Emails (lower-case) and phones that identify nobody: see ``shared_identifiers``.
    shared: set[str] = field(default_factory=set)
    #: (company key, a name word) -> {contact id: name key}: fuzzy matching compares a
    #: name only with colleagues who share a first or last name, never the whole company.
    colleagues: dict[tuple[str, str], dict[int, str]] = field(default_factory=dict)
    #: The same, for contacts without a LinkedIn profile (the only ones a record with an
    #: unknown profile can be).
    colleagues_without_slug: dict[tuple[str, str], dict[int, str]] = field(default_factory=dict)
    #: Contacts not yet in ``colleagues`` / ``colleagues_without_slug``, as (id, company key,
    #: name key): the blocks are filled when a search first needs them. A LinkedIn file
    #: only ever searches the second, so the first is never built for it.
    _unblocked: list[tuple[int, str, str]] = field(default_factory=list)
    _unblocked_without_slug: list[tuple[int, str, str]] = field(default_factory=list)

    @classmethod
    def build(cls, contacts: Iterable[Known]) -> ContactIndex:
        index = cls()
        known = list(contacts)
        for contact in known:
            index.add(contact)
        people = ((index.names[c.id], [*c.emails, *c.phones]) for c in known)
        index.shared.update(shared_identifiers(people))
        return index

    def add(self, contact: Known) -> None:
        """Index ``contact``; the first contact seen keeps a shared profile or source id."""
        self.add_person(
            contact.id,
            contact.full_name,
            contact.company,
            contact.linkedin_slug,
            contact.emails,
            contact.phones,
            contact.source_keys,
        )

    def add_person(
        self,
        contact_id: int,
        full_name: str,
        company_name: str = "",
        linkedin_slug: str = "",
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        source_keys: Iterable[tuple[str, str]] = (),
    ) -> None:
        """Index one contact given by its parts (``add``, without making a ``Known``).

        An import adds every new contact of its file, so records later in the file are
        matched against it: 30,000 of them in a LinkedIn export.
        """
        key = name_key(full_name)
        self.names[contact_id] = key
        if linkedin_slug:
            slug = linkedin_slug.lower()
            self.by_slug.setdefault(slug, contact_id)
            self.slugs[contact_id] = slug
        for email in emails:
            self.by_email.setdefault(email.lower(), []).append(contact_id)
        for phone in phones:
            self.by_phone.setdefault(phone, []).append(contact_id)
        for source in source_keys:
            self.by_source.setdefault(source, contact_id)
        if key:
            company = company_key(company_name)
            self.by_name.setdefault(key, []).append((contact_id, company))
            if company:
                self._unblocked.append((contact_id, company, key))
                if not linkedin_slug:
                    self._unblocked_without_slug.append((contact_id, company, key))

    def find(
        self,
        full_name: str,
        company: str = "",
        linkedin_slug: str = "",
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        source: tuple[str, str] | None = None,
    ) -> Match | None:
        """Return the contact this record is about, certain or not, or None."""
        slug = linkedin_slug.lower()
        key = name_key(full_name)
        if slug and (found := self.by_slug.get(slug)) is not None:
            return Match(found, True, "same LinkedIn profile")
        if source and source[1] and source[1] not in self.shared:
            found = self.by_source.get(source)
            # A source key may be an email: it is the same record only if nothing contradicts.
            if found is not None and self._may_be(found, slug, key):
                return Match(found, True, "same record in an earlier import")
        doubt = None
        if emails or phones:  # most LinkedIn rows have neither: no call for them
            certain, doubt = self._by_identifiers(slug, key, emails, phones)
            if certain is not None:
                return certain
        by_name = self._by_name(slug, key, company)
        if by_name is not None and by_name.certain:
            return by_name
        return doubt or by_name

    def _may_be(self, contact_id: int, slug: str, key: str) -> bool:
        """Return True when nothing known contradicts ``contact_id`` being this person."""
        other_slug = self.slugs.get(contact_id, "")
        if slug and other_slug and other_slug != slug:
            return False  # two LinkedIn profiles: two people
        return names_agree(key, self.names.get(contact_id, ""))

    def _by_identifiers(
        self, slug: str, key: str, emails: Iterable[str], phones: Iterable[str]
    ) -> tuple[Match | None, Match | None]:
        """Return (a certain match, a match to review) found by email or phone."""
        if not emails and not phones:
            return None, None  # most LinkedIn rows
        doubt: Match | None = None
        for kind, values, table in (
            ("email", [e.lower() for e in emails], self.by_email),
            ("phone", list(phones), self.by_phone),
        ):
            for value in values:
                if value in self.shared:
                    continue
                for contact_id in table.get(value, ()):
                    other_slug = self.slugs.get(contact_id, "")
                    if slug and other_slug and other_slug != slug:
                        continue  # two LinkedIn profiles are two people, whatever they share
                    if names_agree(key, self.names.get(contact_id, "")):
                        return Match(contact_id, True, f"same {kind} {value}"), None
                    if doubt is None:
                        doubt = Match(
                            contact_id, False, f"same {kind} {value}, different names", 70
                        )
        return None, doubt

    def _blocks(self, *, without_slug: bool) -> dict[tuple[str, str], dict[int, str]]:
        """Return the colleagues blocks (of contacts without a profile), filled up to now."""
        if without_slug:
            return _fill(self.colleagues_without_slug, self._unblocked_without_slug)
        return _fill(self.colleagues, self._unblocked)

    def _by_name(self, slug: str, key: str, company_name: str) -> Match | None:
        if not key:
            return None
        same_name = self.by_name.get(key)
        if same_name is None:
            # No one has this name: only a similar name at the same company may match, and
            # nobody may when this person has a profile and every contact so far has one
            # (a LinkedIn file): the company's key is not needed then.
            if slug and not (self._unblocked_without_slug or self.colleagues_without_slug):
                return None
            same_name = []
        company = company_key(company_name)
        if slug and same_name:
            # This person has a LinkedIn profile we do not know: only contacts without one
            # can be them.
            same_name = [(i, c) for i, c in same_name if i not in self.slugs]
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
        # Nothing to search (every contact so far has a profile, as in a LinkedIn file):
        # no call to fill the blocks.
        if slug and not (self._unblocked_without_slug or self.colleagues_without_slug):
            return None
        blocks = self._blocks(without_slug=bool(slug))
        if not blocks:
            return None
        for word in _block_words(key):
            colleagues = blocks.get((company, word))
            if not colleagues or len(colleagues) > MAX_BLOCK:
                continue
            best = process.extractOne(
                key, colleagues, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR_NAME_SCORE
            )
            if best is not None:
                _name, score, contact_id = best
                return Match(int(contact_id), False, "similar name at the same company", score)
        return None


def _fill(
    blocks: dict[tuple[str, str], dict[int, str]], pending: list[tuple[int, str, str]]
) -> dict[tuple[str, str], dict[int, str]]:
    """Put the ``pending`` (id, company key, name key) into ``blocks``; return ``blocks``."""
    for contact_id, company, key in pending:
        for word in _block_words(key):
            blocks.setdefault((company, word), {})[contact_id] = key
    pending.clear()
    return blocks


def _block_words(key: str) -> tuple[str, ...]:
    """Return the first and last words of a name key: a typo rarely hits both."""
    words = key.split()
    return (words[0], words[-1]) if len(words) > 1 else tuple(words)
