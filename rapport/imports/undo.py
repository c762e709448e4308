"""Undo an import as a whole: remove what it created, put back what it changed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from rapport.contacts.judging import rejudge
from rapport.contacts.models import Contact, JobChange, MergeCandidate
from rapport.core.errors import InputError
from rapport.imports.models import ImportChange, ImportRun
from rapport.meetings.models import Interaction

DATE_FIELDS = {"connected_on"}
DATETIME_FIELDS = {"start", "end"}


@transaction.atomic
def undo_import(user: Any, run: ImportRun) -> dict[str, int]:
    """Undo ``run`` (the user's); return how many rows were removed and restored."""
    if run.undone_at is not None:
        raise InputError(f"the import of {run.file_name} was already undone")
    removed = (
        Contact.objects.filter(owner=user, import_run=run).delete()[1].get("contacts.Contact", 0)
    )
    removed += (
        Interaction.objects.filter(owner=user, import_run=run)
        .delete()[1]
        .get("meetings.Interaction", 0)
    )
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
    return {"removed": removed, "restored": restored}


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in DATE_FIELDS:
        return date.fromisoformat(value)
    if name in DATETIME_FIELDS:
        return datetime.fromisoformat(value)
    return value
