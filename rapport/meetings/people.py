"""The people a meeting names who are not linked yet: link them, or add them as contacts.

``Interaction.unlinked_people`` holds one entry per such person ({text, email, how,
candidates}). When the user settles one, the entry keeps the choice as ``chosen`` (a
contact id) rather than disappearing, so a re-import, which finds the same person
unlinked again, can apply the user's choice instead of asking twice (see importer.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.db import transaction

from rapport.accounts.clock import workspace_zone
from rapport.contacts.companies import company_for
from rapport.contacts.judging import Judge
from rapport.contacts.models import Contact
from rapport.core.meetings import fold, title_names
from rapport.formats.names import split_full_name
from rapport.meetings.models import Interaction

if TYPE_CHECKING:
    from django.contrib.auth.models import User

_ADDRESS_WORDS = re.compile(r"[._+-]+")


class PersonError(ValueError):
    """The person asked for is not (or no longer) open on this meeting."""


def open_people(meeting: Interaction) -> list[tuple[int, dict[str, Any]]]:
    """Return (index, entry) for the people on ``meeting`` the user has not settled."""
    return [(n, p) for n, p in enumerate(meeting.unlinked_people or []) if "chosen" not in p]


def _open_entry(meeting: Interaction, index: int) -> dict[str, Any]:
    people = meeting.unlinked_people or []
    if not 0 <= index < len(people) or "chosen" in people[index]:
        raise PersonError("that person is already settled; reload the page")
    entry: dict[str, Any] = people[index]
    return entry


@transaction.atomic
def link_person(meeting: Interaction, index: int, contact: Contact) -> None:
    """Link the open person at ``index`` on ``meeting`` to ``contact`` (the user's pick)."""
    entry = _open_entry(meeting, index)
    entry["chosen"] = contact.pk
    meeting.contacts.add(contact)
    meeting.save(update_fields=["unlinked_people"])


@transaction.atomic
def add_as_contact(user: User, meeting: Interaction, index: int) -> tuple[Contact, int]:
    """Create a contact from the open person at ``index`` and link it.

    Other meetings where the same unknown person appears (same address, or same name
    with no address) are linked too. Returns the contact and how many other meetings it
    joined.
    """
    entry = _open_entry(meeting, index)
    contact = _new_contact(user, meeting, entry)
    same = _same_person(entry)
    for person in meeting.unlinked_people:
        if "chosen" not in person and (person is entry or same(person)):
            person["chosen"] = contact.pk
    meeting.contacts.add(contact)
    meeting.save(update_fields=["unlinked_people"])
    joined = 0
    others = (
        Interaction.objects.owned_by(user)
        .exclude(pk=meeting.pk)
        .exclude(unlinked_people=[])
        .only("id", "unlinked_people")
    )
    for other in others.iterator(chunk_size=1000):
        changed = False
        for person in other.unlinked_people:
            if "chosen" not in person and same(person):
                person["chosen"] = contact.pk
                changed = True
        if changed:
            other.contacts.add(contact)
            other.save(update_fields=["unlinked_people"])
            joined += 1
    return contact, joined


def _same_person(entry: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    email = (entry.get("email") or "").lower()
    if email:
        return lambda p: (p.get("email") or "").lower() == email
    name = fold(entry.get("text", ""))
    return lambda p: not p.get("email") and p.get("how") == "unmatched" and fold(p["text"]) == name


def _new_contact(user: User, meeting: Interaction, entry: dict[str, Any]) -> Contact:
    email = (entry.get("email") or "").strip().lower()
    text = (entry.get("text") or "").strip()
    full_name = _name_from_address(text) if text == email or "@" in text else text
    first, last = split_full_name(full_name)
    # "Coffee with Jane (Acme)": the title's company is the best guess we have.
    company = title_names(meeting.summary)[1]
    day = meeting.start.astimezone(workspace_zone(user)).date()
    contact = Contact(
        owner=user,
        full_name=full_name[:400],
        first_name=first[:200],
        last_name=last[:200],
        emails=[email] if email else [],
        company=company_for(user, company),
        company_name=company[:300],
        sources=[
            {
                "format": "calendar",
                "key": "",
                "where": f"event '{meeting.summary}' on {day}",
                "fields": {"name": text, "email": email},
            }
        ],
    )
    Judge(user).apply(contact)
    contact.save()
    return contact


def _name_from_address(address: str) -> str:
    """Return "Jane Doe" for jane.doe@example.com; the address itself when it has no parts."""
    local = address.split("@", 1)[0]
    words = [w for w in _ADDRESS_WORDS.split(local) if w and not w.isdigit()]
    if len(words) < 2:
        return address
    return " ".join(w.capitalize() for w in words)
