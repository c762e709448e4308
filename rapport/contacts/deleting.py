"""Delete a contact with everything that hangs off it, and undo that deletion."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.core import serializers
from django.db import IntegrityError, models, router, transaction
from django.db.models.deletion import Collector
from django.utils import timezone

from rapport.contacts.models import Contact, DeletedContact
from rapport.core.errors import InputError

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: How long a deletion can be undone; older undo records are dropped at the next deletion.
UNDO_FOR = timedelta(days=7)


def _removed_with(contacts: list[Contact]) -> list[models.Model]:
    """Return the contacts and every row deleting them would remove (Django's own cascade)."""
    collector = Collector(using=router.db_for_write(Contact))
    collector.collect(contacts)
    rows: list[models.Model] = []
    for instances in collector.data.values():
        rows += instances
    for queryset in collector.fast_deletes:
        rows += list(queryset)
    return rows


@transaction.atomic
def delete_contacts(user: User, contacts: list[Contact]) -> DeletedContact:
    """Delete ``contacts`` (owned by ``user``) and return the record that can undo it."""
    DeletedContact.objects.owned_by(user).filter(deleted_at__lt=timezone.now() - UNDO_FOR).delete()
    text = serializers.serialize("json", _removed_with(contacts))
    name = contacts[0].full_name if len(contacts) == 1 else f"{len(contacts)} contacts"
    Contact.objects.filter(owner=user, pk__in=[c.pk for c in contacts]).delete()
    return DeletedContact.objects.create(owner=user, name=name, count=len(contacts), rows=text)


@transaction.atomic
def undo_delete(deleted: DeletedContact) -> Contact:
    """Put the deleted contacts and their rows back, with their ids; return a contact."""
    restored = None
    try:
        with transaction.atomic():
            for item in serializers.deserialize("json", deleted.rows):
                item.save()
                if restored is None and isinstance(item.object, Contact):
                    restored = item.object
    except IntegrityError:
        raise InputError(
            f"{deleted.name} cannot be brought back: something new took their place"
        ) from None
    deleted.delete()
    assert restored is not None, "an undo record always holds its contact"
    return restored
