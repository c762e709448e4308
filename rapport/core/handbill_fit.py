"""How full the HTML handbill is, estimated in lines: its print stylesheet cannot measure.

The PDF measures its own layout in Typst; the HTML version picks its type size and
columns from this estimate instead.
"""

from __future__ import annotations

import math

from rapport.core.handbill import SEPARATOR, HandbillContent

#: Estimated lines above which the HTML handbill tightens its type (density 1, 2, 3).
DENSITY_LINES = (44, 50, 58)


def density(content: HandbillContent) -> int:
    """Return how full the page is, from 0 (roomy) to 3 (packed), estimated in lines.

    The PDF measures its layout; the HTML version cannot, so its print stylesheet picks
    the type size and columns from this estimate (lines of 11 pt type, ~95 characters).
    """
    lines = 7.0  # the name, headline, contact line and rule
    for s in content.sections:
        lines += 2 + _wrapped(s.text, 95) + (1 if s.link and not s.text else 0)
        lines += sum(_wrapped(SEPARATOR.join(line.items), 70) for line in s.lines)
        lines += sum(_wrapped(item, 90) for item in s.items)
        names = sum(1 + sum(_wrapped(name, 28) for name in g.companies) for g in s.groups)
        lines += math.ceil(names / 3)
    return sum(lines > limit for limit in DENSITY_LINES)


def _wrapped(text: str, width: int) -> int:
    return math.ceil(len(text) / width) if text else 0
