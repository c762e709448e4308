"""The production server behind ``rapport serve``: gunicorn, sized to the machine.

Django's runserver is for development only; this is the same server in every mode, on a
laptop and on a hosted machine (docs/decisions.md: "One production server").
"""

from __future__ import annotations

import os
from typing import Any

from gunicorn.app.base import BaseApplication

#: Seconds a request may take before its worker is replaced: a 50,000-card import takes
#: about 8 s on a small machine, and a hung request must not hold a worker for ever.
TIMEOUT = 120
#: Requests one worker answers at once: others are answered while one waits on the
#: database, and a worker with many kept-alive browsers serves them all.
THREADS = 8
#: Linux's folder in memory, for the workers' heartbeat files.
SHARED_MEMORY = "/dev/shm"  # noqa: S108  # gunicorn makes its files there with mkstemp


def worker_count(multiuser: bool) -> int:
    """Return how many worker processes to run (RAPPORT_WORKERS overrides).

    One person on a laptop needs two (one can import while the other answers pages); a
    server, one per core (two at least), each answering several requests at once with its
    threads. More processes than cores made each page cost more processor time, not less
    (docs/decisions.md, "Server sizing under load").
    """
    given = _whole_number("RAPPORT_WORKERS")
    if given:
        return given
    return max(2, os.cpu_count() or 1) if multiuser else 2


def thread_count() -> int:
    """Return how many requests one worker answers at once (RAPPORT_THREADS overrides)."""
    return _whole_number("RAPPORT_THREADS") or THREADS


def _whole_number(name: str) -> int | None:
    """Return the setting ``name`` as a whole number of at least 1, or None when unset."""
    given = os.environ.get(name, "").strip()
    if not given:
        return None
    if not given.isdigit() or int(given) < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {given!r}")
    return int(given)


def options(host: str, port: int, multiuser: bool, reload: bool = False) -> dict[str, Any]:
    """Return gunicorn's settings for serving on ``host``:``port``."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return {
        "bind": [bind],
        "workers": worker_count(multiuser),
        "worker_class": "gthread",
        "threads": thread_count(),
        "timeout": TIMEOUT,
        "graceful_timeout": 30,
        "accesslog": "-",
        "errorlog": "-",
        # X-Forwarded-Proto is believed only from these proxies (gunicorn then tells Django
        # the request came over HTTPS); a client cannot claim it by sending the header.
        "forwarded_allow_ips": os.environ.get("RAPPORT_FORWARDED_ALLOW_IPS", "127.0.0.1,::1"),
        "reload": reload,
        "proc_name": "rapport",
        # Each worker tells the arbiter it is alive by touching a file, many times a
        # second: in memory where the machine has it (gunicorn's advice; a container's
        # /tmp may sit on a slow overlay disk).
        "worker_tmp_dir": SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None,
    }


class Server(BaseApplication):  # type: ignore[misc]  # gunicorn ships no types
    """Gunicorn running Rapport's WSGI application with ``options``."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.settings.items():
            self.cfg.set(name, value)

    def load(self) -> Any:
        from rapport.wsgi import application

        return application


def serve(host: str, port: int, multiuser: bool, reload: bool = False) -> None:
    """Serve until stopped (Ctrl+C or SIGTERM)."""
    from django.db import connections

    # Workers are forked from this process: none may inherit its database connection.
    connections.close_all()
    Server(options(host, port, multiuser, reload)).run()
