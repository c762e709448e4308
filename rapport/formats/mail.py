"""Read e-mail: an ``.mbox`` (Gmail Takeout, Thunderbird, Apple Mail) or one ``.eml`` message.

The mailbox is read as a stream, one message at a time, with the standard library's
``email`` parser: a message's headers are read whole, its body only up to ``BODY_BYTES``
(enough to tell a thank-you or an ask), so a mailbox of any size is read in bounded memory.
Bulk and automatic mail (``List-Unsubscribe``, ``List-Id``, ``Precedence: bulk``,
``Auto-Submitted``, and the older lists' and trackers' own marks), newsletters from
no-reply senders and messages to more than ``MAX_RECIPIENTS`` people are skipped and
counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from typing import BinaryIO

from rapport.core.records import Person, Skipped, TouchFile, TouchRecord
from rapport.formats.mail_parts import (
    Fields,
    Texts,
    addresses,
    first,
    head_fields,
    split_head,
    text_and_files,
)

MAIL = "email"
#: How much of a message's body is read: its headers always, its text up to here.
BODY_BYTES = 16 * 1024
TEXT_CHARS = 2000
MAX_RECIPIENTS = 20
_NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|newsletters?|news|notifications?|mailer-daemon)@", re.I
)
#: Headers only mailing-list software writes: RFC 2369's, and those of lists older than it
#: (majordomo's X-Mailing-List, Mailman 2's own version header).
_LIST_HEADERS = (
    "list-unsubscribe",
    "list-id",
    "list-post",
    "x-mailing-list",
    "mailing-list",
    "x-mailman-version",
    "x-beenthere",
)
#: A list's own addresses: its owner and bounce handler (in Sender or Return-Path) and its
#: -request robot (the From of a digest), a "+" tag after them kept by some.
_LIST_ADDRESS = re.compile(
    r"^(?:owner-[^@]*|[^@]*-(?:owner|admin|bounces|request))(?:\+[^@]*)?@", re.I
)
#: Robots that write as themselves (bugzilla-daemon@, MAILER-DAEMON@ is a no-reply address).
_DAEMON = re.compile(r"^[^@]*daemon@", re.I)
#: Headers of issue trackers' and code hosts' notifications, which carry no Auto-Submitted.
_TRACKER_HEADERS = ("x-bugzilla-reason", "x-bugzilla-type", "x-github-reason", "x-gitlab-project")
#: An mbox separator line: "From ", a sender (or "-"), and a date with its time.
_SEPARATOR = re.compile(rb"From \S+ +\S.*\d:\d\d")
#: The first header of a message, as mailboxes write it after their "From " line.
_HEADER = re.compile(
    rb"(?:from|to|date|subject|received|return-path|delivered-to|message-id|mime-version"
    rb"|x-[\w-]+):",
    re.I,
)
#: An address a list's web archive hides from robots ("goran at example.com").
_HIDDEN_ADDRESS = re.compile(r"^\s*[^\s@]+ at [^\s@]+\.[^\s@]+")
#: A comment in a date ("00:19:00 (EDT) -0400"): Python's parser takes it for the zone and
#: loses the offset after it.
_COMMENT = re.compile(r"\([^()]*\)")
# The compat32 policy: headers stay plain strings, decoded only where Rapport reads them.
# The modern policy parses every header into objects, which made reading 8x slower.
_PARSER = BytesParser(policy=policy.compat32)

Progress = Callable[[int], None]


@dataclass
class _Mail:
    number: int
    sender: Person
    recipients: tuple[Person, ...]
    when_text: str
    subject: str
    text: str
    message_id: str
    in_reply_to: str
    thread: str
    attachments: tuple[str, ...]


def split_mbox(stream: BinaryIO) -> Iterator[bytes]:
    """Yield each message of an mbox stream: its headers, and its body up to ``BODY_BYTES``.

    A message starts at a "From " line after a blank line that is shaped like a separator
    (a sender and a time: "From - Mon Jan  1 09:00:00 2024"), or that headers follow.
    Mailboxes that do not quote a body's "From " lines (Thunderbird's, some others') leave
    "From time to time" in a message: it stays there rather than starting a message.
    """
    current: list[bytes] = []
    size = 0
    previous_blank = True
    started = False
    held: bytes | None = None  # a "From " line that the next line tells apart
    for line in stream:
        if held is not None:
            if _HEADER.match(line):
                yield b"".join(current)
                current, size = [], 0
            elif size < BODY_BYTES:
                current.append(held)
                size += len(held)
            held = None
        if line.startswith(b"From ") and previous_blank:
            previous_blank = False
            if started and not _SEPARATOR.match(line):
                held = line
                continue
            if started:
                yield b"".join(current)
            current, size, started = [], 0, True
            continue
        previous_blank = line in (b"\n", b"\r\n")
        if size < BODY_BYTES:
            # mboxrd quotes body lines that start with "From ": unquote one level.
            if line.startswith(b">From "):
                line = line[1:]
            current.append(line)
            size += len(line)
    if held is not None and size < BODY_BYTES:
        current.append(held)
    if started or current:
        yield b"".join(current)


def read_mail(
    stream: BinaryIO,
    filename: str,
    me: Iterable[str] = (),
    progress: Progress | None = None,
) -> TouchFile:
    """Return the touches in an mbox or .eml ``stream``; ``me`` are the user's addresses.

    When ``me`` is empty the user is the address found in the most messages.
    """
    mails: list[_Mail] = []
    skipped: list[Skipped] = []
    seen: Counter[str] = Counter()
    for number, raw in enumerate(split_mbox(stream) if _is_mbox(stream) else [stream.read()], 1):
        if progress is not None and number % 1000 == 0:
            progress(number)
        mail: _Mail | str
        try:
            mail = _read(number, raw)
        except Exception as error:
            mail = f"the message cannot be read ({type(error).__name__})"
        if isinstance(mail, str):
            skipped.append(Skipped(f"message {number}", mail))
            continue
        # Recipients first: on a tie (a single message) the user is more likely a recipient.
        addresses = (p.email for p in (*mail.recipients, mail.sender) if p.email)
        seen.update(list(dict.fromkeys(addresses)))
        mails.append(mail)
    mine = {address.lower() for address in me if address}
    if not mine & set(seen) and seen:
        mine = {seen.most_common(1)[0][0]}
    records: list[TouchRecord] = []
    unzoned: list[int] = []
    for mail in mails:
        records.extend(_touches(mail, mine, filename, skipped, unzoned))
    skipped.sort(key=lambda s: int(s.where.removeprefix("message ")))
    you = next(iter(mine), "")
    read = len(records) + len(skipped)
    return TouchFile(
        MAIL,
        records,
        skipped,
        read=read,
        me=Person("", "", you) if you else None,
        notes=_zone_notes(unzoned),
    )


def _zone_notes(numbers: list[int]) -> list[str]:
    """Return the report's note on the messages whose time had no zone Rapport knows."""
    if not numbers:
        return []
    shown = ", ".join(str(n) for n in numbers[:5])
    more = f" and {len(numbers) - 5:,} more" if len(numbers) > 5 else ""
    if len(numbers) == 1:
        return [
            f"1 message gave its time without a time zone Rapport knows (message {shown}), "
            "so its time was read as UTC and may be a few hours off."
        ]
    return [
        f"{len(numbers):,} messages gave their times without a time zone Rapport knows "
        f"(messages {shown}{more}), so their times were read as UTC and may be a few hours off."
    ]


