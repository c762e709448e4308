"""Text folded for searching: "Castano" finds "Castaño", "CASTAÑO" and "castaño"."""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]")


def folded(text: str) -> str:
    """Return ``text`` without accents, in one case; punctuation stays as written."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def phone_digits(query: str) -> str:
    """Return the digits of a query that is a phone number ("(555) 010-2233"), else ""."""
    digits = "".join(_DIGITS.findall(query))
    return digits if len(digits) >= 4 and not _LETTERS.search(query) else ""
