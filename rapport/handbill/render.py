"""The handbill as a standalone HTML page: the preview, the download and the public page."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from rapport.core.handbill import HandbillContent, missing_message
from rapport.core.handbill_fit import density
from rapport.formats.handbill_pdf import QR_CAPTION, qr_svg

#: CSS @page sizes for the print stylesheet.
PAGE_SIZES = {"letter": "letter", "a4": "A4"}


def sheet_html(
    content: HandbillContent,
    *,
    public: bool = False,
    paged: bool = False,
    pdf_url: str = "",
    plan_url: str = "",
) -> str:
    """Return the handbill as one self-contained HTML document (styles and QR inline).

    ``paged`` shows it at paper size (the editor's preview). A handbill that is not
    ready explains what is missing instead: to its owner with a link to the plan
    (``plan_url``), to a visitor of the public page in general words.
    """
    titled = [s for s in content.sections if s.groups]
    groups = titled[0].groups if titled else ()
    context = {
        "content": content,
        "public": public,
        "paged": paged,
        "pdf_url": pdf_url,
        "plan_url": plan_url,
        "missing": missing_message(content),
        "page_size": PAGE_SIZES.get(content.paper, "letter"),
        "density": density(content),
        "titled_groups": len(groups) > 1 or (bool(groups) and groups[0].industry != ""),
        # segno writes the SVG from the URL's bytes: no user text is copied into it.
        "qr": mark_safe(qr_svg(content.link)),  # noqa: S308
        "qr_caption": QR_CAPTION,
    }
    return render_to_string("handbill/sheet.html", context)
