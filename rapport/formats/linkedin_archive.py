"""Read the touches in LinkedIn's data export: one CSV alone, or the whole archive zip.

Each file is recognised by its header, never by its name (people rename files), except
that a recommendations file's name says which way it went. In the archive
(``Basic_LinkedInDataExport_*.zip`` or ``Complete_…``) every CSV member is looked at: those
holding touches are read, so are the user's own files (profile, positions, job-seeker
preferences, followed companies: ``linkedin_own``), ``Connections.csv`` is left to the
contacts import, and the others are named in a note. What the members inflate to counts,
together, toward one limit.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import BinaryIO

from rapport.core.errors import ImportFileError, UnknownFormatError
from rapport.core.own_profile import OwnProfile
from rapport.core.records import Person, Skipped, TouchFile
from rapport.formats import linkedin_gives, linkedin_invitations, linkedin_messages
from rapport.formats.detect import SNIFF_BYTES, sniff
from rapport.formats.encoding import decode_text
from rapport.formats.headers import (
    ENDORSEMENTS,
    INVITATIONS,
    MESSAGES,
    RECOMMENDATIONS,
    TOUCH_HEADERS,
    Looks,
    own_format,
    touch_format,
)
from rapport.formats.kinds import OWN_FORMATS
from rapport.formats.kinds import TOUCH_FORMATS as TOUCH_KINDS
from rapport.formats.linkedin import MAX_CSV_BYTES, inflate_member
from rapport.formats.linkedin_own import OwnFile, read_own
from rapport.formats.text import looks_binary

Reader = Callable[[str, str, Person | None], TouchFile]

_READERS: dict[str, Reader] = {
    MESSAGES: linkedin_messages.read_messages,
    INVITATIONS: linkedin_invitations.read_invitations,
    ENDORSEMENTS: linkedin_gives.read_endorsements,
    RECOMMENDATIONS: linkedin_gives.read_recommendations,
}
#: Format -> (does a header look like it, reader of its text), narrowest header first.
TOUCH_FORMATS: dict[str, tuple[Looks, Reader]] = {
    name: (looks_like, _READERS[name]) for name, looks_like in TOUCH_HEADERS.items()
}
ARCHIVE = "linkedin_archive"
#: The user's own files read from an archive, as one import.
OWN_ARCHIVE = "linkedin_own"


def read_touches(
    data: bytes,
    filename: str,
    me: Person | None = None,
    max_bytes: int = MAX_CSV_BYTES,
) -> TouchFile:
    """Return the touches in one archive CSV, or in every archive CSV of a LinkedIn zip.

    ``me`` is the user when already known (their plan's name). Raises UnknownFormatError
    when nothing in ``data`` holds touches, ImportFileError when the zip is damaged or
    inflates past ``max_bytes``.
    """
    if data.startswith(b"PK\x03\x04"):
        archive = read_archive(data, filename, me, max_bytes)
        if archive is None:
            raise UnknownFormatError(
                "the zip holds no LinkedIn messages, invitations, endorsements or recommendations",
                file=filename,
            )
        return archive
    if looks_binary(data):
        raise ImportFileError("this is a binary file, not text", file=filename)
    decoded = decode_text(data, filename)
    kind = touch_format(decoded.text[:65536])
    if kind is None:
        raise UnknownFormatError(
            "this CSV is not a LinkedIn messages, invitations, endorsements or "
            "recommendations file",
            file=filename,
        )
    parsed = TOUCH_FORMATS[kind][1](decoded.text, filename, me)
    parsed.encoding = decoded.encoding
    parsed.notes = [*decoded.notes, *parsed.notes]
    return parsed


def read_archive(
    data: bytes, filename: str, me: Person | None = None, max_bytes: int = MAX_CSV_BYTES
) -> TouchFile | None:
    """Return the touches of every member of a LinkedIn zip, or None when none holds any."""
    return read_archive_parts(data, filename, me, max_bytes).touches


@dataclass
class ArchiveParts:
    """What a LinkedIn zip holds besides its connections: touches and the user's own files."""

    touches: TouchFile | None
    own: OwnFile | None


def read_archive_parts(
    data: bytes, filename: str, me: Person | None = None, max_bytes: int = MAX_CSV_BYTES
) -> ArchiveParts:
    """Return the touches and the user's own facts of every member of a LinkedIn zip.

    Either is None when no member holds it. The user's own files are read first, so that
    the name on their profile tells who they are in the messages when ``me`` is None (or
    does not name them); messages are read next, so that the user they reveal is known for
    the others, which skip the rows that name the user.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ImportFileError(
            "the zip file is damaged; download the LinkedIn export again", file=filename
        ) from error
    found: list[tuple[str, str, str]] = []  # (format, member name, text)
    own: OwnFile | None = None
    others: list[str] = []
    budget = max_bytes
    with archive:
        for info in archive.infolist():
            name = PurePosixPath(info.filename).name
            if info.is_dir() or not name.lower().endswith(".csv"):
                continue
            if name.lower() == "connections.csv":
                continue  # the contacts import reads it
            inner = f"{filename}/{info.filename}"
            raw = _inflate(archive, info, budget, max_bytes, inner)
            budget -= len(raw)
            text = decode_text(raw, inner).text if not looks_binary(raw) else ""
            kind = touch_format(text[:65536]) if text else None
            mine = own_format(text[:65536]) if text and kind is None else None
            if kind is not None:
                found.append((kind, inner, text))
            elif mine is not None:
                own = own or OwnFile(OWN_ARCHIVE, OwnProfile())
                own.add(read_own(text, inner, mine), name)
            else:
                others.append(name)
    mine = own.profile.name if own is not None else ""
    from_profile = me is None and bool(mine)
    if me is None and mine:
        me = Person(mine)
    elif me is not None and not me.name and mine:
        # Known by e-mail or profile alone: the profile's name finds the user in the files
        # that name people by name (recommendations).
        me = replace(me, name=mine)
    touches = _merge_touches(found, me) if found else None
    if (
        from_profile
        and touches is not None
        and touches.me is not None
        and me is not None
        and touches.me.name.casefold() == me.name.casefold()
    ):
        touches.me_from = "your profile"
    if others:
        shown = ", ".join(sorted(others)[:8]) + (" and more" if len(others) > 8 else "")
        note = f"Not read from the archive (nothing Rapport reads yet): {shown}."
        (touches or own or OwnFile(OWN_ARCHIVE, OwnProfile())).notes.append(note)
    return ArchiveParts(touches, own)


def _merge_touches(found: list[tuple[str, str, str]], me: Person | None) -> TouchFile:
    found.sort(key=lambda item: item[0] != MESSAGES)
    merged = TouchFile(ARCHIVE, [], me=me, encoding="")
    for kind, inner, text in found:
        part = TOUCH_FORMATS[kind][1](text, inner, merged.me)
        # The messages' reader returns the given user with their profile URL, when found.
        merged.me = part.me or merged.me
        merged.records.extend(part.records)
        member = PurePosixPath(inner).name
        merged.skipped.extend(
            Skipped(f"{member}, {s.where}", s.reason, s.count) for s in part.skipped
        )
        merged.read += part.read
        merged.notes.extend(part.notes)
    return merged


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, limit: int, inner: str
) -> bytes:
    too_large = ImportFileError(
        f"the archive unpacks to more than {limit / 1024 / 1024:g} MB in all, "
        "more than Rapport imports; nothing was imported",
        file=inner,
    )
    if info.file_size > budget:
        raise too_large
    try:
        return inflate_member(archive, info, budget, too_large)
    except (RuntimeError, ValueError, EOFError, zipfile.BadZipFile, OSError, zlib.error) as error:
        raise ImportFileError(f"this member cannot be read: {error}", file=inner) from error


def is_linkedin_export(stream: BinaryIO) -> bool:
    """Return True when the zip ``stream`` holds a file of LinkedIn's export: a
    Connections.csv, or a CSV whose header is one of LinkedIn's (False for no zip at all).

    Only each CSV's start is inflated; any other zip (Google Takeout's, a zipped mailbox)
    is left to the archive of a mail export.
    """
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError):
        return False
    with archive:
        for info in archive.infolist():
            name = PurePosixPath(info.filename).name.lower()
            if name == "connections.csv":
                return True
            if info.is_dir() or not name.endswith(".csv"):
                continue
            try:
                with archive.open(info) as member:
                    head = member.read(SNIFF_BYTES)
            except (RuntimeError, ValueError, EOFError, zipfile.BadZipFile, OSError, zlib.error):
                continue  # the import that reads it says what is wrong
            if sniff(head) in _LINKEDIN_KINDS:
                return True
    return False


#: What LinkedIn's CSVs are recognised as: its connections, its touches, the user's own files.
_LINKEDIN_KINDS = frozenset({"linkedin", *(TOUCH_KINDS - {"email"}), *OWN_FORMATS})


def holds_connections(data: bytes) -> bool:
    """Return True when the zip ``data`` holds a Connections.csv (False for no zip at all)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        return False
    return any(PurePosixPath(name).name.lower() == "connections.csv" for name in names)
