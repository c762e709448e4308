"""Undo an import as a whole: remove what it created, put back what it changed."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.db import transaction
from django.db.models import Model, Q, QuerySet
from django.utils import timezone

from rapport.contacts.judging import rejudge
from rapport.contacts.models import Contact, JobChange, MergeCandidate
from rapport.core.errors import InputError
from rapport.imports.models import ImportChange, ImportRun
from rapport.meetings.models import Interaction
from rapport.plan.models import Suggestion
from rapport.touches.models import Touch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

DATE_FIELDS = {"connected_on"}
DATETIME_FIELDS = {"start", "end"}


def preview_undo(user: User, run: ImportRun) -> dict[str, Any]:
    """Return what undoing ``run`` would do, by the same rules as ``undo_import``, writing nothing.

    ``contacts``, ``meetings`` and ``touches`` (messages and the like) it would remove,
    ``restored`` rows whose earlier values it would put back, ``kept`` names and
    ``kept_meetings``.
    """
    created = Contact.objects.filter(owner=user, import_run=run)
    keep = users_work(created)
    meetings = Interaction.objects.filter(owner=user, import_run=run)
    logged = set(meetings.filter(_LOGGED).values_list("pk", flat=True))
    return {
        "contacts": created.count() - len(keep),
        "meetings": meetings.count() - len(logged),
        "touches": Touch.objects.filter(owner=user, import_run=run).count(),
        "suggestions": _open_suggestions(user, run).count(),
        "restored": ImportChange.objects.filter(
            owner=user, run=run, action=ImportChange.UPDATED
        ).count(),
        "kept": sorted(created.filter(pk__in=keep).values_list("full_name", flat=True)),
        "kept_meetings": len(logged),
    }


@transaction.atomic
def undo_import(user: User, run: ImportRun) -> dict[str, Any]:
    """Undo ``run`` (the user's); return how many rows were removed and restored."""
    if run.undone_at is not None:
        raise InputError(f"the import of {run.file_name} was already undone")
    created = Contact.objects.filter(owner=user, import_run=run)
    keep = users_work(created)
    kept = sorted(created.filter(pk__in=keep).values_list("full_name", flat=True))
    # Kept people no longer belong to the import, so a later undo cannot remove them either.
    created.filter(pk__in=keep).update(import_run=None)
    removed = created.exclude(pk__in=keep).delete()[1].get("contacts.Contact", 0)
    meetings = Interaction.objects.filter(owner=user, import_run=run)
    logged = set(meetings.filter(_LOGGED).values_list("pk", flat=True))
    kept_meetings = len(logged)
    Interaction.objects.filter(pk__in=logged).update(import_run=None)
    removed += meetings.exclude(pk__in=logged).delete()[1].get("meetings.Interaction", 0)
    removed += Touch.objects.filter(owner=user, import_run=run).delete()[0]
    # What the user accepted is theirs now; only what still waits is withdrawn.
    removed += _open_suggestions(user, run).delete()[0]
    restored = 0
    for change in ImportChange.objects.filter(owner=user, run=run, action=ImportChange.UPDATED):
        model = apps.get_model(change.model)
        row = model._default_manager.filter(owner=user, pk=change.object_id).first()
        if row is None:
            continue
        for name, value in change.before.items():
            setattr(row, name, _value(name, value))
        row.save()
        restored += 1
    JobChange.objects.filter(owner=user, import_run=run).delete()
    MergeCandidate.objects.filter(
        owner=user, import_run=run, status=MergeCandidate.PENDING
    ).delete()
    rejudge(user)
    run.undone_at = timezone.now()
    run.save(update_fields=["undone_at"])
    return {"removed": removed, "restored": restored, "kept": kept, "kept_meetings": kept_meetings}


def _open_suggestions(user: User, run: ImportRun) -> QuerySet[Suggestion]:
    return Suggestion.objects.owned_by(user).open().filter(import_run=run)


#: Relations an import makes itself: they are no reason to keep a contact.
_IMPORT_MADE = {JobChange, MergeCandidate, Touch}
#: A meeting the user logged something about (an outcome or a give) is theirs to keep.
_LOGGED = (
    Q(outcome_logged_at__isnull=False)
    | Q(ask_made__isnull=False)
    | Q(handbill_given__isnull=False)
    | ~Q(notes="")
    | Q(gives__isnull=False)
)


def users_work(contacts: QuerySet[Contact]) -> set[int]:
    """Return the ids among ``contacts`` that carry the user's own work.

    That is every relation of Contact (walked from the model, so a new one cannot be
    forgotten) except those an import makes itself, plus the user's edits and overrides.
    Links to meetings count: undoing a contacts import must not unlink people from them.
    """
    ids = set(contacts.exclude(edited_fields=[]).values_list("pk", flat=True))
    ids |= set(contacts.exclude(overrides={}).values_list("pk", flat=True))
    for relation in Contact._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and relation.is_relation) or relation.concrete:
            continue
        model = relation.related_model
        if model in _IMPORT_MADE or not (isinstance(model, type) and issubclass(model, Model)):
            continue
        if model._meta.auto_created:
            continue  # a many-to-many table: its relation is walked instead
        name = relation.field.name  # type: ignore[union-attr]
        rows = model._default_manager.filter(**{f"{name}__in": contacts})
        ids |= {pk for pk in rows.values_list(name, flat=True) if pk is not None}
    return ids


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in DATE_FIELDS:
        return date.fromisoformat(value)
    if name in DATETIME_FIELDS:
        return datetime.fromisoformat(value)
    return value
