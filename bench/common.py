"""Shared helpers for benchmarks: a throwaway database, timing, a printed table."""

from __future__ import annotations

import compileall
import gc
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def setup_django(name: str) -> Path:
    """Point Rapport at a fresh SQLite file, set Django up and migrate; return the folder."""
    folder = Path(tempfile.mkdtemp(prefix=f"rapport-bench-{name}-"))
    os.environ["RAPPORT_DB"] = str(folder / "bench.sqlite3")
    os.environ.setdefault("RAPPORT_SECRET_KEY", "bench")
    os.environ["RAPPORT_ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ["XDG_DATA_HOME"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "rapport.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return folder


def compiled() -> None:
    """Compile Rapport's bytecode now, outside any measured step.

    A user's machine keeps the bytecode of its first run, while this machine's environment
    may forbid writing it (``PYTHONDONTWRITEBYTECODE``): a measured step would then count
    compiling every module it loads.
    """
    compileall.compile_dir(ROOT / "rapport", quiet=1)


def settled() -> None:
    """Collect what is garbage now and freeze the rest, just before a measured step.

    The step's own collections then walk only the objects it makes: a floor's full
    collections walked every object the process held (Django's, the migrations'), so that
    what it counted moved by 60 M instructions with whatever ran before it.
    """
    gc.collect()
    gc.freeze()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def median_ms(fn: Callable[[], Any], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        seconds, _ = timed(fn)
        times.append(seconds * 1000)
    return statistics.median(times)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(title: str, rows: list[tuple[str, str, str, str]]) -> None:
    """Print rows of (measure, result, target, verdict) as a fixed-width table."""
    print(f"\n## {title}\n")
    widths = [
        max(len(r[i]) for r in [("measure", "result", "target", "ok"), *rows]) for i in range(4)
    ]
    line = " | ".join(
        h.ljust(w) for h, w in zip(("measure", "result", "target", "ok"), widths, strict=True)
    )
    print(line)
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


TITLES = [
    "Chief Executive Officer",
    "President & CEO",
    "VP Finance",
    "Senior Director, FP&A",
    "Controller",
    "Senior Accountant",
    "Account Manager",
    "Open to Work",
    "Senior Recruiter",
    "Talent Acquisition Partner",
    "Pastor",
    "President, Rotary Club",
    "Software Engineer",
    "Director of Operations",
    "Chief Financial Officer",
    "Board Member",
    "Nurse Manager",
    "Marketing Manager",
    "Sales Director",
    "General Manager",
    "Intern",
    "Analyst",
]
COMPANIES = [
    "Medtronic",
    "Stryker",
    "Boston Scientific",
    "Abbott",
    "Target",
    "General Mills",
    "3M",
    "US Bank",
    "Best Buy",
    "Cargill",
    "Robert Half",
    "Acme Orthopedics",
    "Self-employed",
    "",
]
FIRST = (
    "Ann Bob Carla Dev Elif Farid Grace Hiro Ines Jon Kemi Lars Maria Nadia Omar Priya Quinn "
    "Rosa Sven Tariq Uma Vera Wen Xavier Yusuf Zoe Aaron Bianca Chen Dana Emeka Fatima Gustavo "
    "Hana Ivan Julia Kofi Leila Mateo Nora Olga Pavel Rania Sam Tomas Ursula Viktor Wanda "
    "Abel Beatriz Cyrus Delia Ezra Freya Gideon Helga Ingrid Jamal Kira Luca Mira Nils Otto"
).split()
SYLLABLES_A = (
    "Lund Berg Strom Ham Dahl Holm Nor Sand Vik Ek Ask Lind Fal Gran Hag Kron Alm Bro Carl "
    "Eng Fors Gyl Hed Is Jarl Kvist Lil Mal Ny Ol Ros Sjo Tor Ulf Vall Wes"
).split()
SYLLABLES_B = "berg strom quist gren dahl man son sen stad holm vik by lund rud gaard".split()
LAST = [a + b for a in SYLLABLES_A for b in SYLLABLES_B if a.lower() != b]


def linkedin_csv(rows: int, seed: int = 7) -> bytes:
    """Return a LinkedIn Connections.csv with ``rows`` connections, preamble included."""
    rng = random.Random(seed)
    lines = [
        "Notes:",
        '"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."',
        "",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ]
    names = rng.sample([(f, la) for f in FIRST for la in LAST], rows)
    for n, (first, last) in enumerate(names):
        company = rng.choice(COMPANIES)
        title = rng.choice(TITLES)
        suffix = f"{rng.randrange(100)} " if rng.random() < 0.5 else ""
        email = f"{first}.{last}{n}@example.com".lower() if rng.random() < 0.1 else ""
        connected = f"{rng.randrange(1, 28):02d} Sep 20{rng.randrange(10, 26)}"
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/{first}-{last}-{n:x},{email},"
            f'"{company}","{suffix}{title}",{connected}'
        )
    return ("\n".join(lines) + "\n").encode()
