"""The registry of profile flags, kept like a linter's rule table.

Each flag is one decorated function in a family module (``content_flags``,
``wording_flags``, ``shape_flags``) carrying its stable code, title, why it matters
(METHOD.md §4), how to fix it and a rewrite pattern. Adding a flag is that function
plus one row in ``tests/core/test_pitch_flags.py``; nothing else needs to change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rapport.core.errors import NotFoundError

Severity = Literal["serious", "minor"]
#: "sentence" rules judge sentences; "text" rules judge the profile as a whole.
Scope = Literal["sentence", "text"]


@dataclass(frozen=True)
class Sentence:
    """A sentence as written: ``text == original[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PitchContext:
    """What the coach knows besides the text: the plan's targets and the speaker's pace."""

    target_positions: tuple[str, ...] = ()
    target_industries: tuple[str, ...] = ()
    target_companies: tuple[str, ...] = ()
    words_per_minute: int = 140


@dataclass(frozen=True)
class FlagDoc:
    code: str
    title: str
    why: str
    fix: str
    pattern: str


@dataclass(frozen=True)
class Flag:
    code: str
    sentence: str
    start: int
    end: int
    message: str
    fix: str
    severity: Severity


@dataclass(frozen=True)
class Pitch:
    """A profile prepared for the rules.

    ``plain`` holds each sentence with markup removed and quotes straightened: that
    is what rules read. ``impact`` says which sentences carry a quantified result and
    ``structure`` maps "present", "past" and "future" to sentence indexes.
    """

    text: str
    sentences: tuple[Sentence, ...]
    plain: tuple[str, ...]
    sentence_words: tuple[int, ...]
    words: int
    seconds: int
    ctx: PitchContext
    impact: tuple[bool, ...]
    structure: Mapping[str, tuple[int, ...]]


@dataclass(frozen=True)
class Hit:
    """One finding of a rule, spanning sentences ``first`` to ``last`` inclusive."""

    first: int
    last: int
    message: str
    severity: Severity | None = None  # None: the rule's own severity


@dataclass(frozen=True)
class Finding:
    """What a sentence judge returns when the severity depends on the sentence."""

    phrases: Sequence[str]
    severity: Severity


Checker = Callable[[Pitch], Iterable[Hit]]
#: A sentence judge returns the phrases that triggered it (none: no flag), or a Finding.
SentenceJudge = Callable[[str, PitchContext], Sequence[str] | Finding]


@dataclass(frozen=True)
class Rule:
    doc: FlagDoc
    check: Checker
    severity: Severity
    scope: Scope
    #: False for rules that do not read words (length), so they still run on any language.
    english_only: bool = True


FLAGS: dict[str, Rule] = {}


def rule(
    code: str,
    *,
    title: str,
    why: str,
    fix: str,
    pattern: str,
    severity: Severity,
    scope: Scope,
    english_only: bool = True,
) -> Callable[[Checker], Checker]:
    """Register a checker that reads the whole prepared profile; returns it unchanged."""

    def register(check: Checker) -> Checker:
        if code in FLAGS:
            raise ValueError(f"Profile flag {code!r} is registered twice")
        doc = FlagDoc(code=code, title=title, why=why, fix=fix, pattern=pattern)
        FLAGS[code] = Rule(doc, check, severity, scope, english_only)
        return check

    return register


def sentence_rule(
    code: str, *, title: str, why: str, fix: str, pattern: str, severity: Severity
) -> Callable[[SentenceJudge], SentenceJudge]:
    """Register a judge of single sentences; returns the judge unchanged for direct use."""

    def register(judge: SentenceJudge) -> SentenceJudge:
        def check(pitch: Pitch) -> Iterator[Hit]:
            for index, plain in enumerate(pitch.plain):
                found = judge(plain, pitch.ctx)
                phrases, severity = (
                    (found.phrases, found.severity) if isinstance(found, Finding) else (found, None)
                )
                if phrases:
                    yield Hit(index, index, f"{title}: {quote(phrases)}", severity)

        rule(
            code,
            title=title,
            why=why,
            fix=fix,
            pattern=pattern,
            severity=severity,
            scope="sentence",
        )(check)
        return judge

    return register


def quote(phrases: Iterable[str]) -> str:
    """Return the distinct phrases in curly quotes, comma-separated, in order of appearance."""
    distinct: dict[str, str] = {}
    for phrase in phrases:
        tidy = " ".join(phrase.split())  # a phrase may span a line break
        distinct.setdefault(tidy.lower(), tidy)
    return ", ".join(f"“{phrase}”" for phrase in distinct.values())


def explain(code: str) -> FlagDoc:
    """Return the documentation of a flag code; NotFoundError when no flag has that code."""
    try:
        return FLAGS[code].doc
    except KeyError:
        raise NotFoundError(f"No profile flag has the code {code!r}.", field="code") from None
