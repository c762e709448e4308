"""``rapport handbill``: the one-page handbill as PDF, HTML, Markdown or plain text."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from rapport.cli_support import current_user, fail, write


class Paper(StrEnum):
    letter = "letter"
    a4 = "a4"


def _write(path: Path, data: bytes | str) -> None:
    write(path, data)
    typer.echo(f"Handbill written to {path}.", err=True)


def handbill(
    pdf: Annotated[
        Path | None, typer.Option("--pdf", help="Write the one-page PDF to FILE.")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Write the HTML page (prints as one page).")
    ] = None,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Write the handbill as Markdown to FILE.")
    ] = None,
    text: Annotated[
        bool, typer.Option("--text", help="Print the handbill as plain text (the default).")
    ] = False,
    paper: Annotated[
        Paper | None, typer.Option("--paper", help="Paper size (default: as saved in the editor).")
    ] = None,
) -> None:
    """Make your one-page handbill: the companies and people you want, for any contact."""
    from rapport.core.handbill import HandbillNotReadyError
    from rapport.formats.handbill_pdf import render_pdf
    from rapport.formats.handbill_text import to_markdown, to_text
    from rapport.handbill.services import content_for

    user = current_user()
    content = content_for(user, paper=paper.value if paper else None)
    try:
        content.check_ready()
    except HandbillNotReadyError as exc:
        fail(f"{exc} (rapport plan import FILE, or the Plan page)")
    for warning in content.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if pdf is not None:
        rendered = render_pdf(content)
        for warning in rendered.warnings:
            typer.echo(f"warning: {warning}", err=True)
        _write(pdf, rendered.data)
    if html is not None:
        from rapport.handbill.render import sheet_html

        _write(html, sheet_html(content))
    if markdown is not None:
        _write(markdown, to_markdown(content))
    if text or (pdf is None and html is None and markdown is None):
        typer.echo(to_text(content), nl=False)
