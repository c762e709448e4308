"""Import a contacts file: merge each record into one contact per person, in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from rapport.contacts.judging import JUDGMENT_FIELDS, Judge
from rapport.contacts.models import Company, Contact, JobChange, MergeCandidate
from rapport.core.companies import company_key
from rapport.core.dedupe import ContactIndex, Known, Match
from rapport.formats.detect import read_contacts
from rapport.formats.records import ContactRecord
from rapport.imports.models import ImportChange, ImportRun

#: Fields a record may set on a contact, and the ones an import reverts on undo.
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
#: Formats whose company and position are the person's current job (LinkedIn keeps them
#: fresh); address books only fill a job in when none is known.
JOB_SOURCES = {"linkedin"}


@dataclass
class Tally:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    review: int = 0
    job_changes: list[JobChange] = field(default_factory=list)


Progress = Callable[[int, int], None]


def import_contacts(
    user: Any,
    data: bytes,
    filename: str,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> ImportRun:
    """Import ``data`` for ``user``; raise InputError before writing anything on bad input.

    ``progress(done, total)`` is called as records are merged, for a progress bar.
    """
    parsed = read_contacts(data, filename, fmt)
    with transaction.atomic():
        importer = _Importer(user, filename, parsed.format)
        return importer.run(parsed.records, parsed.skipped, progress)


class _Importer:
    def __init__(self, user: Any, filename: str, fmt: str) -> None:
        self.user = user
        self.today = timezone.localdate()
        self.import_run = ImportRun.objects.create(owner=user, file_name=filename, format=fmt)
        self.companies = {c.key: c for c in Company.objects.owned_by(user)}
        self.judge = Judge(user)
        self.tally = Tally()
        self.contacts: dict[int, Contact] = {}
        existing = Contact.objects.owned_by(user).only(
            *(f for f in TRACKED if f != "company_id"),
            "company",
            "edited_fields",
            "circles",
            "notes",
            "overrides",
            *JUDGMENT_FIELDS,
        )
        for contact in existing:
            self.contacts[contact.pk] = contact
        self.index = ContactIndex.build(_known(c) for c in self.contacts.values())

    def run(
        self, records: list[ContactRecord], skipped: list[Any], progress: Progress | None = None
    ) -> ImportRun:
        new: list[Contact] = []
        pending_review: list[tuple[Contact, Match]] = []
        updated: dict[int, dict[str, Any]] = {}
        for number, record in enumerate(records, 1):
            if progress is not None and number % 500 == 0:
                progress(number, len(records))
            match = self.index.find(
                full_name=record.full_name,
                company=record.company,
                linkedin_slug=record.linkedin_slug,
                emails=record.emails,
                phones=record.phones,
                source=(record.source_format, record.source_key),
            )
            if match is not None and match.certain:
                contact = self.contacts[match.contact_id]
                before = self._merge(contact, record)
                if before and match.contact_id > 0:
                    if match.contact_id not in updated:
                        updated[match.contact_id] = before
                        self.tally.updated += 1
                elif match.contact_id > 0:
                    self.tally.unchanged += 1
                continue
            contact = self._new_contact(record)
            new.append(contact)
            # Records in this file are indexed too, under a temporary negative id.
            temp_id = -len(new)
            self.contacts[temp_id] = contact
            self.index.add(_known(contact, temp_id))
            if match is not None:
                pending_review.append((contact, match))
        self._save(new, updated, pending_review)
        return self._finish(skipped)

    def _company(self, name: str) -> Company | None:
        key = company_key(name)
        if not key:
            return None
        company = self.companies.get(key)
        if company is None:
            company = Company.objects.create(owner=self.user, name=name.strip(), key=key)
            self.companies[key] = company
        return company

    def _source(self, record: ContactRecord) -> dict[str, Any]:
        return {
            "format": record.source_format,
            "key": record.source_key,
            "run": self.import_run.pk,
            "where": record.where,
            "fields": record.raw,
        }

    def _new_contact(self, record: ContactRecord) -> Contact:
        company = self._company(record.company)
        contact = Contact(
            owner=self.user,
            first_name=record.first_name,
            last_name=record.last_name,
            full_name=record.full_name or f"{record.first_name} {record.last_name}".strip(),
            emails=_unique(e.lower() for e in record.emails),
            phones=_unique(record.phones),
            urls=_unique(record.urls),
            linkedin_slug=record.linkedin_slug,
            company=company,
            company_name=record.company,
            position=record.position,
            notes=record.notes,
            circles=_unique(_circles(record)),
            connected_on=record.connected_on,
            sources=[self._source(record)],
            import_run=self.import_run,
        )
        self.judge.apply(contact)
        return contact

    def _merge(self, contact: Contact, record: ContactRecord) -> dict[str, Any]:
        """Fold ``record`` into ``contact``; return the changed fields' old values."""
        before = {name: getattr(contact, name) for name in TRACKED}
        edited = set(contact.edited_fields or [])
        for name in ("first_name", "last_name", "full_name", "linkedin_slug"):
            value = getattr(record, name)
            if value and not getattr(contact, name) and name not in edited:
                setattr(contact, name, value)
        if record.connected_on and not contact.connected_on:
            contact.connected_on = record.connected_on
        for name, values in (
            ("emails", [e.lower() for e in record.emails]),
            ("phones", record.phones),
            ("urls", record.urls),
        ):
            merged = _unique([*getattr(contact, name), *values])
            if merged != getattr(contact, name) and name not in edited:
                setattr(contact, name, merged)
        self._merge_job(contact, record, edited)
        source = self._source(record)
        same = [
            s
            for s in contact.sources
            if (s["format"], s["key"]) == (source["format"], source["key"])
        ]
        if not same or same[0]["fields"] != source["fields"]:
            contact.sources = [s for s in contact.sources if s not in same] + [source]
        changed = {name: value for name, value in before.items() if getattr(contact, name) != value}
        if changed:
            self.judge.apply(contact)
        return changed

    def _merge_job(self, contact: Contact, record: ContactRecord, edited: set[str]) -> None:
        if not (record.company or record.position) or {"company_name", "position"} & edited:
            return
        has_job = bool(contact.company_name or contact.position)
        if has_job and record.source_format not in JOB_SOURCES:
            return
        old_company, old_position = contact.company_name, contact.position
        if (company_key(old_company), old_position.strip()) == (
            company_key(record.company),
            record.position.strip(),
        ):
            return
        contact.company = self._company(record.company)
        contact.company_name = record.company
        contact.position = record.position
        if has_job and contact.pk:
            self.tally.job_changes.append(
                JobChange(
                    owner=self.user,
                    contact=contact,
                    import_run=self.import_run,
                    old_company=old_company,
                    old_position=old_position,
                    new_company=record.company,
                    new_position=record.position,
                    detected_on=self.today,
                )
            )

    def _save(
        self,
        new: list[Contact],
        updated: dict[int, dict[str, Any]],
        pending_review: list[tuple[Contact, Match]],
    ) -> None:
        Contact.objects.bulk_create(new, batch_size=500)
        self.tally.new = len(new)
        real = updated
        Contact.objects.bulk_update(
            [self.contacts[pk] for pk in real],
            [f.removesuffix("_id") for f in TRACKED] + JUDGMENT_FIELDS,
            batch_size=500,
        )
        ImportChange.objects.bulk_create(
            [
                ImportChange(
                    owner=self.user,
                    run=self.import_run,
                    model="contacts.contact",
                    object_id=pk,
                    action=ImportChange.UPDATED,
                    before=_jsonable(before),
                )
                for pk, before in real.items()
            ],
            batch_size=500,
        )
        JobChange.objects.bulk_create(self.tally.job_changes)
        candidates = []
        for contact, match in pending_review:
            other = self.contacts[match.contact_id]
            candidates.append(
                MergeCandidate(
                    owner=self.user,
                    contact=other,
                    other=contact,
                    import_run=self.import_run,
                    score=match.score,
                    reason=match.reason,
                )
            )
        MergeCandidate.objects.bulk_create(candidates)
        self.tally.review = len(candidates)

    def _finish(self, skipped: list[Any]) -> ImportRun:
        run = self.import_run
        run.counts = {
            "new": self.tally.new,
            "updated": self.tally.updated,
            "unchanged": self.tally.unchanged,
            "merged": self.tally.merged,
            "review": self.tally.review,
            "job_changes": len(self.tally.job_changes),
            "skipped": len(skipped),
        }
        run.errors = [{"where": s.where, "reason": s.reason} for s in skipped]
        run.notes = job_change_notes(self.tally.job_changes, self.judge.target_ids)
        run.finished_at = timezone.now()
        run.save()
        return run


