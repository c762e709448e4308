"""``{% url %}`` for the addresses every page links to: reversed once, not on every page.

Django reverses a name anew at every ``{% url %}``; a page links to twenty or thirty of the
same few addresses (the navigation, the footer, the page's own buttons), which was a tenth
of a kept page's time. A name without arguments always gives the same address for one
URLconf and script prefix, so it is reversed once and kept for them. A name with one whole
number (a contact's or a meeting's id: a page lists dozens) is reversed once into the text
around the number, which is kept once two numbers have shown it holds. Other arguments and
namespaced names (whose instance the request may choose) go through Django's own tag. The
settings make this tag a builtin, so it stands in for Django's in every template.
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


#: Numbers no real id reaches, reversed to find where a page's number goes in its address.
PROBES = (918_273_645_501, 918_273_645_502)


@lru_cache(maxsize=1024)
def numbered_url(name: str, urlconf: Any = None, prefix: str = "/") -> tuple[str, str] | None:
    """Return the address of ``name`` with one number as the text before and after it.

    None when the address is not the number written out between two fixed texts (a
    converter of its own, or the number appearing twice): Django's tag then reverses it.
    """
    first, second = (reverse(name, args=[probe], urlconf=urlconf) for probe in PROBES)
    before, found, after = first.partition(str(PROBES[0]))
    if not found or str(PROBES[0]) in after or second != f"{before}{PROBES[1]}{after}":
        return None
    return before, after


def address(name: str) -> str:
    """Return the address of the page ``name`` for the current request."""
    return known_url(name, get_urlconf(), get_script_prefix())


class KnownURLNode(defaulttags.URLNode):
    def render(self, context: template.Context) -> str:
        if self.kwargs or len(self.args) > 1:
            return str(super().render(context))
        name = str(self.view_name.resolve(context))
        if ":" in name:
            return str(super().render(context))
        try:
            url = self.numbered(name, context) if self.args else known_url(name, *_where(context))
        except NoReverseMatch:
            # Django's tag says what is wrong (or, with "as", gives an empty address).
            return str(super().render(context))
        if url is None:
            return str(super().render(context))
        if self.asvar:
            context[self.asvar] = url
            return ""
        return str(conditional_escape(url)) if context.autoescape else url

    def numbered(self, name: str, context: template.Context) -> str | None:
        """Return the address of ``name`` for the whole number its argument holds, or None."""
        number = self.args[0].resolve(context)
        # bool is an int too, and Django writes it "True".
        if type(number) is not int or number < 0:
            return None
        parts = numbered_url(name, *_where(context))
        return None if parts is None else f"{parts[0]}{number}{parts[1]}"


def _where(context: template.Context) -> tuple[Any, str]:
    """Return the URLconf and script prefix addresses are made for, read once a template: a
    page has dozens of addresses, and each read of the two is a context-local lookup."""
    found: tuple[Any, str] | None = context.render_context.get(_WHERE)
    if found is None:
        found = context.render_context[_WHERE] = (get_urlconf(), get_script_prefix())
    return found


_WHERE = "rapport.known_urls.where"


@register.tag
def url(parser: Parser, token: Token) -> KnownURLNode:
    node = defaulttags.url(parser, token)
    return KnownURLNode(node.view_name, node.args, node.kwargs, node.asvar)
