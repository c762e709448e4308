"""Pausing Python's cycle collector while an import builds many small objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off, and turn it back on.

    A 30,000-row file makes hundreds of thousands of dicts and lists, none in a cycle; the
    collector, triggered every 700 allocations, walked them again and again: a quarter of
    the time of reading the file (docs/benchmarks.md).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
