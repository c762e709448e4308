"""Read vCard 2.1, 3.0 and 4.0 files as phones, mail apps and address books write them.

This is a small line parser of its own rather than vobject. vobject reads a whole file as
one stream, so one bad card stops every card after it, and its 2.1 support trips on what
Android and Outlook write: quoted-printable soft breaks (worse, a UTF-8 character cut across
one), bare parameters (``TEL;WORK;VOICE:``) and raw 8-bit text without a CHARSET. Here the
file is split into cards first and each card is parsed on bytes, so each value is decoded
with its own CHARSET (or UTF-8, else Windows-1252) after the soft breaks are joined.

Cards are numbered by their BEGIN:VCARD, the first card being "card 1".
"""

from __future__ import annotations

from rapport.core.errors import ImportFileError
from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.encoding import UTF8_BOM, utf16_order
from rapport.formats.linkedin import slug_from_url
from rapport.formats.names import clean_name, split_full_name
from rapport.formats.reachable import split_emails, split_phones
from rapport.formats.text import (
    COMPANY_REASON,
    clean,
    decode,
    join_name,
    left_out_reason,
    looks_binary,
    unique,
)
from rapport.formats.vcard_card import (
    LINE_END,
    Card,
    CardError,
    components,
    decode_value,
    parse_card,
    split_cards,
    unescape,
)

_BINARY_PROPERTIES = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
# Structured values whose raw text is kept as written (with its ';' separators).
_STRUCTURED = frozenset({"N", "ADR", "ORG", "GENDER"})
#: Cards of other kinds than a person (vCard 4.0's KIND), with the reason the report gives.
_NOT_PEOPLE = {
    "group": "a contact group, not a person",
    "org": COMPANY_REASON,
    "location": "a place, not a person",
}


def read_vcard(data: bytes, filename: str, default_region: str = "US") -> ContactFile:
    """Return the contacts in a vCard file, and each card left out with its reason.

    Raises ImportFileError when the file is binary or holds no BEGIN:VCARD at all.
    """
    if utf16_order(data[:8192]) is not None:
        data = decode(data, filename).encode("utf-8")
    elif looks_binary(data):
        raise ImportFileError("this is a binary file, not a vCard", file=filename)
    data = data.removeprefix(UTF8_BOM)
    records: list[ContactRecord] = []
    skipped: list[Skipped] = []
    seen_any = False
    for number, lines in split_cards(LINE_END.split(data)):
        seen_any = True
        where = f"card {number}"
        try:
            found = _read_card(lines, where, default_region)
        except CardError as error:
            found = Skipped(where, str(error))
        if isinstance(found, Skipped):
            skipped.append(found)
        else:
            records.append(found)
    if not seen_any:
        raise ImportFileError("the file holds no BEGIN:VCARD, so no contacts", file=filename)
    return ContactFile("vcard", records, skipped)


def _read_card(
    lines: list[bytes] | str, where: str, default_region: str
) -> ContactRecord | Skipped:
    """Return the card's contact, or why it is left out; raise CardError when unreadable."""
    if isinstance(lines, str):
        raise CardError(lines)
    card = parse_card(lines)
    if reason := _not_a_person(card):
        return Skipped(where, reason)
    record = _record(card, where, default_region)
    # vCard 3.0 has no KIND: a company's card has an empty N and the company in ORG and FN.
    reason = left_out_reason(record, *card.parts("N")[:3], card.text("FN"))
    return Skipped(where, reason) if reason else record


def _not_a_person(card: Card) -> str:
    """Return why ``card`` is left out as no person (a group, a company, a place), or ""."""
    # vCard 3.0 has no KIND: Apple's address book server, and iCloud and Fastmail after it,
    # mark a group with a property of their own.
    kind = card.text("KIND") or card.text("X-ADDRESSBOOKSERVER-KIND")
    return _NOT_PEOPLE.get(kind.lower(), "")


def _linkedin_slug(card: Card, urls: list[str]) -> str:
    for url in urls:
        if slug := slug_from_url(url):
            return slug
    for prop in card.all("X-SOCIALPROFILE"):
        # iOS may write only the user: X-SOCIALPROFILE;type=linkedin;x-user=jdoe:x-apple:jdoe
        if "LINKEDIN" in prop.types() and prop.params.get("X-USER"):
            return prop.params["X-USER"][0].strip().lower()
    return ""


def _record(card: Card, where: str, default_region: str) -> ContactRecord:
    family, given, additional = [*card.parts("N"), "", "", ""][:3]
    first, last = clean_name(given.replace(",", " ")), clean_name(family.replace(",", " "))
    full_name = card.text("FN")
    if card.text("X-ABSHOWAS").upper() == "COMPANY":
        # Apple's FN is then the company: a person shown by their company is named in N.
        full_name = join_name(first, additional, last) or full_name
    elif full_name and not (first or last):
        first, last = split_full_name(full_name)
    company = next(iter(card.parts("ORG")), "")
    emails, left_out_emails = split_emails(
        email.removeprefix("mailto:") for email in card.values("EMAIL")
    )
    # Faxes are left out (``values``): they reach no one.
    phones, left_out_phones = split_phones(card.values("TEL"), default_region)
    urls = [unescape(decode_value(p)) for p in (*card.all("URL"), *card.all("X-SOCIALPROFILE"))]
    urls = unique([url for url in urls if "://" in url or url.startswith("www.")])
    full_name = full_name or join_name(first, additional, last) or company or next(iter(emails), "")
    slug = _linkedin_slug(card, urls)
    categories = []
    for prop in card.all("CATEGORIES"):
        categories += [c for c in components(decode_value(prop), ",") if c]
    return ContactRecord(
        source_format="vcard",
        where=where,
        first_name=first,
        last_name=last,
        full_name=full_name,
        emails=emails,
        phones=phones,
        urls=urls,
        linkedin_slug=slug,
        company=company,
        position=card.text("TITLE") or card.text("ROLE"),
        notes="\n\n".join(unescape(decode_value(p)) for p in card.all("NOTE")).strip(),
        source_key=card.text("UID") or slug or next(iter(emails), "").lower(),
        raw=_raw(card, categories),
        left_out_emails=left_out_emails,
        left_out_phones=left_out_phones,
    )


def _raw(card: Card, categories: list[str]) -> dict[str, str]:
    """Return every text property by lower-case name (Apple labels added), pictures left out."""
    raw: dict[str, str] = {}
    for prop in card.properties:
        if prop.name in _BINARY_PROPERTIES or prop.name == "VERSION":
            continue
        value = (
            clean(decode_value(prop)) if prop.name in _STRUCTURED else unescape(decode_value(prop))
        )
        if not value:
            continue
        key = prop.name.lower()
        if prop.group in card.labels:
            key = f"{key} ({card.labels[prop.group]})"
        raw[key] = f"{raw[key]}\n{value}" if key in raw else value
    if categories:
        raw["categories"] = ", ".join(unique(categories))
    return raw
