"""Coaching in the product: notes stay the coach's, comments and actions reach the client."""

from __future__ import annotations

import re

from django.contrib.auth.models import User
from django.test import Client

from rapport.coaching import sharing
from rapport.coaching.models import Assignment, Comment, Note
from rapport.diagnosis.services import run_diagnosis
from tests.accounts.test_backup import fill_workspace
from tests.coaching.conftest import signed_in


def test_an_assigned_action_goes_to_the_clients_week_and_comes_back_done(
    alice: User, alice_client: Client, carol: User, carol_client: Client
) -> None:
    carol_client.post(
        f"/coach/clients/{alice.pk}/actions/",
        {"text": "Ask Patricia Khoury for 20 minutes by Friday", "due_on": "2026-11-27"},
    )
    week = alice_client.get("/diagnosis/").content.decode()
    assert "Ask Patricia Khoury for 20 minutes by Friday" in week
    assert "from your coach carol" in week
    overview = carol_client.get(f"/coach/clients/{alice.pk}/").content.decode()
    assert '<span class="tag">open</span>' in overview

    action = Assignment.objects.get(owner=alice)
    alice_client.post(f"/sharing/actions/{action.pk}/done/", {"done": "yes"})
    overview = carol_client.get(f"/coach/clients/{alice.pk}/").content.decode()
    assert "<s>Ask Patricia Khoury for 20 minutes by Friday</s>" in overview
    assert "done" in overview
    alice_client.post(f"/sharing/actions/{action.pk}/done/", {"done": "no"})
    assert Assignment.objects.get(owner=alice).done_at is None


def test_a_comment_shows_with_its_finding_on_the_clients_diagnosis(
    alice: User, alice_client: Client, carol: User, carol_client: Client
) -> None:
    fill_workspace(alice)
    code = run_diagnosis(alice).diagnosis.findings[0].code
    overview = carol_client.get(f"/coach/clients/{alice.pk}/").content.decode()
    assert f'name="code" value="{code}"' in overview
    carol_client.post(
        f"/coach/clients/{alice.pk}/comments/", {"code": code, "text": "Start with Geoff."}
    )
    page = alice_client.get("/diagnosis/").content.decode()
    finding = page[page.index(f'id="finding-{code}"') :]
    finding = finding[: finding.index("</details>")]
    assert "Your coach carol:</strong> Start with Geoff." in finding


def test_a_coachs_notes_are_hers_alone(
    alice: User, alice_client: Client, carol: User, carol_client: Client, dan: User
) -> None:
    carol_client.post(f"/coach/clients/{alice.pk}/notes/", {"text": "Seems tired of networking"})
    assert Note.objects.get(owner=carol).client == alice
    assert "Seems tired" in carol_client.get(f"/coach/clients/{alice.pk}/").content.decode()
    for page in ("/diagnosis/", "/sharing/", "/"):
        assert "Seems tired" not in alice_client.get(page).content.decode()
    assert "Seems tired" not in signed_in(dan).get(f"/coach/clients/{alice.pk}/").content.decode()


def test_a_revoked_coach_or_a_stranger_writes_nothing(
    alice: User, bob: User, bob_client: Client, carol: User, carol_client: Client, erin: User
) -> None:
    sharing.revoke(alice, carol)
    for who in (carol_client, signed_in(erin), bob_client):
        for what in ("notes", "comments", "actions"):
            response = who.post(
                f"/coach/clients/{alice.pk}/{what}/", {"text": "x", "code": "echo_chamber"}
            )
            assert response.status_code == 404
    assert not (Note.objects.exists() or Comment.objects.exists() or Assignment.objects.exists())


def test_only_the_client_ticks_their_action(
    alice: User, bob_client: Client, carol: User, carol_client: Client
) -> None:
    carol_client.post(f"/coach/clients/{alice.pk}/actions/", {"text": "Call Geoff"})
    action = Assignment.objects.get(owner=alice)
    assert bob_client.post(f"/sharing/actions/{action.pk}/done/").status_code == 404
    assert carol_client.post(f"/sharing/actions/{action.pk}/done/").status_code == 404
    assert Assignment.objects.get(pk=action.pk).done_at is None


def test_the_coach_sees_the_action_but_no_button_in_the_clients_diagnosis(
    alice: User, carol: User, carol_client: Client
) -> None:
    carol_client.post(f"/coach/clients/{alice.pk}/actions/", {"text": "Call Geoff"})
    page = carol_client.get(f"/coach/clients/{alice.pk}/diagnosis/").content.decode()
    assert "Call Geoff" in page
    assert "/sharing/actions/" not in page


def test_a_kept_diagnosis_shows_a_comment_written_after_it_was_kept(
    alice: User, alice_client: Client, carol: User, carol_client: Client
) -> None:
    fill_workspace(alice)
    code = run_diagnosis(alice).diagnosis.findings[0].code
    assert "Start with Geoff." not in alice_client.get("/diagnosis/").content.decode()
    carol_client.post(
        f"/coach/clients/{alice.pk}/comments/", {"code": code, "text": "Start with Geoff."}
    )
    assert "Start with Geoff." in alice_client.get("/diagnosis/").content.decode()


def test_the_kept_diagnosis_draws_the_coachs_actions_for_each_viewer(
    alice: User, carol: User, carol_client: Client
) -> None:
    carol_client.post(f"/coach/clients/{alice.pk}/actions/", {"text": "Call Geoff"})
    browsers = []
    for _ in range(2):
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(alice)
        browsers.append(browser)
    laptop, phone = browsers
    assert "/sharing/actions/" in laptop.get("/diagnosis/").content.decode()  # now kept
    # The coach's look at the same kept page has no button; the client's has hers.
    coach_page = carol_client.get(f"/coach/clients/{alice.pk}/diagnosis/").content.decode()
    assert "Call Geoff" in coach_page and "/sharing/actions/" not in coach_page
    page = phone.get("/diagnosis/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="(\w+)"', page)
    assert token
    action = Assignment.objects.get(owner=alice)
    posted = phone.post(
        f"/sharing/actions/{action.pk}/done/", {"done": "yes", "csrfmiddlewaretoken": token[1]}
    )
    assert posted.status_code == 302
    assert Assignment.objects.get(pk=action.pk).done_at is not None
    assert "<s>Call Geoff</s>" in phone.get("/diagnosis/").content.decode()