def parse_date(text: str) -> tuple[datetime, bool]:
    """Return the time a Date header gives, in UTC, and whether its zone was known.

    Raises ValueError or TypeError when the text is not a date. A date whose zone is
    missing or unknown ("CEST") is read as UTC; "-0000" says UTC with no zone on purpose.
    """
    plain = _COMMENT.sub(" ", text) if "(" in text else text
    when = parsedate_to_datetime(plain)
    if when.tzinfo is not None:
        return when.astimezone(UTC), True
    return when.replace(tzinfo=UTC), "-0000" in plain


def _is_mbox(stream: BinaryIO) -> bool:
    head = stream.peek(5)[:5] if hasattr(stream, "peek") else b""
    if not head:
        position = stream.tell()
        head = stream.read(5)
        stream.seek(position)
    return head == b"From "


def _words(value: object) -> str:
    """Return a header's text with RFC 2047 encoded words decoded."""
    text = str(value or "")
    if "=?" not in text:
        return " ".join(text.split())
    try:
        return " ".join(str(make_header(decode_header(text))).split())
    except (LookupError, ValueError, UnicodeDecodeError):
        return " ".join(text.split())


def _read(number: int, raw: bytes) -> _Mail | str:
    """Return the parts of message ``raw`` Rapport reads, or why it is skipped."""
    head, body = split_head(raw)
    fields = head_fields(head)
    reason = _skip_reason(fields)
    if reason is not None:
        return reason
    try:
        text, files = text_and_files(fields, body)
    except ValueError:
        # What the quick reader is not sure of, the email package reads.
        text, files = _text(_PARSER.parsebytes(raw))
    return _mail(number, fields, text[:TEXT_CHARS], tuple(_words(name) for name in files))


