"""Which contact a person in a message is: by profile URL, then e-mail, then name.

A name links only when exactly one contact bears it: two "Sam Patel"s are a choice for
the user, not for Rapport. People who link to no one stay candidates; none are added.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rapport.contacts.models import Contact
from rapport.core.records import Person
from rapport.formats.text import clean_name
from rapport.lib.bulk import read_rows

if TYPE_CHECKING:
    from django.contrib.auth.models import User


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Return a name as names are compared: credentials dropped, spaces single, case folded."""
    return " ".join(clean_name(name).split()).casefold()


class Linker:
    """The user's contacts, indexed by the three keys a message may carry."""

    def __init__(self, user: User) -> None:
        self.by_slug: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        by_name: dict[str, set[int]] = {}
        # Plain rows with JSON decoded once per distinct text: most contacts share "[]".
        rows = read_rows(
            Contact, ("id", "linkedin_slug", "emails", "full_name"), "owner_id = %s", [user.pk]
        )
        for row in rows:
            pk, slug, emails, full_name = row.values()
            if slug:
                self.by_slug.setdefault(slug.lower(), pk)
            for email in emails or []:
                self.by_email.setdefault(str(email).lower(), pk)
            if full_name:
                by_name.setdefault(name_key(full_name), set()).add(pk)
        self.by_name = {key: next(iter(ids)) for key, ids in by_name.items() if len(ids) == 1}

    def link(self, person: Person) -> int | None:
        """Return the id of the contact ``person`` is, or None when no one (or several) match."""
        if person.slug and person.slug in self.by_slug:
            return self.by_slug[person.slug]
        if person.email and person.email.lower() in self.by_email:
            return self.by_email[person.email.lower()]
        if person.name:
            return self.by_name.get(name_key(person.name))
        return None
