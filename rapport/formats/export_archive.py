"""Read the archives people get when they export their mail: Google Takeout, a zipped Apple Mail.

Google Takeout sends a zip (or a .tgz, when chosen) holding ``Takeout/Mail/All mail
Including Spam and Trash.mbox`` and, when chosen, address books under ``Takeout/Contacts/``
and one ``.ics`` per calendar under ``Takeout/Calendar/``. Apple Mail's "Export Mailbox…"
writes a folder ``INBOX.mbox`` holding a file named ``mbox``, which people zip to upload.

Each member is recognised by its start, never by its name: a mailbox, an address book
Rapport reads (vCard or a contacts CSV) or a calendar. A mailbox is read as a stream straight
out of the archive, one message at a time, so no mailbox is ever held whole, whatever its
size; the other members are inflated whole, together up to ``max_bytes``. Every other member
is named, so that the report can say what was not read.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import IO, TYPE_CHECKING, BinaryIO

from rapport.core.errors import ImportFileError
from rapport.core.records import TouchFile
from rapport.formats.detect import READERS, SNIFF_BYTES, is_archive, sniff
from rapport.formats.headers import looks_like_mail
from rapport.formats.linkedin import CHUNK_BYTES
from rapport.formats.mail import read_mail

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAILBOX = "email"
CALENDAR = "ics"
#: The contacts formats an archive's address book may be in (vCard, Google's CSV, …).
ADDRESS_BOOKS = frozenset(READERS)
_ZIP = b"PK\x03\x04"
#: What a member's failure to inflate raises: a bad CRC, a cut stream, a password.
_MEMBER_ERRORS = (
    RuntimeError,
    ValueError,
    EOFError,
    zipfile.BadZipFile,
    tarfile.TarError,
    OSError,
    zlib.error,
)


@dataclass
class Part:
    """One member Rapport reads: its path in the archive, its kind and what it holds."""

    member: str
    kind: str
    #: The member's bytes, for an address book or a calendar.
    data: bytes = b""
    #: The messages read, for a mailbox.
    mail: TouchFile | None = None

    @property
    def name(self) -> str:
        """The member's own name, without its folders."""
        return PurePosixPath(self.member).name


@dataclass
class ExportContents:
    """What an archive holds: the parts Rapport reads, and the names of the other files."""

    parts: list[Part] = field(default_factory=list)
    #: Files of a kind Rapport does not read, by their own names.
    others: list[str] = field(default_factory=list)
    #: Files with nothing in them.
    empty: list[str] = field(default_factory=list)


def read_export(
    stream: BinaryIO,
    filename: str,
    *,
    me: Iterable[str] = (),
    max_bytes: int,
    progress: Callable[[], None] | None = None,
) -> ExportContents:
    """Return what the zip or tar ``stream`` holds; ``me`` are the user's addresses.

    A zip must be seekable; a tar (gzipped or not) is read in one pass. ``progress()`` is
    called as mailboxes are read. Raises ImportFileError when the archive is damaged or its
    address books and calendars inflate past ``max_bytes`` together.
    """
    contents = ExportContents()
    budget = max_bytes
    for member, body in _members(stream, filename):
        inner = f"{filename}/{member}"
        try:
            head = _read(body, SNIFF_BYTES)
            kind = _kind(head)
            name = PurePosixPath(member).name
            if kind is None:
                (contents.others if head.strip() else contents.empty).append(name)
            elif kind == MAILBOX:
                whole = io.BufferedReader(_Rejoined(head, body), SNIFF_BYTES)
                mail = read_mail(whole, inner, me=me, progress=lambda _n: _call(progress))
                contents.parts.append(Part(member, kind, mail=mail))
            else:
                data = head + _read_rest(body, budget - len(head), max_bytes, inner)
                budget -= len(data)
                contents.parts.append(Part(member, kind, data=data))
        except _MEMBER_ERRORS as error:
            raise _damaged_member(inner) from error
        _call(progress)
    return contents


def _call(progress: Callable[[], None] | None) -> None:
    if progress is not None:
        progress()


def _kind(head: bytes) -> str | None:
    """Return the kind of a member by its start: a mailbox, a calendar, an address book's
    format, or None when Rapport does not read it (an archive inside is not opened)."""
    if not head.strip() or is_archive(head):
        return None
    if looks_like_mail(head):
        return MAILBOX
    kind = sniff(head)
    return kind if kind == CALENDAR or kind in ADDRESS_BOOKS else None


def _members(stream: BinaryIO, filename: str) -> Iterator[tuple[str, IO[bytes]]]:
    """Yield each file of the archive, in its order: its path, and a stream of its bytes
    (read it before asking for the next). Folders and macOS's own files are left out."""
    head = stream.read(512)
    stream.seek(0)
    if head.startswith(_ZIP):
        yield from _zip_members(stream, filename)
    else:
        yield from _tar_members(stream, filename)


def _zip_members(stream: BinaryIO, filename: str) -> Iterator[tuple[str, IO[bytes]]]:
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ImportFileError(
            "the zip file is damaged or cut short; download it again", file=filename
        ) from error
    with archive:
        for info in archive.infolist():
            if info.is_dir() or _is_macos_own(info.filename):
                continue
            try:
                body = archive.open(info)
            except _MEMBER_ERRORS as error:
                raise _damaged_member(f"{filename}/{info.filename}") from error
            with body:
                yield info.filename, body


def _tar_members(stream: BinaryIO, filename: str) -> Iterator[tuple[str, IO[bytes]]]:
    # "r|*" reads the tar as a stream, never seeking back: a gzipped tar's bytes are
    # inflated once, in order, however large.
    damaged = ImportFileError(
        "the archive is damaged, cut short, or not a zip or tar archive; download it again",
        file=filename,
    )
    try:
        archive = tarfile.open(fileobj=stream, mode="r|*")  # noqa: SIM115 (closed below)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise damaged from error
    with archive:
        try:
            for info in archive:
                if not info.isfile() or _is_macos_own(info.name):
                    continue
                body = archive.extractfile(info)
                if body is not None:
                    with body:
                        yield info.name, body
        except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
            raise damaged from error


def _damaged_member(inner: str) -> ImportFileError:
    return ImportFileError(
        "this file in the archive is damaged or locked with a password and cannot be read; "
        "download the archive again",
        file=inner,
    )


def _is_macos_own(path: str) -> bool:
    """Return True for what macOS adds when it zips a folder: never the user's own files."""
    parts = PurePosixPath(path).parts
    return "__MACOSX" in parts or parts[-1].startswith("._") or parts[-1] == ".DS_Store"


def _read(stream: IO[bytes], size: int) -> bytes:
    """Return up to ``size`` bytes of ``stream`` (fewer only at its end)."""
    chunks: list[bytes] = []
    left = size
    while left > 0 and (chunk := stream.read(left)):
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_rest(stream: IO[bytes], budget: int, limit: int, inner: str) -> bytes:
    """Return the rest of a member, inflated in chunks; raise past ``budget`` bytes."""
    chunks: list[bytes] = []
    total = 0
    while total <= budget and (chunk := stream.read(CHUNK_BYTES)):
        total += len(chunk)
        chunks.append(chunk)
    if total > budget:
        raise ImportFileError(
            f"the address books and calendars in the archive unpack to more than "
            f"{limit / 1024 / 1024:g} MB in all, more than Rapport imports",
            file=inner,
        )
    return b"".join(chunks)


class _Rejoined(io.RawIOBase):
    """A member's bytes from its start again, once its head was read to recognise it."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            count = min(len(view), len(self._head))
            view[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)
