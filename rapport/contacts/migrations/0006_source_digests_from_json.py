# Written by hand on 2026-12-07: fingerprints are now made of the fields' JSON text.

from typing import Any

from django.db import migrations

from rapport.contacts.models import source_digests


def refresh_digests(apps: Any, schema_editor: Any) -> None:
    """Fingerprint every contact's sources again, as ``record_digest`` now makes them.

    The fingerprints only let a re-import count a record it read before without reading it
    again: one kept in the old form would not be lost, only read again, and reported as
    unchanged all the same. Made again here, a re-import stays as quick as before.
    """
    contact = apps.get_model("contacts", "Contact")
    rows = contact.objects.exclude(sources=[]).only("pk", "sources", "source_digests")
    batch = []
    for row in rows.iterator(chunk_size=2000):
        digests = source_digests(row.sources)
        if digests != row.source_digests:
            row.source_digests = digests
            batch.append(row)
        if len(batch) == 2000:
            contact.objects.bulk_update(batch, ["source_digests"])
            batch = []
    contact.objects.bulk_update(batch, ["source_digests"])


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0005_fewer_indexes"),
    ]

    operations = [
        migrations.RunPython(refresh_digests, migrations.RunPython.noop, elidable=True),
    ]
