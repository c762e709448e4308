"""The target list, the ways into one target, the checker, logging outreach, who-do-I-know."""

from __future__ import annotations

import html
import re
from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from freezegun import freeze_time

from rapport.handbill.models import Handbill
from rapport.paths.models import Outreach
from rapport.plan.models import TargetCompany


def text_of(response: Any) -> str:
    plain = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", html.unescape(plain))


@freeze_time("2026-03-11 15:00")
def test_the_list_ranks_targets_lamp_style_and_explains_the_order(
    world: dict[str, Any], alice_client: Client
) -> None:
    response = alice_client.get("/paths/")
    assert response.status_code == 200
    page = response.content.decode()
    assert page.index(">Stryker<") < page.index(">Medtronic<") < page.index(">Abbott<")
    text = text_of(response)
    assert "Ranked as on Steve Dalton's LAMP list: motivation first" in text
    assert "Kevin Lobo (decision-maker) strong" in text
    assert "5 Mar 2026" in text


@freeze_time("2026-03-11 15:00")
def test_the_list_sorts_by_a_column_and_reverses(
    world: dict[str, Any], alice_client: Client
) -> None:
    page = alice_client.get("/paths/", {"sort": "name"}).content.decode()
    assert page.index(">Abbott<") < page.index(">Medtronic<") < page.index(">Stryker<")
    assert 'aria-sort="ascending"' in page
    assert 'href="?sort=-name"' in page
    page = alice_client.get("/paths/", {"sort": "-name"}).content.decode()
    assert page.index(">Stryker<") < page.index(">Abbott<")


def test_an_unknown_sort_is_explained(world: dict[str, Any], alice_client: Client) -> None:
    response = alice_client.get("/paths/", {"sort": "shoe-size"})
    assert "sort must be one of" in response.content.decode()


