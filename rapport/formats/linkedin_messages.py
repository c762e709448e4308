"""Read LinkedIn's ``messages.csv`` into touches (``Invitations.csv``: ``linkedin_invitations``).

``messages.csv`` comes in several widths, all read by column name:

- 9 columns: ``CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,
  CONTENT,FOLDER`` (recipients by name only);
- 10 columns: the same with ``RECIPIENT PROFILE URLS`` after ``TO``;
- 13 columns: the same with ``ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT`` after it;
- 2018's ``Messages.csv``, ``From,To,Date,Subject,Content,Direction,Folder``, which
  ``linkedin_directed`` reads.

``TO`` joins names with ", " although names may hold commas, so recipients are taken from
``RECIPIENT PROFILE URLS`` when it is there, and otherwise as the senders of those names.
Spam, drafts and sponsored messages (an empty sender profile URL: LinkedIn's own InMail
adverts) are skipped and counted.

The user is not named in the file: they are the one person in (nearly) every row, which is
how they are found, unless the caller already knows them. Anyone with the user's profile or
name is the user: real archives hold the user under a second profile of their own.
"""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter, itemgetter

from rapport.core.records import Person, Skipped, TouchFile, TouchRecord
from rapport.formats.headers import (
    MESSAGES,
    looks_like_messages,
)
from rapport.formats.linkedin import slug_from_url
from rapport.formats.linkedin_directed import read_directed
from rapport.formats.linkedin_when import parse_when
from rapport.formats.message_reasons import (
    DRAFT_REASON,
    NO_DATE_REASON,
    NOTICE_REASON,
    SELF_REASON,
    SPAM_REASON,
    SPONSORED_REASON,
)
from rapport.formats.names import is_me
from rapport.formats.text import Table, clean, read_table

_YES = {"yes", "true", "1", "y"}


class _Head:
    """What rows written by the same sender to the same people, in the same folder, share.

    Thousands of rows share one: the sender, the recipients, whether such a row is skipped,
    how often and (the last time) where it appears, are found once; once the user is known,
    so are the sender's key, whether the user sent it, and the others it went to.
    """

    __slots__ = ("count", "key", "last", "mine", "people", "reason", "recipients", "sender")

    def __init__(self, sender: Person, recipients: tuple[Person, ...], reason: str | None):
        self.sender = sender
        self.recipients = recipients
        self.reason = reason
        self.count = 0
        self.last = 0
        self.mine = False
        self.key = ""
        self.people: tuple[Person, ...] = ()


#: A message row as read: number, thread, its ``_Head``, date text, subject, content and
#: attachments. A plain tuple: 50,000 of them are made for a large archive, and a class's
#: constructor cost more than reading the row.
_Row = tuple[int, str, _Head, str, str, str, tuple[str, ...]]


def read_messages(text: str, filename: str, me: Person | None = None) -> TouchFile:
    """Return the touches in the text of a ``messages.csv``: one per message and person.

    A message the user sent to three people is three touches (the last contact with each);
    a message the user received is one, with its sender. ``me`` is the user when known.
    """
    table = read_table(text, filename, looks_like_messages)
    if table.column("conversation id") is None and table.column("direction") is not None:
        return read_directed(table, filename)
    table.require(
        filename,
        CONVERSATION_ID=table.column("conversation id"),
        FROM=table.column("from"),
        DATE=table.column("date"),
    )
    rows, heads = _message_rows(table, plain="\r" not in text)
    me = _find_me(heads, me)
    # Each sender, and each list of recipients, is told apart from the user once (the
    # heads hold them, so their ids stay theirs).
    senders: dict[int, tuple[bool, str]] = {}
    others_of: dict[int, tuple[Person, ...]] = {}
    for head in heads:
        told = senders.get(id(head.sender))
        if told is None:
            told = senders[id(head.sender)] = (is_me(head.sender, me), head.sender.key())
        head.mine, head.key = told
        people = others_of.get(id(head.recipients))
        if people is None:
            people = others_of[id(head.recipients)] = tuple(
                [p for p in head.recipients if not is_me(p, me)]
            )
        head.people = people
    records: list[TouchRecord] = []
    skipped: list[Skipped] = []
    add = records.append
    from_text = datetime.fromisoformat
    for number, thread, head, when_text, subject, content, files in rows:
        if head.reason is not None:
            skipped.append(Skipped(f"row {number}", head.reason))
            continue
        # messages.csv's one shape, 50,000 times in a large archive: read as parse_when
        # reads it, without its call; any other shape, or a failure, is left to it.
        when: datetime | None
        if when_text[19:] == " UTC" and when_text[4] == "-":
            try:
                when = from_text(when_text[:19] + "+00:00")
            except ValueError:
                when = parse_when(when_text)
        else:
            when = parse_when(when_text)
        if when is None:
            reason = f'the date "{when_text}" cannot be read' if when_text else NO_DATE_REASON
            skipped.append(Skipped(f"row {number}", reason))
            continue
        where = f"{filename}, row {number}"
        source_key = f"{thread}|{when_text}|{head.key}"
        if not head.mine:
            add(
                TouchRecord(
                    "linkedin_message", "in", when, head.sender, where, thread, subject, content,
                    head.people, files, "", source_key,
                )
            )  # fmt: skip
            continue
        people = head.people
        for person in people:
            others = tuple(p for p in people if p is not person) if len(people) > 1 else ()
            add(
                TouchRecord(
                    "linkedin_message", "out", when, person, where, thread, subject, content,
                    others, files, "", source_key,
                )
            )  # fmt: skip
        if not people:
            # Sent only to the user: to their own second profile, which has their name.
            reason = SELF_REASON if head.recipients else "a message with no recipient"
            skipped.append(Skipped(f"row {number}", reason))
    skipped.extend(table.skipped())
    return TouchFile(MESSAGES, records, skipped, read=len(records) + len(skipped), me=me)


