"""Import a calendar: expand it, classify each event, link the people, in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from rapport.accounts.clock import zone_named
from rapport.accounts.models import Workspace
from rapport.contacts.models import Contact
from rapport.core.meetings import KnownPerson, PeopleIndex, classify
from rapport.core.records import EventRecord, Skipped
from rapport.formats.ics import read_calendar
from rapport.imports.models import ImportChange, ImportRun
from rapport.meetings.all_day import moved_by_days
from rapport.meetings.models import Interaction
from rapport.plan.models import Plan

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Series are expanded from their first start, however old (a calendar of any age imports),
#: to this far ahead of today: enough to prepare for upcoming meetings, and bounded so a
#: series with no end cannot make an import run for ever.
WINDOW_PAST = timedelta(days=1000 * 365)
WINDOW_FUTURE = timedelta(days=60)
TRACKED = (
    "summary",
    "start",
    "end",
    "all_day",
    "location",
    "kind",
    "networking",
    "networking_reason",
    "unlinked_people",
)


def import_calendar(
    user: User,
    data: bytes,
    filename: str,
    *,
    shift: timedelta | None = None,
    past: timedelta = WINDOW_PAST,
    future: timedelta = WINDOW_FUTURE,
    progress: Callable[[int, int], None] | None = None,
) -> ImportRun:
    """Import the .ics ``data`` for ``user``; return the recorded run.

    ``shift`` moves every event (the demo's dates; an all-day one by whole dates). Single
    events import whatever their date; a series is expanded from ``past`` before now (by
    default its first start) to ``future`` after now.
    """
    shift = shift or timedelta(0)
    now = timezone.now()
    workspace = Workspace.objects.filter(owner=user).first()
    zone = workspace.time_zone if workspace else "UTC"
    parsed = read_calendar(
        data,
        filename,
        window_start=now - past - shift,
        window_end=now + future - shift,
        # Floating times in a file that names no zone are the user's own local times.
        default_zone=zone,
    )
    with transaction.atomic():
        importer = _CalendarImporter(user, filename, parsed.owner_emails, zone_named(zone))
        run = importer.run(parsed.records, parsed.skipped, shift, progress)
        run.encoding, run.notes = parsed.encoding, [*parsed.notes, *run.notes]
        run.save(update_fields=["encoding", "notes"])
        return run


def people_index(user: User, owner_emails: set[str]) -> PeopleIndex:
    """Return the index of the user's contacts that links attendees and titles to them."""
    plan = Plan.objects.filter(owner=user).first()
    emails = set(owner_emails)
    names = []
    if plan and plan.email:
        emails.add(plan.email)
    if plan and plan.name:
        names.append(plan.name)
    people = (
        KnownPerson(
            id=row["id"],
            full_name=row["full_name"],
            first_name=row["first_name"],
            last_name=row["last_name"],
            emails=tuple(row["emails"]),
            company=row["company_name"],
        )
        for row in Contact.objects.owned_by(user).values(
            "id", "full_name", "first_name", "last_name", "emails", "company_name"
        )
    )
    return PeopleIndex(people, owner_emails=emails, owner_names=names)


class _CalendarImporter:
    def __init__(self, user: User, filename: str, owner_emails: set[str], zone: ZoneInfo) -> None:
        self.user = user
        self.zone = zone
        self.run_row = ImportRun.objects.create(owner=user, file_name=filename, format="ics")
        self.index = people_index(user, owner_emails)
        self.existing = {
            (i.source_uid, i.recurrence_id): i
            for i in Interaction.objects.owned_by(user).filter(source="ics")
        }
        self.links: dict[int, set[int]] = {}
        for row in Interaction.contacts.through.objects.filter(
            interaction__owner=user, interaction__source="ics"
        ).values("interaction_id", "contact_id"):
            self.links.setdefault(row["interaction_id"], set()).add(row["contact_id"])

    def run(
        self,
        records: list[EventRecord],
        skipped: list[Skipped],
        shift: timedelta,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportRun:
        counts = {"new": 0, "updated": 0, "unchanged": 0, "cancelled": 0, "networking": 0}
        new: list[tuple[Interaction, list[int]]] = []
        changed: list[Interaction] = []
        changes: list[ImportChange] = []
        relink: dict[int, list[int]] = {}
        seen: set[tuple[str, str]] = set()
        duplicates = 0
        for number, record in enumerate(records):
            if progress is not None and number % 200 == 0:
                progress(number, len(records))
            key = (record.uid, record.recurrence_id)
            if key in seen:
                duplicates += 1
                continue
            seen.add(key)
            existing = self.existing.get(key)
            if record.cancelled:
                # Counted whether or not it was known: the file says it will not happen.
                counts["cancelled"] += 1
                if existing is not None and not existing.cancelled:
                    changes.append(self._change(existing, {"cancelled": False}))
                    existing.cancelled = True
                    changed.append(existing)
                continue
            values, contact_ids = self._values(record, shift)
            counts["networking"] += bool(values["networking"])
            if existing is None:
                new.append((Interaction(owner=self.user, **values), contact_ids))
                continue
            contact_ids = self._keep_users_choices(existing, values, contact_ids)
            before = {k: getattr(existing, k) for k in TRACKED if getattr(existing, k) != values[k]}
            if existing.cancelled:
                before["cancelled"] = True
                existing.cancelled = False
            relinked = self.links.get(existing.pk, set()) != set(contact_ids)
            if relinked:
                relink[existing.pk] = contact_ids
            if before:
                for name, value in values.items():
                    setattr(existing, name, value)
                changed.append(existing)
                changes.append(self._change(existing, before))
            if before or relinked:
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
        self._save(new, changed, changes, relink)
        if duplicates:
            reason = "it appears again in the file with the same time; it was read once"
            skipped = [*skipped, Skipped("repeated events", reason, duplicates)]
        counts["new"] = len(new)
        counts["skipped"] = sum(s.count for s in skipped)
        counts = {"read": len(records) - duplicates + counts["skipped"], **counts}
        run = self.run_row
        run.counts = counts
        run.errors = [
            {"where": s.where, "reason": s.reason, **({"count": s.count} if s.count > 1 else {})}
            for s in skipped
        ]
        run.finished_at = timezone.now()
        run.save()
        return run

    def _values(self, record: EventRecord, shift: timedelta) -> tuple[dict[str, Any], list[int]]:
        verdict = classify(record, self.index)
        contact_ids = sorted({p.contact_id for p in verdict.people if p.contact_id is not None})
        unlinked = [
            {"text": p.text, "email": p.email, "how": p.how, "candidates": list(p.candidates)}
            for p in verdict.people
            if p.contact_id is None
        ]
        start, end = _at(record.start) + shift, _at(record.end) + shift if record.end else None
        if record.all_day and shift:
            # By dates: moved by hours of UTC across a change of the clocks, a midnight
            # lands at 23:00 the day before.
            start = moved_by_days(record.start, shift.days, self.zone)
            end = moved_by_days(record.end, shift.days, self.zone) if record.end else None
        values = {
            "summary": record.summary[:500],
            "start": start,
            "end": end,
            "all_day": record.all_day,
            "location": record.location[:500],
            "kind": verdict.kind or "",
            "networking": verdict.networking,
            "networking_reason": verdict.reason[:400],
            "unlinked_people": unlinked,
            "source": "ics",
            "source_uid": record.uid[:500],
            "recurrence_id": record.recurrence_id,
            "import_run": self.run_row,
        }
        return values, contact_ids

    def _keep_users_choices(
        self, existing: Interaction, values: dict[str, Any], contact_ids: list[int]
    ) -> list[int]:
        """Carry the user's choices into ``values``; return the contact ids to link.

        The person the user picked for an ambiguous name (or added as a contact) stays
        linked. The kind the user set stays while the title and place are unchanged:
        Rapport guesses a kind from them alone, so with them unchanged a different
        stored kind can only be the user's.
        """
        picks = {
            (person["text"], person.get("email", "")): person["chosen"]
            for person in existing.unlinked_people or []
            if "chosen" in person and self.index.name_of(person["chosen"])
        }
        if picks:
            people = []
            for person in values["unlinked_people"]:
                pick = picks.get((person["text"], person["email"]))
                people.append(person if pick is None else {**person, "chosen": pick})
                if pick is not None:
                    contact_ids = sorted({*contact_ids, pick})
            values["unlinked_people"] = people
        same_place = (existing.summary, existing.location) == (
            values["summary"],
            values["location"],
        )
        if existing.kind and same_place:
            values["kind"] = existing.kind
        return contact_ids

    def _change(self, interaction: Interaction, before: dict[str, Any]) -> ImportChange:
        return ImportChange(
            owner=self.user,
            run=self.run_row,
            model="meetings.interaction",
            object_id=interaction.pk,
            action=ImportChange.UPDATED,
            before={k: v.isoformat() if isinstance(v, datetime) else v for k, v in before.items()},
        )

    def _save(
        self,
        new: list[tuple[Interaction, list[int]]],
        changed: list[Interaction],
        changes: list[ImportChange],
        relink: dict[int, list[int]],
    ) -> None:
        Interaction.objects.bulk_create([i for i, _ in new], batch_size=500)
        Interaction.objects.bulk_update(changed, [*TRACKED, "cancelled"], batch_size=500)
        ImportChange.objects.bulk_create(changes, batch_size=500)
        through = Interaction.contacts.through
        if relink:
            through.objects.filter(interaction_id__in=list(relink)).delete()
        rows = [
            through(interaction_id=interaction.pk, contact_id=contact_id)
            for interaction, ids in [
                *new,
                *((Interaction(pk=pk), ids) for pk, ids in relink.items()),
            ]
            for contact_id in ids
        ]
        through.objects.bulk_create(rows, batch_size=1000)


def _at(moment: datetime) -> datetime:
    return moment if moment.tzinfo else timezone.make_aware(moment, timezone.get_current_timezone())
