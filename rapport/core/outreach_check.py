"""Check an outreach message against the method's rules, like a linter (METHOD.md §6).

Each rule is one decorated function with a stable code, a title, why it matters and
how to fix it. ``check`` reads the body of the message (the greeting line and a short
sign-off are set aside) and returns the rules it breaks. The checks are deliberately
simple word counts and word lists: they point at the likely problem and say why, and
the user decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapport.core.errors import NotFoundError

#: Dalton's limit for a first message (his later edition says 75).
MAX_WORDS = 100
KINDS = ("first", "intro_request", "follow_up")
#: Kinds whose first sentence must say how the user knows the reader.
OPENING_KINDS = ("first", "intro_request")

_WORD = re.compile(r"[\w'’@:/.-]*\w")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
_GREETING = re.compile(r"^(hi|hello|dear|hey|good (morning|afternoon|evening))\b", re.I)
_YOU = re.compile(r"\b(you|your|yours|yourself|you're|you've|you'd|you'll)\b", re.I)
_ME = re.compile(r"\b(i|me|my|mine|myself|i'm|i've|i'd|i'll)\b", re.I)
_JOB = re.compile(
    r"\b(jobs?|openings?|vacanc(y|ies)|hiring|hire me|résumé|resume|cv|apply|applying|"
    r"application|employment|open positions?|positions? (open|available)|refer me|referral)\b",
    re.I,
)
_ADVICE = re.compile(
    r"\b(advice|advise|insights?|perspective|view|views|thoughts|guidance|suggestions?|"
    r"opinion|learn|tell me|look it over)\b",
    re.I,
)
_CONNECTION = re.compile(
    r"\b(we met|met at|met you|we both|both|fellow|also an?|member|members|alum|alumni|"
    r"same|introduced|suggested|recommended|referred|worked together|colleagues?|connected|"
    r"mutual|friend|neighbou?rs?|congregation|church|chamber|rotary|association|classmates?|"
    r"graduated?|remember|know each other|talk with you|talked|spoke|through|at the|"
    r"your offer|thinking about introducing)\b",
    re.I,
)
_LIST = re.compile(r"/h/\w|one-page list|list of target|handbill|attached", re.I)
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
#: A signature on its own: one to three names ("Lorraine", "Lorraine M. Smith").
_NAME_ONLY = re.compile(r"^(?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,2}$")
_CLOSING = re.compile(
    r"^(thanks|thank you|many thanks|best|regards|kind regards|cheers|sincerely|warmly|"
    r"all the best|with thanks)\b[^\n]*$",
    re.I | re.M,
)


@dataclass(frozen=True)
class Message:
    """A message prepared for the rules: its body sentences and their word counts."""

    text: str
    kind: str
    sentences: tuple[str, ...]
    words: int

    @property
    def body(self) -> str:
        return " ".join(self.sentences)


@dataclass(frozen=True)
class RuleDoc:
    code: str
    title: str
    why: str
    fix: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Issue:
    """A rule a message breaks: the rule's code and title, what was found, and the fix."""

    code: str
    title: str
    message: str
    fix: str


@dataclass(frozen=True)
class CheckResult:
    words: int
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return not self.issues


Check = Callable[[Message], str | None]
RULES: dict[str, tuple[RuleDoc, Check]] = {}


def rule(
    code: str, *, title: str, why: str, fix: str, kinds: tuple[str, ...] = KINDS
) -> Callable[[Check], Check]:
    """Register a check under ``code``; it returns what it found, or None when it passes."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"outreach rule {code} is registered twice")
        RULES[code] = (RuleDoc(code, title, why, fix, kinds), check)
        return check

    return register


def explain(code: str) -> RuleDoc:
    """Return the documentation of rule ``code``; raise NotFoundError naming the codes."""
    try:
        return RULES[code][0]
    except KeyError:
        raise NotFoundError(
            f"no outreach rule '{code}'; the rules are: {', '.join(RULES)}"
        ) from None


def words_in(text: str) -> int:
    """Return how many words ``text`` holds (a link counts as one)."""
    return len(_WORD.findall(text))


def prepare(text: str, kind: str = "first") -> Message:
    """Return the message's body: without the greeting line and a short sign-off."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if paragraphs:
        first_line, _, rest = paragraphs[0].partition("\n")
        if _GREETING.match(first_line) and words_in(first_line) <= 6:
            paragraphs[0] = rest.strip()
    # A last paragraph of a few words, no question, not ending a sentence, is a sign-off
    # ("Best,\nLorraine"); a "P.S." is a sentence and stays.
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    if (
        last
        and words_in(last) <= 8
        and "?" not in last
        and (not last.endswith((".", "!")) or _CLOSING.match(last))
    ):
        paragraphs.pop()
    body = "\n".join(p for p in paragraphs if p)
    sentences = [s.strip() for s in _SENTENCE_END.split(body) if s and s.strip()]
    # A sign-off in the same paragraph as the question ("…next week?\nThanks, Lorraine")
    # is not the last sentence either: the question before it is.
    if len(sentences) > 1 and _NAME_ONLY.match(sentences[-1]) and _signs_off(sentences[-2]):
        sentences.pop()
    while len(sentences) > 1 and _signs_off(sentences[-1]):
        sentences.pop()
    return Message(text, kind, tuple(sentences), words_in(body))


