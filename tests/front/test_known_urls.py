"""Rapport's ``{% url %}`` gives the addresses Django's tag gives, only faster."""

from __future__ import annotations

import pytest
from django.template import Context, Engine, engines
from django.urls import NoReverseMatch, set_script_prefix

from rapport.front.known_urls import KnownURLNode

CASES = (
    "{% url 'contacts' %}",
    "{% url 'contact' 42 %}",
    "{% url 'contact' pk=42 %}",
    "{% url name %}",
    "{% url 'contacts' as there %}[{{ there }}]",
    "{% url 'no-such-page' as there %}[{{ there }}]",
)


def rendered(source: str, engine: Engine) -> str:
    return engine.from_string(source).render(Context({"name": "meetings"}))


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
