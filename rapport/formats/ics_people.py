"""Who an .ics event names: attendees, organiser and the calendar's owner.

Exporters write people in many shapes: ``mailto:`` or ``MAILTO:``, a name with a comma
in quotes (``CN="Doe, John"``), Outlook's ``invalid:nomail`` for a name without an
address, Apple's ``urn:uuid:`` or principal path with the real address in an ``EMAIL=``
parameter, and Google's placeholder organiser. These helpers turn all of them into
``Attendee(name, email)`` with a lower-cased address or none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from rapport.core.records import Attendee, EventRecord

GOOGLE_UNKNOWN_ORGANIZER = "unknownorganizer@calendar.google.com"
#: Share of the events naming anyone that one address must be on to be taken as the owner.
OWNER_PRESENCE = 0.9
#: Fewest events naming anyone before presence says anything about the owner.
OWNER_MIN_EVENTS = 3

_EMAIL = re.compile(r"[^@\s<>\"',;:()\[\]]+@[^@\s<>\"',;:()\[\]]+\.[^@\s<>\"',;:()\[\]]+")
_NOT_PEOPLE = frozenset({"ROOM", "RESOURCE"})


def address(value: Any) -> Attendee | None:
    """Return the person an ATTENDEE or ORGANIZER value names, or None when it names no one."""
    if value is None:
        return None
    params = getattr(value, "params", {})
    email = _email(str(params.get("EMAIL", ""))) or _email(str(value))
    name = " ".join(str(params.get("CN", "")).split()).strip('"').strip()
    if _email(name):
        # A CN holding an address names no one; it may be the only address there is.
        email, name = email or _email(name), ""
    if not (name or email):
        return None
    return Attendee(name=name, email=email)


def attendees(values: Iterable[Any]) -> list[Attendee]:
    """Return the people among ATTENDEE values: rooms, resources and decliners left out."""
    people: list[Attendee] = []
    seen: set[str] = set()
    for value in values:
        params = getattr(value, "params", {})
        if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
            continue
        if str(params.get("PARTSTAT", "")).upper() == "DECLINED":
            continue
        person = address(value)
        if person is None:
            continue
        key = person.email or person.name.casefold()
        if key not in seen:
            seen.add(key)
            people.append(person)
    return people


def owner_emails(records: Iterable[EventRecord], header: Mapping[str, str]) -> set[str]:
    """Return the calendar owner's addresses, as far as the file tells.

    Three signs, each documented because the classifier never counts the owner:
    an X-WR-CALNAME that is an address (Google names an export after its account);
    with METHOD:PUBLISH, one ORGANIZER shared by every event that has one (at least
    two); and one address on at least 90% of the events naming anyone (at least three),
    since the owner is on all of their own meetings. A series counts once. When two
    addresses tie on presence, neither is taken: a contact met every time must not vanish.
    """
    owners: set[str] = set()
    if calendar_name := _email(header.get("X-WR-CALNAME", "")):
        owners.add(calendar_name)
    organizers: dict[str, str] = {}
    people: dict[str, set[str]] = {}
    for record in records:
        named = people.setdefault(record.uid, set())
        named.update(person.email for person in record.attendees if person.email)
        if record.organizer is not None and record.organizer.email:
            organizers[record.uid] = record.organizer.email
            named.add(record.organizer.email)
    published = header.get("METHOD", "").upper() == "PUBLISH"
    if published and len(organizers) >= 2 and len(set(organizers.values())) == 1:
        owners.update(organizers.values())
    naming_anyone = [named for named in people.values() if named]
    if len(naming_anyone) >= OWNER_MIN_EVENTS:
        presence = Counter(email for named in naming_anyone for email in named)
        threshold = OWNER_PRESENCE * len(naming_anyone)
        frequent = [email for email, count in presence.items() if count >= threshold]
        if len(frequent) == 1:
            owners.add(frequent[0])
    return owners


def _email(text: str) -> str:
    """Return the address in a mailto: URI, bare address or EMAIL parameter, else ''."""
    text = text.strip()
    if text[:7].lower() == "mailto:":
        text = text[7:].strip()
    if "%" in text:
        text = unquote(text)
    text = text.strip("<>").strip()
    return text.lower() if _EMAIL.fullmatch(text) else ""
