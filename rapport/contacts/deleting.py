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


def _removed_with(contact: Contact) -> list[models.Model]:
    """Return the contact and every row deleting it would remove (Django's own cascade)."""
    collector = Collector(using=router.db_for_write(Contact))
    collector.collect([contact])
    rows: list[models.Model] = []
    for instances in collector.data.values():
        rows += instances
    for queryset in collector.fast_deletes:
        rows += list(queryset)
    return rows


@transaction.atomic
def delete_contact(user: User, contact: Contact) -> DeletedContact:
    """Delete ``contact`` (owned by ``user``) and return the record that can undo it."""
    DeletedContact.objects.owned_by(user).filter(deleted_at__lt=timezone.now() - UNDO_FOR).delete()
    text = serializers.serialize("json", _removed_with(contact))
    contact.delete()
    return DeletedContact.objects.create(owner=user, name=contact.full_name, rows=text)


@transaction.atomic
def undo_delete(deleted: DeletedContact) -> Contact:
    """Put the deleted contact and its rows back, with their ids; return the contact."""
    restored = None
    try:
        with transaction.atomic():
            for item in serializers.deserialize("json", deleted.rows):
                item.save()
                if isinstance(item.object, Contact):
                    restored = item.object
    except IntegrityError:
        raise InputError(
            f"{deleted.name} cannot be brought back: something new took their place"
        ) from None
    deleted.delete()
    assert restored is not None, "an undo record always holds its contact"
    return restored