#: The columns a message row is read from, in the order ``_message_rows`` unpacks them.
_COLUMNS = (
    "conversation id",
    "from",
    "sender profile url",
    "to",
    "recipient profile urls",
    "date",
    "subject",
    "content",
    "folder",
    "attachments",
    "is message draft",
)


def _message_rows(table: Table, plain: bool) -> tuple[list[_Row], list[_Head]]:
    """Return the rows of ``table`` and their heads, in the order first met; ``plain`` says
    the text holds no carriage return, so that a cell is cleaned by stripping it alone."""
    positions = [table.column(name) for name in _COLUMNS]
    has_sender_url = positions[2] is not None
    has_recipient_urls = positions[4] is not None
    # A missing column reads from a cell past the end of every row: always "".
    width = max((p for p in positions if p is not None), default=0) + 1
    cut = itemgetter(*(width if p is None else p for p in positions))
    padding = [""] * (width + 1)
    tidy = str.strip if plain else clean
    heads: dict[tuple[str, ...], _Head] = {}
    people = _People()
    rows: list[_Row] = []
    add = rows.append
    for number, cells in table.rows:
        if len(cells) <= width:
            cells = cells + padding[: width + 1 - len(cells)]
        (thread, name, url, to, to_urls, when, subject, content, folder, files, draft) = map(
            tidy, cut(cells)
        )
        shared = (name, url, to, to_urls, folder, draft)
        head = heads.get(shared)
        if head is None:
            sender = people.one(name, url)
            reason = _skip_reason(folder, draft, sender, has_sender_url)
            head = heads[shared] = _Head(sender, people.recipients(to, to_urls), reason)
        head.count += 1
        head.last = number
        add(
            (
                number,
                thread,
                head,
                when,
                subject,
                content,
                tuple(a.strip() for a in files.split(",") if a.strip()) if files else (),
            )
        )
    found = list(heads.values())
    if not has_recipient_urls:
        people.name_recipients_as_senders(found)
    return rows, found


class _People:
    """The people of one file: each name and URL pair is made once, and each list of
    recipients read once. The sender of one row and the recipient of another are then
    one object, which everything after the reader keys, links and counts once."""

    def __init__(self) -> None:
        self.made: dict[tuple[str, str], Person] = {}
        self.lists: dict[tuple[str, str], tuple[Person, ...]] = {}
        #: A URL's slug: the same URL names someone as a sender and as a recipient.
        self.slugs: dict[str, str] = {}

    def name_recipients_as_senders(self, heads: list[_Head]) -> None:
        """Give recipients known by name alone (the 9-column export) the sender of that name.

        Without it one person was two: with their profile when they wrote, by name when
        they were written to, so the user's replies were not seen as replies, and a name
        holding a comma ("Femi O, CPHR") split into two people at TO's ", ".
        """
        profiles: dict[str, dict[str, Person]] = {}
        for (name, _url), person in self.made.items():
            if name and person.slug:
                profiles.setdefault(name, {})[person.slug] = person
        # Two profiles under one name: neither is taken for the name alone.
        # Keyed with single spaces: the pieces of TO were stripped where it was split.
        senders = {
            " ".join(name.split()): next(iter(found.values()))
            for name, found in profiles.items()
            if len(found) == 1
        }
        if not senders:
            return
        read: dict[int, tuple[Person, ...]] = {}
        for head in heads:
            again = read.get(id(head.recipients))
            if again is None:
                again = read[id(head.recipients)] = _as_senders(head.recipients, senders)
            head.recipients = again

    def one(self, name: str, url: str) -> Person:
        person = self.made.get((name, url))
        if person is None:
            person = self.made[name, url] = Person(name, self.slug(url))
        return person

    def slug(self, url: str) -> str:
        slug = self.slugs.get(url)
        if slug is None:
            slug = self.slugs[url] = slug_from_url(url)
        return slug

    def recipients(self, names: str, urls: str) -> tuple[Person, ...]:
        found = self.lists.get((names, urls))
        if found is None:
            found = self.lists[names, urls] = self._read(names, urls)
        return found

    def _read(self, names: str, urls: str) -> tuple[Person, ...]:
        if "," not in urls and ";" not in urls and ", " not in names:
            # One recipient, as nearly every message has: what the reading below gives
            # for one name and one URL, without its lists.
            if urls.strip() and self.slug(urls):
                return (self.one(names.strip(), urls),)
            name = names.strip()
            return (Person(name),) if name else ()
        found = [(url, self.slug(url)) for url in urls.replace(";", ",").split(",")]
        linked = [url for url, slug in found if slug and url.strip()]
        split = [name.strip() for name in names.split(", ") if name.strip()]
        if not linked:
            return tuple(Person(name) for name in split)
        # Names are paired with URLs only when the split agrees: "Doe, CPA" would shift them.
        if len(split) == len(linked):
            return tuple(self.one(name, url) for name, url in zip(split, linked, strict=True))
        if len(linked) == 1:
            return (self.one(names.strip(), linked[0]),)
        return tuple(Person("", self.slug(url)) for url in linked)


