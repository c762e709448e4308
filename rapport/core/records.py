"""Plain records that file readers return, services store and core rules read.

Readers never touch the database: they turn bytes into these records plus a list of
what they skipped and why, so an import can report every row it did not take.
"""

from __future__ import annotations

import json.encoder
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from hashlib import blake2b
from itertools import compress
from json.encoder import encode_basestring_ascii
from operator import itemgetter
from typing import Any


@dataclass(frozen=True)
class Skipped:
    """A row, card or event left out, with where it was and why."""

    where: str  # "row 17", "card 3", "event 'Coffee' (UID abc)"
    reason: str
    #: How many records this line stands for (a series' occurrences past its cap).
    count: int = 1


@dataclass(slots=True)
class ContactRecord:
    """One person as one file describes them."""

    source_format: str  # a contacts format of formats.kinds: "linkedin", "vcard", …
    where: str  # "row 5" or "card 3": for messages
    first_name: str = ""
    last_name: str = ""
    full_name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)  # E.164 when parseable, else as written
    urls: list[str] = field(default_factory=list)
    linkedin_slug: str = ""
    company: str = ""
    position: str = ""
    notes: str = ""
    connected_on: date | None = None
    #: A key stable across re-exports of the same file kind (profile slug, vCard UID, …).
    source_key: str = ""
    #: The fields as the file wrote them, kept with the contact so nothing is lost.
    raw: dict[str, str] = field(default_factory=dict)
    #: ``record_digest`` of this record, when the reader computed it already ("" if not).
    digest: str = ""
    #: ``fields_text(raw)`` when the reader made it for the digest, with ``raw`` in its
    #: order (so ``json.dumps(raw)`` is this text), else "": the source record stores it.
    fields_text: str = ""
    #: E-mail values with no address in them, and phone values with no digit, that the
    #: file gave and ``emails`` and ``phones`` leave out (``raw`` still holds them).
    left_out_emails: tuple[str, ...] = ()
    left_out_phones: tuple[str, ...] = ()


@dataclass
class ContactFile:
    format: str
    records: list[ContactRecord]
    skipped: list[Skipped] = field(default_factory=list)
    #: Records (rows, cards) read from the file: len(records) + len(skipped) + unchanged.
    read: int = 0
    #: Records left out because a contact already holds them, unchanged (see ``record_digest``).
    unchanged: int = 0
    #: How the text was decoded, in words ("UTF-8", "Windows-1251").
    encoding: str = ""
    #: Sentences for the report about the file itself (mixed encodings, removed NULs).
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Attendee:
    name: str = ""
    email: str = ""


@dataclass
class EventRecord:
    """One occurrence of a calendar event, recurring series already expanded."""

    uid: str
    recurrence_id: str  # "" for single events; the occurrence's original start in UTC ISO form
    summary: str
    start: datetime  # timezone-aware
    end: datetime | None
    all_day: bool = False
    location: str = ""
    description: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    organizer: Attendee | None = None
    cancelled: bool = False


@dataclass
class CalendarFile:
    format: str  # "ics"
    records: list[EventRecord]
    skipped: list[Skipped] = field(default_factory=list)
    #: Email addresses of the calendar's owner, as far as the file tells (never attendees).
    owner_emails: set[str] = field(default_factory=set)
    time_zone: str = ""
    #: How the text was decoded, in words, and sentences about the file itself.
    encoding: str = ""
    notes: list[str] = field(default_factory=list)


def record_digest(source_format: str, source_key: str, fields: dict[str, Any]) -> str:
    """Return a short, stable fingerprint of one file record: its kind, key and fields.

    A re-import compares these with the ones its contacts keep, so that a record read
    before, unchanged, is counted without being parsed into the contact again. The fields
    are taken as their JSON text with the keys sorted (``fields_text``): PostgreSQL's JSON
    columns do not keep their order, and a reader that sorts a row's fields stores the same
    text it fingerprinted (a 30,000-row import made both texts, docs/benchmarks.md).
    """
    return _fingerprint(f"{source_format}\x1e{source_key}\x1e{fields_text(fields)}")


def fields_text(fields: dict[str, Any]) -> str:
    """Return ``json.dumps(fields, sort_keys=True)``: the fields' part of a fingerprint."""
    return "".join(_SORTED_ENCODER(fields, 0))


#: json.dumps(value, sort_keys=True) with its other defaults, made once: dumps builds an
#: encoder every call.
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_SORTED_ENCODER: Callable[[Any, int], Iterable[str]] = (
    _MAKE_ENCODER(
        None,
        json.encoder.JSONEncoder().default,
        encode_basestring_ascii,
        None,
        ": ",
        ", ",
        True,
        False,
        True,
    )
    if _MAKE_ENCODER is not None
    else lambda value, _level: json.encoder.JSONEncoder(sort_keys=True).iterencode(value)
)


