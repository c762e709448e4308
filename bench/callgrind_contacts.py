"""The contacts import under callgrind: machine instructions of one step, free of the load.

Run as ``valgrind --tool=callgrind --collect-atstart=no --toggle-collect=sys_call_tracing
../.venv/bin/python callgrind_contacts.py STEP`` with STEP ``floor``, ``first`` or ``again``:
only the step itself runs inside ``sys.call_tracing``, so only it is counted.

Rapport's bytecode is compiled first and the objects made before the step are frozen out
of the collector's reach (``common.compiled`` and ``common.settled`` say why).
"""

from __future__ import annotations

import sys

from bench_contacts import PLAN, ROWS, floor_once
from common import compiled, linkedin_csv, settled, setup_django


def main(step: str) -> None:
    compiled()
    folder = setup_django("callgrind")
    from rapport.accounts.owner import local_owner
    from rapport.formats import plan_toml
    from rapport.import_page.services import import_bytes
    from rapport.plan.services import save_plan

    data = linkedin_csv(ROWS)
    if step == "floor":
        settled()
        sys.call_tracing(floor_once, (data, folder, 0))
        return
    user = local_owner()
    save_plan(user, plan_toml.loads(PLAN))
    if step == "again":
        import_bytes(user, data, "Connections.csv")
    settled()
    sys.call_tracing(import_bytes, (user, data, "Connections.csv"))


if __name__ == "__main__":
    main(sys.argv[1])
