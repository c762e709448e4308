"""Terminal rendering (rich) for CLI commands that print data as text."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from rapport.core.plan import PlanData, PlanWarning


def render_plan(console: Console, plan: PlanData, warnings: list[PlanWarning]) -> None:
    """Print the plan as a readable summary."""
    if not plan.has_targets and not plan.person.name:
        console.print("No plan yet. Write one with: rapport plan import plan.toml")
        return
    person = plan.person
    console.print(f"[bold]{person.name or 'Your plan'}[/bold]  {person.headline}")
    for label, values in (
        ("Positions", plan.positions),
        ("Industries", plan.industries),
        ("Geography", plan.geography),
        ("Decision-makers", plan.decision_makers),
        ("Peers", plan.peers),
        ("Connectors", plan.connectors),
        ("Offers", plan.offers),
    ):
        console.print(f"[bold]{label}:[/bold] {', '.join(values) if values else '—'}")
    goals = plan.goals
    console.print(
        f"[bold]Weekly goals:[/bold] {goals.weekly_meetings or 0} meetings, "
        f"{goals.weekly_target_industry_meetings or 0} in the target industry, "
        f"{goals.weekly_decision_maker_meetings or 0} with decision-makers"
    )
    table = Table(title=f"{len(plan.companies)} target companies")
    for column in ("Priority", "Company", "Industry", "Motivation", "Posting"):
        table.add_column(column)
    for company in plan.companies:
        table.add_row(
            str(company.priority or ""),
            company.name,
            company.industry,
            "" if company.motivation is None else str(company.motivation),
            "" if company.posting is None else str(company.posting),
        )
    console.print(table)
    for warning in warnings:
        console.print(f"[yellow]Advice:[/yellow] {warning.message}")


def render_contacts(console: Console, rows: list[dict[str, Any]]) -> None:
    """Print contacts as a table with their main judgments."""
    table = Table(title=f"{len(rows)} contacts")
    for column in ("Id", "Name", "Company", "Position", "Judged"):
        table.add_column(column)
    for row in rows:
        judged = row["judgments"]
        tags = [
            label
            for label, on in (
                (f"target: {judged['target_company']}", judged["target_company"]),
                ("can hire", judged["can_hire"]),
                ("recruiter", judged["recruiter"]),
                ("job seeker", judged["job_seeker"]),
                ("connector", judged["connector"]),
            )
            if on
        ]
        table.add_row(str(row["id"]), row["name"], row["company"], row["position"], ", ".join(tags))
    console.print(table)
