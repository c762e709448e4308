"""Evidence: a LinkedIn archive (30,000 connections, 50,000 messages) and a 100,000-message
mbox, each against the floor of the standard library reading the same file alone.

Times are processor time (``time.process_time``): the machine these run on is shared, and
wall-clock ratios there say more about the neighbours than about Rapport.

Environment: BENCH_CONNECTIONS, BENCH_MESSAGES, BENCH_MAILS (sizes); BENCH_PARTS, the
parts to run (``linkedin``, ``mail``; both by default).
"""

from __future__ import annotations

import csv
import io
import mailbox
import os
import random
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import linkedin_csv, peak_rss_mb, setup_django, table

CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 30_000))
MESSAGES = int(os.environ.get("BENCH_MESSAGES", 50_000))
MAILS = int(os.environ.get("BENCH_MAILS", 100_000))
PARTS = set(os.environ.get("BENCH_PARTS", "linkedin,mail").split(","))
ME = "https://www.linkedin.com/in/alex-rivera-5b"
WORDS = (
    "Hi {name}, thank you so much for your time yesterday. Could I ask your advice on the "
    "platform team? I thought you'd find this article useful. Happy to chat next week."
).split(". ")


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Return the processor time ``fn`` took, and what it returned."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def messages_csv(
    connections: bytes, count: int, seed: int = 11, *, distinct: bool = False
) -> bytes:
    """Return a 13-column messages.csv of ``count`` messages with the given connections.

    Its texts are two of four sentences with a first name: about 250 distinct texts, each
    in 200 messages. ``distinct`` ends each with its own number instead, as if every
    message were written anew (the import reads each distinct text's words once).
    """
    rng = random.Random(seed)
    people = [
        (f"{row[0]} {row[1]}", row[2])
        for row in csv.reader(io.StringIO(connections.decode().split("\n\n", 1)[1]))
        if len(row) == 7 and row[2].startswith("https")
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT".split(",")
    )
    for n in range(count):
        name, url = people[n % (len(people) // 3)]
        mine = rng.random() < 0.5
        sender, sender_url, to, to_url = (
            ("Alex Rivera", ME, name, url) if mine else (name, url, "Alex Rivera", ME)
        )
        day = f"20{rng.randrange(18, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        text = ".\n".join(rng.sample(WORDS, 2)).format(name=name.split()[0])
        if distinct:
            text = f"{text} ({n})"
        writer.writerow(
            [
                f"2-{n // 4:x}",
                "",
                sender,
                sender_url,
                to,
                to_url,
                f"{day} 10:{n % 60:02d}:00 UTC",
                "",
                text,
                "INBOX",
                "",
                "No",
                "No",
            ]
        )
    return out.getvalue().encode()


def archive(connections: bytes, messages: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("Connections.csv", connections)
        zipped.writestr("messages.csv", messages)
    return buffer.getvalue()


def write_mbox(path: Path, count: int, seed: int = 13) -> None:
    """Write an mbox of ``count`` messages: conversations, some newsletters, some bulk."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as mbox:
        for n in range(count):
            other = f"person{n % 5000}@example.com"
            mine = rng.random() < 0.4
            sender, to = (
                ("alex.rivera@example.com", other) if mine else (other, "alex.rivera@example.com")
            )
            extra = "List-Unsubscribe: <mailto:u@news.example>\n" if n % 10 == 0 else ""
            text = " ".join(rng.sample(WORDS, 2)).format(name="there")
            mbox.write(
                f"From {sender} Mon Mar 04 10:00:00 2024\n"
                f"Message-ID: <m{n}@example.com>\n"
                f"Date: Mon, 04 Mar 2024 {n % 24:02d}:{n % 60:02d}:00 +0000\n"
                f"From: Person {n % 5000} <{sender}>\nTo: <{to}>\nSubject: Re: coffee {n % 97}\n"
                f"{extra}Content-Type: text/plain; charset=utf-8\n\n{text}\n\n"
            )


def _bare_insert(model: Any, owner: int) -> float:
    """Return the processor time of inserting ``owner``'s rows of ``model`` again as they
    are stored (text, numbers), in one executemany with the indexes built after."""
    from django.db import connection, transaction

    from rapport.lib.bulk import indexes_deferred

    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    names = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {names} FROM {table} WHERE owner_id = %s", [owner])  # noqa: S608
        stored = cursor.fetchall()
    model.objects.filter(owner_id=owner).delete()
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
    with transaction.atomic(), indexes_deferred(model, len(stored)), connection.cursor() as cursor:
        seconds, _ = timed(lambda: cursor.executemany(sql, stored))
    return seconds


def floor(data: bytes) -> float:
    """Return the best of three times of csv.reader alone over ``data``."""
    return min(
        timed(lambda: sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))))[0]
        for _ in range(3)
    )


def main() -> None:
    folder = setup_django("touches")
    from rapport.accounts.owner import local_owner

    user = local_owner()
    if "linkedin" in PARTS:
        linkedin(user)
    if "mail" in PARTS:
        mail(user, folder)
    print(f"\n(Python {sys.version.split()[0]}; processor time)")


def linkedin(user: Any) -> None:
    from django.db import transaction

    from rapport.import_page.services import import_bytes
    from rapport.lib.bulk import indexes_deferred, insert_rows
    from rapport.touches.models import Touch

    connections = linkedin_csv(CONNECTIONS)
    messages = messages_csv(connections, MESSAGES)
    data = archive(connections, messages)
    base = floor(messages)
    whole, run = timed(lambda: import_bytes(user, data, "Basic_LinkedInDataExport.zip"))
    again, rerun = timed(lambda: import_bytes(user, messages, "messages.csv"))
    touches = Touch.objects.owned_by(user).count()
    linked = Touch.objects.owned_by(user).filter(contact__isnull=False).count()
    Touch.objects.owned_by(user).delete()
    alone, _ = timed(lambda: import_bytes(user, messages, "messages.csv"))
    archive_rss = peak_rss_mb()
    # What writing the same rows costs by itself: the part of the import no reader can save.
    names = [f.attname for f in Touch._meta.concrete_fields if f.attname != "id"]
    rows = list(Touch.objects.owned_by(user).values(*names))
    Touch.objects.owned_by(user).delete()
    with transaction.atomic(), indexes_deferred(Touch, len(rows)):
        store, _ = timed(lambda: insert_rows(Touch, rows))
    # And the same rows as the database holds them, handed to the driver's executemany
    # alone: SQLite's own share, which no change in Rapport's Python can lower.
    bare = _bare_insert(Touch, user.pk)
    # Every text its own: each message's words are read, none shared with another's.
    Touch.objects.owned_by(user).delete()
    distinct = messages_csv(connections, MESSAGES, distinct=True)
    distinct_base = floor(distinct)
    apart, _ = timed(lambda: import_bytes(user, distinct, "messages.csv"))
    Touch.objects.owned_by(user).delete()
    table(
        f"LinkedIn archive: {CONNECTIONS:,} connections, {MESSAGES:,} messages (SQLite)",
        [
            ("floor: csv.reader over messages.csv", f"{base:.2f} s", "", ""),
            (
                "messages.csv import (read, classify, link, store)",
                f"{alone:.2f} s ({alone / base:.1f}x)",
                "<= 5x floor",
                "yes" if alone <= 5 * base else "NO",
            ),
            (
                "of which writing the rows alone (insert_rows)",
                f"{store:.2f} s ({store / base:.1f}x)",
                "",
                "",
            ),
            (
                "of which SQLite alone (bare executemany, same rows)",
                f"{bare:.2f} s ({bare / base:.1f}x)",
                "",
                "",
            ),
            (
                "the same, every text distinct (against its own floor)",
                f"{apart:.2f} s ({apart / distinct_base:.1f}x)",
                "",
                "",
            ),
            ("whole archive (connections, then messages)", f"{whole:.2f} s", "", ""),
            ("re-import of messages.csv", f"{again:.2f} s", "", ""),
            (
                "new touches on re-import",
                str(rerun.counts["new"]),
                "0",
                "yes" if not rerun.counts["new"] else "NO",
            ),
            ("touches stored / linked to a contact", f"{touches:,} / {linked:,}", "", ""),
            (
                "peak memory after the archive",
                f"{archive_rss:.0f} MB",
                "< 500 MB",
                "yes" if archive_rss < 500 else "NO",
            ),
        ],
    )
    print(f"(run {run.pk})")


def mail(user: Any, folder: Path) -> None:
    from rapport.import_page.services import import_mailbox

    path = folder / "inbox.mbox"
    write_mbox(path, MAILS)
    size = path.stat().st_size

    def mailbox_floor() -> int:
        return sum(1 for message in mailbox.mbox(str(path)) if message["From"])

    mail_base, _ = timed(mailbox_floor)
    with path.open("rb") as stream:
        mail_time, mail_run = timed(lambda: import_mailbox(user, stream, "inbox.mbox", size=size))
    rss = peak_rss_mb()
    path.unlink()
    table(
        f"Mailbox: {MAILS:,} messages, {size / 1024 / 1024:.0f} MB mbox (SQLite)",
        [
            ("floor: mailbox.mbox, each message's From", f"{mail_base:.2f} s", "", ""),
            (
                "mbox import (stream, parse, skip bulk, classify, store)",
                f"{mail_time:.2f} s ({mail_time / mail_base:.1f}x)",
                "<= 3x floor",
                "yes" if mail_time <= 3 * mail_base else "NO",
            ),
            (
                "touches / skipped",
                f"{mail_run.counts['new']:,} / {mail_run.counts['skipped']:,}",
                "",
                "",
            ),
            (
                "peak memory (whole process)",
                f"{rss:.0f} MB",
                "< 500 MB",
                "yes" if rss < 500 else "NO",
            ),
        ],
    )


if __name__ == "__main__":
    main()
