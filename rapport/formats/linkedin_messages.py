"""Read LinkedIn's ``messages.csv`` and ``Invitations.csv`` into touches.

``messages.csv`` comes in several widths, all read by column name:

- 9 columns: ``CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,
  CONTENT,FOLDER`` (recipients by name only);
- 10 columns: the same with ``RECIPIENT PROFILE URLS`` after ``TO``;
- 13 columns: the same with ``ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT`` after it.

``TO`` joins names with ", " although names may hold commas, so recipients are taken from
``RECIPIENT PROFILE URLS`` when it is there. Spam, drafts and sponsored messages (an empty
sender profile URL: LinkedIn's own InMail adverts) are skipped and counted.

The user is not named in the file: they are the one person in (nearly) every row, which is
how they are found, unless the caller already knows them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from rapport.core.records import Person, Skipped, TouchFile, TouchRecord
from rapport.formats.headers import (
    INVITATIONS,
    MESSAGES,
    looks_like_invitations,
    looks_like_messages,
)
from rapport.formats.linkedin import slug_from_url
from rapport.formats.linkedin_when import parse_when
from rapport.formats.text import Table, clean, read_table

SPAM_REASON = "spam"
DRAFT_REASON = "a draft, never sent"
SPONSORED_REASON = "a sponsored message (it has no sender profile)"
NO_DATE_REASON = "no date"
_YES = {"yes", "true", "1", "y"}


#: A message row as read: number, thread, sender, recipients, date text, subject, content,
#: attachments, and why it is skipped (None: it is not). A plain tuple: 50,000 of them are
#: made for a large archive, and a class's constructor cost more than reading the row.
_Row = tuple[int, str, Person, tuple[Person, ...], str, str, str, tuple[str, ...], str | None]


def read_messages(text: str, filename: str, me: Person | None = None) -> TouchFile:
    """Return the touches in the text of a ``messages.csv``: one per message and person.

    A message the user sent to three people is three touches (the last contact with each);
    a message the user received is one, with its sender. ``me`` is the user when known.
    """
    table = read_table(text, filename, looks_like_messages)
    table.require(
        filename,
        CONVERSATION_ID=table.column("conversation id"),
        FROM=table.column("from"),
        DATE=table.column("date"),
    )
    rows = list(_message_rows(table, plain="\r" not in text))
    me = _find_me(rows, me)
    records: list[TouchRecord] = []
    skipped: list[Skipped] = []
    add = records.append
    # The same recipients come back in thousands of rows (the lists are cached by
    # ``_recipients``): each list is told apart from the user once.
    others_of: dict[int, tuple[tuple[Person, ...], tuple[Person, ...]]] = {}
    for number, thread, sender, recipients, when_text, subject, content, files, reason in rows:
        when = parse_when(when_text) if reason is None else None
        if reason is None and when is None and when_text:
            reason = f"the date {when_text!r} cannot be read"
        if reason is not None or when is None:
            skipped.append(Skipped(f"row {number}", reason or NO_DATE_REASON))
            continue
        known = others_of.get(id(recipients))
        if known is None or known[0] is not recipients:
            known = others_of[id(recipients)] = (
                recipients,
                tuple(p for p in recipients if not _same(p, me)),
            )
        people = known[1]
        where = f"{filename}, row {number}"
        source_key = f"{thread}|{when_text}|{sender.key()}"
        if not _same(sender, me):
            add(
                TouchRecord(
                    "linkedin_message", "in", when, sender, where, thread, subject, content,
                    people, files, "", source_key,
                )
            )  # fmt: skip
            continue
        for person in people:
            others = tuple(p for p in people if p is not person) if len(people) > 1 else ()
            add(
                TouchRecord(
                    "linkedin_message", "out", when, person, where, thread, subject, content,
                    others, files, "", source_key,
                )
            )  # fmt: skip
        if not people:
            skipped.append(Skipped(f"row {number}", "a message with no recipient"))
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


def _message_rows(table: Table, plain: bool) -> Iterator[_Row]:
    """Yield the rows of ``table``; ``plain`` says the text holds no carriage return, so
    that a cell is cleaned by stripping it alone."""
    positions = [table.column(name) for name in _COLUMNS]
    has_sender_url = positions[2] is not None
    # A missing column reads from a cell past the end of every row: always "".
    width = max((p for p in positions if p is not None), default=0) + 1
    cut = itemgetter(*(width if p is None else p for p in positions))
    padding = [""] * (width + 1)
    tidy = str.strip if plain else clean
    for number, cells in table.rows:
        if len(cells) <= width:
            cells = cells + padding[: width + 1 - len(cells)]
        (thread, name, url, to, to_urls, when, subject, content, folder, files, draft) = map(
            tidy, cut(cells)
        )
        sender = _person(name, url)
        yield (
            number,
            thread,
            sender,
            _recipients(to, to_urls),
            when,
            subject,
            content,
            tuple(a.strip() for a in files.split(",") if a.strip()) if files else (),
            _skip_reason(folder, draft, sender, has_sender_url),
        )


# The same people write in thousands of rows: each name and URL pair is read once.
@lru_cache(maxsize=1 << 14)
def _person(name: str, url: str) -> Person:
    return Person(name, slug_from_url(url))


@lru_cache(maxsize=1 << 14)
def _recipients(names: str, urls: str) -> tuple[Person, ...]:
    slugs = [slug_from_url(url) for url in urls.replace(";", ",").split(",") if url.strip()]
    slugs = [slug for slug in slugs if slug]
    split = [name.strip() for name in names.split(", ") if name.strip()]
    if not slugs:
        return tuple(Person(name) for name in split)
    # Names are paired with URLs only when the split agrees: "Doe, CPA" would shift them.
    if len(split) == len(slugs):
        return tuple(Person(name, slug) for name, slug in zip(split, slugs, strict=True))
    if len(slugs) == 1:
        return (Person(names.strip(), slugs[0]),)
    return tuple(Person("", slug) for slug in slugs)


def _skip_reason(folder: str, draft: str, sender: Person, has_sender_url: bool) -> str | None:
    if folder:
        folder = folder.upper()
        if folder == "SPAM":
            return SPAM_REASON
        if folder in {"DRAFT", "DRAFTS"}:
            return DRAFT_REASON
    if draft and draft.lower() in _YES:
        return DRAFT_REASON
    if has_sender_url and not sender.slug:
        return SPONSORED_REASON
    if not (sender.name or sender.slug):
        return "no sender"
    return None


def _same(person: Person, me: Person | None) -> bool:
    if me is None:
        return False
    if person.slug and me.slug:
        return person.slug == me.slug
    return bool(person.name) and person.name.casefold() == me.name.casefold()


def _find_me(rows: list[_Row], me: Person | None) -> Person | None:
    """Return the user: the person in the most rows (sender or recipient).

    People are counted by name, since the 9-column export names recipients without their
    URL; a recipient known only by URL takes the name the same URL has as a sender.
    A ``me`` given by the caller wins when it is in the file at all; otherwise (the plan's
    name spelt differently) the file's own evidence decides.
    """
    # The same sender and recipients come back row after row (both are cached objects):
    # each pair is read once and counted as often as it appears, in the rows' order.
    senders = list(map(itemgetter(2), rows))
    lists = list(map(itemgetter(3), rows))
    pairs = list(zip(map(id, senders), map(id, lists), strict=True))
    times = Counter(pairs)
    # Each pair's people, in the order the pairs first appear (a pair's objects are one).
    first = dict(zip(pairs, zip(senders, lists, strict=True), strict=True))
    # A URL takes the name it last has, as row after row would leave it: the pairs in the
    # order they last appear.
    last = reversed(dict.fromkeys(reversed(pairs)))
    names = {p.slug: p.name for pair in last for p in (first[pair][0], *first[pair][1]) if p.name}
    seen: dict[str, int] = {}  # in the order first met, so that a tie always goes one way
    people: dict[str, Person] = {}
    # Each person (a cached object, in hundreds of pairs) is keyed once, in the order
    # first met: meeting them again would change nothing.
    key_of: dict[int, str] = {}
    for pair, (sender, recipients) in first.items():
        keys: dict[str, None] = {}  # ordered, so that a tie always goes the same way
        for person in (sender, *recipients):
            key = key_of.get(id(person))
            if key is None:
                key = (person.name or names.get(person.slug, person.slug)).casefold()
                key_of[id(person)] = key
                known = people.get(key)
                if key and (known is None or (person.slug and not known.slug)):
                    people[key] = Person(person.name or names.get(person.slug, ""), person.slug)
            if key:
                keys[key] = None
        count = times[pair]
        for key in keys:
            seen[key] = seen.get(key, 0) + count
    if me is not None:
        key = (me.name or names.get(me.slug, me.slug)).casefold()
        if key in seen:
            return people[key]
    if not seen:
        return None
    # The first of the most counted, as Counter.most_common gives it.
    key, _count = max(seen.items(), key=itemgetter(1))
    return people[key]


def read_invitations(text: str, filename: str) -> TouchFile:
    """Return the touches in the text of an ``Invitations.csv``: one per invitation."""
    table = read_table(text, filename, looks_like_invitations)
    col = table.column
    index = {
        name: col(*keys)
        for name, keys in {
            "from": ("from",),
            "to": ("to",),
            "sent": ("sent at",),
            "message": ("message",),
            "direction": ("direction",),
            "inviter": ("inviterprofileurl", "inviter profile url"),
            "invitee": ("inviteeprofileurl", "invitee profile url"),
        }.items()
    }
    table.require(filename, Sent_At=index["sent"], Direction=index["direction"])
    records: list[TouchRecord] = []
    skipped: list[Skipped] = []
    for number, cells in table.rows:

        def get(name: str, cells: list[str] = cells) -> str:
            position = index[name]
            return clean(cells[position]) if position is not None and position < len(cells) else ""

        direction = get("direction").upper()
        when = parse_when(get("sent"))
        if direction not in {"INCOMING", "OUTGOING"}:
            skipped.append(Skipped(f"row {number}", f"direction {get('direction')!r} is not known"))
            continue
        if when is None:
            skipped.append(Skipped(f"row {number}", NO_DATE_REASON))
            continue
        if direction == "OUTGOING":
            person = Person(get("to"), slug_from_url(get("invitee")))
        else:
            person = Person(get("from"), slug_from_url(get("inviter")))
        records.append(
            TouchRecord(
                channel="linkedin_invitation",
                direction="out" if direction == "OUTGOING" else "in",
                when=when,
                person=person,
                where=f"{filename}, row {number}",
                text=get("message"),
                source_key=f"invitation|{get('sent')}|{direction}",
            )
        )
    skipped.extend(table.skipped())
    return TouchFile(INVITATIONS, records, skipped, read=len(records) + len(skipped))
