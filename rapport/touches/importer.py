"""Import touches: read the file, tell what each touch was, link people, in one transaction.

Every record read lands in one outcome, so ``read == new + updated + unchanged + skipped``.
A touch read before is known by its fingerprint and left alone (``unchanged``), unless it
can now be linked to a contact added since (``updated``, which undo puts back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from hashlib import blake2b
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from rapport.accounts.clock import workspace_zone
from rapport.accounts.models import Workspace
from rapport.core.evidence import Verdict, classify
from rapport.core.moments import second_texts, text_order
from rapport.core.records import Person, Skipped, TouchFile, TouchRecord
from rapport.formats.linkedin_archive import read_touches
from rapport.formats.names import is_me
from rapport.imports.models import ImportChange, ImportRun
from rapport.lib.bulk import NULL_STANDIN, indexes_deferred, insert_values
from rapport.lib.column_values import column_converter, converted, writes_utc_text
from rapport.lib.memory import collector_paused
from rapport.touches.identity import IDENTITY_CHANNELS, me_notes, who_is_me
from rapport.touches.linking import Linker
from rapport.touches.models import Touch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

Progress = Callable[[int, int], None]
OUTCOMES = ("new", "updated", "unchanged", "skipped")
EXCERPT_CHARS = 200
BATCH = 2000
#: The columns of a new touch's row, in the order ``_Importer._row_maker`` gives them
#: (the owner and the import run are the same in every row).
COLUMNS = (
    "when",
    "channel",
    "direction",
    "kind",
    "signals",
    "thread",
    "contact_id",
    "person_name",
    "person_key",
    "source",
    "reason",
    "excerpt",
    "reply_days",
    "fingerprint",
)
#: The columns whose None a row holds as ``NULL_STANDIN`` (lib/bulk.py): a reply's delay,
#: on few touches, and the contact, of none for the people not among the user's contacts.
#: On every database (the statement reads the stand-in back as NULL): PostgreSQL's driver
#: binds a None as cheaply, but one row shape for both keeps one path to test.
STANDING_IN = frozenset({"contact_id", "reply_days"})
#: How many candidate names a report lists before "and N more".
NAMES_SHOWN = 8


def fingerprints(records: list[TouchRecord], moments: list[str | None] | None = None) -> list[str]:
    """Return what names each of ``records`` across re-imports: where, when, who, which way,
    what; in their order. ``moments`` are their times' ``isoformat_texts`` when already made.

    A person (the same object in the thousands of records of the people a user writes
    with most) is keyed once.
    """
    keys: dict[int, tuple[Person, str]] = {}
    marks: list[str] = []
    add = marks.append
    if moments is None:
        moments = isoformat_texts(records)
    # A copy of an empty hash is a third cheaper than a new one (its arguments are parsed).
    fresh = blake2b(digest_size=12).copy
    for record, moment in zip(records, moments, strict=True):
        person = record.person
        known = keys.get(id(person))
        if known is None or known[0] is not person:
            known = keys[id(person)] = (person, person.key())
        text = "\x1e".join(
            (
                record.channel,
                record.direction,
                record.source_key,
                known[1],
                moment or record.when.isoformat(),
                record.text,
            )
        )
        # ASCII text (most messages) is its own UTF-8: encoded without an error handler.
        data = text.encode() if text.isascii() else text.encode("utf-8", "surrogatepass")
        digest = fresh()
        digest.update(data)
        add(digest.hexdigest())
    return marks


def isoformat_texts(records: list[TouchRecord]) -> list[str | None]:
    """Return each record's time as ``isoformat`` writes a whole UTC second, else None."""
    return second_texts([record.when for record in records], "T", "+00:00")


def excerpt(text: str) -> str:
    """Return the first words of ``text``, whitespace made single, or "" when excerpts are off."""
    if not settings.RAPPORT_TOUCH_EXCERPTS:
        return ""
    return _cut(text)


def _cut(text: str) -> str:
    # The start of a long body gives the same first words as the whole, at a tenth of the
    # cost; a start made mostly of spaces is not enough, and the whole is read then.
    head = text[: EXCERPT_CHARS * 4]
    words = " ".join(head.split())
    if len(words) <= EXCERPT_CHARS and len(head) < len(text):
        words = " ".join(text.split())
    return words if len(words) <= EXCERPT_CHARS else words[: EXCERPT_CHARS - 1].rstrip() + "…"


