"""Import any supported file: recognise it by content, then hand it to its importer."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from django.conf import settings

from rapport.core.errors import ImportFileError
from rapport.formats.kinds import OWN_FORMATS, TOUCH_FORMATS
from rapport.imports.models import ImportRun
from rapport.lib.memory import collector_paused

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def import_bytes(
    user: User,
    data: bytes,
    filename: str,
    *,
    fmt: str | None = None,
    shift: timedelta | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportRun:
    """Import ``data`` (the content of ``filename``) for ``user``; return the recorded run."""
    from rapport.formats.detect import sniff

    _check_size(len(data), filename)
    if fmt is None and _is_export(io.BytesIO(data)):
        from rapport.import_page.archives import import_export

        return import_export(
            user, io.BytesIO(data), filename, size=len(data), progress=progress, shift=shift
        )
    kind = fmt or sniff(data)
    if kind == "ics":
        from rapport.meetings.importer import import_calendar

        run: ImportRun = import_calendar(user, data, filename, shift=shift, progress=progress)
        return run
    # Any other zip is LinkedIn's whole export; forced to "linkedin", only its connections
    # are read.
    if kind == "linkedin_archive" or (fmt is None and data.startswith(b"PK\x03\x04")):
        return _import_archive(user, data, filename, progress, shift)
    if kind == "email":
        return import_mailbox(
            user, io.BytesIO(data), filename, size=len(data), progress=progress, shift=shift
        )
    if kind in TOUCH_FORMATS:
        from rapport.touches.importer import import_touches

        return import_touches(user, data, filename, progress=progress, shift=shift)
    if kind in OWN_FORMATS:
        return _import_own(user, data, filename, kind)
    from rapport.contacts.importer import import_contacts

    run = import_contacts(user, data, filename, fmt=kind, progress=progress)
    return run


def import_path(
    user: User,
    path: Path,
    filename: str,
    *,
    fmt: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportRun:
    """Import the file at ``path`` (``filename`` to the user); return the recorded run.

    A mailbox, and the archive of a mail export (Google Takeout's zip or .tgz), are read
    from the disk as they are needed, so no limit applies to their size: in an archive,
    only what its address books and calendars inflate to counts toward it. Anything else
    is read whole, up to ``RAPPORT_MAX_IMPORT_BYTES``.
    """
    from rapport.formats.headers import looks_like_mail

    with path.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        head = stream.read(4096)
        stream.seek(0)
        if fmt is None and _is_export(stream):
            from rapport.import_page.archives import import_export

            stream.seek(0)
            return import_export(user, stream, filename, size=size, progress=progress)
        if fmt == "email" or (fmt is None and looks_like_mail(head)):
            stream.seek(0)
            return import_mailbox(user, stream, filename, size=size, progress=progress)
        _check_size(size, filename)
        stream.seek(0)
        data = stream.read()
    return import_bytes(user, data, filename, fmt=fmt, progress=progress)


def _check_size(size: int, filename: str) -> None:
    if size > settings.RAPPORT_MAX_IMPORT_BYTES:
        limit = settings.RAPPORT_MAX_IMPORT_BYTES // (1024 * 1024)
        raise ImportFileError(
            f"the file is {size / 1024 / 1024:.0f} MB; Rapport imports files up to {limit} MB",
            file=filename,
        )


def _is_export(stream: BinaryIO) -> bool:
    """Return True when ``stream`` is an archive to read as a mail export: a tar, or a zip
    that is not LinkedIn's export (which keeps a reader of its own)."""
    from rapport.formats.detect import is_archive

    head = stream.read(512)
    stream.seek(0)
    if not is_archive(head):
        return False
    from rapport.formats.linkedin_archive import is_linkedin_export

    return not head.startswith(b"PK\x03\x04") or not is_linkedin_export(stream)


def _import_own(user: User, data: bytes, filename: str, kind: str) -> ImportRun:
    """Import one of the user's own LinkedIn files alone: its suggestions, nothing written."""
    from rapport.core.errors import UnknownFormatError
    from rapport.formats.encoding import decode_text
    from rapport.formats.headers import own_format
    from rapport.formats.kinds import FORMATS
    from rapport.formats.linkedin_own import read_own
    from rapport.import_page.suggestions import import_own

    decoded = decode_text(data, filename)
    # A forced format is checked against the header: the reader needs that file's columns.
    found = own_format(decoded.text[:65536])
    if found is None:
        raise UnknownFormatError(f"this CSV is not a {FORMATS[kind]} file", file=filename)
    parsed = read_own(decoded.text, filename, found)
    parsed.encoding = decoded.encoding
    parsed.notes = [*decoded.notes, *parsed.notes]
    return import_own(user, parsed, filename)


def _import_archive(
    user: User,
    data: bytes,
    filename: str,
    progress: Callable[[int, int], None] | None,
    shift: timedelta | None = None,
) -> ImportRun:
    """Import LinkedIn's whole export: its connections, then everything else it holds.

    The connections, the suggestions from the user's own files and the messages are each
    an import of their own (listed, reported and undone on their own); the run returned
    is the messages' one when there are messages, and its report names the others. The
    archive is read before anything is written, so a damaged zip imports nothing.
    """
    from rapport.contacts.importer import import_contacts
    from rapport.formats.linkedin_archive import holds_connections, read_archive_parts
    from rapport.import_page.report import sentence
    from rapport.import_page.suggestions import import_own
    from rapport.touches.identity import who_is_me
    from rapport.touches.importer import import_touches

    with collector_paused():
        parts = read_archive_parts(
            data, filename, me=who_is_me(user), max_bytes=settings.RAPPORT_MAX_IMPORT_BYTES
        )
    parsed = parts.touches
    has_touches = parsed is not None and parsed.read > 0
    runs: list[tuple[str, ImportRun]] = []
    if holds_connections(data):
        contacts = import_contacts(user, data, filename, fmt="linkedin", progress=progress)
        runs.append(("Its connections were imported first", contacts))
    if parts.own is not None and parts.own.read:
        parts.own.encoding = ""
        own = import_own(user, parts.own, filename)
        runs.append(("Your profile, positions and preferences were read", own))
    if parsed is None or not has_touches:
        if not runs:
            raise ImportFileError(
                "the zip holds no LinkedIn connections, messages, invitations, endorsements, "
                "recommendations or profile of yours",
                file=filename,
            )
        last = runs[-1][1]
        earlier = runs[:-1]
    else:
        last = import_touches(user, data, filename, parsed=parsed, progress=progress, shift=shift)
        earlier = runs
    notes = [
        f"{what}, as an import of their own with its own undo: "
        f"{sentence(run.format, run.counts, run.encoding)}"
        for what, run in earlier
    ]
    if notes:
        last.notes = [*notes, *last.notes]
        last.save(update_fields=["notes"])
    return last


def import_mailbox(
    user: User,
    stream: BinaryIO,
    filename: str,
    *,
    size: int,
    progress: Callable[[int, int], None] | None = None,
    shift: timedelta | None = None,
) -> ImportRun:
    """Import an mbox or .eml read from ``stream`` (``size`` bytes long) as it is read.

    No size limit applies: the mailbox is read one message at a time, whatever its size.
    """
    from rapport.formats.mail import read_mail
    from rapport.touches.identity import my_addresses
    from rapport.touches.importer import import_touches

    def advance(_messages: int) -> None:
        if progress is not None:
            progress(stream.tell(), size)

    # Read with the cycle collector paused, as ``import_touches`` writes: 100,000 messages
    # are a million objects in no cycle, walked again and again by the collector otherwise.
    with collector_paused():
        parsed = read_mail(stream, filename, me=my_addresses(user), progress=advance)
    return import_touches(user, b"", filename, parsed=parsed, progress=progress, shift=shift)
