"""The handbill as a one-page PDF, laid out by Typst (the typst wheel ships the compiler).

User text goes into the template as JSON data (``sys.inputs``), never spliced into
markup. The template tries type sizes and column counts, largest type first, and keeps
the first layout that fits one page; this module reads which one it kept and turns a
layout that only fits in small type into a warning saying what to cut.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import segno
import typst

from rapport.core.handbill import HandbillContent

TEMPLATE = Path(__file__).with_name("handbill.typ")
PAPER = {"letter": "us-letter", "a4": "a4"}
#: Body type sizes tried, largest first. Below LEGIBLE_MIN the page still fits but is
#: hard to read on paper, so the user is told what to cut.
SIZES = (12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0)
LEGIBLE_MIN = 8.0
#: Columns for the company list, fewest first: wider columns wrap fewer names.
COLUMNS = (3, 4, 5)
QR_CAPTION = "This page online"


@dataclass(frozen=True)
class Level:
    size: float
    columns: int


LEVELS = tuple(Level(size, columns) for size in SIZES for columns in COLUMNS)
LEGIBLE_LAST = max(i for i, level in enumerate(LEVELS) if level.size >= LEGIBLE_MIN)


@dataclass(frozen=True)
class Pdf:
    """A rendered handbill: the bytes, the layout Typst kept, and what to tell the user."""

    data: bytes
    size: float
    columns: int
    legible: bool
    clipped: bool
    warnings: tuple[str, ...]


def qr_svg(url: str) -> str:
    """Return a QR code for ``url`` as a scalable SVG (no fixed size), or "" without a URL."""
    if not url:
        return ""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", border=2, xmldecl=False, omitsize=True)
    return buffer.getvalue().decode()


def template_data(content: HandbillContent) -> dict[str, Any]:
    """Return what the Typst template reads: the content as plain JSON-ready values."""
    return {
        "title": content.name,
        "paper": PAPER.get(content.paper, "us-letter"),
        "name": content.name,
        "headline": content.headline,
        "contact": [asdict(c) for c in content.contact],
        "sections": [asdict(s) for s in content.sections],
        "qr": qr_svg(content.link),
        "qr_caption": QR_CAPTION,
        "levels": [asdict(level) for level in LEVELS],
        "legible_last": LEGIBLE_LAST,
        "columns_per_size": len(COLUMNS),
    }


@cache
def _fonts() -> typst.Fonts:
    # Scanned once per process. The page is set in Libertinus Serif, which the typst
    # wheel embeds; system fonts only stand in for scripts it lacks (a name in Chinese).
    return typst.Fonts(include_system_fonts=True, include_embedded_fonts=True)


def render_pdf(content: HandbillContent, *, timestamp: datetime | None = None) -> Pdf:
    """Return the handbill as exactly one page of PDF, with the layout's warnings.

    Raises HandbillNotReadyError when the plan lacks a name or targets.
    """
    content.check_ready()
    compiler = typst.Compiler(str(TEMPLATE), font_paths=_fonts())
    inputs = {"data": json.dumps(template_data(content), ensure_ascii=False)}
    # Typst takes whole seconds for the PDF's creation date.
    stamp = timestamp.replace(microsecond=0) if timestamp else None
    data = compiler.compile(sys_inputs=inputs, format="pdf", timestamp=stamp)
    assert isinstance(data, bytes)  # one PDF document, not a list of page images
    fit = json.loads(compiler.query("<fit>", field="value", one=True))
    level = LEVELS[fit["index"]]
    legible = fit["fits"] and level.size >= LEGIBLE_MIN
    return Pdf(
        data=data,
        size=level.size,
        columns=level.columns,
        legible=legible,
        clipped=not fit["fits"],
        warnings=() if legible else (fit_warning(content, fit),),
    )


def fit_warning(content: HandbillContent, fit: dict[str, Any]) -> str:
    """Return what to cut so the page fits in legible type, from the template's measures.

    At the smallest legible level the company list is ``list`` points tall in rows of
    ``columns`` names: cutting one row of names saves one row's height.
    """
    columns = LEVELS[LEGIBLE_LAST].columns
    rows = math.ceil(content.company_count / columns)
    row_height = fit["list"] / rows if rows and fit["list"] else 0
    companies = math.ceil(fit["overflow"] / row_height) * columns if row_height else 0
    if 0 < companies <= content.company_count // 2:
        cut = f"cut about {companies} companies, or shorten the summary and lists"
    else:
        cut = "shorten the summary, the lists and the company names"
    if fit["fits"]:
        size = LEVELS[fit["index"]].size
        return f"To fit one page the type is {size:g} pt, too small to read comfortably: {cut}."
    return (
        f"The handbill does not fit one page even in {SIZES[-1]:g} pt type, so its end is cut "
        f"off: {cut}."
    )
