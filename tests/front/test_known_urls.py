"""Rapport's ``{% url %}`` gives the addresses Django's tag gives, only faster."""

from __future__ import annotations

import pytest
from django.template import Context, Engine, engines
from django.urls import NoReverseMatch, set_script_prefix

from rapport.front.known_urls import KnownURLNode

CASES = (
    "{% url 'contacts' %}",
    "{% url 'contact' 42 %}",
    "{% url 'contact' number %}",
    "{% url 'contact' '42' %}",
    "{% url 'contact' 42 as there %}[{{ there }}]",
    "{% url 'no-such-page' 42 as there %}[{{ there }}]",
    "{% url 'contact' pk=42 %}",
    "{% url name %}",
    "{% url 'contacts' as there %}[{{ there }}]",
    "{% url 'no-such-page' as there %}[{{ there }}]",
)


def rendered(source: str, engine: Engine) -> str:
    return engine.from_string(source).render(Context({"name": "meetings", "number": 7}))


@pytest.mark.parametrize("source", CASES)
def test_every_address_is_the_one_djangos_tag_gives(source: str) -> None:
    ours = engines["django"].engine  # type: ignore[attr-defined]
    djangos = Engine()  # Django's builtins only
    assert isinstance(ours.from_string(source).nodelist[0], KnownURLNode)
    assert rendered(source, ours) == rendered(source, djangos)


def test_an_unknown_page_is_an_error_as_with_djangos_tag() -> None:
    with pytest.raises(NoReverseMatch):
        rendered("{% url 'no-such-page' %}", engines["django"].engine)  # type: ignore[attr-defined]


def test_a_server_under_a_path_gets_addresses_under_it() -> None:
    engine = engines["django"].engine  # type: ignore[attr-defined]
    try:
        set_script_prefix("/rapport/")
        assert rendered("{% url 'contacts' %}", engine) == "/rapport/contacts/"
    finally:
        set_script_prefix("/")
    assert rendered("{% url 'contacts' %}", engine) == "/contacts/"


def numbered_names() -> list[str]:
    """Every page of the app whose address holds one whole number, from the URLconf."""
    from django.urls import get_resolver
    from django.urls.converters import IntConverter

    names = []
    reverse_dict = get_resolver().reverse_dict
    for name in list(reverse_dict):
        if not isinstance(name, str):
            continue
        for _possibility, _pattern, _defaults, converters in reverse_dict.getlist(name):
            if len(converters) == 1 and isinstance(next(iter(converters.values())), IntConverter):
                names.append(name)
                break
    return sorted(set(names))


@pytest.mark.parametrize("name", numbered_names())
def test_every_numbered_address_is_the_one_djangos_tag_gives(name: str) -> None:
    ours = engines["django"].engine  # type: ignore[attr-defined]
    djangos = Engine()
    for number in (0, 7, 4200000501):
        source = f"{{% url '{name}' {number} %}}"
        assert rendered(source, ours) == rendered(source, djangos)


def test_a_numbered_address_under_a_path_is_under_it() -> None:
    engine = engines["django"].engine  # type: ignore[attr-defined]
    try:
        set_script_prefix("/rapport/")
        assert rendered("{% url 'contact' 42 %}", engine) == "/rapport/contacts/42/"
    finally:
        set_script_prefix("/")
    assert rendered("{% url 'contact' 42 %}", engine) == "/contacts/42/"


def test_a_number_that_is_not_a_whole_number_goes_to_djangos_tag() -> None:
    engine = engines["django"].engine  # type: ignore[attr-defined]
    with pytest.raises(NoReverseMatch):
        engine.from_string("{% url 'contact' flag %}").render(Context({"flag": True}))
