"""The profile editor: live feedback as the user types, saving versions, the pace, bad input."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from freezegun import freeze_time
from pytest_django import DjangoAssertNumQueries

from rapport.accounts.models import Workspace
from rapport.core.pitch import EMPTY_NOTICE, NON_ENGLISH_NOTICE, RESUME_NOTICE
from rapport.profile.feedback import MAX_CARDS
from rapport.profile.models import Pitch
from rapport.profile.services import MAX_CHARS, save_pitch
from tests.profile.conftest import FOCUSED, NON_ENGLISH, RESUME, SCATTERED


def check(client: Client, text: str, wpm: str = "140") -> str:
    response = client.post("/profile/check/", {"text": text, "words_per_minute": wpm})
    assert response.status_code == 200
    return response.content.decode()


def test_the_editor_starts_from_the_latest_version_with_its_feedback(
    alice: User, alice_client: Client
) -> None:
    save_pitch(alice, SCATTERED)
    save_pitch(alice, FOCUSED)
    page = alice_client.get("/profile/").content.decode()
    assert "Lakeshore Orthopedics" in page
    assert 'hx-post="/profile/check/"' in page
    assert 'hx-trigger="input changed delay:400ms"' in page
    assert "Version 2" in page and "Version 1" in page
    assert "Compare the last two" in page


def test_the_editor_can_start_from_an_older_version(alice: User, alice_client: Client) -> None:
    first = save_pitch(alice, SCATTERED)
    save_pitch(alice, FOCUSED)
    page = alice_client.get("/profile/", {"from": first.pk}).content.decode()
    assert "golden retriever" in page


def test_a_first_visit_shows_an_empty_editor_and_the_empty_notice(alice_client: Client) -> None:
    page = alice_client.get("/profile/").content.decode()
    assert EMPTY_NOTICE in page
    assert "No saved versions yet" in page


def test_the_live_check_returns_a_fragment_with_length_time_structure_and_flags(
    focused_plan: User, alice_client: Client
) -> None:
    fragment = check(alice_client, SCATTERED)
    assert "<html" not in fragment
    assert "data-words>266<" in fragment
    assert "data-time>1:54<" in fragment
    assert "220–300 words" in fragment
    assert "Present: 1 sentence" in fragment and "Out of order" in fragment
    assert "25 flags, 10 serious" in fragment
    # The flag is pinned to its sentence, which is highlighted, and carries why and fix.
    assert (
        '<span class="sentence" data-flags="family-trivia hedging"><mark>And of course' in fragment
    )
    assert "<code>family-trivia</code>" in fragment
    assert "tell the listener nothing about whom to introduce you to" in fragment
    assert "Cut it; open with who you are professionally" in fragment
    assert 'hx-swap-oob="innerHTML:#feedback-status"' in fragment


def test_the_good_example_has_no_flags_and_all_three_parts(
    focused_plan: User, alice_client: Client
) -> None:
    fragment = check(alice_client, FOCUSED)
    assert "No flags." in fragment
    assert "In the recommended order." in fragment
    assert "<mark>" not in fragment


def test_speaking_time_follows_the_pace_on_the_page(alice_client: Client) -> None:
    assert "data-time>1:54<" in check(alice_client, SCATTERED, "140")
    assert "data-time>2:40<" in check(alice_client, SCATTERED, "100")


def test_an_impossible_pace_is_explained_and_the_saved_pace_used(alice_client: Client) -> None:
    fragment = check(alice_client, SCATTERED, "9000")
    assert "A pace must be a whole number from 60 to 260" in fragment
    assert "data-time>1:54<" in fragment


def test_html_in_the_text_is_shown_as_text_never_run(alice_client: Client) -> None:
    text = 'I cut costs by 40% in a year. <script>alert("x")</script> <b>I guess</b> I led it.'
    fragment = check(alice_client, text)
    assert "<script>" not in fragment and "<b>" not in fragment
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in fragment
    # The highlight starts at the first word; the tag before it is shown, escaped.
    assert (
        '&lt;b&gt;<span class="sentence in-past" data-flags="hedging"><mark>I guess&lt;/b&gt;'
        in fragment
    )


def test_markdown_is_read_as_words_and_shown_as_written(alice_client: Client) -> None:
    fragment = check(alice_client, "# Me\n\n**I cut costs by 40%** in a *year*.\n\n- kind of")
    assert "# <span" in fragment
    assert "I cut costs by 40%** in a *year*." in fragment
    assert "data-words>11<" in fragment


@pytest.mark.parametrize(
    ("text", "notice"),
    [("", EMPTY_NOTICE), ("  \n\t ", EMPTY_NOTICE), (NON_ENGLISH, NON_ENGLISH_NOTICE)],
)
def test_empty_and_foreign_text_get_a_clear_notice(
    alice_client: Client, text: str, notice: str
) -> None:
    assert notice in check(alice_client, text)


def test_a_pasted_resume_gets_a_notice_and_a_bounded_list_of_flags(alice_client: Client) -> None:
    fragment = check(alice_client, RESUME)
    assert RESUME_NOTICE.replace("'", "&#x27;") in fragment
    assert fragment.count('<li id="flag-') == MAX_CARDS
    assert "more flags, highlighted in the text above" in fragment


@pytest.mark.parametrize(
    ("text", "error"),
    [("x" * (MAX_CHARS + 1), "far longer than a two-minute profile"), ("a\x00b", "Null")],
)
def test_text_that_cannot_be_checked_gets_a_message_not_an_error_page(
    alice_client: Client, text: str, error: str
) -> None:
    fragment = check(alice_client, text)
    assert 'role="alert"' in fragment and error in fragment


@freeze_time("2026-11-25 12:00")
def test_saving_keeps_a_version_with_its_analysis_and_the_pace(
    focused_plan: User, alice_client: Client
) -> None:
    save_pitch(focused_plan, SCATTERED)
    response = alice_client.post(
        "/profile/", {"text": FOCUSED + "\n\n", "words_per_minute": "130"}, follow=True
    )
    latest = Pitch.objects.owned_by(focused_plan).order_by("-id").first()
    assert latest is not None and latest.text == FOCUSED.strip()
    assert latest.analysis["wpm"] == latest.words_per_minute == 130
    assert Workspace.objects.get(owner=focused_plan).words_per_minute == 130
    assert f"Saved as version 2: score {latest.score}/100 (+" in response.content.decode()


def test_saving_the_same_text_again_keeps_one_version(alice: User, alice_client: Client) -> None:
    alice_client.post("/profile/", {"text": FOCUSED, "words_per_minute": "140"})
    response = alice_client.post(
        "/profile/", {"text": FOCUSED, "words_per_minute": "140"}, follow=True
    )
    assert "Nothing changed since version 1" in response.content.decode()
    assert Pitch.objects.owned_by(alice).count() == 1


@pytest.mark.parametrize(
    ("text", "wpm", "error"),
    [
        ("   ", "140", "There are no words to save"),
        ("x" * (MAX_CHARS + 1), "140", "far longer"),
        (FOCUSED, "0", "greater than or equal to 60"),
    ],
)
def test_a_refused_save_stores_nothing_and_says_why(
    alice: User, alice_client: Client, text: str, wpm: str, error: str
) -> None:
    response = alice_client.post("/profile/", {"text": text, "words_per_minute": wpm})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nothing was saved" in page and error in page
    assert not Pitch.objects.exists()
    assert Workspace.objects.get(owner=alice).words_per_minute == 140


def test_the_impact_helper_assembles_the_statement(alice_client: Client) -> None:
    response = alice_client.post(
        "/profile/impact/",
        {
            "action": "cut",
            "what": "the close",
            "result": "",
            "number": "66%",
            "time": "a year",
            "start": "0",
            "end": "5",
            "mode": "replace",
        },
    )
    assert response.content.decode().strip() == (
        '<span class="statement">I cut the close by 66% in a year.</span>'
    )


def test_the_helper_shows_the_shape_prefilled_from_the_vague_sentence(
    alice_client: Client,
) -> None:
    fragment = check(alice_client, "I cut costs by 40% in a year. I was responsible for budgets.")
    assert 'name="what" maxlength="300" value="budgets"' in fragment
    assert "Put it in place of this sentence" in fragment


def _insert(client: Client, text: str, start: int, end: int, mode: str, digest: str) -> str:
    response = client.post(
        "/profile/impact/insert/",
        {
            "text": text,
            "words_per_minute": "140",
            "action": "cut",
            "what": "budget overruns",
            "result": "",
            "number": "30%",
            "time": "a year",
            "start": start,
            "end": end,
            "mode": mode,
            "digest": digest,
        },
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    return response.content.decode()


def test_inserting_the_statement_replaces_the_vague_sentence(alice_client: Client) -> None:
    from rapport.profile.views import digest

    text = "I'm a CFO. I was responsible for budgets. I'd like a CFO role."
    start = text.index("I was")
    end = text.index("I'd") - 1
    editor = _insert(alice_client, text, start, end, "replace", digest(text))
    assert editor.startswith('<div id="editor"')
    assert "I&#x27;m a CFO. I cut budget overruns by 30% in a year. I&#x27;d like" in editor
    assert "Inserted:" in editor


def test_a_statement_is_added_after_the_passage_a_whole_profile_flag_is_about(
    alice_client: Client,
) -> None:
    from rapport.profile.views import digest

    text = "I'm a CFO. I ran finance."
    editor = _insert(alice_client, text, 11, len(text), "after", digest(text))
    assert "I ran finance. I cut budget overruns by 30% in a year.</textarea>" in editor


def test_nothing_is_inserted_when_the_text_changed_since_it_was_checked(
    alice_client: Client,
) -> None:
    from rapport.profile.views import digest

    text = "I'm a CFO. I was responsible for budgets."
    editor = _insert(alice_client, text + " More.", 11, len(text), "replace", digest(text))
    assert "nothing was inserted" in editor
    assert "responsible for budgets. More.</textarea>" in editor


def test_the_pace_can_be_set_and_only_to_a_speaking_pace(alice: User, alice_client: Client) -> None:
    response = alice_client.post(
        "/profile/pace/", {"words_per_minute": "152", "next": "/profile/versions/"}
    )
    assert response.headers["Location"] == "/profile/versions/"
    assert Workspace.objects.get(owner=alice).words_per_minute == 152
    response = alice_client.post("/profile/pace/", {"words_per_minute": "900"}, follow=True)
    assert "A pace must be between 60 and 260" in response.content.decode()
    assert Workspace.objects.get(owner=alice).words_per_minute == 152


def test_the_pace_form_never_redirects_off_site(alice_client: Client) -> None:
    response = alice_client.post(
        "/profile/pace/", {"words_per_minute": "150", "next": "https://evil.example/"}
    )
    assert response.headers["Location"] == "/profile/"


def test_the_live_check_costs_a_fixed_number_of_queries(
    focused_plan: User,
    alice_client: Client,
    django_assert_max_num_queries: DjangoAssertNumQueries,
) -> None:
    with django_assert_max_num_queries(8):
        check(alice_client, SCATTERED)