def import_touches(
    user: User,
    data: bytes,
    filename: str,
    *,
    parsed: TouchFile | None = None,
    progress: Progress | None = None,
    shift: timedelta | None = None,
) -> ImportRun:
    """Import the touches in ``data`` (or the already ``parsed`` file) for ``user``.

    ``shift`` moves every touch in time (the demo, moved to the day it is loaded).
    Raises InputError before writing anything when the file cannot be read.
    """
    # 50,000 messages make a few hundred thousand objects, none in a cycle: the collector
    # walked them again and again, a third of the import's time (docs/benchmarks.md).
    with collector_paused():
        if parsed is None:
            parsed = read_touches(
                data, filename, me=who_is_me(user), max_bytes=settings.RAPPORT_MAX_IMPORT_BYTES
            )
        if shift:
            for record in parsed.records:
                record.when += shift
        with transaction.atomic():
            return _Importer(user, filename, parsed.format).run(parsed, progress)


class _Importer:
    def __init__(self, user: User, filename: str, fmt: str) -> None:
        self.user = user
        self.run_row = ImportRun.objects.create(owner=user, file_name=filename, format=fmt)
        self.linker = Linker(user)
        self.zone = workspace_zone(user)
        self.known = {
            fp: (pk, contact_id)
            for fp, pk, contact_id in Touch.objects.owned_by(user).values_list(
                "fingerprint", "id", "contact_id"
            )
        }

    def run(self, parsed: TouchFile, progress: Progress | None) -> ImportRun:
        counts = dict.fromkeys(OUTCOMES, 0)
        new: list[tuple[Any, ...]] = []
        relinked: list[tuple[int, int]] = []
        candidates: dict[str, str] = {}
        # The user is never offered as someone to add, whichever file names them.
        mine = [me for me in (who_is_me(self.user), parsed.me) if me is not None]
        yours: set[str] = set()
        seen: set[str] = set()
        repeated = 0
        records = parsed.records
        moments = isoformat_texts(records)
        marks = fingerprints(records, moments)
        known = self.known
        # Messages read before keep the kind they were given: only new ones are read again.
        wanted = (lambda i: marks[i] not in known) if known else None
        verdicts = classify(records, zone=self.zone, wanted=wanted, order=text_order(moments))
        total = len(records)
        link = self.linker.link
        row = self._row_maker()
        # A person (the same object in thousands of records) is linked and keyed once:
        # their contact, their key, and the name and key as stored.
        people: dict[int, tuple[Person, int | None, str, str, str]] = {}
        for number, (record, verdict, mark, moment) in enumerate(
            zip(records, verdicts, marks, moments, strict=True)
        ):
            if progress is not None and number % BATCH == 0:
                progress(number, total)
            if mark in seen:
                repeated += 1
                continue
            seen.add(mark)
            person = record.person
            who = people.get(id(person))
            if who is None or who[0] is not person:
                key = person.key()
                who = people[id(person)] = (person, link(person), key, person.name[:400], key[:400])
            contact_id = who[1]
            if contact_id is None and who[2] not in candidates and who[2] not in yours:
                if any(is_me(person, me) for me in mine):
                    yours.add(who[2])
                else:
                    candidates[who[2]] = person.name or who[2]
            if mark in known:
                pk, linked = known[mark]
                if linked is None and contact_id is not None:
                    relinked.append((pk, contact_id))
                    counts["updated"] += 1
                else:
                    counts["unchanged"] += 1
                continue
            new.append(row(record, verdict, mark, moment, who))
        # Plain tuples, each value as the driver binds it, and one executemany a batch: the
        # ORM's bulk_create spent most of a 50,000-message import compiling values, and
        # converting the rows column by column two fifths of the write (docs/benchmarks.md).
        with indexes_deferred(Touch, len(new)):
            insert_values(
                Touch,
                list(COLUMNS),
                new,
                {"owner_id": self.user.pk, "import_run_id": self.run_row.pk},
                STANDING_IN,
            )
        self._relink(relinked)
        skipped = list(parsed.skipped)
        if repeated:
            reason = "it appears again in the file, the same in every way; it was read once"
            skipped.append(Skipped("repeated messages", reason, repeated))
        counts["new"] = len(new)
        counts["skipped"] = sum(s.count for s in skipped)
        run = self.run_row
        run.counts = {"read": parsed.read, **counts, "candidates": len(candidates)}
        run.errors = [
            {"where": s.where, "reason": s.reason, **({"count": s.count} if s.count > 1 else {})}
            for s in skipped
        ]
        run.encoding = parsed.encoding
        replaced = self._replace_stale(parsed, seen)
        run.notes = [
            *me_notes(parsed, self.user),
            *replaced,
            *parsed.notes,
            *_candidate_notes(candidates),
        ]
        run.finished_at = timezone.now()
        run.save()
        if progress is not None:
            progress(total, total)
        return run

    def _row_maker(
        self,
    ) -> Callable[
        [TouchRecord, Verdict, str, str | None, tuple[Person, int | None, str, str, str]],
        tuple[Any, ...],
    ]:
        """Return what makes a touch's row (``COLUMNS``'s values, as the driver binds them)
        from its record, verdict, fingerprint, time as ``isoformat_texts`` writes it, and
        its person's (person, contact, key, stored name, stored key)."""
        cut = _cut if settings.RAPPORT_TOUCH_EXCERPTS else lambda _text: ""
        when_field = Touch._meta.get_field("when")
        convert_when = column_converter(when_field)
        # On SQLite a UTC second is stored as the text of its isoformat with a space for
        # the "T" and no zone: cut from the fingerprint's text, made already.
        stored_text = writes_utc_text(when_field)
        signals_field = Touch._meta.get_field("signals")
        # Rows with the same signals share one value: its JSON text is made once.
        lists: dict[tuple[str, ...], Any] = {}
        # A text sent to several people, or written again (invitations' boilerplate), is cut
        # into its excerpt once.
        excerpts: dict[str, str] = {}

        def row(
            record: TouchRecord,
            verdict: Verdict,
            mark: str,
            moment: str | None,
            who: tuple[Person, int | None, str, str, str],
        ) -> tuple[Any, ...]:
            signals = lists.get(verdict.signals)
            if signals is None:
                signals = lists[verdict.signals] = converted(signals_field, list(verdict.signals))
            text = record.text
            shown = excerpts.get(text)
            if shown is None:
                shown = excerpts[text] = cut(text)
            when: Any
            if stored_text and moment is not None:
                when = f"{moment[:10]} {moment[11:19]}"
            else:
                when = record.when if convert_when is None else convert_when([record.when])[0]
            return (
                when,
                record.channel,
                record.direction,
                verdict.kind,
                signals,
                record.thread[:300],
                NULL_STANDIN if who[1] is None else who[1],
                who[3],
                who[4],
                record.where[:500],
                verdict.reason[:500],
                shown,
                NULL_STANDIN if verdict.reply_days is None else verdict.reply_days,
                mark,
            )

        return row

    def _replace_stale(self, parsed: TouchFile, seen: set[str]) -> list[str]:
        """Remove the touches read before the user corrected who they are, that this file
        read again otherwise; return the note saying so.

        Only messages and e-mail depend on who the user is (which way each went, and with
        whom); invitations, endorsements and recommendations say it themselves.
        """
        changed = Workspace.objects.filter(owner=self.user).values_list(
            "identity_changed_at", flat=True
        )
        changed_at = changed.first()
        channels = {r.channel for r in parsed.records} & IDENTITY_CHANNELS
        if changed_at is None or not channels:
            return []
        stale = (
            Touch.objects.owned_by(self.user)
            .filter(channel__in=channels, import_run__started_at__lt=changed_at)
            .exclude(fingerprint__in=seen)
        )
        removed = stale.delete()[0]
        if not removed:
            return []
        return [
            f"{removed:,} messages read before you corrected who you are in Settings were "
            "read again with the correction; the earlier reading was removed (undoing this "
            "import does not bring it back)."
        ]

    def _relink(self, relinked: list[tuple[int, int]]) -> None:
        if not relinked:
            return
        ImportChange.objects.bulk_create(
            ImportChange(
                owner=self.user,
                run=self.run_row,
                model="touches.touch",
                object_id=pk,
                action=ImportChange.UPDATED,
                before={"contact_id": None},
            )
            for pk, _contact in relinked
        )
        for pk, contact_id in relinked:
            Touch.objects.filter(owner=self.user, pk=pk).update(contact_id=contact_id)


def _candidate_notes(candidates: dict[str, str]) -> list[str]:
    if not candidates:
        return []
    names = sorted(candidates.values(), key=str.casefold)
    # Names hold commas ("Kim Nguyen, Ph.D."): then a semicolon tells one from the next.
    separator = "; " if any("," in name for name in names[:NAMES_SHOWN]) else ", "
    shown = separator.join(names[:NAMES_SHOWN])
    more = f" and {len(names) - NAMES_SHOWN:,} more" if len(names) > NAMES_SHOWN else ""
    people, verb = ("person", "is") if len(names) == 1 else ("people", "are")
    return [
        f"{len(names):,} {people} in these files {verb} not among your contacts, so nothing was "
        f"added for them: {shown}{more}. Add the ones who matter and import the file again to "
        "link their messages."
    ]