def _skip_reason(fields: Fields) -> str | None:
    sender = _people(fields.get("from", [])[:1], keep_all=True)
    address = sender[0].email if sender else ""
    if _from_a_list(fields, address):
        return "mailing-list or newsletter mail"
    if first(fields, "precedence").lower() in {"bulk", "list", "junk"}:
        return "bulk mail"
    if (first(fields, "auto-submitted") or "no").lower() != "no":
        return "an automatic message"
    if _DAEMON.match(address) or any(first(fields, name) for name in _TRACKER_HEADERS):
        return "an automatic message"
    if _NO_REPLY.match(address):
        return "a newsletter or notification from a no-reply address"
    if not first(fields, "date"):
        return "no date"
    labels = first(fields, "x-gmail-labels").lower().split(",")
    if "spam" in labels or "draft" in labels:
        return "spam or a draft"
    return None


def _from_a_list(fields: Fields, sender: str) -> bool:
    """Return True when a mailing list sent the message, by its headers or its addresses."""
    if any(first(fields, name) for name in _LIST_HEADERS):
        return True
    handlers = [first(fields, "sender"), first(fields, "return-path"), sender]
    return any(_LIST_ADDRESS.match(value.strip(" <>")) for value in handlers if value)


def _people(values: list[str], *, keep_all: bool = False) -> tuple[Person, ...]:
    """Return the people in address headers ``values`` (those with an address only,
    unless ``keep_all``)."""
    found = tuple(person for value in values for person in _people_in(value))
    return found if keep_all else tuple(p for p in found if "@" in p.email)


# The same few thousand people write most of a mailbox: each header value is read once.
@lru_cache(maxsize=1 << 14)
def _people_in(value: str) -> tuple[Person, ...]:
    pairs = addresses([value])
    if pairs is None:
        pairs = getaddresses([value])
    return tuple(Person(_words(name), "", address.lower()) for name, address in pairs)


def _text(message: Message) -> tuple[str, list[str]]:
    """Return the message's first plain-text part (else its HTML, tags removed) and the
    names of its attached files, as the email package reads them."""
    texts = Texts()
    files: list[str] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name:
            files.append(name)
            continue
        kind = part.get_content_type()
        payload = part.get_payload(decode=True) if texts.wants(kind) else None
        if isinstance(payload, bytes):
            texts.add(kind, payload, part.get_content_charset() or "utf-8")
    return texts.text, files


def _mail(number: int, fields: Fields, text: str, attachments: tuple[str, ...]) -> _Mail | str:
    """Return the message's parts Rapport reads, or why it is skipped."""
    senders = _people(fields.get("from", [])[:1])
    if not senders:
        if _HIDDEN_ADDRESS.search(first(fields, "from")):
            return "a mailing list's archive copy: the sender's address is hidden"
        return "no sender"
    recipients = _people([*fields.get("to", []), *fields.get("cc", [])])
    references = first(fields, "references").split()
    message_id = first(fields, "message-id")
    in_reply_to = first(fields, "in-reply-to")
    root = references[0] if references else in_reply_to or message_id
    thread = first(fields, "x-gm-thrid") or root
    return _Mail(
        number=number,
        sender=senders[0],
        recipients=recipients,
        when_text=first(fields, "date"),
        subject=_words(first(fields, "subject")),
        text=text,
        message_id=message_id,
        in_reply_to=in_reply_to,
        thread=thread,
        attachments=attachments,
    )


def _touches(
    mail: _Mail, mine: set[str], filename: str, skipped: list[Skipped], unzoned: list[int]
) -> list[TouchRecord]:
    """Return the message's touches (or none, with why in ``skipped``); a message whose
    time had no zone Rapport knows adds its number to ``unzoned``."""
    where = f"message {mail.number}"
    try:
        when, zoned = parse_date(mail.when_text)
    except (TypeError, ValueError):
        skipped.append(Skipped(where, f'the date "{mail.when_text}" cannot be read'))
        return []
    others = [p for p in mail.recipients if p.email not in mine]
    if len(mail.recipients) > MAX_RECIPIENTS:
        skipped.append(Skipped(where, f"sent to more than {MAX_RECIPIENTS} people"))
        return []
    base = TouchRecord(
        channel="email",
        direction="in",
        when=when,
        person=mail.sender,
        where=f"{filename}, {where}",
        thread=mail.thread[:300],
        subject=mail.subject,
        text=mail.text,
        others=tuple(others),
        attachments=mail.attachments,
        in_reply_to=mail.in_reply_to,
        source_key=mail.message_id or f"{mail.when_text}|{mail.sender.email}",
    )
    if mail.sender.email in mine and not others:
        skipped.append(Skipped(where, "a message to yourself"))
        return []
    if not zoned:
        unzoned.append(mail.number)
    if mail.sender.email not in mine:
        return [base]
    return [
        replace(
            base,
            direction="out",
            person=person,
            others=tuple(p for p in others if p is not person),
        )
        for person in others
    ]
