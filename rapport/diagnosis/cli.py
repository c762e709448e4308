"""``rapport diagnose`` and ``rapport explain``: the diagnosis on the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rapport.cli_support import JsonOption, current_user, fail, parse_day, print_json, write


def diagnose(
    since: Annotated[
        str | None, typer.Option("--since", help="First day (default: 90 days ago).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day (default: today).")] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the report as an HTML file.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Is my networking working? Findings with evidence, and this week's actions."""
    from rapport.diagnosis.services import run_diagnosis

    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    if start and end and start > end:
        fail("--since is after --until")
    user = current_user()
    report = run_diagnosis(user, since=start, until=end)
    if html is not None:
        from django.template.loader import render_to_string

        page = render_to_string(
            "diagnosis/report.html",
            {"report": report, "facts": report.facts, "diagnosis": report.diagnosis},
        )
        write(html, page)
    if as_json:
        print_json(report.to_json())
        return
    from rich.console import Console

    from rapport.diagnosis.render import render_report

    render_report(Console(), report)
    if html is not None:
        typer.echo(f"Report written to {html}.")


def explain(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. echo-chamber.")],
    as_json: JsonOption = False,
) -> None:
    """Print what a diagnosis rule checks, why it matters and how to fix it."""
    from dataclasses import asdict

    from rapport.core.diagnosis import explain as explain_rule
    from rapport.core.errors import NotFoundError

    try:
        doc = explain_rule(code)
    except NotFoundError as exc:
        fail(str(exc))
    if as_json:
        print_json(asdict(doc))
        return
    typer.echo(f"{doc.code}: {doc.title}\n")
    typer.echo(f"Why it matters: {doc.why}\n")
    typer.echo(f"What it measures: {doc.measures}\n")
    typer.echo(f"How to fix it: {doc.fix}")
    if doc.needs_plan:
        typer.echo("\nIt stays silent until your plan names targets.")
