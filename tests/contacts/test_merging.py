"""A merge moves every relation of Contact: the list is derived from the model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Model

from rapport.contacts.merging import merge_contacts
from rapport.contacts.models import Contact, JobChange, MergeCandidate
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import FollowUp, Interaction
from rapport.paths.models import Outreach
from rapport.plan.models import TargetCompany
from rapport.touches.models import Touch

DAY = date(2026, 3, 1)

#: How to make one row pointing at a contact through each relation, by (model, field).
MAKERS: dict[tuple[type[Model], str], Callable[[User, Contact], Model]] = {
    (Interaction, "contacts"): lambda u, c: _meeting(u, c),
    (Give, "contact"): lambda u, c: Give.objects.create(
        owner=u, contact=c, kind="article", note="x", given_on=DAY
    ),
    (JobChange, "contact"): lambda u, c: JobChange.objects.create(
        owner=u, contact=c, detected_on=DAY
    ),
    (FollowUp, "contact"): lambda u, c: FollowUp.objects.create(owner=u, contact=c, due_on=DAY),
    (Introduction, "from_contact"): lambda u, c: Introduction.objects.create(
        owner=u, from_contact=c, created_on=DAY
    ),
    (Introduction, "to_contact"): lambda u, c: Introduction.objects.create(
        owner=u, to_contact=c, created_on=DAY
    ),
    (Outreach, "contact"): lambda u, c: Outreach.objects.create(
        owner=u, contact=c, target=TargetCompany.objects.create(owner=u, name=f"T{c.pk}")
    ),
    (MergeCandidate, "contact"): lambda u, c: MergeCandidate.objects.create(
        owner=u, contact=c, other=Contact.objects.create(owner=u, full_name="Third"), score=80
    ),
    (MergeCandidate, "other"): lambda u, c: MergeCandidate.objects.create(
        owner=u, other=c, contact=Contact.objects.create(owner=u, full_name="Fourth"), score=80
    ),
    (Touch, "contact"): lambda u, c: Touch.objects.create(
        owner=u,
        contact=c,
        when=datetime(2026, 3, 2, tzinfo=UTC),
        channel="linkedin_message",
        direction="out",
        kind="other",
        source="messages.csv, row 2",
        reason="a message",
        fingerprint=f"f{c.pk}",
    ),
}


def _meeting(user: User, contact: Contact) -> Interaction:
    meeting = Interaction.objects.create(
        owner=user, summary="Coffee", start=datetime(2026, 3, 2, tzinfo=UTC)
    )
    meeting.contacts.add(contact)
    return meeting


def relations() -> set[tuple[type[Model], str]]:
    found: set[tuple[type[Model], str]] = set()
    for relation in Contact._meta.get_fields(include_hidden=True):
        model = relation.related_model
        if relation.auto_created and relation.is_relation and not relation.concrete:
            assert isinstance(model, type) and issubclass(model, Model)
            if model._meta.auto_created:
                continue  # the table behind a many-to-many: moved through its relation
            found.add((model, relation.field.name))  # type: ignore[union-attr]
    return found


def test_every_relation_of_contact_has_a_maker_here() -> None:
    # A new relation to Contact fails here until the merge test below covers it.
    assert relations() == set(MAKERS)


def test_a_merge_moves_every_relation_to_the_kept_contact(alice: User) -> None:
    keep = Contact.objects.create(owner=alice, full_name="Ana Lima")
    other = Contact.objects.create(owner=alice, full_name="Ana M. Lima")
    rows: list[tuple[Any, str]] = [
        (make(alice, other), name) for (_model, name), make in MAKERS.items()
    ]
    merge_contacts(alice, keep, other)
    assert not Contact.objects.filter(pk=other.pk).exists()
    for row, name in rows:
        fresh = type(row).objects.get(pk=row.pk)
        value = getattr(fresh, name)
        if hasattr(value, "all"):
            assert list(value.all()) == [keep], (type(row).__name__, name)
        else:
            assert value == keep, (type(row).__name__, name)
