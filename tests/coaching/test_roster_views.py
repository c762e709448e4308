"""The roster page, its CSV and cohorts; a client's pages as the coach sees them."""

from __future__ import annotations

import csv
import html
import io
import re
from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from rapport.coaching import sharing
from rapport.coaching.models import Access, Cohort
from rapport.contacts.models import Contact
from tests.accounts.test_backup import fill_workspace
from tests.coaching.conftest import coach, signed_in


def test_the_roster_shows_one_row_per_client_with_a_link_to_their_view(
    alice: User, carol: User, carol_client: Client
) -> None:
    fill_workspace(alice)
    page = carol_client.get("/coach/").content.decode()
    assert f'href="/coach/clients/{alice.pk}/"' in page
    assert "of 5" in page  # alice's goal: 5 meetings a week


def test_the_roster_is_only_for_coaches(bob_client: Client) -> None:
    assert bob_client.get("/coach/").status_code == 404
    assert bob_client.get("/coach/roster.csv").status_code == 404


def test_the_csv_writes_formula_looking_text_as_text(carol: User, carol_client: Client) -> None:
    sneaky = User.objects.create_user("=HYPERLINK(1)")
    sharing.grant(sneaky, carol, [])
    body = carol_client.get("/coach/roster.csv").content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][0] == "Client"
    assert sorted(r[0] for r in rows[1:]) == ["'=HYPERLINK(1)", "alice"]


def test_cohorts_filter_the_roster_and_total_it(
    alice: User, bob: User, carol: User, carol_client: Client
) -> None:
    sharing.grant(bob, carol, [])
    carol_client.post("/coach/cohorts/", {"client": alice.pk, "name": "Spring outplacement"})
    assert list(Cohort.objects.get(owner=carol).clients.all()) == [alice]
    page = carol_client.get("/coach/?cohort=Spring+outplacement").content.decode()
    assert f"/coach/clients/{alice.pk}/" in page
    assert f"/coach/clients/{bob.pk}/" not in page
    assert "<td>Spring outplacement</td><td>1</td>" in page


def test_a_coach_cannot_put_a_stranger_in_a_cohort(
    bob: User, carol: User, carol_client: Client
) -> None:
    carol_client.post("/coach/cohorts/", {"client": bob.pk, "name": "Mine"})
    assert not Cohort.objects.exists()


def test_a_shared_page_has_the_banner_and_links_stay_in_the_coachs_view(
    alice: User, carol: User, carol_client: Client
) -> None:
    fill_workspace(alice)
    page = carol_client.get(f"/coach/clients/{alice.pk}/diagnosis/").content.decode()
    assert "<strong>alice</strong>'s workspace, as they shared it with you: read-only" in page
    assert 'href="/contacts/' not in page  # every link into alice's workspace is prefixed
    assert f'href="/coach/clients/{alice.pk}/' in page
    assert "Signed in as" not in page  # nothing says the coach is alice
    assert Access.objects.filter(owner=alice, coach=carol, part="diagnosis").count() == 1


def test_the_coachs_contacts_page_shows_judgments_not_notes(
    alice: User, carol: User, carol_client: Client
) -> None:
    fill_workspace(alice)
    page = carol_client.get(f"/coach/clients/{alice.pk}/contacts/").content.decode()
    assert "Geoff Martha" in page and "could hire" in page
    assert "Dana Reyes" in page and "job seeker" in page


def test_a_redirect_inside_a_shared_page_stays_in_the_coachs_view(
    alice: User, carol: User, carol_client: Client
) -> None:
    # The handbill download redirects to the editor while the handbill is not ready.
    response = carol_client.get(f"/coach/clients/{alice.pk}/handbill/handbill.html")
    assert response.status_code == 302
    assert response["Location"] == f"/coach/clients/{alice.pk}/handbill/"


def test_a_coach_of_two_clients_sees_each_only_through_their_own_share(
    alice: User, bob: User, carol: User
) -> None:
    dan = coach("dan")
    sharing.grant(bob, dan, [])
    assert signed_in(dan).get(f"/coach/clients/{alice.pk}/").status_code == 404
    assert signed_in(dan).get(f"/coach/clients/{bob.pk}/").status_code == 200


def test_the_roster_reads_the_same_queries_for_one_client_or_many(
    alice: User, bob: User, carol: User, carol_client: Client, django_assert_num_queries: Any
) -> None:
    carol_client.get("/coach/")  # every client's figures computed once
    with django_assert_num_queries(8):
        carol_client.get("/coach/")
    for n in range(3):
        sharing.grant(User.objects.create_user(f"client-{n}"), carol, [])
    sharing.grant(bob, carol, [])
    carol_client.get("/coach/")
    with django_assert_num_queries(8):  # session, user with zone, role, clients, zones, figures…
        page = carol_client.get("/coach/").content.decode()
    assert page.count('href="/coach/clients/') == 5


def links_in(page: str, client: User) -> set[str]:
    return {
        html.unescape(link)
        for link in re.findall(r'href="(/coach/clients/[^"#]*)', page)
        if link.startswith(f"/coach/clients/{client.pk}/")
    }


def test_every_link_a_coach_is_shown_opens(
    alice: User, carol: User, dan: User, carol_client: Client
) -> None:
    fill_workspace(alice)
    alice_contact = Contact.objects.get(owner=alice, full_name="Geoff Martha")
    Contact.objects.filter(pk=alice_contact.pk).update(notes="Private: met at the gym")
    starts = ["", "diagnosis/", "plan/", "contacts/", "meetings/"]
    for viewer, expected in ((carol_client, "contacts"), (signed_in(dan), None)):
        pages = {f"/coach/clients/{alice.pk}/{rest}" for rest in starts}
        opened: set[str] = set()
        while pages - opened:
            url = sorted(pages - opened)[0]
            opened.add(url)
            response = viewer.get(url)
            if url.endswith(("contacts/", "meetings/")) and expected is None:
                assert response.status_code == 404  # not shared with dan: no link to it either
                continue
            assert response.status_code == 200, url
            if "text/html" in response["Content-Type"]:
                pages |= links_in(response.content.decode(), alice)
        contact_page = f"/coach/clients/{alice.pk}/contacts/{alice_contact.pk}/"
        assert (contact_page in opened) == (expected == "contacts")
    page = carol_client.get(f"/coach/clients/{alice.pk}/contacts/{alice_contact.pk}/")
    text = page.content.decode()
    assert "Geoff Martha" in text and "could hire" in text
    assert "met at the gym" not in text and "geoff@medtronic.example" not in text


def test_a_link_to_a_page_not_shared_reads_as_text(alice: User, carol: User, dan: User) -> None:
    fill_workspace(alice)
    person = f'href="/coach/clients/{alice.pk}/contacts/'
    shown = signed_in(carol).get(f"/coach/clients/{alice.pk}/diagnosis/").content.decode()
    assert person in shown  # the diagnosis names people, linked for a coach who sees contacts
    page = signed_in(dan).get(f"/coach/clients/{alice.pk}/diagnosis/").content.decode()
    assert person not in page and 'href="/contacts/' not in page
    names = re.findall(rf'{person}\d+/">([^<]+)</a>', shown)
    assert names and all(f"<a >{name}</a>" in page for name in names)
