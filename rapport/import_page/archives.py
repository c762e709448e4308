"""Import the archive of a mail export part by part: Google Takeout's zip or .tgz, a zipped
Apple Mail mailbox, or any zip of mailboxes, address books and calendars.

Each part Rapport reads is an import of its own, listed, reported and undone on its own, as
the LinkedIn archive's are: the address books first, so that the calendars' meetings and the
mailboxes' messages find the people in them, then the calendars, then the mailboxes. The run
returned is the last one; its report names the others and the files that were not read. The
whole archive is read before anything is written, and every part is written in one
transaction, so a damaged or oversized archive imports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, BinaryIO

from django.conf import settings
from django.db import transaction

from rapport.core.errors import ImportFileError
from rapport.formats.detect import KNOWN_SOURCES
from rapport.formats.export_archive import CALENDAR, MAILBOX, ExportContents, Part, read_export
from rapport.imports.models import ImportRun
from rapport.lib.memory import collector_paused

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: What each kind of part is called in a report, in the order the parts are imported.
_ROLES = ("address book", "calendar", "mailbox")
#: How many files a note names before it says how many more there are.
_SHOWN = 8
_NAME_LENGTH = ImportRun._meta.get_field("file_name").max_length or 400


def import_export(
    user: User,
    stream: BinaryIO,
    filename: str,
    *,
    size: int,
    progress: Callable[[int, int], None] | None = None,
    shift: timedelta | None = None,
) -> ImportRun:
    """Import every part of the archive read from ``stream`` (``size`` bytes long); return
    the last part's run, whose notes name the others and the files not read."""
    from rapport.touches.identity import my_addresses

    def advance() -> None:
        if progress is not None:
            progress(stream.tell(), size)

    # Read with the cycle collector paused, as a mailbox alone is (services.import_mailbox).
    with collector_paused():
        contents = read_export(
            stream,
            filename,
            me=my_addresses(user),
            max_bytes=settings.RAPPORT_MAX_IMPORT_BYTES,
            progress=advance,
        )
    if not contents.parts:
        raise ImportFileError(_nothing_read(contents), file=filename)
    parts = sorted(contents.parts, key=lambda part: _ROLES.index(_role(part.kind)))
    with transaction.atomic():
        runs = [(part, _import_part(user, part, filename, progress, shift)) for part in parts]
        last = runs[-1][1]
        notes = [*(_imported_first(part, run) for part, run in runs[:-1]), *_not_read(contents)]
        if notes:
            last.notes = [*notes, *last.notes]
            last.save(update_fields=["notes"])
    return last


def _role(kind: str) -> str:
    if kind == MAILBOX:
        return "mailbox"
    return "calendar" if kind == CALENDAR else "address book"


def _import_part(
    user: User,
    part: Part,
    filename: str,
    progress: Callable[[int, int], None] | None,
    shift: timedelta | None,
) -> ImportRun:
    """Import one part as an import of its own, named by its path in the archive."""
    name = f"{filename}/{part.member}"[:_NAME_LENGTH]
    if part.kind == MAILBOX:
        from rapport.touches.importer import import_touches

        return import_touches(user, b"", name, parsed=part.mail, progress=progress, shift=shift)
    if part.kind == CALENDAR:
        from rapport.meetings.importer import import_calendar

        run: ImportRun = import_calendar(user, part.data, name, shift=shift, progress=progress)
        return run
    from rapport.contacts.importer import import_contacts

    return import_contacts(user, part.data, name, fmt=part.kind, progress=progress)


def _imported_first(part: Part, run: ImportRun) -> str:
    from rapport.import_page.report import sentence

    return (
        f"The {_role(part.kind)} {part.name} was imported first, as an import of its own "
        f"with its own undo: {sentence(run.format, run.counts, run.encoding)}"
    )


def _not_read(contents: ExportContents) -> list[str]:
    """Return the report's notes on the archive's files that were not read."""
    notes = []
    if contents.others:
        count = len(contents.others)
        were = "file in the archive was" if count == 1 else "files in the archive were"
        notes.append(
            f"{count:,} other {were} not read, as Rapport reads only mailboxes, address books "
            f"and calendars: {_names(contents.others)}."
        )
    if contents.empty:
        count = len(contents.empty)
        were = "file in the archive was" if count == 1 else "files in the archive were"
        notes.append(f"{count:,} {were} empty: {_names(contents.empty)}.")
    return notes


def _nothing_read(contents: ExportContents) -> str:
    held = [*contents.others, *(f"{name} (empty)" for name in contents.empty)]
    if held:
        files = "file" if len(held) == 1 else "files"
        holds = f"it holds {len(held):,} {files}: {_names(held)}"
    else:
        holds = "it holds no files"
    return (
        f"this archive holds nothing Rapport reads ({holds}); Rapport reads mailboxes "
        f"(.mbox or .eml), address books (vCard, or a {KNOWN_SOURCES} contacts CSV), "
        "calendars (.ics) and LinkedIn's data export"
    )


def _names(names: list[str]) -> str:
    shown = sorted(names, key=str.casefold)[:_SHOWN]
    more = f" and {len(names) - _SHOWN:,} more" if len(names) > _SHOWN else ""
    return ", ".join(shown) + more
