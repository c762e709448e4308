"""Phone numbers in E.164 form, so the same number written two ways matches itself."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapport.formats.text import unique


@lru_cache(maxsize=8192)
def normalize_phone(raw: str, default_region: str = "US") -> str:
    """Return ``raw`` as E.164 (``+14155552671``), or stripped as written when it is no valid
    number. Local numbers are read in ``default_region``; an extension is kept as ``;ext=``.
    """
    # Loaded on the first number: the library is large, and a LinkedIn export holds none.
    import phonenumbers

    text = raw.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    try:
        number = phonenumbers.parse(text, default_region.upper() or None)
    except phonenumbers.NumberParseException:
        return raw.strip()
    if not phonenumbers.is_valid_number(number):
        # A short or made-up number would become a wrong E.164 string; keep what the user wrote.
        return raw.strip()
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{e164};ext={number.extension}" if number.extension else e164


def normalize_phones(values: Iterable[str], default_region: str = "US") -> list[str]:
    """Return each non-empty value normalised, without repeats, order kept."""
    return unique([normalize_phone(v, default_region) for v in values if v.strip()])
