"""Whole two-minute profiles through the coach, end to end, and the JSON contract."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.core.pitch import (
    EMPTY_NOTICE,
    FLAGS,
    NON_ENGLISH_NOTICE,
    RESUME_NOTICE,
    Analysis,
    PitchContext,
    analyse,
)

NO_CONTEXT = PitchContext()
PLAN = PitchContext(
    target_positions=("CFO", "VP Finance"),
    target_industries=("medical devices",),
    target_companies=("Stryker", "Insulet", "Masimo", "Penumbra"),
)

# The article's "Tell me about yourself" answer, sentence by sentence.
BAD_PROFILE = """\
Well, I guess I should start with my family. My wife Linda and I have been married for
twenty-six years, and we have two wonderful kids and a golden retriever named Max. I went
to Ohio State University and graduated with a degree in accounting thirty years ago. I
started at Acme Industries in 1994 as a staff accountant. Then I moved to Beta Corp as a
controller. After that I joined Gamma Holdings as finance director. At Gamma I was
responsible for the finance team and the annual budget. I'm basically a results-oriented
team player, and I think I'm kind of good at getting things done. I'm passionate about
numbers and I feel like I could fit in pretty much anywhere. To be honest, I'm open to
whatever comes along.
"""

GOOD_PROFILE = """\
I'm a finance leader who helps mid-sized medical-device makers turn growth into cash. I'm
at my best when a company is scaling faster than its systems and the board needs numbers it
can trust.

At Duo Medical, I rebuilt the month-end close and cut it from 12 days to 4, which gave the
board a forecast it could act on. I renegotiated our three largest supplier contracts and
saved $3.2M in the first year. When we acquired a German competitor, I led the integration
of its finance team and systems in 9 months, two months ahead of plan, and cut reporting
errors by 40%.

What I want next is a CFO or VP Finance role in medical devices, at a company between $100M
and $500M in revenue that is getting ready to scale. Stryker, Insulet, Masimo and Penumbra
are at the top of my list. I'd especially like to talk with finance and operations leaders
at any of them. If you know anyone at those companies, I'd appreciate an introduction. And
if there's anything I can do for you, from a finance question to an introduction of my own,
please ask.
"""

SHORT_PROFILE = (
    "I'm a CFO. I cut costs by 12% at Duo. I'm looking for a CFO role in medical devices;"
    " if you know anyone at Stryker, I'd appreciate an introduction."
)

RESUME_ENTRY = """\
## Experience

**Senior Finance Manager**, Acme Industries, Chicago, IL | 2015–2019
- Responsible for monthly close, consolidation and reporting for 12 entities
- Managed a team of 8 accountants and analysts
- Led ERP migration to SAP S/4HANA across 4 sites
- Reduced audit adjustments by 35% year over year
- Partnered with FP&A on annual budget and rolling forecast

