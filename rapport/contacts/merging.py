"""Merge two contacts that are one person (from the review queue), keeping everything."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from rapport.contacts.judging import Judge
from rapport.contacts.models import Contact, JobChange, MergeCandidate
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import FollowUp
from rapport.paths.models import Outreach

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
def merge_contacts(user: Any, keep: Contact, other: Contact) -> Contact:
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
    for interaction in other.interactions.all():
        interaction.contacts.add(keep)
    Give.objects.filter(owner=user, contact=other).update(contact=keep)
    Introduction.objects.filter(owner=user, from_contact=other).update(from_contact=keep)
    Introduction.objects.filter(owner=user, to_contact=other).update(to_contact=keep)
    FollowUp.objects.filter(owner=user, contact=other).update(contact=keep)
    JobChange.objects.filter(owner=user, contact=other).update(contact=keep)
    Outreach.objects.filter(owner=user, contact=other).update(contact=keep)
    MergeCandidate.objects.filter(owner=user, status=MergeCandidate.PENDING).filter(
        contact=other
    ).exclude(other=keep).update(contact=keep)
    MergeCandidate.objects.filter(owner=user, status=MergeCandidate.PENDING).filter(
        other=other
    ).exclude(contact=keep).update(other=keep)
    other.delete()
    return keep


@transaction.atomic
def decide(user: Any, candidate: MergeCandidate, merge: bool) -> Contact | None:
    """Apply the user's decision on a review-queue pair; return the kept contact if merged."""
    candidate.decided_at = timezone.now()
    if not merge:
        candidate.status = MergeCandidate.KEPT_APART
        candidate.save()
        return None
    keep = merge_contacts(user, candidate.contact, candidate.other)
    return keep
