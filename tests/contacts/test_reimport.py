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
