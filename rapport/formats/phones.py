"""Phone numbers in E.164 form, so the same number written two ways matches itself."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rapport.formats.text import unique


@lru_cache(maxsize=8192)
def normalize_phone(raw: str, default_region: str = "US") -> str:
    """Return ``raw`` as E.164 (``+14155552671``), or as written when it is no valid number.

    Local numbers are read in ``default_region``; an extension is kept as ``;ext=``. A
    ``tel:`` URI (vCard 4.0) is read as the number it holds, with its extension.
    """
    # Loaded on the first number: the library is large, and a LinkedIn export holds none.
    import phonenumbers

    text = _without_scheme(raw.strip())
    try:
        number = phonenumbers.parse(text, default_region.upper() or None)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        # A short or made-up number would become a wrong E.164 string; keep what the user wrote.
        return text
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return f"{e164};ext={number.extension}" if number.extension else e164


def _without_scheme(text: str) -> str:
    """Return the number a ``tel:`` URI holds (``tel:+1-555-0100;ext=7`` gives
    ``+1-555-0100;ext=7``), its other parameters dropped; any other text as it is."""
    if text[:4].lower() != "tel:":
        return text
    number, *parameters = text[4:].split(";")
    # ";ext=" is also how an extension is stored beside an E.164 number, so it stays;
    # phone-context and isub say nothing a person dials.
    extension = next((p[4:] for p in parameters if p[:4].lower() == "ext="), "")
    return f"{number};ext={extension}" if extension else number


def normalize_phones(values: Iterable[str], default_region: str = "US") -> list[str]:
    """Return each non-empty value normalised, without repeats, order kept."""
    return unique([normalize_phone(v, default_region) for v in values if v.strip()])
