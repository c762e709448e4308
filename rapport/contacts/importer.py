"""Import a contacts file: merge each record into one contact per person, in one transaction.

Rows are built and merged by ``import_rows``; this module reads the file, matches each
record, saves the rows and writes the report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from rapport.accounts.clock import today_for
from rapport.contacts.import_notes import job_change_notes, left_out_notes, shared_notes
from rapport.contacts.import_rows import (
    DERIVED,
    ROW_FIELDS,
    TRACKED,
    ContactRows,
    Row,
    jsonable,
    known,
)
from rapport.contacts.judging import JUDGMENT_FIELDS
from rapport.contacts.models import Company, Contact, JobChange, MergeCandidate
from rapport.core.dedupe import ContactIndex, Match, name_key, shared_identifiers
from rapport.core.records import ContactFile, ContactRecord
from rapport.formats.detect import read_contacts
from rapport.imports.models import ImportChange, ImportRun
from rapport.lib.bulk import indexes_deferred, insert_rows, read_rows, update_rows
from rapport.lib.memory import collector_paused

if TYPE_CHECKING:
    from django.contrib.auth.models import User

Progress = Callable[[int, int], None]


def import_contacts(
    user: User,
    data: bytes,
    filename: str,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> ImportRun:
    """Import ``data`` for ``user``; raise InputError before writing anything on bad input.

    ``progress(done, total)`` is called as records are merged, for a progress bar.
    """
    with collector_paused():
        with transaction.atomic():
            # What a zip inflates to counts toward the same limit as the file itself. Records
            # a contact already holds, unchanged, are only counted (a re-import reads one
            # column).
            parsed = read_contacts(
                data,
                filename,
                fmt,
                max_bytes=settings.RAPPORT_MAX_IMPORT_BYTES,
                known=_digests_held(user),
            )
            importer = _Importer(user, filename, parsed.format)
            run = importer.run(parsed, progress)
        # Free the records and rows while the collector is still off: alive when it comes
        # back, they would all be walked once more (0.1 s for 30,000 rows), for no cycle.
        del parsed, importer
    return run


@dataclass
class _Tally:
    """What became of each record: every record read lands in exactly one outcome."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    review: int = 0


