"""Importing contacts: one person one contact, nothing duplicated, job changes, undo."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from rapport.contacts.judging import reasons_for
from rapport.contacts.models import Contact, JobChange, MergeCandidate
from rapport.core.errors import InputError
from rapport.import_page.services import import_bytes
from rapport.import_page.undo import undo_import
from rapport.imports.models import ImportChange, ImportRun
from rapport.plan.services import load_plan, save_plan
from tests.contacts.conftest import Importer


def contact(alice: User, name: str) -> Contact:
    return Contact.objects.get(owner=alice, full_name=name)


def test_it_imports_a_linkedin_export_and_counts_the_hidden_row(
    alice: User, import_as_alice: Importer
) -> None:
    run = import_as_alice("network_v1.csv")
    assert run.format == "linkedin"
    assert run.counts["new"] == 7
    assert run.counts["skipped"] == 1
    assert run.errors[0]["where"] == "row 9"
    assert "hidden" in run.errors[0]["reason"]
    assert Contact.objects.owned_by(alice).count() == 7


def test_reimporting_the_same_file_changes_nothing(alice: User, import_as_alice: Importer) -> None:
    import_as_alice("network_v1.csv")
    before = list(Contact.objects.owned_by(alice).order_by("pk").values())
    again = import_as_alice("network_v1.csv")
    assert again.counts["new"] == 0
    assert again.counts["updated"] == 0
    assert again.counts["unchanged"] == 7
    assert list(Contact.objects.owned_by(alice).order_by("pk").values()) == before
    assert not ImportChange.objects.filter(run=again).exists()


def test_each_contact_is_judged_with_reasons(alice: User, import_as_alice: Importer) -> None:
    import_as_alice("network_v1.csv")
    ceo = contact(alice, "Kevin Lobo")
    assert ceo.target_company is not None and ceo.target_company.name == "Stryker"
    assert ceo.can_hire is True
    assert "Stryker" in reasons_for(alice, ceo)["can_hire"]
    priya = contact(alice, "Priya Raman")
    assert priya.target_company is not None and priya.target_company.name == "Medtronic"
    assert priya.in_target_industry is True
    assert priya.can_hire is False
    assert contact(alice, "Sam Lee").is_recruiter is True
    assert contact(alice, "Sam Lee").can_hire is False
    assert contact(alice, "Dana Reyes").is_job_seeker is True
    assert contact(alice, "Tom Becker").in_target_industry is None


def test_a_job_change_is_recorded_and_reported(alice: User, import_as_alice: Importer) -> None:
    import_as_alice("network_v1.csv")
    run = import_as_alice("network_v2.csv")
    assert run.counts["new"] == 1
    assert run.counts["updated"] == 1
    assert run.counts["job_changes"] == 1
    assert run.notes == [
        "1 contact changed jobs.",
        "1 now works at Stryker, a target company.",
    ]
    tom = contact(alice, "Tom Becker")
    assert (tom.company_name, tom.position) == ("Stryker", "Vice President Finance")
    change = JobChange.objects.get(contact=tom)
    assert (change.old_company, change.new_company) == ("Target", "Stryker")


def test_a_phone_card_merges_into_the_linkedin_contact_by_email(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    run = import_as_alice("phone.vcf")
    priya = contact(alice, "Priya Raman")
    assert priya.phones == ["+16125550188"]
    assert [s["format"] for s in priya.sources] == ["linkedin", "vcard"]
    # LinkedIn keeps the job; the address book only adds what was missing.
    assert priya.company_name == "Medtronic plc"
    assert run.counts["merged"] == 1


def test_the_same_name_at_another_company_waits_for_review(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    run = import_as_alice("phone.vcf")
    assert run.counts["review"] == 1
    pair = MergeCandidate.objects.get(owner=alice)
    assert pair.reason == "same name at a different company"
    assert {pair.contact.company_name, pair.other.company_name} == {
        "Robert Half",
        "St. Olaf Lutheran Church",
    }
    assert Contact.objects.filter(owner=alice, full_name="Sam Lee").count() == 2


def test_user_edits_and_overrides_survive_a_reimport(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    tom = contact(alice, "Tom Becker")
    tom.position = "Finance lead (my own words)"
    tom.edited_fields = ["position"]
    tom.overrides = {"can_hire": True}
    tom.save()
    import_as_alice("network_v2.csv")
    tom.refresh_from_db()
    assert tom.position == "Finance lead (my own words)"
    assert tom.can_hire is True
    assert reasons_for(alice, tom)["can_hire"] == "You set this yourself."


def test_changing_the_plan_judges_contacts_again(alice: User, import_as_alice: Importer) -> None:
    import_as_alice("network_v1.csv")
    assert contact(alice, "Tom Becker").target_company is None
    plan = load_plan(alice)
    from dataclasses import replace

    from rapport.core.plan import TargetCompanySpec

    save_plan(alice, replace(plan, companies=(*plan.companies, TargetCompanySpec("Target"))))
    assert contact(alice, "Tom Becker").target_company.name == "Target"  # type: ignore[union-attr]


def test_formula_cells_are_stored_as_plain_text(alice: User, import_as_alice: Importer) -> None:
    import_as_alice("network_v1.csv")
    assert contact(alice, "Eve Mallory").position.startswith("=HYPERLINK(")


def test_undo_removes_new_contacts_and_puts_back_what_changed(
    alice: User, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    second = import_as_alice("network_v2.csv")
    undo_import(alice, second)
    assert not Contact.objects.filter(owner=alice, full_name="Ann Newman").exists()
    tom = contact(alice, "Tom Becker")
    assert (tom.company_name, tom.position) == ("Target", "Senior Manager Finance")
    assert tom.target_company is None
    assert not JobChange.objects.filter(owner=alice).exists()
    second.refresh_from_db()
    assert second.undone_at is not None
    with pytest.raises(InputError, match="already undone"):
        undo_import(alice, second)


def test_undo_keeps_a_merge_made_by_hand(alice: User, import_as_alice: Importer) -> None:
    from rapport.contacts.merging import decide

    import_as_alice("network_v1.csv")
    run = import_as_alice("phone.vcf")
    pair = MergeCandidate.objects.get(owner=alice)
    kept = decide(alice, pair, merge=True)
    assert kept is not None
    undo_import(alice, run)
    assert Contact.objects.filter(owner=alice, full_name="Sam Lee").count() == 1
    assert not Contact.objects.filter(owner=alice, full_name="Linh Nguyen").exists()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.csv", "empty"),
        (b"\x00\x01\x02\xff" * 50, "photo.jpg", ""),
        (b"Name,Phone\nAnn,555\n", "list.csv", "Name"),
        (b"hello world, this is a letter\n", "letter.txt", ""),
    ],
)
def test_a_bad_file_is_refused_whole_and_writes_nothing(
    alice: User, data: bytes, name: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        import_bytes(alice, data, name)
    assert name in str(caught.value)
    assert message in str(caught.value)
    assert not ImportRun.objects.filter(owner=alice).exists()
    assert not Contact.objects.filter(owner=alice).exists()


def test_a_file_over_the_size_limit_is_refused(alice: User, settings: object) -> None:
    settings.RAPPORT_MAX_IMPORT_BYTES = 1000  # type: ignore[attr-defined]
    with pytest.raises(InputError, match="imports files up to"):
        import_bytes(alice, b"x" * 2000, "huge.csv")
