"""Re-importing: a record read before, unchanged, is counted without touching its contact.

Each contact keeps a fingerprint of every file record behind it; these tests check that
the fingerprints follow the contact through everything that changes its records (a merge,
an undo, a deletion, a restore), so that a re-import is never wrong about what it read.
"""

from __future__ import annotations

import json

from django.contrib.auth.models import User

from rapport.accounts import backup
from rapport.accounts.owner import user_named
from rapport.contacts.merging import decide
from rapport.contacts.models import Contact, MergeCandidate, source_digests
from rapport.core.records import record_digest
from rapport.formats.detect import read_contacts
from rapport.import_page.services import import_bytes
from rapport.import_page.undo import undo_import
from tests.contacts.conftest import FILES, Importer


def outcomes(counts: dict[str, int]) -> int:
    names = ("new", "updated", "unchanged", "merged", "review", "skipped")
    return sum(counts[name] for name in names)


def test_every_contact_holds_the_fingerprints_of_its_records(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    for contact in Contact.objects.owned_by(alice):
        assert contact.source_digests
        assert contact.source_digests == source_digests(contact.sources)


def test_a_row_changed_since_is_read_again_and_the_rest_only_counted(
    alice: User, import_as_alice: Importer
) -> None:
    first = import_as_alice("network_v1.csv")
    second = import_as_alice("network_v2.csv")
    # Ann is new, Tom moved to Stryker; the other six rows are as they were.
    assert (second.counts["new"], second.counts["updated"]) == (1, 1)
    assert second.counts["unchanged"] == first.counts["new"] - 1
    assert second.counts["read"] == outcomes(second.counts) == 9
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    assert tom.company_name == "Stryker"
    third = import_as_alice("network_v2.csv")
    assert third.counts["unchanged"] == 8
    assert third.counts["read"] == outcomes(third.counts)


def test_a_contact_the_user_deleted_comes_back_from_the_next_import(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    Contact.objects.get(owner=alice, full_name="Sam Lee").delete()
    again = import_as_alice("network_v1.csv")
    assert (again.counts["new"], again.counts["unchanged"]) == (1, 6)
    assert Contact.objects.filter(owner=alice, full_name="Sam Lee").exists()


def test_after_an_undo_the_undone_file_is_read_again(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    second = import_as_alice("network_v2.csv")
    undo_import(alice, second)
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    assert tom.source_digests == source_digests(tom.sources)
    again = import_as_alice("network_v2.csv")
    # Tom's move is news again: the undo put back the record it came from.
    assert again.counts["updated"] == 1
    assert again.counts["new"] == 1
    assert again.counts["job_changes"] == 1


def test_a_merge_by_hand_keeps_both_records_known(alice: User, import_as_alice: Importer) -> None:
    import_as_alice("network_v1.csv")
    import_as_alice("phone.vcf")
    pair = MergeCandidate.objects.get(owner=alice)
    kept = decide(alice, pair, merge=True)
    assert kept is not None
    assert len(kept.source_digests.split()) == 2
    assert import_as_alice("network_v1.csv").counts["unchanged"] == 7
    cards = import_as_alice("phone.vcf")
    assert cards.counts["unchanged"] == 3
    assert cards.counts["new"] == cards.counts["review"] == 0


def test_a_backup_from_before_fingerprints_restores_and_reimports_unchanged(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    document = json.loads(backup.dumps(alice))
    for record in document["tables"]["contacts.contact"]:
        # What an earlier release wrote: stored reasons, no fingerprints.
        del record["fields"]["source_digests"]
        record["fields"]["judgment_reasons"] = {"can_hire": "an old sentence"}
    User.objects.all().delete()
    carol = user_named("carol", create=True)
    backup.restore(carol, json.dumps(document))
    assert all(c.source_digests for c in Contact.objects.owned_by(carol))
    data = (FILES / "network_v1.csv").read_bytes()
    again = import_bytes(carol, data, "network_v1.csv")
    assert again.counts["unchanged"] == 7
    assert again.counts["new"] == 0


def test_the_readers_count_known_records_instead_of_returning_them() -> None:
    for name in ("network_v1.csv", "phone.vcf"):
        data = (FILES / name).read_bytes()
        whole = read_contacts(data, name)
        first = whole.records[0]
        known = {record_digest(first.source_format, first.source_key, first.raw)}
        again = read_contacts(data, name, known=known)
        assert again.unchanged == 1
        assert [r.where for r in again.records] == [r.where for r in whole.records[1:]]
        assert again.read == whole.read == len(again.records) + len(again.skipped) + 1


def earlier_digests(sources: list[dict[str, object]]) -> str:
    """The fingerprints as releases before 2026-12-07 made them: from the fields' repr."""
    from hashlib import blake2b

    def one(source: dict[str, object]) -> str:
        fields = source.get("fields") or {}
        assert isinstance(fields, dict)
        text = f"{source['format']}\x1e{source['key']}\x1e{sorted(fields.items())!r}"
        return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()

    return " ".join(dict.fromkeys(one(s) for s in sources))


def held_in_earlier_form(user: User) -> None:
    for contact in Contact.objects.owned_by(user):
        Contact.objects.filter(pk=contact.pk).update(
            source_digests=earlier_digests(contact.sources)
        )


def test_fingerprints_from_an_earlier_release_are_made_again_by_the_migration(
    alice: User, import_as_alice: Importer
) -> None:
    import importlib

    from django.apps import apps

    import_as_alice("network_v1.csv")
    held_in_earlier_form(alice)
    data = (FILES / "network_v1.csv").read_bytes()
    known = {d for c in Contact.objects.owned_by(alice) for d in c.source_digests.split()}
    # Held in the earlier form, every row would be read again (and found unchanged).
    assert read_contacts(data, "network_v1.csv", known=known).unchanged == 0
    migration = importlib.import_module("rapport.contacts.migrations.0006_source_digests_from_json")
    migration.make_digests_again(apps, None)
    known = {d for c in Contact.objects.owned_by(alice) for d in c.source_digests.split()}
    assert read_contacts(data, "network_v1.csv", known=known).unchanged == 7
    again = import_bytes(alice, data, "network_v1.csv")
    assert (again.counts["unchanged"], again.counts["new"], again.counts["updated"]) == (7, 0, 0)


def test_a_backup_with_fingerprints_in_an_earlier_form_restores_them_made_again(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    held_in_earlier_form(alice)
    document = backup.dumps(alice)
    User.objects.all().delete()
    carol = user_named("carol", create=True)
    backup.restore(carol, document)
    for contact in Contact.objects.owned_by(carol):
        assert contact.source_digests == source_digests(contact.sources)
        assert contact.source_digests != earlier_digests(contact.sources)
