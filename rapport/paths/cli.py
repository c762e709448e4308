"""``rapport paths COMPANY``: the ranked ways into one target company."""

from __future__ import annotations

from typing import Annotated

import typer

from rapport.cli_support import JsonOption, current_user, fail, print_json

#: Paths printed as text; --json prints them all.
SHOWN = 15


def paths(
    company: Annotated[str, typer.Argument(help="A target company from your plan.")],
    as_json: JsonOption = False,
) -> None:
    """Show the ranked ways into COMPANY: who you know there, who can introduce you."""
    from rapidfuzz import process

    from rapport.core.companies import CompanyMatcher
    from rapport.core.targets import advocacy
    from rapport.paths.services import today_for, ways_in
    from rapport.plan.models import TargetCompany

    user = current_user()
    targets = {t.name: t for t in TargetCompany.objects.owned_by(user)}
    if not targets:
        fail("your plan names no target companies; add some with 'rapport plan import' first")
    wanted = company.strip().casefold()
    starting = [n for n in targets if n.casefold().startswith(wanted)] if wanted else []
    name = CompanyMatcher(targets).match(company) or (starting[0] if len(starting) == 1 else None)
    if name is None:
        closest = [found for found, _score, _ in process.extract(company, list(targets), limit=3)]
        fail(f"'{company}' is not one of your target companies; closest: {', '.join(closest)}")
    target = targets[name]
    found = ways_in(user, target, today_for(user))
    value, source, reason = advocacy(found.facts)
    if as_json:
        print_json(
            {
                "company": target.name,
                "target_id": target.pk,
                "lamp": {
                    "advocacy": value,
                    "advocacy_source": source,
                    "motivation": target.motivation,
                    "posting": target.posting,
                },
                "contacts": found.facts.contacts,
                "can_hire": found.facts.can_hire,
                "paths": [path.to_json() for path in found.paths],
            }
        )
        return
    typer.echo(
        f"Ways into {target.name}: advocacy {value} ({source}), motivation "
        f"{_score(target.motivation)}, posting {_score(target.posting)}; "
        f"{found.facts.contacts} contacts there, {found.facts.can_hire} could hire you."
    )
    if not found.paths:
        typer.echo(f"No way in yet. {reason}")
        return
    for rank, path in enumerate(found.paths[:SHOWN], start=1):
        chain = " → ".join(
            f"{s.person.name} ({s.role}{', ' + s.person.position if s.person.position else ''})"
            for s in path.steps
        )
        typer.echo(f"\n{rank}. {chain} [{path.strength}, {path.score}]")
        typer.echo(f"   {path.reason}")
    if len(found.paths) > SHOWN:
        typer.echo(f"\n… and {len(found.paths) - SHOWN} more (see --json).")


def _score(value: int | None) -> str:
    return "not set" if value is None else str(value)
