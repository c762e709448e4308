"""What the settings read from the environment, usable before Django starts.

``rapport serve`` decides the mode from ``--host`` with these before the settings are
read, so a non-loopback bind can never start in single-user mode.
"""

from __future__ import annotations

import os

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", ""}


def env_bool(name: str, default: bool = False) -> bool:
    """Return the boolean in environment variable ``name`` (1/true/yes/on)."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    if value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if value.strip().lower() in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be 1 or 0, not {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    """Return the comma-separated list in environment variable ``name``."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]
