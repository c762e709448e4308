"""Which contact a person in a message is: by profile URL, then e-mail, then name.

A name links only when exactly one contact bears it: two "Sam Patel"s are a choice for
the user, not for Rapport. People who link to no one stay candidates; none are added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import connection

from rapport.contacts.models import Contact
from rapport.core.records import Person
from rapport.formats.names import name_key
from rapport.lib.bulk import read_rows

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class Linker:
    """The user's contacts, indexed by the three keys a message may carry.

    Profile URLs are read first; e-mail addresses and names only once a person is not
    found by URL, which in a LinkedIn archive is nobody: reading and cleaning 30,000 names
    cost more than linking 50,000 messages by URL.
    """

    def __init__(self, user: User) -> None:
        self.user_id = user.pk
        self.by_slug: dict[str, int] = {}
        with connection.cursor() as cursor:
            table = connection.ops.quote_name(Contact._meta.db_table)
            cursor.execute(
                f"SELECT id, linkedin_slug FROM {table}"  # noqa: S608 - a name, not data
                " WHERE owner_id = %s AND linkedin_slug <> '' ORDER BY id",
                [user.pk],
            )
            for pk, slug in cursor.fetchall():
                self.by_slug.setdefault(slug.lower(), pk)
        self._by_email: dict[str, int] | None = None
        self._by_name: dict[str, int] | None = None

    def _others(self) -> tuple[dict[str, int], dict[str, int]]:
        if self._by_email is None or self._by_name is None:
            by_email: dict[str, int] = {}
            by_name: dict[str, set[int]] = {}
            # Plain rows with JSON decoded once per distinct text: most contacts share "[]".
            rows = read_rows(
                Contact, ("id", "emails", "full_name"), "owner_id = %s", [self.user_id]
            )
            for row in rows:
                pk, emails, full_name = row.values()
                for email in emails or []:
                    by_email.setdefault(str(email).lower(), pk)
                if full_name:
                    by_name.setdefault(name_key(full_name), set()).add(pk)
            self._by_email = by_email
            self._by_name = {key: next(iter(ids)) for key, ids in by_name.items() if len(ids) == 1}
        return self._by_email, self._by_name

    @property
    def by_email(self) -> dict[str, int]:
        return self._others()[0]

    @property
    def by_name(self) -> dict[str, int]:
        return self._others()[1]

    def link(self, person: Person) -> int | None:
        """Return the id of the contact ``person`` is, or None when no one (or several) match."""
        if person.slug and person.slug in self.by_slug:
            return self.by_slug[person.slug]
        if person.email and person.email.lower() in self.by_email:
            return self.by_email[person.email.lower()]
        if person.name:
            return self.by_name.get(name_key(person.name))
        return None
