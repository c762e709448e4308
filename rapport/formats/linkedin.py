"""Read LinkedIn's ``Connections.csv``, alone or inside the whole data-export zip.

Shapes seen in the wild, all read here:

- the current export: a three-line preamble (``Notes:``, a quoted paragraph, a blank line),
  then ``First Name,Last Name,URL,Email Address,Company,Position,Connected On`` with dates
  like ``05 Sep 2023`` and mostly empty emails; rows of hidden accounts carry only a date;
- older exports without the URL column or the preamble, dates like ``1/8/18, 6:14 PM``;
- Excel re-saves: preamble gone, dates like ``5-Sep-23``, CRLF, Windows-1252, perhaps ``;``;
- names with credentials (``Holm, CPA``), honorifics (``Dr.``), emoji and stray spaces.

Rows are numbered as a spreadsheet shows them once the preamble is gone: the header is
row 1, the first connection row 2; a quoted cell spanning lines still counts as one row.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Set as AbstractSet
from datetime import date
from functools import lru_cache
from operator import itemgetter
from pathlib import PurePosixPath
from urllib.parse import unquote

from rapport.core.errors import ImportFileError
from rapport.core.records import (
    ContactFile,
    ContactRecord,
    Skipped,
    TableDigests,
    record_digest,
)
from rapport.formats.names import clean_last_name, clean_name
from rapport.formats.reachable import is_email
from rapport.formats.text import (
    NOBODY_REASON,
    clean,
    decode,
    read_table,
)

HIDDEN_REASON = "hidden LinkedIn account (only a date)"
#: The columns of a Connections.csv in the order LinkedIn writes them: a contact's page shows
#: a row's fields in this order, whatever order they are stored in.
CONNECTIONS_COLUMNS = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
#: A Connections.csv is a few MB even for 30,000 connections; what a zip inflates to counts
#: toward the import limit, which the caller passes (the settings hold it, not this layer).
MAX_CSV_BYTES = 100 * 1024 * 1024
#: How much of a zip member is inflated at a time, so the limit is checked as it grows.
CHUNK_BYTES = 1024 * 1024

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{2,4})$")  # 05 Sep 2023
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")  # Sep 5, 2023
_NUMERIC_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})(?:,? .*)?$")  # 1/8/18, 6:14 PM
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})$")  # 05.09.2023, German Excel
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PROFILE_PATH = re.compile(r"linkedin\.com/in/([^/?#\s]+)", re.IGNORECASE)
_PROFILE_PREFIX = "linkedin.com/in/"
_SLUG_AT = re.compile(r"([^/?#\s]+)")
_CANONICAL = "https://www.linkedin.com/in/"
_AFTER = len(_CANONICAL)
#: A slug with nothing to decode or cut, and at most the one slash LinkedIn ends it with.
_PLAIN_SLUG = re.compile(r"[^/?#%\s]+/?")


def slug_from_url(url: str) -> str:
    """Return the profile slug of a LinkedIn profile URL, lower-cased and URL-decoded.

    ``https://www.linkedin.com/in/jane-doe-4a1b2c3/`` gives ``jane-doe-4a1b2c3``; any other
    URL gives "".
    """
    # LinkedIn's own files write every profile this one way: its slug is read by slicing
    # when it holds nothing to decode or cut (the same slug as the search below gives).
    if url.startswith(_CANONICAL) and url.isascii() and _PLAIN_SLUG.fullmatch(url, _AFTER):
        return url[_AFTER:].rstrip("/").lower()
    return _slug_in(url)


def _slug_in(url: str) -> str:
    """Return ``slug_from_url(url)``, found wherever the profile path is in ``url``."""
    match = _profile_path(url)
    if match is None:
        return ""
    slug: str = match.group(1)
    # Most slugs hold no escape: unquote's own call was a third of this function's time.
    return (unquote(slug) if "%" in slug else slug).strip().lower()


def _profile_path(url: str) -> re.Match[str] | None:
    """Return ``_PROFILE_PATH.search(url)``, found by plain text search in an ASCII URL.

    The case-blind pattern made the regex engine try every position of every URL.
    """
    if not url.isascii():
        return _PROFILE_PATH.search(url)
    lowered = url.lower()  # ASCII: the same length, and what a case-blind match compares
    start = lowered.find(_PROFILE_PREFIX)
    while start >= 0:
        match = _SLUG_AT.match(url, start + len(_PROFILE_PREFIX))
        if match is not None:
            return match
        start = lowered.find(_PROFILE_PREFIX, start + 1)
    return None


@lru_cache(maxsize=4096)
def parse_connected_on(text: str) -> date | None:
    """Return the date of a ``Connected On`` cell in any of LinkedIn's or Excel's shapes.

    Slashed dates are month first, as LinkedIn wrote them, unless the first number cannot be
    a month; dotted dates are day first; two-digit years are 20xx.
    Returns None for anything else rather than guessing.
    """
    text = text.strip()
    try:
        if match := _DAY_MONTH_YEAR.match(text):
            day, month, year = match.groups()
            return date(_year(year), _MONTHS[month.lower()], int(day))
        if match := _MONTH_DAY_YEAR.match(text):
            month, day, year = match.groups()
            return date(int(year), _MONTHS[month.lower()], int(day))
        if match := _NUMERIC_US.match(text):
            first, second, year = match.groups()
            month, day = int(first), int(second)
            # A British Excel re-save writes day first; only a day above 12 shows it.
            if month > 12 >= day:
                month, day = day, month
            return date(_year(year), month, day)
        if match := _DOTTED.match(text):
            day, month, year = match.groups()
            return date(_year(year), int(month), int(day))
        if match := _ISO.match(text):
            return date(*(int(part) for part in match.groups()))
    except (KeyError, ValueError):
        return None
    return None


def _year(text: str) -> int:
    # LinkedIn started in 2003, so a two-digit year is never 19xx.
    return 2000 + int(text) if len(text) <= 2 else int(text)


def read_linkedin(
    data: bytes,
    filename: str,
    max_bytes: int = MAX_CSV_BYTES,
    known: AbstractSet[str] = frozenset(),
) -> ContactFile:
    """Return the connections in a ``Connections.csv`` or a LinkedIn export zip holding one.

    Rows whose ``record_digest`` is in ``known`` are counted as unchanged, not returned.

    Raises ImportFileError when the zip has no Connections.csv or it inflates past
    ``max_bytes``, the text cannot be decoded, or the First Name / Last Name columns are missing.
    """
    if data.startswith(b"PK"):
        data, filename = connections_from_zip(data, filename, max_bytes)
    return read_connections(decode(data, filename), filename, known)


def read_connections(
    text: str, filename: str, known: AbstractSet[str] = frozenset()
) -> ContactFile:
    """Return the connections in the text of a ``Connections.csv`` (``known``: as above)."""
    table = read_table(text, filename, lambda keys: {"first name", "last name"} <= keys)
    first_col = table.column("first name")
    last_col = table.column("last name")
    table.require(filename, First_Name=first_col, Last_Name=last_col)
    found = (
        first_col,
        last_col,
        table.column("url", "profile url"),
        table.column("email address", "e-mail address", "email"),
        table.column("company"),
        table.column("position"),
        table.column("connected on"),
    )
    # A missing column reads from one padding cell past the header, always empty; this keeps
    # the loop free of per-cell checks, which matters at 30,000 rows.
    width = len(table.header)
    pick = itemgetter(*(width if index is None else index for index in found))
    names = table.names
    # Every record's fingerprint: a re-import compares it, a new contact stores it.
    digests = TableDigests("linkedin", names) if len(set(names)) == len(names) else None

    # Only a cell holding a Windows line end needs more than stripping.
    strip = str.strip if "\r" not in text else clean

    records: list[ContactRecord] = []
    skipped: list[Skipped] = []
    unchanged = 0
    for row, cells in table.rows:
        # A row no wider than the header (the usual one) is padded past it with empty cells.
        padded = len(cells) <= width
        if padded:
            if len(cells) == width:
                cells.append("")  # the reader's own list: no copy for the usual row
            else:
                cells = cells + [""] * (width + 1 - len(cells))
        values = list(map(strip, cells))
        first, last, url, email, company, position, connected = pick(values)
        if not (first or last or url or email or company or position):
            if connected:
                skipped.append(Skipped(f"row {row}", HIDDEN_REASON))
            continue
        slug = slug_from_url(url) if "/in/" in url else ""
        # Old exports have no URL: the email is the next most stable key.
        key = slug or email.lower()
        if padded and digests is not None:
            # The usual row: its fingerprint's text of its fields is the text its contact's
            # source record stores, and its fields are made only when it is new.
            digest, fields = digests(key, values)
            if digest in known:
                unchanged += 1
                continue
            raw = digests.fields(values)
        else:
            raw = table.raw(values, cleaned=True)
            digest, fields = record_digest("linkedin", key, raw), ""
            if digest in known:
                unchanged += 1
                continue
        left_out_emails: tuple[str, ...] = ()
        if email and not is_email(email):
            # An old export's hidden address: urn:li:member:… (the key keeps it: it is stable).
            left_out_emails, email = (email,), ""
        first, last = clean_name(first), clean_last_name(last)
        # join_name, inlined: it was a twelfth of reading a row.
        full_name = f"{first} {last}" if first and last else first or last
        # nobody(), inlined: a LinkedIn row has no phone.
        if not (full_name or email or slug):
            skipped.append(Skipped(f"row {row}", NOBODY_REASON))
            continue
        # Fields in their declared order: by keyword, building the record took 40% longer.
        records.append(
            ContactRecord(
                "linkedin",  # source_format
                f"row {row}",  # where
                first,
                last,
                full_name,
                [email] if email else [],  # emails
                [],  # phones
                [url] if url else [],  # urls
                slug,  # linkedin_slug
                company,
                position,
                "",  # notes
                parse_connected_on(connected) if connected else None,
                key,  # source_key
                raw,
                digest,
                fields,  # fields_text
                left_out_emails,
            )
        )
    skipped.extend(table.skipped())
    return ContactFile("linkedin", records, skipped, unchanged=unchanged)


def connections_from_zip(
    data: bytes, filename: str, max_bytes: int = MAX_CSV_BYTES
) -> tuple[bytes, str]:
    """Return the bytes of the zip's Connections.csv (at any depth) and a name for messages.

    The member is inflated in chunks and refused as soon as it passes ``max_bytes``, whatever
    size the zip claims for it: a zip can lie, and a bomb must not be inflated whole.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ImportFileError(
            "the zip file is damaged; download the LinkedIn export again", file=filename
        ) from error
    with archive:
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir() and PurePosixPath(info.filename).name.lower() == "connections.csv"
        ]
        if not members:
            names = [info.filename for info in archive.infolist() if not info.is_dir()]
            listed = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
            raise ImportFileError(
                "the zip holds no Connections.csv (ask LinkedIn for an export that includes "
                f"Connections); it holds: {listed or 'nothing'}",
                file=filename,
            )
        member = min(members, key=lambda info: info.filename.count("/"))
        inner = f"{filename}/{member.filename}"
        too_large = ImportFileError(
            f"the contacts in this zip unpack to more than {max_bytes / 1024 / 1024:g} MB, "
            "more than Rapport imports; nothing was imported",
            file=inner,
        )
        if member.file_size > max_bytes:
            raise too_large
        try:
            return inflate_member(archive, member, max_bytes, too_large), inner
        except (
            RuntimeError,
            ValueError,
            EOFError,
            zipfile.BadZipFile,
            OSError,
            zlib.error,
        ) as error:
            # RuntimeError: encrypted member; the others: a truncated or corrupt archive.
            raise ImportFileError(f"Connections.csv cannot be read: {error}", file=inner) from error


def inflate_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, max_bytes: int, too_large: Exception
) -> bytes:
    """Return the member's bytes, inflated in chunks; raise ``too_large`` past ``max_bytes``."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(member) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            total += len(chunk)
            if total > max_bytes:
                raise too_large
            chunks.append(chunk)
    return b"".join(chunks)
