"""Merge two contacts that are one person (from the review queue), keeping everything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from rapport.contacts.judging import Judge
from rapport.contacts.models import Contact, MergeCandidate

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LIST_FIELDS = ("emails", "phones", "urls", "circles", "knows_someone_at", "edited_fields")
TEXT_FIELDS = (
    "first_name",
    "last_name",
    "company_name",
    "position",
    "linkedin_slug",
    "looking_for",
)


@transaction.atomic
def merge_contacts(user: User, keep: Contact, other: Contact) -> Contact:
    """Fold ``other`` into ``keep`` (both the user's), move everything linked, delete ``other``."""
    for name in LIST_FIELDS:
        merged = list(dict.fromkeys([*getattr(keep, name), *getattr(other, name)]))
        setattr(keep, name, merged)
    for name in TEXT_FIELDS:
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if keep.company_id is None:
        keep.company_id = other.company_id
    keep.connected_on = min((d for d in (keep.connected_on, other.connected_on) if d), default=None)
    keep.notes = "\n\n".join(n for n in (keep.notes, other.notes) if n)
    keep.sources = [*keep.sources, *other.sources]
    keep.overrides = {**other.overrides, **keep.overrides}
    if keep.strength is None:
        keep.strength = other.strength
    # A hand merge outlives the import that created either side: undoing that import
    # must not delete the person the user decided to keep.
    keep.import_run = None
    Judge(user).apply(keep)
    keep.save()
    move_relations(user, keep, other)
    other.delete()
    return keep


@transaction.atomic
def decide(user: User, candidate: MergeCandidate, merge: bool) -> Contact | None:
    """Apply the user's decision on a review-queue pair; return the kept contact if merged."""
    candidate.decided_at = timezone.now()
    if not merge:
        candidate.status = MergeCandidate.KEPT_APART
        candidate.save()
        return None
    keep = merge_contacts(user, candidate.contact, candidate.other)
    return keep


def move_relations(user: User, keep: Contact, other: Contact) -> None:
    """Re-point every row that refers to ``other`` at ``keep``.

    The relations are walked from ``Contact._meta``, so a relation added tomorrow is moved
    too; contacts never import the apps above them to do it.
    """
    for relation in Contact._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and relation.is_relation) or relation.concrete:
            continue
        model = relation.related_model
        if not (isinstance(model, type) and issubclass(model, Model)) or model._meta.auto_created:
            continue  # a many-to-many table is moved through its relation
        field = relation.field  # type: ignore[union-attr]
        if model is MergeCandidate:
            _move_pairs(user, field.name, keep, other)
        elif relation.many_to_many:
            for row in model._default_manager.filter(**{field.name: other}):
                getattr(row, field.name).remove(other)
                getattr(row, field.name).add(keep)
        else:
            model._default_manager.filter(**{field.name: other}).update(**{field.name: keep})


def _move_pairs(user: User, name: str, keep: Contact, other: Contact) -> None:
    """Move pending review pairs to ``keep``; a pair of ``keep`` with itself is dropped."""
    pending = MergeCandidate.objects.filter(owner=user, status=MergeCandidate.PENDING)
    partner = "other" if name == "contact" else "contact"
    pending.filter(**{name: other, partner: keep}).delete()
    pending.filter(**{name: other}).update(**{name: keep})
