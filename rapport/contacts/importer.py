"""Import a contacts file: merge each record into one contact per person, in one transaction.

Contacts are handled as plain dicts of column values (see rapport.lib.bulk): a LinkedIn
export can hold 30,000 people, and model instances would cost more than the work itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from rapport.accounts.clock import today_for
from rapport.contacts.import_notes import JobMove, job_change_notes, shared_notes
from rapport.contacts.judging import FACT_FIELDS, JUDGMENT_FIELDS, Judge
from rapport.contacts.models import (
    Company,
    Contact,
    JobChange,
    MergeCandidate,
    search_text,
    source_digests,
)
from rapport.core.companies import company_key
from rapport.core.dedupe import ContactIndex, Known, Match, name_key, shared_identifiers
from rapport.core.records import ContactFile, ContactRecord, record_digest
from rapport.formats.detect import read_contacts
from rapport.imports.models import ImportChange, ImportRun
from rapport.lib.bulk import indexes_deferred, insert_rows, read_rows, update_rows
from rapport.lib.memory import collector_paused

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Fields a record may set on a contact; an undo puts back their values from before.
TRACKED = (
    "first_name",
    "last_name",
    "full_name",
    "emails",
    "phones",
    "urls",
    "linkedin_slug",
    "company_id",
    "company_name",
    "position",
    "connected_on",
    "sources",
)
ROW_FIELDS = (
    "id",
    *TRACKED,
    "edited_fields",
    "notes",
    "source_digests",
    *FACT_FIELDS,
    *JUDGMENT_FIELDS,
)
#: Columns computed from the others, written with them.
DERIVED = ("search_text", "source_digests")
#: Formats whose company and position are the person's current job (LinkedIn keeps them
#: fresh); address books only fill a job in when none is known.
JOB_SOURCES = {"linkedin"}

Progress = Callable[[int, int], None]
Row = dict[str, Any]


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
    job_changes: list[JobMove] = field(default_factory=list)


class _Importer:
    def __init__(self, user: User, filename: str, fmt: str) -> None:
        self.user = user
        self.filename = filename
        self.today = today_for(user)
        self.run_row = ImportRun.objects.create(owner=user, file_name=filename, format=fmt)
        # Read once: ``pk`` is a property, and every new row carries both.
        self.owner_id: int = user.pk
        self.run_id: int = self.run_row.pk
        self.company_ids = dict(Company.objects.owned_by(user).values_list("key", "id"))
        #: Companies first seen in this file, created in one statement when the file is done:
        #: key -> (the stand-in id rows carry until then, name as written).
        self.new_companies: dict[str, tuple[int, str]] = {}
        self.judge = Judge(user)
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
        for number, record in enumerate(records, 1):
            if progress is not None and number % 500 == 0:
                progress(self.tally.unchanged + number, parsed.unchanged + len(parsed.records))
            match = self.index.find(
                full_name=record.full_name,
                company=record.company,
                linkedin_slug=record.linkedin_slug,
                emails=record.emails,
                phones=record.phones,
                source=(record.source_format, record.source_key),
            )
            if match is not None and match.certain:
                row = self.rows[match.contact_id]
                reread = match.contact_id > 0 and self._read_before(row, record)
                old = self._merge(row, record, None if reread else match.reason)
                if match.contact_id > 0 and old:
                    # Keep the oldest value of each field: that is what an undo puts back.
                    before[match.contact_id] = {**old, **before.get(match.contact_id, {})}
                if not reread:
                    self.tally.merged += 1
                elif old:
                    self.tally.updated += 1
                else:
                    self.tally.unchanged += 1
                continue
            row = self._new_row(record)
            new.append(row)
            # Records later in this file are matched against this one too.
            temp_id = -len(new)
            self.rows[temp_id] = row
            self.index.add(_known(row, temp_id, record))
            if match is not None:
                review.append((row, match))
                self.tally.review += 1
            else:
                self.tally.new += 1
        self._save(new, before, review)
        return self._finish(parsed, shared)

    def _load(self) -> None:
        """Read the user's contacts and index them, for the records that need matching."""
        rows = read_rows(Contact, ROW_FIELDS, "owner_id = %s", [self.user.pk])
        self.rows = {row["id"]: row for row in rows}
        self.index = ContactIndex.build(_known(row) for row in rows)

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

    def _company_id(self, name: str) -> int | None:
        key = company_key(name)
        if not key:
            return None
        known: int | None = self.company_ids.get(key)
        if known is None:
            known = -(len(self.new_companies) + 1)
            self.new_companies[key] = (known, name.strip()[:300])
            self.company_ids[key] = known
        return known

    def _create_companies(self, rows: list[Row]) -> None:
        """Create the companies this file named first, and give ``rows`` their real ids."""
        if not self.new_companies:
            return
        insert_rows(
            Company,
            [
                {"owner_id": self.user.pk, "name": name, "key": key}
                for key, (_temp, name) in self.new_companies.items()
            ],
        )
        keys = list(self.new_companies)
        real: dict[int, int] = {}
        for begin in range(0, len(keys), 500):
            found = Company.objects.owned_by(self.user).filter(key__in=keys[begin : begin + 500])
            for key, pk in found.values_list("key", "id"):
                real[self.new_companies[key][0]] = pk
                self.company_ids[key] = pk
        for row in rows:
            temp = row.get("company_id")
            if temp is not None and temp < 0:
                row["company_id"] = real[temp]

    def _source(self, record: ContactRecord) -> dict[str, Any]:
        return {
            "format": record.source_format,
            "key": record.source_key,
            "run": self.run_id,
            "file": self.filename,
            "where": record.where,
            "fields": record.raw,
        }

    def _new_row(self, record: ContactRecord) -> Row:
        full_name = record.full_name or f"{record.first_name} {record.last_name}"
        company, position = record.company[:300], record.position[:400]
        circles = _circles(record)
        if circles:
            circles = _unique(circles)
        row: Row = {
            "owner_id": self.owner_id,
            "first_name": record.first_name[:200],
            "last_name": record.last_name[:200],
            "full_name": full_name.strip()[:400],
            # Most records hold no email, phone or second URL: no list to clean then.
            "emails": _unique([e.lower() for e in record.emails]) if record.emails else [],
            "phones": _unique(record.phones) if record.phones else [],
            "urls": _unique(record.urls) if record.urls else [],
            "linkedin_slug": record.linkedin_slug[:200],
            "company_id": self._company_id(record.company),
            "company_name": company,
            "position": position,
            "notes": record.notes,
            "circles": circles,
            "connected_on": record.connected_on,
            "sources": [self._source(record)],
            "source_digests": record.digest
            or record_digest(record.source_format, record.source_key, record.raw),
            "import_run_id": self.run_id,
            "overrides": {},
        }
        row["search_text"] = search_text(row["full_name"], company, position)
        # A new contact has no overrides of its own: its judgments are the plan's verdict,
        # computed once per company and reading of the title (Judge.apply_row, without the
        # lookups).
        row.update(self.judge.values(company, position, tuple(circles)))
        return row

    def _merge(self, row: Row, record: ContactRecord, why: str | None) -> Row:
        """Fold ``record`` into ``row``; return the changed fields' values from before.

        ``why`` is None when ``record`` is read again from an earlier import of its file, and
        otherwise the reason it was found to be the same person, kept with its source.
        """
        old = {name: row[name] for name in TRACKED if name in row}
        edited = set(row.get("edited_fields") or [])
        for name in ("first_name", "last_name", "full_name", "linkedin_slug"):
            value = getattr(record, name)
            if value and not row.get(name) and name not in edited:
                row[name] = value
        if record.connected_on and not row.get("connected_on"):
            row["connected_on"] = record.connected_on
        for name, values in (
            ("emails", [e.lower() for e in record.emails]),
            ("phones", record.phones),
            ("urls", record.urls),
        ):
            merged = _unique([*row[name], *values])
            if merged != row[name] and name not in edited:
                row[name] = merged
        self._merge_job(row, record, edited)
        source = self._source(record)
        if why is not None:
            row["sources"] = [*row["sources"], {**source, "why": why}]
        else:
            same = [
                s
                for s in row["sources"]
                if (s["format"], s["key"]) == (source["format"], source["key"])
            ]
            if not same or same[0]["fields"] != source["fields"]:
                row["sources"] = [s for s in row["sources"] if s not in same] + [source]
        changed = {name: value for name, value in old.items() if row[name] != value}
        if "sources" in changed:
            row["source_digests"] = source_digests(row["sources"])
        if changed:
            row["search_text"] = search_text(row["full_name"], row["company_name"], row["position"])
            self.judge.apply_row(row)
        return changed

    def _merge_job(self, row: Row, record: ContactRecord, edited: set[str]) -> None:
        if not (record.company or record.position) or {"company_name", "position"} & edited:
            return
        has_job = bool(row["company_name"] or row["position"])
        if has_job and record.source_format not in JOB_SOURCES:
            return
        old_company, old_position = row["company_name"], row["position"]
        if (company_key(old_company), old_position.strip()) == (
            company_key(record.company),
            record.position.strip(),
        ):
            return
        row["company_id"] = self._company_id(record.company)
        row["company_name"] = record.company[:300]
        row["position"] = record.position[:400]
        if has_job and row.get("id"):
            self.tally.job_changes.append(
                JobMove(old_company, old_position, record.company, record.position, row)
            )

    def _save(
        self, new: list[Row], before: dict[int, Row], review: list[tuple[Row, Match]]
    ) -> None:
        self._create_companies([*new, *(self.rows[pk] for pk in before)])
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
                    before=_jsonable(old),
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
            for change in self.tally.job_changes
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
            "job_changes": len(tally.job_changes),
        }
        run.errors = [{"where": s.where, "reason": s.reason} for s in skipped]
        run.encoding = parsed.encoding
        run.notes = [
            *parsed.notes,
            *shared_notes(shared),
            *job_change_notes(tally.job_changes, self.judge.target_ids),
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


def _known(row: Row, temp_id: int | None = None, record: ContactRecord | None = None) -> Known:
    """Return what the index knows of ``row``; ``record``: the one record a new row holds."""
    keys: tuple[tuple[str, str], ...]
    if record is not None:
        keys = ((record.source_format, record.source_key),) if record.source_key else ()
    else:
        keys = tuple((s["format"], s["key"]) for s in row["sources"] if s.get("key"))
    return Known(
        id=temp_id if temp_id is not None else row["id"],
        full_name=row["full_name"],
        company=row["company_name"],
        linkedin_slug=row["linkedin_slug"],
        emails=tuple(row["emails"]),
        phones=tuple(row["phones"]),
        source_keys=keys,
    )


def _circles(record: ContactRecord) -> list[str]:
    categories = record.raw.get("categories", "") or record.raw.get("labels", "")
    if not categories:
        return []
    return [c.strip() for c in categories.replace(";", ",").split(",") if c.strip()]


def _unique(values: list[Any]) -> list[Any]:
    """Return the non-empty values once each, in order (most lists hold zero or one)."""
    if len(values) < 2:
        return [v for v in values if v]
    return list(dict.fromkeys(v for v in values if v))


def _jsonable(values: Row) -> Row:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
