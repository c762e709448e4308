"""The client's sharing page: invite a coach, see who has access, revoke, read the log."""

from __future__ import annotations

import re

from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from rapport.coaching import sharing
from rapport.coaching.models import Share
from tests.coaching.conftest import coach, signed_in


def link_path(text: str) -> str:
    found = re.search(r"/sharing/invitation/[\w-]+/", text)
    assert found, text
    return found.group(0)


def test_a_client_invites_a_coach_by_email_who_accepts_once(
    alice: User, alice_client: Client
) -> None:
    carol = coach("carol")
    carol.email = "carol@example.org"
    carol.save()
    alice_client.post("/sharing/invite/", {"email": "carol@example.org", "parts": ["meetings"]})
    assert mail.outbox[0].to == ["carol@example.org"]
    assert "Diagnosis, Marketing plan and Meetings" in mail.outbox[0].body
    path = link_path(str(mail.outbox[0].body))
    assert Share.objects.count() == 0, "nothing is shared before the coach accepts"

    page = signed_in(carol).get(path).content.decode()
    assert "alice asks you to be their coach" in page
    accepted = signed_in(carol).post(path)
    assert accepted.status_code == 302
    assert accepted["Location"] == "/coach/"
    assert sharing.share_with(alice, carol) is not None
    assert sharing.share_with(alice, carol).parts == ["diagnosis", "plan", "meetings"]  # type: ignore[union-attr]

    again = signed_in(coach("erin")).get(path)
    assert again.status_code == 404
    assert "not valid any more" in again.content.decode()


def test_a_link_without_an_address_is_shown_once_and_only_a_coach_accepts(
    alice: User, bob: User, alice_client: Client
) -> None:
    shown = alice_client.post("/sharing/invite/", {"email": ""}, follow=True).content.decode()
    assert mail.outbox == []
    path = link_path(shown)
    assert path not in alice_client.get("/sharing/").content.decode()  # shown once
    refused = signed_in(bob).post(path, follow=True).content.decode()
    assert "only a coach can accept" in refused
    assert Share.objects.count() == 0


def test_revoking_ends_access_at_once(alice: User, alice_client: Client, carol: User) -> None:
    assert signed_in(carol).get(f"/coach/clients/{alice.pk}/diagnosis/").status_code == 200
    page = alice_client.get("/sharing/").content.decode()
    assert "carol" in page and "Stop sharing with carol" in page
    share = sharing.share_with(alice, carol)
    assert share is not None
    alice_client.post(f"/sharing/{share.pk}/revoke/")
    assert signed_in(carol).get(f"/coach/clients/{alice.pk}/diagnosis/").status_code == 404
    assert (
        "Nobody: your workspace is yours alone." in alice_client.get("/sharing/").content.decode()
    )


def test_nobody_revokes_someone_elses_share(
    alice: User, bob: User, carol: User, bob_client: Client
) -> None:
    share = sharing.share_with(alice, carol)
    assert share is not None
    assert bob_client.post(f"/sharing/{share.pk}/revoke/").status_code == 404
    assert sharing.share_with(alice, carol) is not None


def test_the_client_reads_who_opened_what_and_when(
    alice: User, alice_client: Client, carol: User
) -> None:
    signed_in(carol).get(f"/coach/clients/{alice.pk}/diagnosis/")
    signed_in(carol).get(f"/coach/clients/{alice.pk}/contacts/?q=Geoff")
    log = alice_client.get("/sharing/").content.decode()
    assert f"/coach/clients/{alice.pk}/contacts/?q=Geoff" in log
    assert f"/coach/clients/{alice.pk}/diagnosis/" in log
    assert "Contacts (names, companies and judgments)" in log


def test_a_coach_invites_a_new_client_who_chooses_what_to_share(db: None) -> None:
    carol = coach("carol")
    signed_in(carol).post("/coach/invite/", {"email": "nadia@example.org"})
    nadia = User.objects.get(email="nadia@example.org")  # an account, no password yet
    assert not nadia.has_usable_password()
    path = link_path(str(mail.outbox[-1].body))
    assert Share.objects.count() == 0
    page = signed_in(nadia).get(path).content.decode()
    assert "carol, a coach, asks to see your job search" in page
    signed_in(nadia).post(path, {"parts": ["contacts", "notes"]})
    share = sharing.share_with(nadia, carol)
    assert share is not None
    assert share.parts == ["diagnosis", "plan", "contacts"]


def test_a_coach_finds_the_roster_from_the_sharing_page(
    alice_client: Client, carol_client: Client
) -> None:
    assert 'href="/coach/"' in carol_client.get("/sharing/").content.decode()
    assert 'href="/coach/"' not in alice_client.get("/sharing/").content.decode()


def test_a_link_sent_to_an_address_works_only_for_that_account(
    alice: User, alice_client: Client
) -> None:
    alice_client.post("/sharing/invite/", {"email": "carol@example.org"})
    path = link_path(str(mail.outbox[0].body))
    refused = signed_in(coach("erin")).post(path, follow=True).content.decode()
    assert "this invitation is for carol@example.org" in refused
    assert Share.objects.count() == 0
