"""Who among the people a file names is the user."""

from __future__ import annotations

import pytest

from rapport.core.records import Person
from rapport.formats.names import is_me

ME = Person("Jane Seeker", slug="jane-seeker", email="jane@seeker.example")


@pytest.mark.parametrize(
    ("person", "mine"),
    [
        (Person("J. S.", slug="jane-seeker"), True),
        (Person("", email="JANE@seeker.example"), True),
        # A second profile of the user's own, named as they are, decorated or not.
        (Person("Jane Seeker", slug="jane-seeker-2"), True),
        (Person("Jane Seeker, MBA (she/her)", slug="jane-seeker-2"), True),
        (Person("JANE SEEKER", slug="jane-seeker-2"), True),
        (Person("Jane Seekers", slug="jane-seekers"), False),
        (Person("Jane Doe", slug="jane-doe"), False),
        (Person("Sam Seeker", slug="sam-seeker"), False),
        (Person("", slug="someone"), False),
    ],
)
def test_it_tells_the_user_by_profile_address_or_name(person: Person, mine: bool) -> None:
    assert is_me(person, ME) is mine


def test_no_one_is_the_user_when_the_user_is_unknown() -> None:
    assert not is_me(Person("Jane Seeker"), None)
