"""``rapport pitch …``: check and save the two-minute profile on the command line."""

from __future__ import annotations

import typer

app = typer.Typer(help="Your two-minute profile: check it, save versions.")
