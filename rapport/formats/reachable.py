"""Which of the e-mails and phones a file gives are ones a person can be reached at.

Exports put other things in those fields: a redacted ``xxxxxxxx``, LinkedIn's
``urn:li:member:…`` for a hidden address, an Exchange X.500 path, or the name of the field
itself (``BusinessPhone``, ``Handy``). Stored as an address or a number, such a value would
be shown, searched and used to match people. The readers leave it out, the record says
what was left out, and the import's report says how many (``contacts/import_notes``). The
value itself stays in the record's fields as the file wrote them.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapport.formats.phones import normalize_phones
from rapport.formats.text import unique


def is_email(value: str) -> bool:
    """Return True when ``value`` has an ``@`` between a local part and a domain.

    No more than that: a mistyped address is still the person's and is kept.
    """
    local, at, domain = value.rpartition("@")
    return bool(at and local.strip() and domain.strip())


def is_phone(value: str) -> bool:
    """Return True when ``value`` holds a digit, so could be a number to dial."""
    return any(char.isdigit() for char in value)


def split_emails(values: Iterable[str]) -> tuple[list[str], tuple[str, ...]]:
    """Return the addresses among ``values`` (no repeats, order kept) and the other values."""
    kept = unique(list(values))
    return [v for v in kept if is_email(v)], tuple(v for v in kept if not is_email(v))


def split_phones(
    values: Iterable[str], default_region: str = "US"
) -> tuple[list[str], tuple[str, ...]]:
    """Return the values with a digit, normalised (``normalize_phones``), and the others."""
    given = [value.strip() for value in values]
    left_out = tuple(unique([value for value in given if not is_phone(value)]))
    return normalize_phones([v for v in given if is_phone(v)], default_region), left_out
