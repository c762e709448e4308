"""Read LinkedIn's ``Invitations.csv``: ``From,To,Sent At,Message,Direction,inviterProfileUrl,
inviteeProfileUrl`` (older exports stop at ``Direction``), one touch per invitation.

An invitation between the user and a second profile of their own is skipped with its reason.
"""

from __future__ import annotations

from rapport.core.records import Person, Skipped, TouchFile, TouchRecord
from rapport.formats.headers import INVITATIONS, looks_like_invitations
from rapport.formats.linkedin import slug_from_url
from rapport.formats.linkedin_when import parse_when
from rapport.formats.message_reasons import NO_DATE_REASON
from rapport.formats.names import is_me
from rapport.formats.text import clean, read_table

NAMES_YOU = {
    "OUTGOING": "names you, not someone you invited",
    "INCOMING": "names you, not someone who invited you",
}


def read_invitations(text: str, filename: str, me: Person | None = None) -> TouchFile:
    """Return the touches in the text of an ``Invitations.csv``: one per invitation.

    ``me`` is the user when known: an invitation naming them on the other side is skipped.
    """
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
            skipped.append(
                Skipped(f"row {number}", f'neither sent nor received: it says "{get("direction")}"')
            )
            continue
        if when is None:
            skipped.append(Skipped(f"row {number}", NO_DATE_REASON))
            continue
        if direction == "OUTGOING":
            person = Person(get("to"), slug_from_url(get("invitee")))
        else:
            person = Person(get("from"), slug_from_url(get("inviter")))
        if is_me(person, me):
            skipped.append(Skipped(f"row {number}", NAMES_YOU[direction]))
            continue
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
