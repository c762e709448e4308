"""Tell a contacts file's format by its content and read it with the matching reader.

The file name is only used in messages: people rename exports (``contacts (1).csv``,
``export.txt``), and a vCard saved as ``.csv`` is still a vCard.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from rapport.core.errors import ImportFileError, UnknownFormatError
from rapport.core.records import ContactFile, record_digest
from rapport.formats import linkedin
from rapport.formats.encoding import UTF8_BOM, decode_text, utf16_order
from rapport.formats.headers import CONTACT_HEADERS, looks_like_mail, own_format, touch_format
from rapport.formats.kinds import FORMATS, OWN_FORMATS, TOUCH_FORMATS
from rapport.formats.text import PREAMBLE_RECORDS, clean, header_key, looks_binary

SNIFF_BYTES = 64 * 1024
_VCARD_LINE = re.compile(r"^\s*BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
Reader = Callable[[bytes, str, str, AbstractSet[str]], ContactFile]


def is_archive(head: bytes) -> bool:
    """Return True when ``head`` (a file's first 512 bytes or more) starts a zip or a tar.

    Here rather than with the archives' reader, so that telling any other file loads none
    of the archive and mail modules.
    """
    return head.startswith((b"PK\x03\x04", b"\x1f\x8b")) or head[257:262] == b"ustar"


def _read_vcard(data: bytes, filename: str, region: str, known: AbstractSet[str]) -> ContactFile:
    from rapport.formats.vcard import read_vcard

    return _leave_out(read_vcard(data, filename, region), known)


def _read_google(data: bytes, filename: str, region: str, known: AbstractSet[str]) -> ContactFile:
    from rapport.formats.google_csv import read_google_csv

    return _leave_out(read_google_csv(data, filename, region), known)


def _read_outlook(data: bytes, filename: str, region: str, known: AbstractSet[str]) -> ContactFile:
    from rapport.formats.outlook_csv import read_outlook_csv

    return _leave_out(read_outlook_csv(data, filename, region), known)


def _address_book_reader(format: str) -> Reader:
    """Return the reader of a CSV read by a column map (Thunderbird's, Yahoo's)."""

    def read(data: bytes, filename: str, region: str, known: AbstractSet[str]) -> ContactFile:
        from rapport.formats.address_book_csv import read_address_book_csv

        return _leave_out(read_address_book_csv(data, filename, format, region), known)

    return read


#: Format -> reader(data, filename, default region, known digests). LinkedIn's reader
#: leaves known records out itself, before building them: a re-read 30,000-row export is
#: the re-import people do most. The others are loaded when a file needs them: a process
#: importing one file loads one reader (sniffing needs only ``headers``).
READERS: dict[str, Reader] = {
    "linkedin": lambda data, filename, _region, known: linkedin.read_linkedin(
        data, filename, known=known
    ),
    "vcard": _read_vcard,
    "google": _read_google,
    "outlook": _read_outlook,
    "thunderbird": _address_book_reader("thunderbird"),
    "yahoo": _address_book_reader("yahoo"),
}


def sniff(data: bytes) -> str | None:
    """Return the format of ``data`` by its content, or None when it is none of them.

    One of "linkedin" (a Connections.csv or any zip, LinkedIn's export being the only zip
    read), "vcard", "google", "outlook", "thunderbird", "yahoo", or, for files not read here,
    "ics" for a calendar and a touch format ("linkedin_messages", …) for LinkedIn's other files.
    """
    if data.startswith(b"PK\x03\x04"):
        return "linkedin"
    head = _head_text(data)
    if head is None:
        return None
    start = head.lstrip()[:16].upper()
    if start.startswith("BEGIN:VCALENDAR"):
        return "ics"
    if start.startswith("BEGIN:VCARD") or _VCARD_LINE.search(head):
        return "vcard"
    if looks_like_mail(data):
        return "email"
    return touch_format(head) or own_format(head) or _sniff_csv(head)


#: The most contacts one file may hold. LinkedIn stops at 30,000 connections; past about
#: 60,000 an import no longer fits in 400 MB (docs/benchmarks.md), so a larger file is
#: refused, with the advice to split it, before anything is written.
MAX_RECORDS = 50_000
_VCARD_BEGIN = re.compile(rb"^[ \t]*BEGIN:VCARD", re.I | re.M)


def read_contacts(
    data: bytes,
    filename: str,
    format: str | None = None,
    default_region: str = "US",
    max_bytes: int = linkedin.MAX_CSV_BYTES,
    max_records: int = MAX_RECORDS,
    known: AbstractSet[str] = frozenset(),
) -> ContactFile:
    """Return the contacts in ``data``, read as ``format`` or as its content shows.

    Local phone numbers are read in ``default_region``; a zip is unpacked up to ``max_bytes``.
    Records whose ``record_digest`` is in ``known`` (read before, unchanged) are only counted.
    Raises UnknownFormatError when the content is no contacts format read here (or ``format``
    is unknown) and ImportFileError when the file is empty, binary, too large once unpacked,
    or cannot be read as a whole.
    """
    if not data.removeprefix(UTF8_BOM).strip():
        raise ImportFileError("the file is empty", file=filename)
    if format is None:
        if looks_binary(data) and not data.startswith(b"PK\x03\x04"):
            raise ImportFileError(
                "this is a binary file, not text: export your contacts as CSV or vCard",
                file=filename,
            )
        format = sniff(data)
        if format == "ics":
            raise UnknownFormatError(
                "this is a calendar (.ics), not contacts: import it as meetings", file=filename
            )
        if format is None:
            raise UnknownFormatError(_unknown_message(data), file=filename)
        if format in TOUCH_FORMATS | OWN_FORMATS:
            raise UnknownFormatError(
                f"this is {FORMATS[format]}, not contacts: import it as it is", file=filename
            )
    reader = READERS.get(format)
    if reader is None:
        formats = ", ".join(READERS)
        raise UnknownFormatError(
            f"unknown contacts format {format!r}; use one of: {formats}", file=filename
        )
    if data.startswith(b"PK\x03\x04"):
        data, filename = linkedin.connections_from_zip(data, filename, max_bytes)
    if format == "vcard" and utf16_order(data[:8192]) is None:
        # Counted before parsing: reading 200,000 cards would itself pass the memory bound.
        _check_count(len(_VCARD_BEGIN.findall(data)), max_records, filename)
    original = data
    if b"\x00" in data and utf16_order(data[:8192]) is None:
        # No database column holds a NUL; the decoder's note below counts what was removed.
        data = data.replace(b"\x00", b"")
    parsed = reader(data, filename, default_region, known)
    _check_count(
        len(parsed.records) + len(parsed.skipped) + parsed.unchanged, max_records, filename
    )
    decoded = decode_text(original, filename)
    parsed.encoding = parsed.encoding or decoded.encoding
    parsed.notes = [*decoded.notes, *parsed.notes]
    parsed.read = parsed.read or len(parsed.records) + len(parsed.skipped) + parsed.unchanged
    return parsed


def _leave_out(parsed: ContactFile, known: AbstractSet[str]) -> ContactFile:
    """Count and remove the records whose digest is in ``known``."""
    if not known:
        return parsed
    kept = []
    for record in parsed.records:
        if record_digest(record.source_format, record.source_key, record.raw) in known:
            parsed.unchanged += 1
        else:
            kept.append(record)
    parsed.records = kept
    return parsed


def _check_count(count: int, max_records: int, filename: str) -> None:
    if count > max_records:
        raise ImportFileError(
            f"this file holds {count:,} contacts; Rapport imports up to {max_records:,} from "
            "one file. Split it into smaller files and import each (nothing was imported)",
            file=filename,
        )


def _head_text(data: bytes) -> str | None:
    """Return the start of ``data`` as text for sniffing, or None when it is binary."""
    order = utf16_order(data[:8192])
    if order is not None:
        head = data[:SNIFF_BYTES]
        return head.decode(f"utf-16-{order}", errors="replace").removeprefix("\ufeff")
    if looks_binary(data):
        return None
    head = data[:SNIFF_BYTES].removeprefix(UTF8_BOM)
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:
            return head[: error.start].decode("utf-8")  # cut inside a character
        return head.decode("cp1252", errors="replace")


def _records(head: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
    records = []
    try:
        for cells in reader:
            records.append(cells)
            if len(records) == PREAMBLE_RECORDS:
                break
    except csv.Error:
        pass  # what was read so far is enough to judge
    return records


def _sniff_csv(head: str) -> str | None:
    for delimiter in ",;\t":
        for cells in _records(head, delimiter):
            keys = {header_key(cell) for cell in cells}
            for name, looks_like in CONTACT_HEADERS.items():
                if looks_like(keys):
                    return name
    return None


#: The contacts files read here, as the refusal of any other names them.
KNOWN_SOURCES = "LinkedIn, Google, Outlook, Thunderbird or Yahoo"
#: How many of an unknown CSV's columns its refusal names: enough to recognise the file.
SHOWN_COLUMNS = 5


def _unknown_message(data: bytes) -> str:
    head = _head_text(data) or ""
    first = next((cells for cells in _records(head, ",") if any(c.strip() for c in cells)), [])
    names = [clean(cell) for cell in first if cell.strip()]
    if len(first) > 1:
        columns = ", ".join(names[:SHOWN_COLUMNS])
        if len(names) > SHOWN_COLUMNS:
            columns += f" and {len(names) - SHOWN_COLUMNS} more"
        return (
            f"this CSV is not a {KNOWN_SOURCES} contacts export (its columns are: "
            f"{columns}); export the contacts again from one of those, or as a vCard (.vcf)"
        )
    return (
        f"this file is none of those Rapport reads: contacts (a {KNOWN_SOURCES} CSV, or a "
        "vCard), a calendar (.ics), LinkedIn's data archive or its files, or e-mail (.mbox or "
        ".eml, with its sender and headers)"
    )