class _Importer:
    def __init__(self, user: User, filename: str, fmt: str) -> None:
        self.user = user
        self.today = today_for(user)
        self.run_row = ImportRun.objects.create(owner=user, file_name=filename, format=fmt)
        self.made = ContactRows(
            user,
            self.run_row.pk,
            filename,
            dict(Company.objects.owned_by(user).values_list("key", "id")),
        )
        self.tally = _Tally()
        self.rows: dict[int, Row] = {}
        self.index = ContactIndex()

    def run(self, parsed: ContactFile, progress: Progress | None) -> ImportRun:
        new: list[Row] = []
        review: list[tuple[Row, Match]] = []
        before: dict[int, Row] = {}
        self.tally.unchanged = parsed.unchanged
        records = parsed.records
        shared: dict[str, int] = {}
        if records:
            self._load()
            shared = self._mark_shared(records)
        # Bound once: this loop runs for each of up to 50,000 records.
        find, add = self.index.find, self.index.add_person
        new_row, rows, tally = self.made.new_row, self.rows, self.tally
        for number, record in enumerate(records, 1):
            if progress is not None and number % 500 == 0:
                progress(tally.unchanged + number, parsed.unchanged + len(parsed.records))
            source = (record.source_format, record.source_key)
            # By position: it runs 30,000 times, and keywords cost more to pass.
            match = find(
                record.full_name,
                record.company,
                record.linkedin_slug,
                record.emails,
                record.phones,
                source,
            )
            if match is not None and match.certain:
                row = rows[match.contact_id]
                reread = match.contact_id > 0 and self._read_before(row, record)
                old = self.made.merge(row, record, None if reread else match.reason)
                if match.contact_id > 0 and old:
                    # Keep the oldest value of each field: that is what an undo puts back.
                    before[match.contact_id] = {**old, **before.get(match.contact_id, {})}
                if not reread:
                    tally.merged += 1
                elif old:
                    tally.updated += 1
                else:
                    tally.unchanged += 1
                continue
            row = new_row(record)
            new.append(row)
            # Records later in this file are matched against this one too.
            temp_id = -len(new)
            rows[temp_id] = row
            add(
                temp_id,
                row["full_name"],
                row["company_name"],
                row["linkedin_slug"],
                row["emails"],
                row["phones"],
                (source,) if record.source_key else (),
            )
            if match is not None:
                review.append((row, match))
                tally.review += 1
            else:
                tally.new += 1
        self._save(new, before, review)
        return self._finish(parsed, shared)

    def _load(self) -> None:
        """Read the user's contacts and index them, for the records that need matching."""
        rows = read_rows(Contact, ROW_FIELDS, "owner_id = %s", [self.user.pk])
        self.rows = {row["id"]: row for row in rows}
        self.index = ContactIndex.build(known(row) for row in rows)

    def _mark_shared(self, records: Iterable[ContactRecord]) -> dict[str, int]:
        """Leave emails and phones that several people share out of matching; return them."""
        # Only people with an email or phone can share one: most LinkedIn rows have neither.
        people = [
            (self.index.names[pk], [*row["emails"], *row["phones"]])
            for pk, row in self.rows.items()
            if row["emails"] or row["phones"]
        ]
        people += [
            (name_key(r.full_name), [*(e.lower() for e in r.emails), *r.phones])
            for r in records
            if r.emails or r.phones
        ]
        shared = shared_identifiers(people)
        self.index.shared.update(shared)
        return shared

    def _read_before(self, row: Row, record: ContactRecord) -> bool:
        """Return True when an earlier import already read this record into ``row``."""
        kind, key, run = record.source_format, record.source_key, self.run_row.pk
        return any(
            s["format"] == kind and s["key"] == key and s["run"] != run for s in row["sources"]
        )

    def _save(
        self, new: list[Row], before: dict[int, Row], review: list[tuple[Row, Match]]
    ) -> None:
        self.made.create_companies([*new, *(self.rows[pk] for pk in before)])
        with indexes_deferred(Contact, len(new)):
            insert_rows(Contact, new)
        if review:
            # Only the review queue names new contacts by id. Ids come back in insertion
            # order: one run's rows are inserted by one transaction.
            ids = list(
                Contact.objects.filter(import_run=self.run_row)
                .order_by("id")
                .values_list("id", flat=True)
            )
            for row, pk in zip(new, ids[-len(new) :], strict=True):
                row["id"] = pk
        update_rows(
            Contact,
            (
                (pk, {k: self.rows[pk][k] for k in (*TRACKED, *JUDGMENT_FIELDS, *DERIVED)})
                for pk in before
            ),
        )
        ImportChange.objects.bulk_create(
            [
                ImportChange(
                    owner=self.user,
                    run=self.run_row,
                    model="contacts.contact",
                    object_id=pk,
                    action=ImportChange.UPDATED,
                    before=jsonable(old),
                )
                for pk, old in before.items()
            ],
            batch_size=500,
        )
        JobChange.objects.bulk_create(
            JobChange(
                owner=self.user,
                contact_id=change.row["id"],
                import_run=self.run_row,
                old_company=change.old_company,
                old_position=change.old_position,
                new_company=change.new_company,
                new_position=change.new_position,
                detected_on=self.today,
            )
            for change in self.made.job_changes
        )
        MergeCandidate.objects.bulk_create(
            MergeCandidate(
                owner=self.user,
                contact_id=self.rows[match.contact_id]["id"],
                other_id=row["id"],
                import_run=self.run_row,
                score=match.score,
                reason=match.reason,
            )
            for row, match in review
        )

    def _finish(self, parsed: ContactFile, shared: dict[str, int]) -> ImportRun:
        run, tally, skipped = self.run_row, self.tally, parsed.skipped
        read = parsed.read or len(parsed.records) + len(skipped) + parsed.unchanged
        run.counts = {
            "read": read,
            "new": tally.new,
            "updated": tally.updated,
            "unchanged": tally.unchanged,
            "merged": tally.merged,
            "review": tally.review,
            "skipped": len(skipped),
            "job_changes": len(self.made.job_changes),
        }
        run.errors = [{"where": s.where, "reason": s.reason} for s in skipped]
        run.encoding = parsed.encoding
        run.notes = [
            *parsed.notes,
            *left_out_notes(parsed.records),
            *shared_notes(shared),
            *job_change_notes(self.made.job_changes, self.made.judge.target_ids),
        ]
        run.finished_at = timezone.now()
        run.save()
        return run


def _digests_held(user: User) -> set[str]:
    """Return the digests of every file record the user's contacts hold."""
    held: set[str] = set()
    table = connection.ops.quote_name(Contact._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT source_digests FROM {table} WHERE owner_id = %s",  # noqa: S608 - a name
            [user.pk],
        )
        for (text,) in cursor.fetchall():
            held.update(text.split())
    return held
