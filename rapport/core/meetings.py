"""Which calendar events were networking, what kind, and with whom.

``classify`` judges one event from its title, attendees and place, in this order:
cancelled, clearly personal ("personal: dentist"), the user's own to-dos, and all-day
events (networking only when they are an event such as a job fair) are never
networking. Routine work (standups) and job interviews are not networking unless the
title also has a networking word. Otherwise an event is networking when a known
contact attended or is named in the title, when the title has a networking word
(coffee, lunch, catch up, intro, group, job fair, …), or when the title names someone
with a full name in a meeting phrase ("Call with Lena Vogel"), a new person met.

People are linked to contacts by email first, then by full name (case- and
accent-blind, "Doe, John" read as "John Doe"), then by first name when exactly one
contact has it; otherwise the link is "ambiguous" with the candidates. The calendar's
owner is never counted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapport.core import meeting_words as words
from rapport.core.records import Attendee, EventRecord

_NOT_WORD = re.compile(r"[\W_]+")
_WITH = re.compile(r"(?:^|\s)(?:with\b|w/|w\.(?=\s)|avec\b|mit\b)\s*(?P<rest>\S.*)$", re.I)
_BRACKETS = re.compile(r"\(([^)]*)\)?|\[([^\]]*)\]?")
_COMPANY_AFTER = re.compile(r"\s(?:from|at|@)\s+(?P<company>[A-Z][\w&.' -]*)")
_LEADING_FILLER = re.compile(r"^(?:\s|to\b|with\b|w/|for\b|and\b|[-–—:|,/&])+", re.I)
_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?")

_PERSONAL = words.compile_table(words.PERSONAL)
_TASKS = words.compile_table(words.TASKS)
_WORK = words.compile_table(words.WORK)
_INTERVIEW = words.compile_table(words.INTERVIEW)
_EVENT = words.compile_table(words.EVENT)
_GROUP = words.compile_table(words.GROUP)
_CALL = words.compile_table(words.CALL)
_COFFEE = words.compile_table(words.COFFEE)
_MEAL = words.compile_table(words.MEAL)
_INTENT = words.compile_table(words.INTENT)


@dataclass(frozen=True)
class KnownPerson:
    """A contact, as the classifier needs it."""

    id: int
    full_name: str
    first_name: str
    last_name: str
    emails: tuple[str, ...]
    company: str = ""


@dataclass(frozen=True)
class PersonLink:
    """A person an event names, and the contact it was linked to if any."""

    text: str  # the name (or address) as the event wrote it
    email: str
    contact_id: int | None
    candidates: tuple[int, ...]  # the contacts it could be, when ambiguous
    how: str  # "email" | "full name" | "first name" | "unmatched" | "ambiguous"


@dataclass(frozen=True)
class Classification:
    networking: bool
    kind: str | None  # "coffee" | "lunch" | "call" | "meeting" | "group" | "event" | None
    reason: str
    people: tuple[PersonLink, ...]


class PeopleIndex:
    """All of a user's contacts, built once per import, for constant-time lookups."""

    def __init__(
        self,
        people: Iterable[KnownPerson],
        owner_emails: Iterable[str] = (),
        owner_names: Iterable[str] = (),
    ) -> None:
        self._names: dict[int, str] = {}
        self._last: dict[int, str] = {}
        self._company: dict[int, str] = {}
        self._by_email: dict[str, list[int]] = {}
        self._by_full: dict[str, list[int]] = {}
        self._by_first: dict[str, list[int]] = {}
        for person in people:
            full = fold(person.full_name) or fold(f"{person.first_name} {person.last_name}")
            first = fold(person.first_name) or (full.split() or [""])[0]
            self._names[person.id] = person.full_name or f"{person.first_name} {person.last_name}"
            self._last[person.id] = fold(person.last_name) or (full.split() or [""])[-1]
            self._company[person.id] = fold(person.company)
            keys = [(self._by_email, email.strip().lower()) for email in person.emails]
            keys += [
                (self._by_full, full),
                (self._by_full, fold(f"{person.first_name} {person.last_name}")),
                (self._by_first, first),
            ]
            for table, key in keys:
                ids = table.setdefault(key, []) if key else []
                if key and person.id not in ids:
                    ids.append(person.id)
        self.owner_emails = frozenset(e.strip().lower() for e in owner_emails if e.strip())
        self.owner_names = frozenset(filter(None, map(fold, owner_names)))
        self.owner_first_names = frozenset(name.split()[0] for name in self.owner_names)

    def name_of(self, contact_id: int) -> str:
        """Return a contact's name as the user wrote it."""
        return self._names.get(contact_id, "")

    def link_attendee(self, attendee: Attendee) -> PersonLink | None:
        """Return the link for an attendee or organiser, or None when it is the owner."""
        email = attendee.email.strip().lower()
        name = _display_name(attendee.name)
        folded = fold(name)
        if email in self.owner_emails or folded in self.owner_names:
            return None
        if not email and folded in self.owner_first_names:
            return None  # a bare first name on the owner's own invitation is the owner
        if email and (ids := self._by_email.get(email)):
            return _link(name or email, email, ids, "email")
        found = self._by_name(name) if name else None
        if found and (found[1] == "full name" or not email):
            # An address no contact has says a bare first name is someone else.
            return _link(name, email, *found)
        return PersonLink(name or email, email, None, (), "unmatched")

    def link_title_name(
        self, name: str, company: str, *, cued: bool, several: bool
    ) -> PersonLink | None:
        """Return the link for a name read in a title, or None for the owner or no one."""
        folded = fold(name)
        if folded in self.owner_names or (several and folded in self.owner_first_names):
            # Scheduling tools title meetings "Jane Seeker <> Sam Lee": one side is the owner.
            return None
        found = self._by_name(name, company)
        if found and (cued or found[1] == "full name"):
            return _link(name, "", *found)
        # Lower-case words after "with" are a contact's name only when a contact has it:
        # otherwise they are the rest of the title ("event with alarms", "Review with
        # legal counsel"), not someone met.
        return PersonLink(name, "", None, (), "unmatched") if cued and _capitalised(name) else None

    def _by_name(self, name: str, company: str = "") -> tuple[list[int], str] | None:
        key = fold(name)
        tokens = key.split()
        if not tokens:
            return None
        ids = self._by_full.get(key) or (
            self._by_full.get(f"{tokens[0]} {tokens[-1]}") if len(tokens) > 2 else None
        )
        how = "full name"
        if not ids and (len(tokens) == 1 or (len(tokens) == 2 and len(tokens[1]) == 1)):
            how = "first name"
            ids = self._by_first.get(tokens[0], [])
            if len(tokens) == 2:  # "Jane D." narrows to the Janes whose last name starts so
                ids = [i for i in ids if self._last[i].startswith(tokens[1])]
        if not ids:
            return None
        if len(ids) > 1 and company:
            hint = fold(company)
            at_company = [
                i for i in ids if self._company[i] and _same_company(self._company[i], hint)
            ]
            ids = at_company or ids
        return ids, how


