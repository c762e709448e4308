"""A message's recipients: one name and one URL (nearly every message) are read as the
general reading of several reads them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rapport.core.records import Person
from rapport.formats.linkedin import slug_from_url
from rapport.formats.linkedin_messages import _People

NAMES = ["", "  ", "Jane Doe", " Jane Doe ", "Doe,Jane", "Doe, CPA", "Omar Farouk, Jane Doe"]
URLS = [
    "",
    " ",
    "https://www.linkedin.com/in/jane-doe",
    " https://linkedin.com/in/Jane-Doe/ ",
    "https://example.com/jane",
    "https://www.linkedin.com/in/omar,https://www.linkedin.com/in/jane-doe",
    "https://www.linkedin.com/in/omar;https://www.linkedin.com/in/jane-doe",
]


def general(names: str, urls: str) -> tuple[Person, ...]:
    """The reading of any number of recipients, as it was before one was read alone."""
    found = [(url, slug_from_url(url)) for url in urls.replace(";", ",").split(",")]
    linked = [url for url, slug in found if slug and url.strip()]
    split = [name.strip() for name in names.split(", ") if name.strip()]
    if not linked:
        return tuple(Person(name) for name in split)
    if len(split) == len(linked):
        return tuple(
            Person(name, slug_from_url(url)) for name, url in zip(split, linked, strict=True)
        )
    if len(linked) == 1:
        return (Person(names.strip(), slug_from_url(linked[0])),)
    return tuple(Person("", slug_from_url(url)) for url in linked)


@given(st.sampled_from(NAMES), st.sampled_from(URLS))
def test_recipients_are_read_as_the_general_reading_reads_them(names: str, urls: str) -> None:
    assert _People().recipients(names, urls) == general(names, urls)
