"""Views whose answer is a whole document of its own: a handbill, a report to keep.

Such a document carries its styles inline so that it still looks right when saved,
mailed or opened from disk; the site's Content Security Policy, which takes styles only
from this server, makes room for that one style element here. Scripts stay refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.http import HttpResponseBase

P = ParamSpec("P")
R = TypeVar("R", bound=HttpResponseBase)


def inline_styles(view: Callable[P, R]) -> Callable[P, R]:
    """Let ``view``'s document use its own style element."""
    # django-csp types its decorators for views of a request alone; any view works.
    return cast(Callable[P, R], csp_update({"style-src": [UNSAFE_INLINE]})(view))  # type: ignore[arg-type]
