"""The domain core alone: titles, judgments, meeting classification, profile analysis."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

from common import COMPANIES, TITLES, table

from rapport.core.judgments import PersonFacts, judge
from rapport.core.meetings import KnownPerson, PeopleIndex, classify
from rapport.core.pitch import PitchContext, analyse
from rapport.core.plan_context import build_context
from rapport.core.records import Attendee, EventRecord
from rapport.core.titles import read_title


def seconds(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    rng = random.Random(5)
    titles = [f"{rng.choice(TITLES)} {n % 4000}" for n in range(30_000)]
    read_title.cache_clear()
    title_s = seconds(lambda: [read_title(t) for t in titles])
    context = build_context(
        ["Chief Financial Officer", "VP Finance"], ["Medical devices"], COMPANIES[:4]
    )
    people = [PersonFacts(rng.choice(COMPANIES), t) for t in titles]
    judge_s = seconds(lambda: [judge(p, context) for p in people])
    known = [
        KnownPerson(n, f"Ann{n % 3000} Lee{n}", f"Ann{n % 3000}", f"Lee{n}", (f"a{n}@x.example",))
        for n in range(30_000)
    ]
    index = PeopleIndex(known, owner_emails=["me@x.example"])
    start = datetime(2026, 1, 1, 15, tzinfo=UTC)
    events = [
        EventRecord(
            uid=f"u{n}",
            recurrence_id="",
            summary=rng.choice(
                ["Coffee w/ Ann{0}", "Call with Ann{0} Lee{1}", "Dentist", "Team sync"]
            ).format(n % 3000, n),
            start=start + timedelta(hours=n),
            end=None,
            attendees=[Attendee(f"Ann{n % 3000} Lee{n}", f"a{n}@x.example")],
        )
        for n in range(10_000)
    ]
    classify_s = seconds(lambda: [classify(e, index) for e in events])
    text = " ".join(
        f"In {2000 + n % 20} I joined company {n} and was responsible for {n % 40} people."
        for n in range(1300)
    )
    pitch_s = seconds(lambda: analyse(text, PitchContext()))
    table(
        "The domain core (no database)",
        [
            ("read 30,000 titles (cold cache)", f"{title_s * 1000:.0f} ms", "", ""),
            ("judge 30,000 contacts", f"{judge_s * 1000:.0f} ms", "", ""),
            ("classify 10,000 events, 30,000 people", f"{classify_s * 1000:.0f} ms", "", ""),
            (f"analyse a {len(text.split()):,}-word profile", f"{pitch_s * 1000:.0f} ms", "", ""),
        ],
    )


if __name__ == "__main__":
    main()
