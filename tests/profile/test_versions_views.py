"""Saved versions: the list, one version with its feedback, and two side by side."""

from __future__ import annotations

from datetime import UTC, datetime

from django.contrib.auth.models import User
from django.test import Client
from freezegun import freeze_time
from pytest_django import DjangoAssertNumQueries

from rapport.profile.models import Pitch
from rapport.profile.services import record_rehearsal, save_pitch
from tests.profile.conftest import FOCUSED, SCATTERED


def _two_versions(user: User) -> tuple[Pitch, Pitch]:
    with freeze_time("2026-11-20 09:30"):
        bad = save_pitch(user, SCATTERED)
    with freeze_time("2026-11-25 12:00"):
        good = save_pitch(user, FOCUSED)
    return bad, good


def test_the_list_shows_every_version_with_score_words_and_time(
    focused_plan: User, alice_client: Client
) -> None:
    bad, good = _two_versions(focused_plan)
    record_rehearsal(focused_plan, good, 110)
    page = alice_client.get("/profile/versions/").content.decode()
    assert page.index("Version 2") < page.index("Version 1")
    assert f'<td data-label="Score">{bad.score}</td>' in page
    assert '<td data-label="Score">100</td>' in page
    assert '<td data-label="Words">266</td>' in page and "1:54" in page and "1:49" in page
    assert "20 Nov 2026, 09:30" in page
    assert f'<option value="{bad.pk}" selected>Version 1' in page
    assert f'<option value="{good.pk}" selected>Version 2' in page


def test_the_list_shows_times_in_the_workspace_zone(alice: User, alice_client: Client) -> None:
    alice.workspace.time_zone = "America/Chicago"
    alice.workspace.save()
    with freeze_time(datetime(2026, 11, 25, 12, 0, tzinfo=UTC)):
        save_pitch(alice, FOCUSED)
    assert "25 Nov 2026, 06:00" in alice_client.get("/profile/versions/").content.decode()


def test_the_list_costs_the_same_queries_for_many_versions(
    alice: User, alice_client: Client, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    for n in range(6):
        record_rehearsal(alice, save_pitch(alice, f"{FOCUSED} {n}"), 100)
    # Session and user, workspace, versions with their rehearsal counts.
    with django_assert_num_queries(4):  # 4: the zone comes with the signed-in user
        alice_client.get("/profile/versions/")


def test_a_version_shows_its_text_flags_and_a_link_to_compare_with_the_one_before(
    focused_plan: User, alice_client: Client
) -> None:
    bad, good = _two_versions(focused_plan)
    page = alice_client.get(f"/profile/versions/{bad.pk}/").content.decode()
    assert "Version 1 of your profile" in page
    assert 'data-flags="family-trivia hedging"><mark>And of course' in page
    assert "Compare with the version before" not in page
    assert "impact-form" not in page
    page = alice_client.get(f"/profile/versions/{good.pk}/").content.decode()
    assert f"?a={bad.pk}&amp;b={good.pk}" in page
    assert "No flags." in page


def test_an_old_version_without_a_stored_analysis_is_analysed_when_shown(
    alice: User, alice_client: Client
) -> None:
    old = Pitch.objects.create(
        owner=alice, text=SCATTERED, words=266, created_at=datetime(2026, 1, 1, tzinfo=UTC)
    )
    page = alice_client.get(f"/profile/versions/{old.pk}/").content.decode()
    assert "<code>family-trivia</code>" in page


def test_comparing_shows_what_improved_older_on_the_left(
    focused_plan: User, alice_client: Client
) -> None:
    bad, good = _two_versions(focused_plan)
    page = alice_client.get("/profile/compare/", {"a": good.pk, "b": bad.pk}).content.decode()
    assert "Version 1 → version 2" in page
    assert f"data-score-change>+{100 - (bad.score or 0)}<" in page
    assert "<code>family-trivia</code> Family details: gone (3 before)" in page
    assert "<code>hedging</code> Hedges and fillers: gone (9 before)" in page
    assert "No new flags." in page
    assert "-12" in page and "-0:05" in page
    assert page.index("Before: <a") < page.index("golden retriever") < page.index("After: <a")
    assert page.index("After: <a") < page.index("Lakeshore Orthopedics")


def test_comparing_without_a_choice_takes_the_last_two(
    focused_plan: User, alice_client: Client
) -> None:
    _two_versions(focused_plan)
    page = alice_client.get("/profile/compare/").content.decode()
    assert "Version 1 → version 2" in page


def test_comparing_needs_two_different_versions(alice: User, alice_client: Client) -> None:
    only = save_pitch(alice, FOCUSED)
    response = alice_client.get("/profile/compare/", follow=True)
    assert "Save two versions of your profile to compare them." in response.content.decode()
    response = alice_client.get("/profile/compare/", {"a": only.pk, "b": only.pk}, follow=True)
    assert "Pick two different versions to compare." in response.content.decode()


def test_a_version_id_that_is_not_a_number_is_a_404(alice_client: Client) -> None:
    assert alice_client.get("/profile/compare/", {"a": "x", "b": "y"}).status_code == 404
    assert alice_client.get("/profile/", {"from": "x"}).status_code == 404