def job_change_notes(changes: list[JobChange], target_ids: dict[str, int]) -> list[str]:
    """Return sentences about job changes, e.g. '1 now works at Stryker, a target company'."""
    if not changes:
        return []
    people = "contact" if len(changes) == 1 else "contacts"
    notes = [f"{len(changes)} {people} changed jobs."]
    at_targets: dict[str, int] = {}
    for change in changes:
        target = change.contact.target_company_id
        if target:
            name = next((n for n, pk in target_ids.items() if pk == target), "")
            at_targets[name] = at_targets.get(name, 0) + 1
    for name, count in sorted(at_targets.items()):
        notes.append(
            f"{count} now {'works' if count == 1 else 'work'} at {name}, a target company."
        )
    return notes


def _known(contact: Contact, temp_id: int | None = None) -> Known:
    return Known(
        id=temp_id if temp_id is not None else contact.pk,
        full_name=contact.full_name,
        company=contact.company_name,
        linkedin_slug=contact.linkedin_slug,
        emails=tuple(contact.emails),
        phones=tuple(contact.phones),
        source_keys=tuple((s["format"], s["key"]) for s in contact.sources if s.get("key")),
    )


def _circles(record: ContactRecord) -> list[str]:
    categories = record.raw.get("categories", "") or record.raw.get("labels", "")
    return [c.strip() for c in categories.replace(";", ",").split(",") if c.strip()]


def _unique(values: Any) -> list[Any]:
    seen: dict[Any, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return list(seen)


def _jsonable(before: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in before.items()}
