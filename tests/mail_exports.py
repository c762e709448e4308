"""The files "export my mail" gives, built from the real-shaped fixtures in tests/data.

Google Takeout's member paths are real exports' (a 2020 .tgz listed in a blog post, Takeout
contacts and calendars in public projects): the mailbox, the address book and one calendar
per Google calendar, named for it, beside Gmail's settings and the archive's own index page.
Apple Mail's "Export Mailbox…" writes a folder named for the mailbox holding ``mbox``,
``Info.plist`` and ``table_of_contents``; zipped on a Mac, macOS adds ``__MACOSX/`` copies.
"""

from __future__ import annotations

import base64
import io
import random
import tarfile
import zipfile
from pathlib import Path

DATA = Path(__file__).parent / "data"
MAILBOX = "Takeout/Mail/All mail Including Spam and Trash.mbox"
ADDRESS_BOOK = "Takeout/Contacts/My Contacts/My Contacts.vcf"
CALENDAR = "Takeout/Calendar/jane.seeker@gmail.com.ics"
#: Gmail's settings and the archive's index page: in every Takeout, never read.
SETTINGS = {
    "Takeout/Mail/User Settings/Forwarding Addresses.json": b"[]\n",
    "Takeout/Mail/User Settings/Blocked Addresses.json": b"[]\n",
    "Takeout/Mail/User Settings/Signatures.json": b"[]\n",
    "Takeout/Mail/User Settings/Filters.json": b"[]\n",
    "Takeout/archive_browser.html": (
        b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Archive Overview</title>'
        b"</head><body><h1>Archive Overview</h1></body></html>\n"
    ),
}
TAKEOUT_NAME = "takeout-20241105T101010Z-001"


def takeout(mailbox: bytes | None = None, address_book: bytes | None = None) -> dict[str, bytes]:
    """Return Takeout's members, in its order, with the fixtures' mailbox, address book
    (Google's own vCard) and Google calendar unless others are given."""
    return {
        CALENDAR: (DATA / "calendar" / "google_export.ics").read_bytes(),
        ADDRESS_BOOK: (address_book or (DATA / "contacts" / "vcard30_google.vcf").read_bytes()),
        **{name: data for name, data in SETTINGS.items() if "/Mail/" in name},
        MAILBOX: mailbox or (DATA / "mail" / "takeout.mbox").read_bytes(),
        "Takeout/archive_browser.html": SETTINGS["Takeout/archive_browser.html"],
    }


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tgz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def apple_mail(mailbox: str = "INBOX") -> dict[str, bytes]:
    """Return the files of Apple Mail's exported mailbox folder, by their paths."""
    folder = f"{mailbox}.mbox"
    return {
        f"{folder}/Info.plist": (
            b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            b'<plist version="1.0">\n<dict/>\n</plist>\n'
        ),
        f"{folder}/mbox": (DATA / "mail" / "takeout.mbox").read_bytes(),
        f"{folder}/table_of_contents": b"\x00\x00\x00\x02\x00\x00\x00\x07" * 8,
    }


def zipped_on_a_mac(members: dict[str, bytes]) -> dict[str, bytes]:
    """Return ``members`` with the resource files macOS adds when it zips a folder."""
    extra = {
        f"__MACOSX/{Path(name).parent}/._{Path(name).name}": b"\x00\x05\x16\x07\x00\x02\x00\x00"
        for name in members
    }
    return {**members, **extra}


def write_folder(parent: Path, members: dict[str, bytes]) -> None:
    for name, data in members.items():
        path = parent / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def large_mailbox(messages: int) -> bytes:
    """Return an mbox of ``messages`` messages, each with a 100 KB attachment (random bytes:
    a real attachment compresses little)."""
    randoms = random.Random(0)
    parts = []
    for number in range(messages):
        attachment = base64.encodebytes(randoms.randbytes(75_000))
        parts.append(
            b"From nadia@hooli.example Wed Feb 28 16:45:02 2024\n"
            b"From: Nadia Haddad <nadia@hooli.example>\n"
            b"To: Alex Rivera <alex.rivera@example.com>\n"
            b"Date: Wed, 28 Feb 2024 11:45:02 -0500\n"
            b"Message-ID: <big-%d@hooli.example>\n"
            b"Subject: Slides\n"
            b'Content-Type: multipart/mixed; boundary="b"\n\n'
            b"--b\nContent-Type: text/plain\n\nThe slides, as promised.\n\n--b\n"
            b'Content-Type: application/pdf\nContent-Disposition: attachment; filename="s.pdf"\n'
            b"Content-Transfer-Encoding: base64\n\n" % number + attachment + b"--b--\n\n"
        )
    return b"".join(parts)