def test_the_users_own_advocacy_wins_on_the_list(
    world: dict[str, Any], alice_client: Client
) -> None:
    target = world["targets"]["Abbott"]
    response = alice_client.post(f"/paths/{target.pk}/advocacy/", {"advocacy": "3"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.advocacy == 3
    assert "yours" in text_of(alice_client.get("/paths/"))
    alice_client.post(f"/paths/{target.pk}/advocacy/", {"advocacy": ""})
    target.refresh_from_db()
    assert target.advocacy is None
    response = alice_client.post(f"/paths/{target.pk}/advocacy/", {"advocacy": "9"}, follow=True)
    assert "Advocacy is 0 to 3" in response.content.decode()


def test_an_empty_plan_explains_what_is_missing_and_links_to_the_step(
    alice: User, alice_client: Client
) -> None:
    page = alice_client.get("/paths/").content.decode()
    assert "No target companies yet" in page
    assert 'href="/plan/guided/companies/"' in page
    assert 'href="/plan/guided/positions/"' in page


@freeze_time("2026-03-11 15:00")
def test_the_ways_in_page_ranks_paths_with_reasons_and_drafts(
    world: dict[str, Any], alice_client: Client
) -> None:
    target = world["targets"]["Stryker"]
    response = alice_client.get(f"/paths/{target.pk}/")
    text = text_of(response)
    assert "Ways into Stryker" in text
    assert text.index("Kevin Lobo could hire you") < text.index("Sofia Chen works at Stryker")
    assert "gatekeeper" in text
    page = response.content.decode()
    assert "It was good to talk with you earlier this month." in page
    assert (
        "mailto:kevin@example.com?subject=Your%20advice%20on%20Stryker&amp;body=Hi%20Kevin" in page
    )
    assert "follows every rule" in text
    assert "Share your handbill to put its link in this message" in text


@freeze_time("2026-03-11 15:00")
def test_a_connector_draft_carries_the_shared_handbill_link(
    world: dict[str, Any], alice_client: Client
) -> None:
    Handbill.objects.create(owner=world["user"], share_token="tok123")
    page = alice_client.get(f"/paths/{world['targets']['Abbott'].pk}/").content.decode()
    assert "http://testserver/h/tok123/" in page


def test_user_text_is_escaped(world: dict[str, Any], alice_client: Client) -> None:
    contact = world["people"]["sofia"]
    contact.full_name = "<script>alert(1)</script>"
    contact.save()
    page = alice_client.get(f"/paths/{world['targets']['Stryker'].pk}/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_the_checker_answers_with_the_rules_broken(alice_client: Client) -> None:
    response = alice_client.post(
        "/paths/check/", {"kind": "first", "text": "Hi K,\n\nI need a job. Do you have openings?"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-code="asks-for-a-job"' in page
    assert 'data-code="connection-not-first"' in page
    good = "Hi K,\n\nWe met at the Chamber. Could you share your advice with me?"
    assert (
        "follows every rule" in alice_client.post("/paths/check/", {"text": good}).content.decode()
    )


@freeze_time("2026-03-11 15:00")
def test_logging_a_message_as_sent_creates_an_outreach(
    world: dict[str, Any], alice_client: Client
) -> None:
    target = world["targets"]["Stryker"]
    kevin = world["people"]["kevin"]
    response = alice_client.post(
        f"/paths/{target.pk}/sent/",
        {"contact": kevin.pk, "kind": "first", "text": "Hi Kevin,\n\nEdited by me?"},
        follow=True,
    )
    sent = Outreach.objects.get(owner=world["user"])
    assert (sent.contact, sent.target, sent.kind) == (kevin, target, "first")
    assert sent.text == "Hi Kevin,\n\nEdited by me?"
    assert str(sent.sent_on) == "2026-03-11"
    assert "Logged your message to Kevin Lobo" in response.content.decode()
    assert "Messages sent" in response.content.decode()


def test_an_empty_message_is_not_logged(world: dict[str, Any], alice_client: Client) -> None:
    target = world["targets"]["Stryker"]
    alice_client.post(
        f"/paths/{target.pk}/sent/", {"contact": world["people"]["kevin"].pk, "text": " "}
    )
    assert not Outreach.objects.exists()


@freeze_time("2026-03-11 15:00")
def test_replies_and_follow_ups_are_marked(world: dict[str, Any], alice_client: Client) -> None:
    sent = Outreach.objects.create(
        owner=world["user"],
        contact=world["people"]["kevin"],
        target=world["targets"]["Stryker"],
        sent_on=None,
    )
    alice_client.post(f"/paths/outreach/{sent.pk}/followed-up/")
    alice_client.post(f"/paths/outreach/{sent.pk}/replied/", {"next": "target"})
    sent.refresh_from_db()
    assert str(sent.followed_up_on) == str(sent.replied_on) == "2026-03-11"


@freeze_time("2026-03-11 15:00")
def test_due_follow_ups_show_on_the_list(world: dict[str, Any], alice_client: Client) -> None:
    import datetime

    Outreach.objects.create(
        owner=world["user"],
        contact=world["people"]["kevin"],
        target=world["targets"]["Stryker"],
        sent_on=datetime.date(2026, 3, 6),
    )
    text = text_of(alice_client.get("/paths/"))
    assert "Follow-ups due (3B7)" in text
    assert "Write to Sofia Chen, a second way into Stryker" in text


def test_who_do_i_know_searches_by_company_title_and_group(
    world: dict[str, Any], alice_client: Client
) -> None:
    def found(**params: str) -> str:
        return text_of(alice_client.get("/paths/who/", params))

    assert "Kevin Lobo" in found(q="stryker", by="company")
    assert "Priya Raman" not in found(q="stryker", by="company")
    assert "Priya Raman" in found(q="director finance", by="title")
    assert "Bob Holm" in found(q="chamber", by="group")
    assert "Bob Holm" in found(q="chamber")
    assert "3 contacts" in found(q="stryker")
    assert "search by one of" in found(q="x", by="shoe")


def test_who_finds_by_industry(world: dict[str, Any], alice_client: Client) -> None:
    TargetCompany.objects.filter(owner=world["user"], name="Stryker").update(industry="Medtech")
    assert "Kevin Lobo" in text_of(
        alice_client.get("/paths/who/", {"q": "medtech", "by": "industry"})
    )


def test_the_list_and_a_target_page_take_bounded_queries(
    world: dict[str, Any], alice_client: Client, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(30):
        alice_client.get("/paths/")
    with django_assert_max_num_queries(30):
        alice_client.get(f"/paths/{world['targets']['Stryker'].pk}/")