def _signs_off(sentence: str) -> bool:
    """Return True when a short sentence is a closing ("Thanks, Lorraine", "Best,")."""
    return words_in(sentence) <= 6 and "?" not in sentence and bool(_CLOSING.match(sentence))


def check(text: str, kind: str = "first") -> CheckResult:
    """Return the rules ``text`` breaks as a message of ``kind`` (one of ``KINDS``)."""
    message = prepare(text, kind)
    if not message.sentences:
        return CheckResult(
            0, (Issue("empty", "The message is empty", "There is nothing to check yet.", ""),)
        )
    issues = []
    for doc, run in RULES.values():
        if kind not in doc.kinds:
            continue
        found = run(message)
        if found:
            issues.append(Issue(doc.code, doc.title, found, doc.fix))
    return CheckResult(message.words, tuple(issues))


@rule(
    "too-long",
    title="Longer than 100 words",
    why="Busy people answer short notes; Dalton's limit is 100 words (75 is better).",
    fix="Cut your own story to one sentence; keep the connection, them, and the question.",
)
def too_long(message: Message) -> str | None:
    if message.words > MAX_WORDS:
        return f"{message.words} words: {message.words - MAX_WORDS} over the limit of {MAX_WORDS}."
    return None


@rule(
    "connection-not-first",
    title="The connection does not come first",
    why="Saying first how you know them (a place, a group, a person in common) gets it read.",
    fix="Open with where you met, the group you share or who suggested you write.",
    kinds=OPENING_KINDS,
)
def connection_not_first(message: Message) -> str | None:
    opening = message.sentences[0]
    if _CONNECTION.search(opening):
        return None
    return f"The first sentence (“{_short(opening)}”) does not say how you know them."


@rule(
    "asks-for-a-job",
    title="Asks about a job",
    why="Asking for a job puts people on the spot; asking for advice makes them want to help.",
    fix="Ask for their advice or insight; leave jobs, openings and résumés out.",
)
def asks_for_a_job(message: Message) -> str | None:
    found = sorted({m.group(0).lower() for m in _JOB.finditer(message.body)})
    if found:
        return f"It mentions {', '.join(f'“{w}”' for w in found)}."
    return None


@rule(
    "no-advice-ask",
    title="Does not ask for advice",
    why="An ask for advice or insight is easy to say yes to, and it starts a relationship.",
    fix="Ask for 15–20 minutes of their advice, insight or view.",
)
def no_advice_ask(message: Message) -> str | None:
    if _ADVICE.search(message.body):
        return None
    return "Nothing in it asks for their advice, insight or view."


@rule(
    "mostly-about-me",
    title="More about you than about them",
    why="People help those who show interest in them: more than half should be about them.",
    fix="Turn sentences about yourself into sentences about them, or cut them.",
)
def mostly_about_me(message: Message) -> str | None:
    about_them = about_me = 0
    for sentence in message.sentences:
        you, me = len(_YOU.findall(sentence)), len(_ME.findall(sentence))
        if you > me:
            about_them += words_in(sentence)
        elif me > you:
            about_me += words_in(sentence)
    if about_them > about_me:
        return None
    if not about_them and not about_me:
        return "No sentence speaks to them (“you”, “your”)."
    return f"{about_me} words are about you and {about_them} about them."


@rule(
    "no-closing-question",
    title="Does not end with a question",
    why="A closing question is easy to answer, so it gets an answer.",
    fix="End with one question, such as “Could you spare 15 minutes next week?”.",
)
def no_closing_question(message: Message) -> str | None:
    last = message.sentences[-1]
    if last.rstrip("\"'”’) ").endswith("?"):
        return None
    return f"The last sentence (“{_short(last)}”) is not a question."


@rule(
    "gap-left",
    title="A [bracketed] gap is left to fill in",
    why="A placeholder sent as is tells them the note was a template.",
    fix="Replace the bracketed words with your own.",
)
def gap_left(message: Message) -> str | None:
    gaps = _PLACEHOLDER.findall(message.body)
    if gaps:
        return f"Fill in {', '.join(gaps)}."
    return None


@rule(
    "no-target-list",
    title="No target list for them to search their memory",
    why="A list of the companies you want lets a connector think of names.",
    fix="Add your handbill's link, or say you will send your one-page list.",
    kinds=("intro_request",),
)
def no_target_list(message: Message) -> str | None:
    if _LIST.search(message.text):
        return None
    return "It names no list of target companies."


def _short(sentence: str, most: int = 60) -> str:
    """Return ``sentence`` cut to about ``most`` characters for a message."""
    return sentence if len(sentence) <= most else sentence[: most - 1].rstrip() + "…"
