"""``{% gloss "LAMP" %}``: the one line that explains one of the method's short names."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from rapport.core.glossary import GLOSSARY

register = template.Library()


@register.simple_tag
def gloss(term: str) -> SafeString:
    """Return the term's explanation as a short paragraph beside where the term appears."""
    return format_html('<p class="gloss">{}</p>', GLOSSARY[term])
