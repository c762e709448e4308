"""Every page and report speaks to people: no file names, field keys or code values.

The pages come from the URLconf (every id of the demo's rows), the reports from the
commands a user runs. A word on the list below is a word a user once found on a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.test import Client

from rapport.core.glossary import GLOSSARY
from rapport.demo.loader import PERSONAS, load_demo
from rapport.lib.owned import Owned
from tests.accounts.test_owner_walk import urls_for
from tests.accounts.url_patterns import all_url_patterns
from tests.cli_runner import Run

#: Words people found on pages, and the shapes of code that must not reach them.
INTERNAL = [
    re.compile(r"\b[A-Za-z_]+\.(?:md|py|toml|json)\b"),  # file names: METHOD.md, plan.toml
    re.compile(r"\b[a-z]+_[a-z_]+\b"),  # snake_case keys: meetings_with_target_industry
    re.compile(r"(?<![\w-])-(?:name|connected|judged|company)\b"),  # raw sort keys
    re.compile(r"\bPayitforward\b|\bJobchanges\b|\bcxo\b|\btake give ratio\b", re.I),
    re.compile(r"The article's job seeker"),
    re.compile(r"§"),  # a section of a document the user never sees
]
#: Addresses whose answer is a file for another program, not a page for people.
NOT_PAGES = re.compile(r"\.(?:pdf|ics|md|txt|html|csv|vcf|json|toml)$|/download/|healthz")


class VisibleText(HTMLParser):
    """Collect what a person reads: text outside scripts and styles, titles and labels."""

    SPOKEN = ("title", "aria-label", "placeholder", "alt")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts += [value for name, value in attrs if name in self.SPOKEN and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


#: People's own words that look like code: e-mail addresses and web addresses.
ADDRESSES = re.compile(r"\S+@\S+|\S+://\S+|www\.\S+")


def internal_words(text: str) -> list[str]:
    text = ADDRESSES.sub(" ", text)
    return sorted({m.group(0) for pattern in INTERNAL for m in pattern.finditer(text)})


def sample_ids(user: User, each: int = 3) -> set[int]:
    """Return the ids of the first and last few rows of every table ``user`` owns.

    Pages about rows of one kind share their words; a few of each keep the walk short.
    """
    ids: set[int] = set()
    for model in apps.get_models():
        if issubclass(model, Owned):
            pks = model._default_manager.filter(owner=user).values_list("pk", flat=True)
            ids.update(pks.order_by("pk")[:each], pks.order_by("-pk")[:each])
    return ids


def unexplained(text: str) -> list[str]:
    """Return the method's short names that ``text`` uses without the line explaining them."""
    flat = " ".join(text.split())
    return [t for t, line in GLOSSARY.items() if re.search(rf"\b{t}\b", flat) and line not in flat]


def pages(user: User, each: int = 3) -> Iterable[str]:
    ids = sample_ids(user, each)
    for pattern in all_url_patterns():
        if pattern.startswith(("h/", "feeds/", "accounts/logout")):
            continue
        yield from (url for url in urls_for(pattern, ids) if not NOT_PAGES.search(url))


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_no_page_shows_a_word_meant_for_programmers(
    alice: User, alice_client: Client, persona: str
) -> None:
    load_demo(alice, persona)
    problems: dict[str, str] = {}
    for url in pages(alice):
        alice_client.force_login(alice)
        response = alice_client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        text = visible_text(response.content.decode())
        for word in internal_words(text):
            problems.setdefault(word, url)
        for term in unexplained(text):
            problems.setdefault(f"{term} without its explanation", url)
    assert problems == {}, "\n".join(f"{w!r} on {u}" for w, u in problems.items())


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("see METHOD.md §6", ["METHOD.md", "§"]),
        ("meetings_with_target_industry: 0", ["meetings_with_target_industry"]),
        ("sorted by -name", ["-name"]),
        ("Payitforward: 2 · Jobchanges", ["Jobchanges", "Payitforward"]),
        ("seniority cxo", ["cxo"]),
        ("Your take give ratio", ["take give ratio"]),
        ("The article's job seeker met 40 people", ["The article's job seeker"]),
        ("Sorted by name, newest first; e-mail and self-employed are words", []),
        ("Write to adam_morgan@example.com or see https://x.example/a_b", []),
    ],
)
def test_the_list_catches_what_users_found(line: str, found: list[str]) -> None:
    assert internal_words(line) == found


#: The reports a user reads on the command line.
REPORTS = [
    ("diagnose",),
    ("contacts", "list"),
    ("meetings", "list"),
    ("plan", "show"),
    ("handbill",),
]


@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_no_report_shows_a_word_meant_for_programmers(rapport: Run, persona: str) -> None:
    assert rapport("demo", "--persona", persona).returncode == 0
    found = {}
    for command in REPORTS:
        result = rapport(*command)
        assert result.returncode == 0, result.stderr
        found[" ".join(command)] = internal_words(result.stdout)
    assert found == {" ".join(command): [] for command in REPORTS}
