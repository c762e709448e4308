"""``rapport meetings …``: the calendar audit on the command line."""

from __future__ import annotations

import typer

app = typer.Typer(help="Your meetings: which were networking, with whom, what came of them.")
