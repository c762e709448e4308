"""Import any supported file: recognise it by content, then hand it to its importer."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, BinaryIO

from django.conf import settings

from rapport.core.errors import ImportFileError
from rapport.formats.kinds import TOUCH_FORMATS
from rapport.imports.models import ImportRun

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

    if len(data) > settings.RAPPORT_MAX_IMPORT_BYTES:
        limit = settings.RAPPORT_MAX_IMPORT_BYTES // (1024 * 1024)
        raise ImportFileError(
            f"the file is {len(data) / 1024 / 1024:.0f} MB; Rapport imports files up to {limit} MB",
            file=filename,
        )
    kind = fmt or sniff(data)
    if kind == "ics":
        from rapport.meetings.importer import import_calendar

        run: ImportRun = import_calendar(user, data, filename, shift=shift, progress=progress)
        return run
    # A zip is LinkedIn's whole export; forced to "linkedin", only its connections are read.
    if kind == "linkedin_archive" or (fmt is None and data.startswith(b"PK\x03\x04")):
        return _import_archive(user, data, filename, progress)
    if kind == "email":
        return import_mailbox(user, io.BytesIO(data), filename, size=len(data), progress=progress)
    if kind in TOUCH_FORMATS:
        from rapport.touches.importer import import_touches

        return import_touches(user, data, filename, progress=progress)
    from rapport.contacts.importer import import_contacts

    run = import_contacts(user, data, filename, fmt=kind, progress=progress)
    return run


def _import_archive(
    user: User, data: bytes, filename: str, progress: Callable[[int, int], None] | None
) -> ImportRun:
    """Import LinkedIn's whole export: its connections, then everything else it holds.

    The connections are an import of their own (listed, reported and undone on their own);
    the run returned is the messages' one, whose report names the other. The archive is
    read before anything is written, so a damaged zip imports nothing.
    """
    from rapport.contacts.importer import import_contacts
    from rapport.formats.linkedin_archive import holds_connections, read_archive
    from rapport.import_page.report import sentence
    from rapport.touches.importer import import_touches, who_is_me

    parsed = read_archive(
        data, filename, me=who_is_me(user), max_bytes=settings.RAPPORT_MAX_IMPORT_BYTES
    )
    has_touches = parsed is not None and parsed.read > 0
    if not holds_connections(data):
        if parsed is None or not has_touches:
            raise ImportFileError(
                "the zip holds neither Connections.csv nor LinkedIn messages, invitations, "
                "endorsements or recommendations",
                file=filename,
            )
        return import_touches(user, data, filename, parsed=parsed, progress=progress)
    contacts = import_contacts(user, data, filename, fmt="linkedin", progress=progress)
    if parsed is None or not has_touches:
        return contacts
    run = import_touches(user, data, filename, parsed=parsed, progress=progress)
    said = sentence(contacts.format, contacts.counts, contacts.encoding)
    run.notes = [
        f"Its connections were imported first, as an import of their own with its own undo: {said}",
        *run.notes,
    ]
    run.save(update_fields=["notes"])
    return run


def import_mailbox(
    user: User,
    stream: BinaryIO,
    filename: str,
    *,
    size: int,
    progress: Callable[[int, int], None] | None = None,
) -> ImportRun:
    """Import an mbox or .eml read from ``stream`` (``size`` bytes long) as it is read.

    No size limit applies: the mailbox is read one message at a time, whatever its size.
    """
    from rapport.formats.mail import read_mail
    from rapport.touches.importer import import_touches, who_is_me

    me = who_is_me(user)

    def advance(_messages: int) -> None:
        if progress is not None:
            progress(stream.tell(), size)

    parsed = read_mail(stream, filename, me=[me.email] if me else (), progress=advance)
    return import_touches(user, b"", filename, parsed=parsed, progress=progress)
