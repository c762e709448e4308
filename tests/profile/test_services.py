"""Saving versions with their analysis, the coach's context, pace and rehearsals."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from freezegun import freeze_time

from rapport.accounts.models import Workspace
from rapport.accounts.owner import user_named
from rapport.core.errors import InputError
from rapport.core.pitch import FLAGS, PitchContext, analyse
from rapport.demo.loader import load_demo
from rapport.profile.models import Pitch
from rapport.profile.services import (
    MAX_CHARS,
    MAX_MEASURED_WPM,
    PitchTextError,
    clean_text,
    measured_pace,
    pitch_context,
    record_rehearsal,
    save_pitch,
    set_pace,
    version_number,
)
from tests.profile.conftest import FOCUSED, SCATTERED


def test_the_context_is_the_plans_targets_and_the_workspace_pace(focused_plan: User) -> None:
    Workspace.objects.filter(owner=focused_plan).update(words_per_minute=120)
    ctx = pitch_context(focused_plan)
    assert ctx.target_positions == ("VP Operations", "Director of Operations")
    assert ctx.target_industries == ("Medical devices",)
    assert "Inspire Medical Systems" in ctx.target_companies
    assert ctx.words_per_minute == 120
    assert pitch_context(focused_plan, 100).words_per_minute == 100


def test_a_user_without_a_plan_gets_an_empty_context_at_the_default_pace(alice: User) -> None:
    assert pitch_context(alice) == PitchContext(words_per_minute=140)


def test_a_saved_version_keeps_the_cores_analysis_at_the_users_pace(focused_plan: User) -> None:
    set_pace(focused_plan, 127)
    pitch = save_pitch(focused_plan, FOCUSED)
    expected = analyse(FOCUSED, pitch_context(focused_plan)).to_json()
    assert pitch.analysis == expected
    assert (pitch.words, pitch.seconds, pitch.score) == (
        expected["words"],
        expected["seconds"],
        expected["score"],
    )
    assert pitch.words_per_minute == 127 == expected["wpm"]


@pytest.mark.parametrize("text", ["", "   \n ", "... — !"])
def test_a_text_without_words_is_not_saved(alice: User, text: str) -> None:
    with pytest.raises(PitchTextError, match="no words"):
        save_pitch(alice, text)
    assert not Pitch.objects.exists()


def test_the_articles_bad_example_scores_low_with_the_articles_flags(focused_plan: User) -> None:
    data = save_pitch(focused_plan, SCATTERED).analysis
    codes = {flag["code"] for flag in data["flags"]}
    assert {"family-trivia", "job-history-recital", "vague-claims", "hedging"} <= codes
    assert {"duty-language", "no-target", "no-ask", "no-quantified-impact"} <= codes
    assert data["score"] < 30


def test_the_good_example_has_no_serious_flag(focused_plan: User) -> None:
    data = save_pitch(focused_plan, FOCUSED).analysis
    assert [f["code"] for f in data["flags"] if FLAGS[f["code"]].severity == "serious"] == []
    assert data["score"] >= 80
    assert all(data["structure"][part] for part in ("present", "past", "future"))


@pytest.mark.parametrize(
    ("persona", "serious", "low_score"),
    [("scattered", {"family-trivia", "job-history-recital"}, True), ("focused", set(), False)],
)
def test_each_demo_persona_loads_a_profile_that_analyses_as_its_story(
    db: None, persona: str, serious: set[str], low_score: bool
) -> None:
    user = user_named(f"demo-{persona}", create=True)
    load_demo(user, persona)
    pitch = Pitch.objects.get(owner=user)
    found = {f["code"] for f in pitch.analysis["flags"] if FLAGS[f["code"]].severity == "serious"}
    assert serious <= found
    assert bool(found) == bool(serious)
    assert pitch.score is not None
    assert (pitch.score < 40) == low_score


@pytest.mark.parametrize(
    ("text", "message"),
    [("a\x00b", "NUL characters"), ("word " * (MAX_CHARS // 5 + 1), "far longer")],
)
def test_text_that_cannot_be_analysed_is_refused_with_its_source(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        clean_text(text, "profile.txt")
    assert str(caught.value).startswith("profile.txt: ")


@pytest.mark.parametrize(("wpm", "accepted"), [(59, False), (60, True), (260, True), (261, False)])
def test_the_pace_must_be_a_speaking_pace(alice: User, wpm: int, accepted: bool) -> None:
    if accepted:
        set_pace(alice, wpm)
        assert Workspace.objects.get(owner=alice).words_per_minute == wpm
    else:
        with pytest.raises(InputError, match="between 60 and 260"):
            set_pace(alice, wpm)


@pytest.mark.parametrize(
    ("words", "seconds", "wpm"),
    [(250, 120, 125), (254, 109, 140), (10, 0, 600), (30_000, 1, MAX_MEASURED_WPM)],
)
def test_the_measured_pace_is_words_a_minute(words: int, seconds: int, wpm: int) -> None:
    assert measured_pace(words, seconds) == wpm


def test_a_rehearsal_records_the_time_and_the_real_pace(alice: User) -> None:
    pitch = save_pitch(alice, FOCUSED)
    with freeze_time("2026-11-25 12:00"):
        rehearsal = record_rehearsal(alice, pitch, 100)
    assert rehearsal.words_per_minute == round(pitch.words * 60 / 100)
    assert rehearsal.created_at.isoformat() == "2026-11-25T12:00:00+00:00"
    assert rehearsal.owner == alice


def test_versions_saved_in_the_same_instant_are_numbered_in_save_order(alice: User) -> None:
    with freeze_time("2026-11-25 12:00"):
        first, second = save_pitch(alice, SCATTERED), save_pitch(alice, FOCUSED)
    assert (version_number(alice, first), version_number(alice, second)) == (1, 2)
