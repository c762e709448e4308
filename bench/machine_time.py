"""Processor time a bench's server and database spent, read from /proc (Linux)."""

from __future__ import annotations

import os
from pathlib import Path


def processor_seconds(server_pid: int) -> dict[int, tuple[str, float]]:
    """Return each process's processor time so far, read from /proc, by process id: the
    server (its process and every child) and PostgreSQL (every process named postgres)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, tuple[str, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        used[pid] = (name, (int(fields[11]) + int(fields[12])) / ticks)
    tree = {server_pid}
    for _ in range(3):  # the server, gunicorn's arbiter, its workers
        tree |= {pid for pid, parent in parents.items() if parent in tree}
    return {
        pid: ("server" if pid in tree else "database", seconds)
        for pid, (name, seconds) in used.items()
        if pid in tree or name == "postgres"
    }


def used_between(
    before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]
) -> dict[str, float]:
    """Return the server's and the database's processor seconds between two readings, of the
    processes alive at both (a connection that ended meanwhile takes its time with it)."""
    spent = {"server": 0.0, "database": 0.0}
    for pid, (what, seconds) in after.items():
        if pid in before:
            spent[what] += seconds - before[pid][1]
    return spent