class TableDigests:
    """``record_digest`` for the rows of one table, its header sorted once for all rows.

    A row is given as its cells in the header's order (an empty cell is a field the row
    does not have), which is how a CSV reader holds it before making it a dict.
    """

    def __init__(self, source_format: str, names: list[str]) -> None:
        if len(set(names)) != len(names):
            raise ValueError("a table's column names must differ to fingerprint its rows")
        self._prefix = f"{source_format}\x1e"
        order = sorted(range(len(names)), key=names.__getitem__)
        self._columns = [(index, encode_basestring_ascii(names[index]) + ": ") for index in order]
        self._names = [names[index] for index in order]
        self._pick = itemgetter(*order) if len(order) > 1 else lambda cells: (cells[order[0]],)

    def __call__(self, source_key: str, cells: list[str]) -> tuple[str, str]:
        """Return the fingerprint of the row of ``cells`` whose key is ``source_key``, and
        its fields' text (``fields_text`` of ``fields(cells)``)."""
        items = ", ".join(
            [name + encode_basestring_ascii(cells[i]) for i, name in self._columns if cells[i]]
        )
        fields = f"{{{items}}}"
        text = f"{self._prefix}{source_key}\x1e{fields}"
        # _fingerprint, inlined: this runs for every row of a file. The fields' text is
        # ASCII (the encoder escapes the rest); the key may not be.
        hashed = _UNHASHED.copy()
        hashed.update(text.encode() if text.isascii() else text.encode("utf-8", "surrogatepass"))
        return hashed.hexdigest(), fields

    def fields(self, cells: list[str]) -> dict[str, str]:
        """Return the row's non-empty cells by column name, in the order of its fields'
        text: ``json.dumps`` of the dict is that text."""
        values = self._pick(cells)
        return dict(compress(zip(self._names, values, strict=True), values))


#: An 8-byte BLAKE2b of nothing yet: a copy of it, fed a text, hashes it as
#: ``blake2b(data, digest_size=8)`` does, without that call's keyword parsing (a quarter
#: of its cost, and a file fingerprints every row).
_UNHASHED = blake2b(digest_size=8)


def _fingerprint(text: str) -> str:
    """Return the 16 hex digits of ``text``'s BLAKE2b (its UTF-8, lone surrogates kept)."""
    hashed = _UNHASHED.copy()
    # ASCII text (most rows) is its own UTF-8: encoding without an error handler is quicker.
    hashed.update(text.encode() if text.isascii() else text.encode("utf-8", "surrogatepass"))
    return hashed.hexdigest()


#: Where a touch comes from (as ``rapport touches list`` names it), in words for pages.
TOUCH_CHANNEL_WORDS = {
    "linkedin_message": "LinkedIn message",
    "linkedin_invitation": "LinkedIn invitation",
    "linkedin_endorsement": "LinkedIn endorsement",
    "linkedin_recommendation": "LinkedIn recommendation",
    "email": "e-mail",
    "meeting": "meeting",
    "logged": "logged by you",
}
TOUCH_CHANNELS = tuple(TOUCH_CHANNEL_WORDS)
#: What a touch was, as detection classes it (``rapport.core.evidence``).
TOUCH_KINDS = ("outreach", "reply", "thank_you", "follow_up", "ask", "give", "handbill", "other")


@dataclass(frozen=True)
class Person:
    """Someone a message names: as written, with the keys that may link them to a contact."""

    name: str = ""
    #: LinkedIn profile slug, lower-cased ("jane-doe-4a1b2c3"), or "".
    slug: str = ""
    email: str = ""

    def key(self) -> str:
        """Return the most stable key this person has: slug, e-mail, else the name."""
        return self.slug or self.email.lower() or self.name.strip().lower()


@dataclass(slots=True)
class TouchRecord:
    """One message, invitation, endorsement or recommendation between the user and someone.

    ``text`` is the whole body, read only to detect what the message does; what is stored
    is at most a short excerpt of it.
    """

    channel: str  # one of TOUCH_CHANNELS
    direction: str  # "out" (the user wrote it) or "in"
    when: datetime  # timezone-aware, UTC
    person: Person
    where: str  # "messages.csv, row 12": for reasons and skipped-row messages
    thread: str = ""
    subject: str = ""
    text: str = ""
    #: Everyone else the message went to (a group conversation, an introduction).
    others: tuple[Person, ...] = ()
    #: Attachment names or links, for the handbill check.
    attachments: tuple[str, ...] = ()
    #: For e-mail: the message this one answers (In-Reply-To), to tell replies.
    in_reply_to: str = ""
    #: A key stable across re-exports of the same file: with ``person`` it names the touch.
    source_key: str = ""


@dataclass
class TouchFile:
    """The touches one file (or one archive) holds, and what was left out of it."""

    format: str
    records: list[TouchRecord]
    skipped: list[Skipped] = field(default_factory=list)
    #: Records (rows, messages) read: each became touches or one skipped entry.
    read: int = 0
    #: Who the user is in the file, as found ("Jane Doe (linkedin.com/in/jane-doe)").
    me: Person | None = None
    encoding: str = ""
    notes: list[str] = field(default_factory=list)
    #: Where ``me`` was found when it came from the user's own profile ("your profile").
    me_from: str = ""
