"""The diagnosis as a readable terminal report (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from rapport.diagnosis.services import Report

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_report(console: Console, report: Report) -> None:
    """Print the headline, this week's actions, the findings and the key numbers."""
    facts, diagnosis = report.facts, report.diagnosis
    console.print(f"[dim]{facts.since:%d %b %Y} – {facts.until:%d %b %Y}[/dim]")
    console.print(f"[bold]{diagnosis.headline}[/bold]\n")
    if diagnosis.actions:
        console.print("[bold]This week's actions[/bold]")
        for number, action in enumerate(diagnosis.actions, 1):
            reason = f" [dim]({action.reason})[/dim]" if action.reason else ""
            console.print(f" {number}. {action.text}{reason}", highlight=False)
        console.print()
    for finding in diagnosis.findings:
        level = "unknown" if finding.status == "unknown" else finding.severity
        style = "dim" if finding.status == "unknown" else STYLES[finding.severity]
        console.print(
            f"[{style}]{level.upper()}[/{style}] {finding.title} [dim]({finding.code})[/dim]"
        )
        console.print(f"   {finding.measured}", highlight=False)
        for item in finding.evidence[:5]:
            console.print(f"   · {item}", highlight=False)
    table = Table(title="The numbers", show_header=False)
    for words, value in report.numbers():
        table.add_row(words, str(value))
    console.print(table)