def _as_senders(people: tuple[Person, ...], senders: dict[str, Person]) -> tuple[Person, ...]:
    """Return ``people`` (read from TO, split at ", ") with each name a sender has in the
    file taken as that sender; split pieces that join up to a sender's name are joined."""
    found: list[Person] = []
    at = 0
    while at < len(people):
        person = people[at]
        if person.slug:
            found.append(person)
            at += 1
            continue
        # The longest run of pieces from here that is a sender's whole name.
        for end in range(len(people), at, -1):
            pieces = people[at:end]
            if all(not p.slug for p in pieces):
                joined = senders.get(" ".join(", ".join(p.name for p in pieces).split()))
                if joined is not None:
                    found.append(joined)
                    at = end
                    break
        else:
            found.append(person)
            at += 1
    return tuple(found)


def _skip_reason(folder: str, draft: str, sender: Person, has_sender_url: bool) -> str | None:
    if folder:
        folder = folder.upper()
        if folder == "SPAM":
            return SPAM_REASON
        if folder in {"DRAFT", "DRAFTS"}:
            return DRAFT_REASON
    if draft and draft.lower() in _YES:
        return DRAFT_REASON
    if not (sender.name or sender.slug):
        # LinkedIn's own notices in a conversation ("Message request accepted").
        return NOTICE_REASON
    if has_sender_url and not sender.slug:
        return SPONSORED_REASON
    return None


def _find_me(heads: list[_Head], me: Person | None) -> Person | None:
    """Return the user: the person in the most rows (sender or recipient).

    People are counted by name, since the 9-column export names recipients without their
    URL; a recipient known only by URL takes the name the same URL has as a sender.
    A ``me`` given by the caller wins when it is in the file at all; otherwise (the plan's
    name spelt differently) the file's own evidence decides.
    """
    lookup: dict[str, str] | None = None

    def name_of(slug: str, default: str) -> str:
        # A URL takes the name it last has, as row after row would leave it: the heads in
        # the order they last appear. Only wanted when someone has no name (rare).
        nonlocal lookup
        if lookup is None:
            last = sorted(heads, key=attrgetter("last"))
            lookup = {p.slug: p.name for h in last for p in (h.sender, *h.recipients) if p.name}
        return lookup.get(slug, default)

    seen: dict[str, int] = {}  # in the order first met, so that a tie always goes one way
    people: dict[str, Person] = {}
    # Each person (a cached object, in hundreds of heads) is keyed once, in the order
    # first met: meeting them again would change nothing.
    key_of: dict[int, str] = {}
    for head in heads:
        keys: dict[str, None] = {}  # ordered, so that a tie always goes the same way
        for person in (head.sender, *head.recipients):
            key = key_of.get(id(person))
            if key is None:
                key = (person.name or name_of(person.slug, person.slug)).casefold()
                key_of[id(person)] = key
                known = people.get(key)
                if key and (known is None or (person.slug and not known.slug)):
                    people[key] = Person(person.name or name_of(person.slug, ""), person.slug)
            if key:
                keys[key] = None
        count = head.count
        for key in keys:
            seen[key] = seen.get(key, 0) + count
    if me is not None:
        key = (me.name or name_of(me.slug, me.slug)).casefold()
        if key in seen:
            return people[key]
    if not seen:
        return None
    # The first of the most counted, as Counter.most_common gives it.
    key, _count = max(seen.items(), key=itemgetter(1))
    return people[key]