"""

FRENCH_PROFILE = (
    "Je suis directrice financière dans le secteur des dispositifs médicaux. Chez Duo, j'ai"
    " réduit les délais de clôture de douze jours à quatre. Je cherche un poste de directrice"
    " financière chez Stryker ou Insulet; si vous connaissez quelqu'un là-bas, présentez-moi."
)


def codes(analysis: Analysis) -> set[str]:
    return {flag.code for flag in analysis.flags}


def serious(analysis: Analysis) -> set[str]:
    return {flag.code for flag in analysis.flags if flag.severity == "serious"}


def test_the_articles_bad_profile_gets_every_flag_a_coach_would_give_and_a_low_score() -> None:
    analysis = analyse(BAD_PROFILE, NO_CONTEXT)
    assert {
        "family-trivia",
        "education-trivia",
        "job-history-recital",
        "duty-language",
        "vague-claims",
        "hedging",
        "no-quantified-impact",
        "no-target",
        "no-ask",
    } <= codes(analysis)
    assert analysis.score <= 20


def test_the_bad_profiles_old_degree_is_a_serious_flag() -> None:
    analysis = analyse(BAD_PROFILE, NO_CONTEXT)
    degree = [f for f in analysis.flags if f.code == "education-trivia"]
    assert [f.severity for f in degree] == ["serious"]
    assert "thirty years ago" in degree[0].sentence


def test_a_good_profile_has_no_serious_flags_all_three_parts_and_a_high_score() -> None:
    analysis = analyse(GOOD_PROFILE, PLAN)
    assert serious(analysis) == set()
    assert analysis.score >= 90
    assert all(analysis.structure[part] for part in ("present", "past", "future"))
    assert analysis.notices == ()


def test_a_good_profile_runs_in_order_present_past_future() -> None:
    structure = analyse(GOOD_PROFILE, PLAN).structure
    assert max(structure["present"]) < min(structure["past"])
    assert max(structure["past"]) < min(structure["future"])


def test_a_good_profile_needs_no_plan_to_be_recognised() -> None:
    assert serious(analyse(GOOD_PROFILE, NO_CONTEXT)) == set()


def test_a_short_profile_is_flagged_too_short_but_not_too_long() -> None:
    analysis = analyse(SHORT_PROFILE, PLAN)
    assert "too-short" in codes(analysis)
    assert "too-long" not in codes(analysis)
    assert analysis.seconds < 45


# A flawless profile, cut to length: each sentence is clean, so only length can cost.
CLEAN = (
    "I'm a finance leader who helps device makers turn growth into cash. "
    "At Duo Medical I cut the month-end close from 12 days to 4. "
    "I'm looking for a CFO role in medical devices at companies like Stryker. "
    "If you know anyone there, I'd appreciate an introduction. "
)


@pytest.mark.parametrize(
    ("repeats", "seconds", "score"),
    [
        (1, 20, 22),  # 47 words: a fifth of the 90 seconds, a fifth of the marks
        (2, 40, 44),
        (3, 60, 67),
        (4, 81, 90),
        (5, 101, 100),  # 235 words: full length, full marks
    ],
)
def test_length_weighs_in_the_score(repeats: int, seconds: int, score: int) -> None:
    analysis = analyse(CLEAN * repeats, PLAN)
    assert (analysis.seconds, analysis.score) == (seconds, score)


def test_a_70_word_profile_cannot_score_high() -> None:
    text = (
        "I'm a finance leader who helps medical-device makers grow. At Duo Medical I cut the"
        " month-end close from 12 days to 4 and saved $3.2M on suppliers. I'm looking for a"
        " CFO role in medical devices, at companies like Stryker or Insulet. If you know"
        " anyone there, I'd appreciate an introduction. Thank you for listening to me today,"
        " it means a lot."
    )
    analysis = analyse(text, PLAN)
    assert 60 <= analysis.words <= 75
    assert analysis.score < 40


def test_words_and_seconds_follow_the_speakers_pace() -> None:
    text = "one, two; three — four! " * 35  # 140 words
    assert analyse(text, NO_CONTEXT).seconds == 60
    slow = analyse(text, PitchContext(words_per_minute=100))
    assert (slow.words, slow.seconds, slow.wpm) == (140, 84, 100)


def test_a_nonsense_pace_falls_back_to_the_default() -> None:
    assert analyse(GOOD_PROFILE, PitchContext(words_per_minute=0)).wpm == 140


def test_too_long_points_at_what_runs_past_two_minutes() -> None:
    text = GOOD_PROFILE * 2
    analysis = analyse(text, PLAN)
    too_long = [f for f in analysis.flags if f.code == "too-long"]
    assert len(too_long) == 1
    assert too_long[0].start > 0
    assert too_long[0].end == len(text.rstrip())


def test_a_pasted_resume_gets_a_graceful_result_and_a_resume_notice() -> None:
    resume = "# Dana Whitfield\n\n" + RESUME_ENTRY * 60 + "## Education\nBS Accounting, 1994\n"
    analysis = analyse(resume, NO_CONTEXT)
    assert analysis.words > 2000
    assert RESUME_NOTICE in analysis.notices
    assert NON_ENGLISH_NOTICE not in analysis.notices
    assert "too-long" in codes(analysis)
    assert len(analysis.sentences) > 300


def test_an_empty_profile_asks_for_text_instead_of_failing() -> None:
    for text in ("", "   \n\t ", "<p></p>", "**  **"):
        analysis = analyse(text, NO_CONTEXT)
        assert (analysis.words, analysis.seconds, analysis.score) == (0, 0, 0)
        assert analysis.flags == ()
        assert analysis.notices == (EMPTY_NOTICE,)


def test_markup_is_ignored_but_offsets_point_into_the_original() -> None:
    text = (
        "<p>I'm a <b>CFO</b> who helps device makers.</p>\n\n"
        "# Results\n\n"
        "- I was **responsible for** a $40M budget &amp; cut it by 12%.\n"
        "- My [wife](https://example.com) and I *love* sailing.\n"
    )
    analysis = analyse(text, NO_CONTEXT)
    assert analysis.words == 25  # the words only: no tags, entities or link targets
    by_code = {flag.code: flag for flag in analysis.flags}
    assert by_code["duty-language"].sentence == (
        "I was **responsible for** a $40M budget &amp; cut it by 12%."
    )
    assert by_code["family-trivia"].sentence.startswith("My [wife](https://example.com)")
    assert [s.text for s in analysis.sentences][:2] == [
        "I'm a <b>CFO</b> who helps device makers.",
        "Results",
    ]
    for sentence in analysis.sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_non_english_text_gets_a_notice_and_only_length_feedback() -> None:
    analysis = analyse(FRENCH_PROFILE, PLAN)
    assert analysis.notices == (NON_ENGLISH_NOTICE,)
    assert codes(analysis) <= {"too-long", "too-short"}
    assert analysis.words > 0


def test_text_in_another_script_gets_the_language_notice() -> None:
    text = "私は医療機器業界の財務責任者です。決算期間を十二日から四日に短縮しました。"
    assert NON_ENGLISH_NOTICE in analyse(text, NO_CONTEXT).notices


def test_the_json_has_exactly_the_contracted_keys_and_types() -> None:
    data = analyse(BAD_PROFILE, NO_CONTEXT).to_json()
    assert set(data) == {"words", "seconds", "wpm", "score", "structure", "flags", "notices"}
    for key in ("words", "seconds", "wpm", "score"):
        assert type(data[key]) is int
    structure = data["structure"]
    assert isinstance(structure, dict)
    assert set(structure) == {"present", "past", "future"}
    assert all(isinstance(v, list) and all(type(i) is int for i in v) for v in structure.values())
    flags = data["flags"]
    assert isinstance(flags, list) and flags
    for flag in flags:
        assert set(flag) == {"code", "sentence", "start", "end", "message", "fix", "severity"}
        assert all(type(flag[k]) is str for k in ("code", "sentence", "message", "fix"))
        assert type(flag["start"]) is int and type(flag["end"]) is int
    notices = data["notices"]
    assert isinstance(notices, list) and all(isinstance(n, str) for n in notices)


def test_every_flag_and_sentence_offset_slices_back_to_its_text() -> None:
    for text in (BAD_PROFILE, GOOD_PROFILE, SHORT_PROFILE, RESUME_ENTRY, FRENCH_PROFILE):
        analysis = analyse(text, PLAN)
        for sentence in analysis.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
        for flag in analysis.flags:
            assert text[flag.start : flag.end] == flag.sentence


def test_flags_carry_the_fix_from_their_documentation() -> None:
    for flag in analyse(BAD_PROFILE, NO_CONTEXT).flags:
        assert flag.fix == FLAGS[flag.code].doc.fix


def test_the_score_never_goes_below_zero() -> None:
    worst = BAD_PROFILE * 8
    assert analyse(worst, NO_CONTEXT).score == 0


def twenty_thousand_distinct_words() -> str:
    # Every sentence is made distinct, so no cache can flatter the timing.
    paragraphs = []
    for copy in range(48):
        paragraph = GOOD_PROFILE + BAD_PROFILE + RESUME_ENTRY
        paragraphs.append(paragraph.replace(". ", f" in region {copy}. "))
    return "\n\n".join(paragraphs)


def test_twenty_thousand_words_get_a_result_and_the_resume_notice() -> None:
    # How fast is measured in bench/ (make bench), not here.
    analysis = analyse(twenty_thousand_distinct_words(), PLAN)
    assert analysis.words >= 20_000
    assert any("résumé" in notice for notice in analysis.notices)
    assert any(flag.code == "too-long" for flag in analysis.flags)


CHARACTERS = list("abcdeIJ MW.,!?;:'\"’“”-–—*_#<>/&[]()`\n\t%$0123459éü中")
MARKUP = ["<b>", "</b>", "<p>", "&amp;", "**", "# ", "- ", "1. ", "](http://x)", "\n\n"]
TRIGGERS = [" my wife ", " then I joined ", " responsible for ", " 40% ", " kind of "]
MESSY_TEXT = st.lists(
    st.sampled_from([*CHARACTERS, *MARKUP, *TRIGGERS]),
    max_size=200,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=MESSY_TEXT, wpm=st.integers(min_value=-5, max_value=400))
def test_analyse_never_raises_and_offsets_stay_inside_the_text(text: str, wpm: int) -> None:
    analysis = analyse(text, PitchContext(words_per_minute=wpm))
    assert 0 <= analysis.score <= 100
    for sentence in analysis.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
    for flag in analysis.flags:
        assert 0 <= flag.start < flag.end <= len(text)
        assert text[flag.start : flag.end] == flag.sentence
    analysis.to_json()
