"""For any contacts file, every record read lands in exactly one outcome of the report."""

from __future__ import annotations

import csv
import io
import itertools

from django.contrib.auth.models import User
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.contacts.models import Contact
from rapport.import_page.services import import_bytes

OUTCOMES = ("new", "updated", "unchanged", "merged", "review", "skipped")
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
_users = itertools.count()

# Small pools, so that generated rows collide on names, profiles, emails and companies.
row = st.tuples(
    st.sampled_from(["Ana", "Bo", "Cy", ""]),
    st.sampled_from(["Lima", "Berg", ""]),
    st.sampled_from(["", "ana-lima", "bo-berg", "cy-x"]),
    st.sampled_from(["", "hr@acme.com", "ana@x.com", "ANA@x.com"]),
    st.sampled_from(["", "Acme", "Acme Inc.", "Globex"]),
    st.sampled_from(["", "CFO", "Recruiter"]),
)


def linkedin_file(rows: list[tuple[str, ...]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for first, last, slug, email, company, position in rows:
        url = f"https://www.linkedin.com/in/{slug}" if slug else ""
        writer.writerow([first, last, url, email, company, position, "01 Jan 2024"])
    return out.getvalue().encode()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=st.lists(row, max_size=12), second=st.lists(row, max_size=12))
def test_read_is_always_the_sum_of_the_outcomes(
    db: None, first: list[tuple[str, ...]], second: list[tuple[str, ...]]
) -> None:
    user = User.objects.create(username=f"prop{next(_users)}")
    for rows in (first, second, first):
        if not rows:
            continue
        had = Contact.objects.owned_by(user).count()
        run = import_bytes(user, linkedin_file(rows), "Connections.csv")
        assert run.counts["read"] == len(rows)
        assert run.counts["read"] == sum(run.counts[k] for k in OUTCOMES), run.counts
        assert len(run.errors) == run.counts["skipped"]
        # Only new records and records sent to review become contacts.
        made = Contact.objects.owned_by(user).count() - had
        assert made == run.counts["new"] + run.counts["review"]
