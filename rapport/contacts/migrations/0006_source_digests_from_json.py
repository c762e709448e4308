# Written by hand on 2026-12-07: fingerprints are now made of the fields' JSON text.

from typing import Any

from django.db import migrations

from rapport.contacts.models import refresh_digests


def make_digests_again(apps: Any, schema_editor: Any) -> None:
    """Fingerprint every contact's sources again, as ``record_digest`` now makes them.

    The fingerprints only let a re-import count a record it read before without reading it
    again: one kept in the old form would not be lost, only read again, and reported as
    unchanged all the same. Made again here, a re-import stays as quick as before.
    """
    contact = apps.get_model("contacts", "Contact")
    refresh_digests(contact, contact.objects.all())


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0005_fewer_indexes"),
    ]

    operations = [
        migrations.RunPython(make_digests_again, migrations.RunPython.noop, elidable=True),
    ]
