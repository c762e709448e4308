"""Import any supported file: recognise it by content, then hand it to its importer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings

from rapport.core.errors import ImportFileError
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
    from rapport.contacts.importer import import_contacts

    run = import_contacts(user, data, filename, fmt=kind, progress=progress)
    return run
