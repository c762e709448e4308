"""The contacts page, a contact's page, overrides and edits, the review queue, companies."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from rapport.contacts.models import Company, Contact, MergeCandidate
from tests.contacts.conftest import Importer


def test_the_list_filters_by_judgment_and_searches(
    alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    page = alice_client.get("/contacts/", {"can_hire": "yes"}).content.decode()
    assert "Kevin Lobo" in page
    assert "Priya Raman" not in page
    page = alice_client.get("/contacts/", {"q": "robert half"}).content.decode()
    assert "Sam Lee" in page and "Kevin Lobo" not in page
    page = alice_client.get("/contacts/", {"job_seeker": "yes"}).content.decode()
    assert "Dana Reyes" in page and "1 contact" in page


def test_an_unknown_filter_value_is_explained(alice_client: Client) -> None:
    response = alice_client.get("/contacts/", {"can_hire": "maybe"}, follow=True)
    assert "can_hire must be yes or no" in response.content.decode()


def test_names_with_markup_are_shown_escaped(
    alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    page = alice_client.get("/contacts/").content.decode()
    # Imported text is kept as written and shown as text: escaped, never stripped or run.
    assert "&lt;b&gt;Bob&lt;/b&gt; Holm" in page
    assert "<b>Bob</b>" not in page
    detail = alice_client.get(
        f"/contacts/{Contact.objects.get(linkedin_slug='bob-holm').pk}/"
    ).content.decode()
    assert "&lt;b&gt;Bob&lt;/b&gt; Holm" in detail and "<b>Bob</b>" not in detail


def test_the_list_page_runs_a_fixed_number_of_queries(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    with CaptureQueriesContext(connection) as few:
        alice_client.get("/contacts/")
    import_as_alice("network_v2.csv")
    with CaptureQueriesContext(connection) as more:
        alice_client.get("/contacts/")
    assert len(more) == len(few)


def test_a_contact_page_shows_judgments_with_reasons_and_sources(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    import_as_alice("phone.vcf")
    priya = Contact.objects.get(owner=alice, full_name="Priya Raman")
    page = alice_client.get(f"/contacts/{priya.pk}/").content.decode()
    assert "Medtronic" in page
    assert "one of your target companies" in page
    assert "LinkedIn connections" in page and "Address book card (vCard)" in page
    assert "Merged into this contact: same email priya.raman@example.com" in page
    assert "You have not met Priya yet" in page


def test_a_linkedin_rows_fields_are_shown_in_the_order_linkedin_writes_them(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import re

    from rapport.formats.linkedin import CONNECTIONS_COLUMNS

    import_as_alice("network_v1.csv")
    priya = Contact.objects.get(owner=alice, full_name="Priya Raman")
    # Stored with their names sorted (the text the row's fingerprint is made of), or in
    # PostgreSQL's own order: shown as the file had them all the same.
    stored = list(priya.sources[0]["fields"])
    page = alice_client.get(f"/contacts/{priya.pk}/").content.decode()
    shown = re.findall(r'<span class="muted">([^<]+):</span>', page)
    assert shown == [name for name in CONNECTIONS_COLUMNS if name in stored]
    assert len(shown) >= 5


def test_an_override_wins_and_says_so(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    alice_client.post(f"/contacts/{tom.pk}/override/", {"can_hire": "yes", "connector": ""})
    tom.refresh_from_db()
    assert tom.can_hire is True
    assert tom.overrides == {"can_hire": True}
    page = alice_client.get(f"/contacts/{tom.pk}/").content.decode()
    assert "You set this yourself." in page


def test_an_edit_is_remembered_as_the_users_own(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    alice_client.post(
        f"/contacts/{tom.pk}/edit/",
        {
            "full_name": "Tom Becker",
            "company_name": "Stryker",
            "position": "VP Finance",
            "circles_text": "FEI, church",
        },
    )
    tom.refresh_from_db()
    assert tom.company_name == "Stryker"
    assert tom.target_company is not None
    assert tom.circles == ["FEI", "church"]
    assert set(tom.edited_fields) >= {"company_name", "position", "circles"}


def test_the_editing_forms_open_from_the_page_filled_with_what_is_stored(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    alice_client.post(f"/contacts/{tom.pk}/override/", {"can_hire": "yes", "connector": ""})
    page = alice_client.get(f"/contacts/{tom.pk}/").content.decode()
    # The page offers each form and fetches it when its box opens.
    assert f'hx-get="/contacts/{tom.pk}/edit/"' in page
    assert f'hx-get="/contacts/{tom.pk}/override/"' in page
    fetched = alice_client.get(f"/contacts/{tom.pk}/edit/", headers={"HX-Request": "true"})
    form = fetched.content.decode()
    assert "<html" not in form
    assert f'action="/contacts/{tom.pk}/edit/"' in form
    assert f'value="{tom.company_name}"' in form
    assert "HX-Request" in fetched["Vary"]
    override = alice_client.get(
        f"/contacts/{tom.pk}/override/", headers={"HX-Request": "true"}
    ).content.decode()
    assert '<option value="yes" selected>' in override
    # Without scripts, the link opens the same form on a page of its own.
    whole = alice_client.get(f"/contacts/{tom.pk}/edit/").content.decode()
    assert "<html" in whole and "Edit the contact details" in whole
    assert f'action="/contacts/{tom.pk}/edit/"' in whole


def test_the_review_queue_merges_or_keeps_apart(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    import_as_alice("phone.vcf")
    pair = MergeCandidate.objects.get(owner=alice)
    page = alice_client.get("/contacts/review/").content.decode()
    assert "Same name at a different company" in page
    alice_client.post(f"/contacts/review/{pair.pk}/", {"decision": "apart"})
    pair.refresh_from_db()
    assert pair.status == "kept_apart"
    assert Contact.objects.filter(owner=alice, full_name="Sam Lee").count() == 2
    assert "Nothing to review" in alice_client.get("/contacts/review/").content.decode()


def test_linking_a_company_to_a_target_is_remembered(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    import_as_alice("network_v1.csv")
    target_co = Company.objects.get(owner=alice, key="target")
    alice_client.post(f"/contacts/companies/{target_co.pk}/", {"industry": "Medical devices"})
    tom = Contact.objects.get(owner=alice, full_name="Tom Becker")
    assert tom.in_target_industry is True
    assert "Medical devices" in alice_client.get("/contacts/companies/").content.decode()


def test_a_company_linked_to_a_target_is_remembered_for_later_contacts(
    alice: User, alice_client: Client, import_as_alice: Importer
) -> None:
    from rapport.contacts.companies import company_for
    from rapport.contacts.judging import rejudge
    from rapport.plan.models import TargetCompany

    import_as_alice("network_v1.csv")
    syk = Contact.objects.create(
        owner=alice, full_name="Ann Lee", company_name="SYK", company=company_for(alice, "SYK")
    )
    rejudge(alice)
    syk.refresh_from_db()
    assert syk.target_company is None
    stryker = TargetCompany.objects.get(owner=alice, name="Stryker")
    assert syk.company is not None
    alice_client.post(f"/contacts/companies/{syk.company.pk}/", {"target": stryker.pk})
    syk.refresh_from_db()
    assert syk.target_company == stryker
    later = Contact.objects.create(owner=alice, full_name="Bo Kim", company_name="SYK")
    rejudge(alice)
    later.refresh_from_db()
    assert later.target_company == stryker


def test_the_companies_page_reads_the_industry_the_contacts_do(
    alice: User, alice_client: Client
) -> None:
    from rapport.contacts.judging import Judge, reasons_for
    from rapport.formats import plan_toml
    from rapport.plan.services import save_plan

    save_plan(alice, plan_toml.loads('[targets]\nindustries = ["Medical devices"]\n'))
    company = Company.objects.create(owner=alice, name="Acme Orthopedics", key="acme orthopedics")
    judge = Judge(alice)
    for n in range(3):
        contact = Contact.objects.create(
            owner=alice,
            full_name=f"Person {n}",
            company=company,
            company_name="Acme Orthopedics",
            position="Engineer",
        )
        judge.apply(contact)
        contact.save()
    first = Contact.objects.filter(owner=alice).first()
    assert first is not None and first.in_target_industry is True
    reason = reasons_for(alice, first)["in_target_industry"]
    assert "sounds like medical devices" in reason
    page = alice_client.get("/contacts/companies/").content.decode()
    assert "Rapport reads it as medical devices" in page
    assert 'placeholder="medical devices"' in page
