"""One change to many contacts at once: a circle, an industry, a judgment, a rhythm, deletion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction

from rapport.contacts.companies import set_industries
from rapport.contacts.deleting import delete_contacts
from rapport.contacts.judging import Judge
from rapport.contacts.models import Company, Contact
from rapport.core.errors import InputError

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: What the list's "With the selected" control offers: action -> words.
ACTIONS = {
    "circle": "Add to a circle (type its name)",
    "industry": "Set their companies' industry (type it)",
    "keep_in_touch": "Keep in touch every … days (type the days)",
    "judge:can_hire:yes": "Mark: could hire you",
    "judge:can_hire:no": "Mark: could not hire you",
    "judge:job_seeker:yes": "Mark: a job seeker",
    "judge:job_seeker:no": "Mark: not a job seeker",
    "judge:connector:yes": "Mark: a connector",
    "judge:recruiter:yes": "Mark: a recruiter",
    "judge:clear": "Let Rapport judge them again",
    "delete": "Delete them (you can undo)",
}
#: Longest keep-in-touch rhythm, as on the settings page.
MAX_DAYS = 365


def _plural(count: int) -> str:
    return f"{count} contact{'s' if count != 1 else ''}"


@transaction.atomic
def apply_to_contacts(user: User, contacts: list[Contact], action: str, value: str) -> str:
    """Apply ``action`` (a key of ACTIONS) with ``value`` to ``contacts``; return what happened.

    Raises InputError, saying what to type, when the action needs a value it did not get.
    """
    value = value.strip()
    if not contacts:
        raise InputError("Select at least one contact first.")
    if action not in ACTIONS:
        raise InputError("Choose what to do with the selected contacts.")
    if action == "delete":
        delete_contacts(user, contacts)
        return f"Deleted {_plural(len(contacts))}."
    if action == "circle":
        if not value:
            raise InputError("Type the circle's name, for example: church.")
        for contact in contacts:
            if value not in contact.circles:
                contact.circles = [*contact.circles, value]
                contact.edited_fields = sorted({*contact.edited_fields, "circles"})
                contact.save(update_fields=["circles", "edited_fields"])
        return f"Added {_plural(len(contacts))} to the circle {value}."
    if action == "industry":
        if not value:
            raise InputError("Type the industry, for example: medical devices.")
        companies = list(
            Company.objects.filter(
                owner=user, pk__in=[c.company_id for c in contacts if c.company_id]
            )
        )
        set_industries(user, companies, value)
        count = len(companies)
        return f"Set the industry of {count} compan{'y' if count == 1 else 'ies'} to {value}."
    if action == "keep_in_touch":
        if not value.isdigit() or not 1 <= int(value) <= MAX_DAYS:
            raise InputError(f"Type a number of days from 1 to {MAX_DAYS}, for example: 42.")
        Contact.objects.filter(owner=user, pk__in=[c.pk for c in contacts]).update(
            keep_in_touch_days=int(value)
        )
        return f"You will keep in touch with {_plural(len(contacts))} every {value} days."
    judge = Judge(user)
    _, name, *verdict = action.split(":")
    for contact in contacts:
        if name == "clear":
            contact.overrides = {}
        else:
            contact.overrides = {**contact.overrides, name: verdict == ["yes"]}
        judge.apply(contact)
        contact.save()
    words = ACTIONS[action].removeprefix("Mark: ")
    return f"Saved for {_plural(len(contacts))}: {words[0].lower()}{words[1:]}."
