"""Read and write ``plan.toml``, the human-editable marketing plan.

The format (documented in docs/plan-file.md)::

    [person]    name, headline, email, location, booking_link
    [targets]   positions, industries, geography, companies = [{name, industry, priority, notes,
                advocacy, motivation, posting}]
    [audiences] decision_makers, peers, connectors
    [offers]    items
    [goals]     weekly_meetings, weekly_target_industry_meetings, weekly_decision_maker_meetings,
                search_started (a date, 2026-09-01)

Reading is strict: an unknown key or a wrong type is an error that names the key,
because a silently ignored typo would leave the user's plan different from what
they wrote. Writing then reading gives back the same plan, and writing is stable.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from typing import Any

import tomli_w

from rapport.core.errors import PlanFileError
from rapport.core.plan import LAMP_MAX, LAMP_MIN, Goals, Person, PlanData, TargetCompanySpec

PERSON_KEYS = ("name", "headline", "email", "location", "booking_link")
TARGET_LIST_KEYS = ("positions", "industries", "geography")
COMPANY_TEXT_KEYS = ("name", "industry", "notes")
COMPANY_INT_KEYS = ("priority", "advocacy", "motivation", "posting")
AUDIENCE_KEYS = ("decision_makers", "peers", "connectors")
GOAL_KEYS = ("weekly_meetings", "weekly_target_industry_meetings", "weekly_decision_maker_meetings")
DATE_GOAL_KEY = "search_started"
SECTIONS = {
    "person": PERSON_KEYS,
    "targets": (*TARGET_LIST_KEYS, "companies"),
    "audiences": AUDIENCE_KEYS,
    "offers": ("items",),
    "goals": (*GOAL_KEYS, DATE_GOAL_KEY),
}

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


class _Reader:
    def __init__(self, text: str, filename: str) -> None:
        self.text = text
        self.filename = filename

    def error(self, key: str, message: str) -> PlanFileError:
        return PlanFileError(message, file=self.filename, line=self._line_of(key), field=key)

    def _line_of(self, dotted_key: str) -> int | None:
        # TOML values carry no positions once parsed; find the key's last segment as a
        # best effort so the user is sent near the right line.
        leaf = dotted_key.split(".")[-1].split("[")[0]
        pattern = re.compile(rf"^\s*\[?\s*{re.escape(leaf)}\s*[=\]]", re.MULTILINE)
        match = pattern.search(self.text) or re.search(rf"\b{re.escape(leaf)}\s*=", self.text)
        if match is None:
            return None
        return self.text.count("\n", 0, match.start()) + 1

    def table(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(key, f"'{key}' must be a table, like [{key}]")
        return value

    def check_keys(self, table: dict[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                name = f"{prefix}.{key}" if prefix else key
                raise self.error(
                    name,
                    f"unknown key '{name}'; expected one of: {', '.join(allowed)}",
                )

    def text_value(self, table: dict[str, Any], key: str, prefix: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise self.error(f"{prefix}.{key}", f"'{prefix}.{key}' must be text in quotes")
        return value.strip()

    def text_list(self, table: dict[str, Any], key: str, prefix: str) -> tuple[str, ...]:
        value = table.get(key, [])
        name = f"{prefix}.{key}"
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(name, f'\'{name}\' must be a list of text, like ["one", "two"]')
        return tuple(v.strip() for v in value if v.strip())

    def optional_int(
        self, table: dict[str, Any], key: str, prefix: str, low: int, high: int | None
    ) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        name = f"{prefix}.{key}"
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(name, f"'{name}' must be a whole number")
        if value < low or (high is not None and value > high):
            bound = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise self.error(name, f"'{name}' must be {bound}, not {value}")
        return value

    def optional_date(self, table: dict[str, Any], key: str, prefix: str) -> date | None:
        value = table.get(key)
        if value is None:
            return None
        name = f"{prefix}.{key}"
        # TOML dates arrive as date objects; a date-time is not a day, so it is refused.
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.error(name, f"'{name}' must be a date without quotes, like 2026-09-01")
        return value

    def company(self, value: Any, index: int) -> TargetCompanySpec:
        prefix = f"targets.companies[{index + 1}]"
        if isinstance(value, str):
            value = {"name": value}
        entry = self.table(value, prefix)
        self.check_keys(entry, COMPANY_TEXT_KEYS + COMPANY_INT_KEYS, prefix)
        name = self.text_value(entry, "name", prefix)
        if not name:
            raise self.error(f"{prefix}.name", f"{prefix} needs a name")
        return TargetCompanySpec(
            name=name,
            industry=self.text_value(entry, "industry", prefix),
            notes=self.text_value(entry, "notes", prefix),
            priority=self.optional_int(entry, "priority", prefix, 1, None),
            advocacy=self.optional_int(entry, "advocacy", prefix, LAMP_MIN, LAMP_MAX),
            motivation=self.optional_int(entry, "motivation", prefix, LAMP_MIN, LAMP_MAX),
            posting=self.optional_int(entry, "posting", prefix, LAMP_MIN, LAMP_MAX),
        )


def loads(text: str, filename: str = "plan.toml") -> PlanData:
    """Return the plan in ``text``; raise PlanFileError naming the line or key at fault."""
    text = text.removeprefix("\ufeff")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match else None
        column = int(match.group(2)) if match else None
        reason = _TOML_POSITION.sub("", message).strip()
        raise PlanFileError(
            f"TOML syntax error: {reason}", file=filename, line=line, column=column
        ) from None
    reader = _Reader(text, filename)
    reader.check_keys(raw, tuple(SECTIONS), "")
    sections = {name: reader.table(raw.get(name, {}), name) for name in SECTIONS}
    for name, allowed in SECTIONS.items():
        reader.check_keys(sections[name], allowed, name)

    person_t, targets_t = sections["person"], sections["targets"]
    audiences_t, goals_t = sections["audiences"], sections["goals"]
    companies_raw = targets_t.get("companies", [])
    if not isinstance(companies_raw, list):
        raise reader.error("targets.companies", "'targets.companies' must be a list of tables")
    companies = tuple(reader.company(entry, i) for i, entry in enumerate(companies_raw))
    seen: set[str] = set()
    for company in companies:
        folded = company.name.casefold()
        if folded in seen:
            raise reader.error(
                "targets.companies", f"target company '{company.name}' is listed twice"
            )
        seen.add(folded)

    return PlanData(
        person=Person(**{key: reader.text_value(person_t, key, "person") for key in PERSON_KEYS}),
        positions=reader.text_list(targets_t, "positions", "targets"),
        industries=reader.text_list(targets_t, "industries", "targets"),
        geography=reader.text_list(targets_t, "geography", "targets"),
        companies=companies,
        decision_makers=reader.text_list(audiences_t, "decision_makers", "audiences"),
        peers=reader.text_list(audiences_t, "peers", "audiences"),
        connectors=reader.text_list(audiences_t, "connectors", "audiences"),
        offers=reader.text_list(sections["offers"], "items", "offers"),
        goals=Goals(
            **{key: reader.optional_int(goals_t, key, "goals", 0, None) for key in GOAL_KEYS},
            search_started_on=reader.optional_date(goals_t, DATE_GOAL_KEY, "goals"),
        ),
    )


def _company_table(company: TargetCompanySpec) -> dict[str, Any]:
    table: dict[str, Any] = {"name": company.name}
    if company.industry:
        table["industry"] = company.industry
    for key in COMPANY_INT_KEYS:
        value = getattr(company, key)
        if value is not None:
            table[key] = value
    if company.notes:
        table["notes"] = company.notes
    return table


def dumps(plan: PlanData) -> str:
    """Return ``plan`` as TOML text; ``loads(dumps(p)) == p`` for every plan."""
    goals: dict[str, Any] = {key: getattr(plan.goals, key) for key in GOAL_KEYS}
    goals[DATE_GOAL_KEY] = plan.goals.search_started_on
    document: dict[str, Any] = {
        "person": {key: getattr(plan.person, key) for key in PERSON_KEYS},
        "targets": {
            "positions": list(plan.positions),
            "industries": list(plan.industries),
            "geography": list(plan.geography),
            "companies": [_company_table(c) for c in plan.companies],
        },
        "audiences": {key: list(getattr(plan, key)) for key in AUDIENCE_KEYS},
        "offers": {"items": list(plan.offers)},
        "goals": {key: value for key, value in goals.items() if value is not None},
    }
    header = "# Rapport marketing plan. Edit freely, then: rapport plan import plan.toml\n\n"
    return header + tomli_w.dumps(document, multiline_strings=False)