def classify(event: EventRecord, index: PeopleIndex) -> Classification:
    """Return whether an event was networking, its kind, the reason in words, and who."""
    title = event.summary
    found = _title_words(title)
    personal, task, work, interview, event_word, group, call, coffee, meal, intent = found
    attendee_links, title_links = _people(event, index)
    people = _merge(attendee_links + title_links)
    if event.cancelled:
        return Classification(False, None, "cancelled", people)
    if personal:
        return Classification(False, None, f"personal: {personal}", people)
    if task:
        return Classification(False, None, f"task: {task}", people)
    if event.all_day:
        if event_word or intent == "networking":
            return Classification(True, "event", f"all-day event: {event_word or intent}", people)
        return Classification(False, None, "all-day: not a meeting", people)
    networking_word = event_word or group or coffee or meal or intent
    if not networking_word and (work or interview):
        reason = f"work: {work}" if work else "job interview"
        return Classification(False, None, reason, people)
    known = [link for link in people if link.contact_id is not None or link.how == "ambiguous"]
    named = [link for link in title_links if link.how == "unmatched" and " " in link.text]
    if known:
        reason = "known contact: " + ", ".join(_who(link, index) for link in known)
    elif networking_word:
        reason = f"networking word: {networking_word}"
    elif named:
        reason = "named in the title: " + ", ".join(link.text for link in named)
    else:
        return Classification(False, None, "no networking words or known contacts", people)
    kind = (
        ("event" if event_word else "")
        or ("group" if group else "")
        or ("call" if call else "")
        or ("coffee" if coffee else "")
        or ("lunch" if meal else "")
        or ("call" if _has_meeting_link(event) else "meeting")
    )
    return Classification(True, kind, reason, people)


def fold(text: str) -> str:
    """Return a name reduced for matching: no accents, case or punctuation."""
    return _fold(text) if text else ""


@lru_cache(maxsize=65_536)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


@lru_cache(maxsize=16_384)
def _title_words(title: str) -> tuple[str, ...]:
    """Return the labels a title matches in each word table, '' where none."""
    tables = (_PERSONAL, _TASKS, _WORK, _INTERVIEW, _EVENT, _GROUP, _CALL, _COFFEE, _MEAL, _INTENT)
    return tuple(words.find(table, title) for table in tables)


