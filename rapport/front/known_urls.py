"""``{% url %}`` for the addresses every page links to: reversed once, not on every page.

Django reverses a name anew at every ``{% url %}``; a page links to twenty or thirty of the
same few addresses (the navigation, the footer, the page's own buttons), which was a tenth
of a kept page's time. A name without arguments always gives the same address for one
URLconf and script prefix, so it is reversed once and kept for them. Names with arguments
and namespaced names (whose instance the request may choose) go through Django's own tag.
The settings make this tag a builtin, so it stands in for Django's in every template.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django import template
from django.template import defaulttags
from django.template.base import Parser, Token
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()


@lru_cache(maxsize=1024)
def known_url(name: str, urlconf: Any = None, prefix: str = "/") -> str:
    """Return the address of the page ``name`` (no arguments), for this URLconf and prefix.

    ``prefix`` is part of the key only: ``reverse`` reads the current one itself.
    """
    return reverse(name, urlconf=urlconf)


def address(name: str) -> str:
    """Return the address of the page ``name`` for the current request."""
    return known_url(name, get_urlconf(), get_script_prefix())


class KnownURLNode(defaulttags.URLNode):
    def render(self, context: template.Context) -> str:
        if self.args or self.kwargs:
            return str(super().render(context))
        name = str(self.view_name.resolve(context))
        if ":" in name:
            return str(super().render(context))
        try:
            url = address(name)
        except NoReverseMatch:
            # Django's tag says what is wrong (or, with "as", gives an empty address).
            return str(super().render(context))
        if self.asvar:
            context[self.asvar] = url
            return ""
        return str(conditional_escape(url)) if context.autoescape else url


@register.tag
def url(parser: Parser, token: Token) -> KnownURLNode:
    node = defaulttags.url(parser, token)
    return KnownURLNode(node.view_name, node.args, node.kwargs, node.asvar)
