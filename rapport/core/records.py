"""Plain records that file readers return, services store and core rules read.

Readers never touch the database: they turn bytes into these records plus a list of
what they skipped and why, so an import can report every row it did not take.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from hashlib import blake2b


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

    source_format: str  # "linkedin", "vcard", "google", "outlook"
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


def record_digest(source_format: str, source_key: str, fields: dict[str, str]) -> str:
    """Return a short, stable fingerprint of one file record: its kind, key and fields.

    A re-import compares these with the ones its contacts keep, so that a record read
    before, unchanged, is counted without being parsed into the contact again. Fields are
    sorted because PostgreSQL's JSON columns do not keep their order.
    """
    text = f"{source_format}\x1e{source_key}\x1e{_sorted_items_text(fields)}"
    return _fingerprint(text)


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
        self._columns = [(index, f"{names[index]!r}, ") for index in order]

    def __call__(self, source_key: str, cells: list[str]) -> str:
        """Return the fingerprint of the row of ``cells`` whose key is ``source_key``."""
        items = "), (".join([name + repr(cells[i]) for i, name in self._columns if cells[i]])
        fields = f"[({items})]" if items else "[]"
        text = f"{self._prefix}{source_key}\x1e{fields}"
        # _fingerprint, inlined: this runs for every row of a file.
        hashed = _UNHASHED.copy()
        hashed.update(text.encode() if text.isascii() else text.encode("utf-8", "surrogatepass"))
        return hashed.hexdigest()


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


def _sorted_items_text(fields: dict[str, str]) -> str:
    """Return ``repr(sorted(fields.items()))``, the text fingerprints were first made of.

    Built from each key's and value's repr: the same text (a test compares them), without
    the list's and tuples' repr bookkeeping, which was most of a fingerprint's cost.
    """
    if not fields:
        return "[]"
    return (
        "[(" + "), (".join([f"{key!r}, {value!r}" for key, value in sorted(fields.items())]) + ")]"
    )


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


@dataclass
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
