"""A touch keeps the first words of its message, however long the message and its spaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.touches.importer import EXCERPT_CHARS, excerpt


def whole(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= EXCERPT_CHARS else words[: EXCERPT_CHARS - 1].rstrip() + "…"


@given(
    st.lists(
        st.sampled_from(["word", "longerword", " ", "  ", "\n", "\t\t", " " * 300, "é"]),
        max_size=400,
    ).map("".join)
)
@settings(max_examples=300, deadline=None)
def test_the_excerpt_reads_the_start_as_the_whole_would(text: str) -> None:
    assert excerpt(text) == whole(text)


def test_a_long_message_is_cut_with_an_ellipsis() -> None:
    cut = excerpt("Thank you so much for your time. " * 50)
    assert len(cut) == EXCERPT_CHARS and cut.endswith("…")
