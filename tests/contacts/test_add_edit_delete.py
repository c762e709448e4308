"""Add someone by hand, edit every field, delete them and undo the deletion."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from rapport.accounts import backup
from rapport.contacts.models import Contact, DeletedContact
from rapport.ledger.models import Give
from rapport.meetings.models import Interaction
from tests.accounts.test_backup import fill_workspace

EVERY_FIELD = {
    "full_name": "Ana Castaño",
    "first_name": "Ana",
    "last_name": "Castaño",
    "emails_text": "ana@socgen.example\nana@home.example",
    "phones_text": "(415) 555-2671",
    "linkedin_slug": "ana-castano",
    "company_name": "Société Générale",
    "position": "CFO",
    "notes": "Met at FEI.",
    "strength": "2",
    "keep_in_touch_days": "30",
    "looking_for": "",
    "circles_text": "FEI, alumni",
    "knows_text": "Medtronic",
}


def test_it_adds_a_contact_with_every_field_and_judges_them(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post("/contacts/new/", EVERY_FIELD)
    ana = Contact.objects.get(owner=alice)
    assert response["Location"] == f"/contacts/{ana.pk}/"
    assert ana.emails == ["ana@socgen.example", "ana@home.example"]
    assert ana.phones == ["+14155552671"]
    assert (ana.circles, ana.knows_someone_at) == (["FEI", "alumni"], ["Medtronic"])
    assert ana.seniority == "cxo"  # judged from the title, as an import would
    assert ana.keep_in_touch_days == 30
    assert ana.company is not None and ana.company.name == "Société Générale"
    assert "full_name" in ana.edited_fields  # a later import keeps what the user typed


def test_opening_the_add_form_writes_nothing_and_a_bad_form_says_why(
    alice: User, alice_client: Client
) -> None:
    assert alice_client.get("/contacts/new/").status_code == 200
    response = alice_client.post("/contacts/new/", {**EVERY_FIELD, "emails_text": "not-mail"})
    assert response.status_code == 400
    assert "not-mail is not an e-mail address" in response.content.decode()
    assert not Contact.objects.filter(owner=alice).exists()


def test_it_edits_the_name_emails_and_phones(alice: User, alice_client: Client) -> None:
    ana = Contact.objects.create(
        owner=alice, full_name="Ana C", emails=["old@x.example"], phones=["+14155550000"]
    )
    alice_client.post(f"/contacts/{ana.pk}/edit/", {**EVERY_FIELD, "phones_text": ""})
    ana.refresh_from_db()
    assert (ana.full_name, ana.emails[0], ana.phones) == (
        "Ana Castaño",
        "ana@socgen.example",
        [],
    )
    assert {"full_name", "emails", "phones"} <= set(ana.edited_fields)


def test_an_edit_error_names_the_field_in_words(alice: User, alice_client: Client) -> None:
    ana = Contact.objects.create(owner=alice, full_name="Ana C")
    response = alice_client.post(
        f"/contacts/{ana.pk}/edit/", {**EVERY_FIELD, "full_name": ""}, follow=True
    )
    assert "Nothing was saved: Name: This field is required." in response.content.decode()


def test_deleting_and_undoing_brings_back_the_contact_and_all_that_hung_off_it(
    alice: User, alice_client: Client
) -> None:
    fill_workspace(alice)
    before = backup.dumps(alice)
    dana = Contact.objects.get(owner=alice, full_name="Dana Reyes")
    response = alice_client.post(f"/contacts/{dana.pk}/delete/", follow=True)
    assert "Deleted Dana Reyes" in response.content.decode()
    assert not Give.objects.filter(owner=alice).exists()
    assert not Interaction.objects.get(owner=alice).contacts.exists()
    undo = DeletedContact.objects.get(owner=alice)
    assert "You deleted Dana Reyes" in response.content.decode()

    alice_client.post(f"/contacts/deleted/{undo.pk}/undo/")
    assert backup.dumps(alice) == before
    assert not DeletedContact.objects.filter(owner=alice).exists()


def test_nobody_else_can_delete_or_undo(alice: User, bob_client: Client) -> None:
    ana = Contact.objects.create(owner=alice, full_name="Ana")
    assert bob_client.post(f"/contacts/{ana.pk}/delete/").status_code == 404
    assert Contact.objects.filter(pk=ana.pk).exists()
