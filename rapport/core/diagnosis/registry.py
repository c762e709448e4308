"""The rule registry: each rule is one function with its code, title, why and fix."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapport.core.diagnosis.model import Action, Facts, Finding, Severity
from rapport.core.errors import NotFoundError


@dataclass(frozen=True)
class RuleDoc:
    """What ``rapport explain CODE`` prints about a rule."""

    code: str
    title: str
    why: str
    fix: str
    measures: str
    needs_plan: bool

    def finding(
        self,
        severity: Severity,
        measured: str,
        evidence: Iterable[str] = (),
        actions: Iterable[Action] = (),
        *,
        unknown: bool = False,
    ) -> Finding:
        """Return a finding of this rule."""
        return Finding(
            code=self.code,
            severity=severity,
            title=self.title,
            why=self.why,
            measured=measured,
            evidence=tuple(evidence),
            actions=tuple(actions),
            status="unknown" if unknown else "fires",
        )


Check = Callable[[Facts, RuleDoc], Finding | None]


@dataclass(frozen=True)
class Rule:
    doc: RuleDoc
    check: Check


RULES: dict[str, Rule] = {}


def rule(
    code: str, *, title: str, why: str, fix: str, measures: str, needs_plan: bool = True
) -> Callable[[Check], Check]:
    """Register a rule under ``code`` (stable, kebab-case)."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} is registered twice")
        RULES[code] = Rule(RuleDoc(code, title, why, fix, measures, needs_plan), check)
        return check

    return register


def explain(code: str) -> RuleDoc:
    """Return the documentation of rule ``code``; raise NotFoundError naming the codes."""
    from rapport.core.diagnosis import rules  # noqa: F401 - registers every rule

    try:
        return RULES[code].doc
    except KeyError:
        known = ", ".join(sorted(RULES))
        raise NotFoundError(f"no rule '{code}'; the rules are: {known}") from None
