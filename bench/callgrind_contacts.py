"""The contacts import under callgrind: machine instructions of one step, free of the load.

Run as ``valgrind --tool=callgrind --collect-atstart=no --toggle-collect=sys_call_tracing
../.venv/bin/python callgrind_contacts.py STEP`` with STEP ``floor``, ``first`` or ``again``:
only the step itself runs inside ``sys.call_tracing``, so only it is counted.

Rapport's modules are compiled to bytecode first, outside the step: a user's machine keeps
the bytecode of its first run, while this machine's environment may forbid writing it
(``PYTHONDONTWRITEBYTECODE``), which made the step count compiling every module it loaded.
The objects made before the step are frozen out of the collector's reach (``gc.freeze``):
the floor's collections walked every object the process held, Django's and the
migrations', so that what it counted moved by 60 M with whatever ran before it.
"""

from __future__ import annotations

import compileall
import gc
import sys

from bench_contacts import PLAN, ROWS, floor_once
from common import ROOT, linkedin_csv, setup_django


def main(step: str) -> None:
    compileall.compile_dir(ROOT / "rapport", quiet=1)
    folder = setup_django("callgrind")
    from rapport.accounts.owner import local_owner
    from rapport.formats import plan_toml
    from rapport.import_page.services import import_bytes
    from rapport.plan.services import save_plan

    data = linkedin_csv(ROWS)
    if step == "floor":
        _settled()
        sys.call_tracing(floor_once, (data, folder, 0))
        return
    user = local_owner()
    save_plan(user, plan_toml.loads(PLAN))
    if step == "again":
        import_bytes(user, data, "Connections.csv")
    _settled()
    sys.call_tracing(import_bytes, (user, data, "Connections.csv"))


def _settled() -> None:
    """Collect what is garbage now and freeze the rest: the step's collections see only
    the objects the step itself makes."""
    gc.collect()
    gc.freeze()


if __name__ == "__main__":
    main(sys.argv[1])
