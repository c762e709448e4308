"""The messages.csv import under callgrind: machine instructions of one step, free of the load.

Run as ``valgrind --tool=callgrind --collect-atstart=no --toggle-collect=sys_call_tracing
../.venv/bin/python callgrind_touches.py STEP`` with STEP ``floor``, ``first`` or ``again``,
or ``distinct-floor`` and ``distinct-first`` for the file whose every text is its own. The
30,000 connections are imported first, uninstrumented; only the step itself runs inside
``sys.call_tracing``, so only it is counted. The messages are those ``bench_touches``
makes. Rapport's bytecode is compiled first and the objects made before the step are
frozen out of the collector's reach (``common.compiled`` and ``common.settled`` say why).
"""

from __future__ import annotations

import csv
import io
import sys

from bench_touches import CONNECTIONS, MESSAGES, messages_csv
from common import compiled, linkedin_csv, settled, setup_django


def floor_once(data: bytes) -> int:
    """The floor: the standard csv reader alone over the file, as bench_touches times it."""
    return sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8"))))


def main(step: str) -> None:
    compiled()
    setup_django("callgrind-touches")
    from rapport.accounts.owner import local_owner
    from rapport.import_page.services import import_bytes

    connections = linkedin_csv(CONNECTIONS)
    messages = messages_csv(connections, MESSAGES, distinct=step.startswith("distinct-"))
    if step.endswith("floor"):
        settled()
        sys.call_tracing(floor_once, (messages,))
        return
    user = local_owner()
    import_bytes(user, connections, "Connections.csv")
    if step == "again":
        import_bytes(user, messages, "messages.csv")
    settled()
    sys.call_tracing(import_bytes, (user, messages, "messages.csv"))


if __name__ == "__main__":
    main(sys.argv[1])
