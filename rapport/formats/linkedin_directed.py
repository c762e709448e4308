"""Read the 2018 export's ``Messages.csv``: ``From,To,Date,Subject,Content,Direction,Folder``.

Older archives say which way each message went and name people without their profiles;
``linkedin_messages.read_messages`` hands such a table here.
"""

from __future__ import annotations

from rapport.core.records import Person, Skipped, TouchFile, TouchRecord
from rapport.formats.headers import MESSAGES
from rapport.formats.linkedin_when import parse_when
from rapport.formats.message_reasons import DRAFT_REASON, NO_DATE_REASON, SPAM_REASON
from rapport.formats.text import Table, clean


def read_directed(table: Table, filename: str) -> TouchFile:
    """Return the touches of the 2018 export's ``Messages.csv``, which says which way each
    message went (``Direction``: INCOMING or OUTGOING) and names people without profiles.

    The user is the sender of the messages sent. There is no conversation id: the thread is
    the other person, and a message's key is its time, way and person.
    """
    col = table.column
    at = {name: col(name) for name in ("from", "to", "date", "subject", "content", "folder")}
    direction_at = col("direction")
    records: list[TouchRecord] = []
    skipped: list[Skipped] = []
    me: Person | None = None
    for number, cells in table.rows:

        def get(name: str, cells: list[str] = cells) -> str:
            position = at.get(name, direction_at)
            return clean(cells[position]) if position is not None and position < len(cells) else ""

        direction, folder = get("direction").upper(), get("folder").upper()
        reason = _directed_skip_reason(direction, folder)
        when = parse_when(get("date")) if reason is None else None
        if reason is None and when is None:
            reason = f'the date "{get("date")}" cannot be read' if get("date") else NO_DATE_REASON
        sender, recipient = Person(get("from")), Person(get("to"))
        person = recipient if direction == "OUTGOING" else sender
        if reason is None and not person.name:
            reason = "no sender" if direction == "INCOMING" else "a message with no recipient"
        if reason is not None or when is None:
            skipped.append(Skipped(f"row {number}", reason or NO_DATE_REASON))
            continue
        if direction == "OUTGOING" and me is None and sender.name:
            me = sender
        records.append(
            TouchRecord(
                channel="linkedin_message",
                direction="out" if direction == "OUTGOING" else "in",
                when=when,
                person=person,
                where=f"{filename}, row {number}",
                thread=person.name,
                subject=get("subject"),
                text=get("content"),
                source_key=f"{get('date')}|{direction}|{person.name}",
            )
        )
    skipped.extend(table.skipped())
    return TouchFile(
        MESSAGES,
        records,
        skipped,
        read=len(records) + len(skipped),
        me=me,
        me_from="the sender of the messages the file marks as sent" if me else "",
    )


def _directed_skip_reason(direction: str, folder: str) -> str | None:
    if folder == "SPAM":
        return SPAM_REASON
    if folder in {"DRAFT", "DRAFTS"}:
        return DRAFT_REASON
    if direction not in {"INCOMING", "OUTGOING"}:
        return f'neither sent nor received: it says "{direction}"'
    return None
