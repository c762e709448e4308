"""The text cut at its sentences with flags and structure; flag cards from the registry."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.core.pitch import PitchContext, analyse
from rapport.profile.feedback import MAX_CARDS, Feedback, feedback, minutes
from tests.profile.conftest import FOCUSED, RESUME, SCATTERED

CTX = PitchContext(("VP Operations",), ("Medical devices",), ("Inspire Medical Systems",))


def _feedback(text: str, *, helpers: bool = False, resplit: bool = False) -> Feedback:
    analysis = analyse(text, CTX)
    sentences = None if resplit else analysis.sentences
    return feedback(text, analysis.to_json(), sentences, helpers=helpers)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_the_pieces_put_back_together_are_the_text_exactly(text: str) -> None:
    assert "".join(piece.text for piece in _feedback(text).pieces) == text


def test_a_flag_is_pinned_to_the_sentence_it_is_about() -> None:
    fb = _feedback(SCATTERED)
    dog = next(p for p in fb.pieces if "golden retriever" in p.text)
    assert dog.sentence
    assert dog.codes == ("family-trivia", "hedging")
    cards = {card.number: card for card in fb.cards}
    assert [cards[n].code for n in dog.numbers] == ["family-trivia", "hedging"]
    assert all(cards[n].sentence == dog.text for n in dog.numbers)


def test_flags_about_the_whole_profile_are_not_pinned_to_a_sentence() -> None:
    fb = _feedback(SCATTERED)
    whole = [card for card in fb.cards if card.code in {"no-ask", "no-quantified-impact"}]
    assert [card.sentence for card in whole] == ["", ""]
    pinned = {n for piece in fb.pieces for n in piece.numbers}
    assert not pinned & {card.number for card in whole}


def test_cards_carry_the_registrys_why_fix_and_pattern() -> None:
    card = next(c for c in _feedback(SCATTERED).cards if c.code == "duty-language")
    assert card.title == "Duty language"
    assert "Responsible for" in card.why
    assert card.fix.startswith("Start with a verb")
    assert card.pattern.startswith("I [action]")
    assert card.severity == "minor"


def test_only_vague_sentences_get_the_impact_helper_and_only_when_asked() -> None:
    cards = _feedback(SCATTERED, helpers=True).cards
    helped = {card.code for card in cards if card.impact is not None}
    assert helped == {"vague-claims", "duty-language", "no-quantified-impact"}
    assert all(card.impact is None for card in _feedback(SCATTERED).cards)
    duty = next(card for card in cards if card.code == "duty-language")
    assert duty.impact is not None and duty.impact["what"] == "budgeting and reporting"
    assert duty.insert_mode == "replace"
    whole = next(card for card in cards if card.code == "no-quantified-impact")
    assert whole.insert_mode == "after"


def test_a_part_is_labelled_where_its_run_of_sentences_begins() -> None:
    fb = _feedback(FOCUSED)
    labels = [piece.label for piece in fb.pieces if piece.label]
    assert labels == ["Present", "Past", "Future"]
    assert fb.in_order and not fb.missing


def test_the_bad_example_is_out_of_order() -> None:
    fb = _feedback(SCATTERED)
    assert not fb.in_order
    assert fb.serious == 10
    assert fb.length == "on target"


def test_a_pasted_resume_gets_at_most_the_card_limit_but_every_flag_is_highlighted() -> None:
    fb = _feedback(RESUME)
    assert len(fb.cards) == MAX_CARDS
    assert fb.hidden_cards == fb.flags - MAX_CARDS > 0
    highlighted = sum(1 for piece in fb.pieces if piece.codes)
    assert highlighted > len({n for piece in fb.pieces for n in piece.numbers})


def test_a_stored_analysis_is_shown_on_the_text_split_again() -> None:
    assert _feedback(SCATTERED, resplit=True) == _feedback(SCATTERED)


def test_an_analysis_with_a_code_no_longer_registered_still_shows() -> None:
    old = {
        "words": 3,
        "seconds": 1,
        "wpm": 140,
        "score": 90,
        "structure": {"present": [], "past": [], "future": []},
        "flags": [
            {
                "code": "retired-rule",
                "sentence": "I did it.",
                "start": 0,
                "end": 9,
                "message": "Old",
                "fix": "Old fix",
            }
        ],
        "notices": [],
    }
    fb = feedback("I did it.", old)
    assert fb.cards[0].title == "retired-rule"
    assert fb.pieces[0].numbers == (1,)


def test_times_are_minutes_and_seconds() -> None:
    assert [minutes(s) for s in (0, 9, 60, 114, 600)] == ["0:00", "0:09", "1:00", "1:54", "10:00"]