@lru_cache(maxsize=16_384)
def title_names(title: str) -> tuple[tuple[str, ...], str, bool]:
    """Return the names a title mentions, a company hint, and whether a meeting phrase
    cued the names ("Coffee w/ Jane") or they merely look like names ("Easter Monday")."""
    company = next(
        (_company_hint(a or b) for a, b in _BRACKETS.findall(title) if _company_hint(a or b)), ""
    )
    clean = " ".join(_BRACKETS.sub(" ", title).split())
    if not company and (after := _COMPANY_AFTER.search(clean)):
        company = after.group("company").strip()
    if match := _WITH.search(clean):
        rest = match.group("rest")
        return _names(words.NAME_END.split(rest, maxsplit=1)[0], lower_ok=True), company, True
    parts = words.PART_SEPARATOR.split(clean)
    for part in parts:
        if "<>" in part or "<->" in part:
            return _names(words.CUE.sub(" ", part), lower_ok=False), company, True
    if len(parts) > 1:
        cue_parts = [part for part in parts if _only_cues(part)]
        if cue_parts:
            rest = " / ".join(part for part in parts if part not in cue_parts)
            return _names(rest, lower_ok=False), company, True
    without_cues = words.CUE.sub(" ", clean)
    if without_cues != clean:
        return _names(_LEADING_FILLER.sub("", without_cues), lower_ok=False), company, True
    return _names(clean, lower_ok=False), company, False


def _names(text: str, *, lower_ok: bool) -> tuple[str, ...]:
    names = (_as_name(piece, lower_ok=lower_ok) for piece in words.NAME_SEPARATOR.split(text))
    return tuple(name for name in names if name)


def _as_name(piece: str, *, lower_ok: bool) -> str:
    """Return the piece when it reads as a person's name, else ''."""
    piece = words.HONORIFIC.sub("", piece.strip(" .,;:!?\"'-–—"))
    piece = re.sub(r"['’]s$", "", piece)
    tokens = piece.split()
    if not 1 <= len(tokens) <= 4:
        return ""
    for token in tokens:
        lowered = token.casefold().strip(".")
        if lowered in words.NOT_NAMES or not _NAME_TOKEN.fullmatch(token):
            return ""
        if not (lower_ok or token[0].isupper() or lowered in words.PARTICLES):
            return ""
    return piece


def _only_cues(part: str) -> bool:
    return bool(part.strip()) and not words.CUE.sub("", part).strip(" -–—:|,/&!?")


def _company_hint(text: str) -> str:
    text = text.strip()
    if not text or any(ch.isdigit() for ch in text) or words.CUE.search(text):
        return ""
    return text if text[0].isupper() else ""


def _capitalised(name: str) -> bool:
    """Return True when every word of ``name`` is written as a name's (or is a particle)."""
    return all(token[0].isupper() or token.casefold() in words.PARTICLES for token in name.split())


def _people(event: EventRecord, index: PeopleIndex) -> tuple[list[PersonLink], list[PersonLink]]:
    """Return the links for the event's attendees and organiser, and for names in its title."""
    attendees = [*event.attendees, *([event.organizer] if event.organizer else [])]
    attendee_links = [link for a in attendees if (link := index.link_attendee(a)) is not None]
    names, company, cued = title_names(event.summary)
    several = len(names) > 1
    title_links = [
        link
        for name in names
        if (link := index.link_title_name(name, company, cued=cued, several=several)) is not None
    ]
    return attendee_links, title_links


def _merge(links: list[PersonLink]) -> tuple[PersonLink, ...]:
    """Return the links without repeats of one contact, address or name."""
    merged: list[PersonLink] = []
    seen: set[object] = set()
    for link in links:
        keys: set[object] = {link.contact_id} if link.contact_id is not None else set()
        keys |= {key for key in (link.email, fold(_display_name(link.text))) if key}
        if keys & seen:
            continue
        seen |= keys
        merged.append(link)
    return tuple(merged)


def _link(text: str, email: str, ids: list[int], how: str) -> PersonLink:
    if len(ids) == 1:
        return PersonLink(text, email, ids[0], (), how)
    return PersonLink(text, email, None, tuple(ids), "ambiguous")


def _who(link: PersonLink, index: PeopleIndex) -> str:
    if link.contact_id is not None:
        return index.name_of(link.contact_id) or link.text
    return f"{link.text} (one of {len(link.candidates)} contacts)"


def _display_name(name: str) -> str:
    """Return "John Doe" for Outlook's "Doe, John", without a "(Company)" suffix."""
    if "," not in name and "(" not in name and "[" not in name:
        return name.strip()
    name = _BRACKETS.sub(" ", name).strip()
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if last and first:
            return f"{first} {last}"
    return " ".join(name.split())


def _same_company(known: str, hint: str) -> bool:
    return known == hint or (min(len(known), len(hint)) >= 3 and (known in hint or hint in known))


def _has_meeting_link(event: EventRecord) -> bool:
    return bool(
        words.MEETING_LINK.search(event.location) or words.MEETING_LINK.search(event.description)
    )
