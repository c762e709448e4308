"""Large and odd files: linear unfolding, and a 200,000-card vCard within the memory bound."""

from __future__ import annotations

import quopri
import random
import string
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from common import peak_rss_mb, setup_django, table, timed

QP_MB = 12
FIRST = ["Alex", "Maria", "James", "Wei", "Priya", "Tomasz", "Grace", "Daniel", "Fatima", "Lena"]
# Random surnames: as unlike each other as a real company directory's, with no name repeated.
_RANDOM = random.Random(7)
LAST = sorted(
    {"".join(_RANDOM.choices(string.ascii_lowercase, k=8)).title() for _ in range(30_000)}
)
CARDS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
TOO_MANY = 200_000


def qp_vcard() -> bytes:
    """One card whose note is 12 MB of quoted-printable soft breaks, as Android writes them."""
    body = b"=4D=65=74 at the CFO roundtable, asked about FP&A roles at Medtronic.="
    lines = [
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Jos=C3=A9;;;",
        b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Start=",
        *[body] * (QP_MB * 1024 * 1024 // len(body)),
        b"end",
        b"END:VCARD",
    ]
    return b"\r\n".join(lines) + b"\r\n"


def folded_ics() -> bytes:
    """One event whose description is 12 MB folded at 75 octets."""
    chunk = b" Notes from the roundtable about FP&A roles at Medtronic and Abbott, folded"
    lines = [
        b"BEGIN:VCALENDAR",
        b"VERSION:2.0",
        b"PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        b"BEGIN:VEVENT",
        b"UID:big-1",
        b"DTSTART:20240305T150000Z",
        b"DTEND:20240305T160000Z",
        b"SUMMARY:Coffee with Priya",
        b"DESCRIPTION:Start",
        *[chunk] * (QP_MB * 1024 * 1024 // len(chunk)),
        b"END:VEVENT",
        b"END:VCALENDAR",
    ]
    return b"\r\n".join(lines) + b"\r\n"


def switchboard_vcard(cards: int) -> bytes:
    """``cards`` people at one company, every card carrying the switchboard's number."""
    out = []
    for n in range(cards):
        first, last = FIRST[n % len(FIRST)], LAST[n // len(FIRST)]
        out.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{last};{first};;;\r\nFN:{first} {last}\r\n"
            "ORG:Northwind Medical\r\nTITLE:Financial Analyst\r\n"
            f"EMAIL;TYPE=INTERNET:person{n}@northwind.example\r\n"
            "TEL;TYPE=WORK,VOICE:+1 612 555 0100\r\nEND:VCARD\r\n"
        )
    return "".join(out).encode()


def _refusal(attempt: Callable[[], object]) -> str:
    from rapport.core.errors import InputError

    try:
        attempt()
    except InputError as error:
        return error.message
    return "imported"


def _unfolding() -> tuple[float, float, Any, float, float]:
    """Time the 12 MB files; their bytes are freed when this returns."""
    from rapport.formats.ics import read_calendar
    from rapport.formats.vcard import read_vcard

    vcf = qp_vcard()
    qp_floor, _ = timed(lambda: quopri.decodestring(vcf))
    qp_time, parsed = timed(lambda: read_vcard(vcf, "big.vcf"))
    ics = folded_ics()
    ics_floor, _ = timed(lambda: ics.replace(b"\r\n ", b"").decode())
    start, end = datetime(1000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    ics_time, _ = timed(lambda: read_calendar(ics, "big.ics", window_start=start, window_end=end))
    return qp_floor, qp_time, parsed, ics_floor, ics_time


def main() -> None:
    folder = setup_django("files")
    from rapport.accounts.owner import local_owner
    from rapport.contacts.models import Contact
    from rapport.import_page.services import import_bytes

    qp_floor, qp_time, parsed, ics_floor, ics_time = _unfolding()

    user = local_owner()
    # Made inside the attempt, so its 45 MB are freed before the next measure.
    refused_time, refusal = timed(
        lambda: _refusal(lambda: import_bytes(user, switchboard_vcard(TOO_MANY), "big.vcf"))
    )
    cards = switchboard_vcard(CARDS)
    card_time, run = timed(lambda: import_bytes(user, cards, "switchboard.vcf"))
    stored = Contact.objects.owned_by(user).count()
    rss = peak_rss_mb()
    table(
        "Large files",
        [
            (f"{QP_MB} MB quoted-printable vCard: floor (quopri)", f"{qp_floor:.2f} s", "", ""),
            (
                f"{QP_MB} MB quoted-printable vCard: read",
                f"{qp_time:.2f} s ({qp_time / qp_floor:.1f}x)",
                "< 10 s",
                "yes" if qp_time < 10 and parsed.records else "NO",
            ),
            (f"{QP_MB} MB folded calendar: floor (unfold)", f"{ics_floor:.2f} s", "", ""),
            (
                f"{QP_MB} MB folded calendar: read",
                f"{ics_time:.2f} s",
                "< 10 s",
                "yes" if ics_time < 10 else "NO",
            ),
            (
                f"{CARDS:,}-card vCard, one switchboard: import",
                f"{card_time:.1f} s",
                "",
                "",
            ),
            (
                f"{TOO_MANY:,}-card vCard: refused before reading",
                f"{refused_time:.2f} s",
                "a clear reason",
                "yes" if "Split it" in refusal else "NO",
            ),
            (
                "contacts stored",
                f"{stored:,}",
                f"{CARDS:,}",
                "yes" if stored == CARDS and run.counts["new"] == CARDS else "NO",
            ),
            (
                "peak memory (whole process)",
                f"{rss:.0f} MB",
                "< 400 MB",
                "yes" if rss < 400 else "NO",
            ),
        ],
    )
    del folder


if __name__ == "__main__":
    main()
