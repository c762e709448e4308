"""plan.toml: strict reading with errors that point at the line, and exact round trips."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.core.errors import PlanFileError
from rapport.core.plan import Goals, Person, PlanData, TargetCompanySpec
from rapport.formats import plan_toml

PLANS = Path(__file__).parent.parent / "data" / "plans"


def read(name: str) -> PlanData:
    return plan_toml.loads((PLANS / name).read_text(encoding="utf-8"), name)


def test_it_reads_every_section_of_a_complete_plan() -> None:
    plan = read("full.toml")
    assert plan.person.name == "Margaret Lindqvist"
    assert plan.person.booking_link == "https://calendly.com/margaret-example/20min"
    assert plan.positions == ("Chief Financial Officer", "VP Finance")
    assert plan.geography == ("Minneapolis–St. Paul", "Remote (US)")
    assert [c.name for c in plan.companies] == [
        "Medtronic",
        "Boston Scientific",
        "Inspire Medical Systems",
    ]
    assert plan.companies[0] == TargetCompanySpec(
        name="Medtronic",
        industry="Medical devices",
        priority=1,
        notes="Diabetes unit spin-off",
        motivation=3,
        posting=1,
    )
    assert plan.companies[2].advocacy == 2
    assert plan.connectors == ("FEI Twin Cities members", "Edina Chamber of Commerce")
    assert plan.offers[1] == "Seats at FEI chapter dinners"
    assert plan.goals == Goals(5, 3, 1)


def test_export_then_import_gives_back_the_same_plan_and_the_same_text() -> None:
    plan = read("full.toml")
    text = plan_toml.dumps(plan)
    assert plan_toml.loads(text) == plan
    assert plan_toml.dumps(plan_toml.loads(text)) == text


def test_it_reads_a_file_saved_with_a_bom_and_windows_line_endings() -> None:
    assert read("bom_crlf.toml").person.name == "Ann"


def test_a_syntax_error_names_the_file_line_and_column() -> None:
    with pytest.raises(PlanFileError) as caught:
        read("syntax_error.toml")
    error = caught.value
    assert error.file == "syntax_error.toml"
    assert error.line == 6
    assert error.column is not None
    assert "TOML syntax error" in str(error)


def test_an_unknown_key_is_named_with_its_line_and_the_keys_allowed() -> None:
    with pytest.raises(PlanFileError) as caught:
        read("unknown_key.toml")
    assert "unknown key 'targets.compnies'" in str(caught.value)
    assert "companies" in str(caught.value)
    assert caught.value.line == 6


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[persona]\nname = 'x'\n", "unknown key 'persona'"),
        ("[person]\nnam = 'x'\n", "unknown key 'person.nam'"),
        ("[person]\nname = 3\n", "'person.name' must be text"),
        ("person = 'x'\n", "'person' must be a table"),
        ("[targets]\npositions = 'CFO'\n", "'targets.positions' must be a list of text"),
        ("[targets]\nindustries = [1, 2]\n", "'targets.industries' must be a list of text"),
        ("[targets]\ncompanies = 'Medtronic'\n", "must be a list of tables"),
        ("[targets]\ncompanies = [{industry = 'x'}]\n", "targets.companies[1] needs a name"),
        (
            "[targets]\ncompanies = [{name = 'A', size = 3}]\n",
            "unknown key 'targets.companies[1].size'",
        ),
        ("[targets]\ncompanies = [{name = 'A', priority = 0}]\n", "must be at least 1"),
        ("[targets]\ncompanies = [{name = 'A', motivation = 4}]\n", "must be between 0 and 3"),
        ("[targets]\ncompanies = [{name = 'A', posting = 'high'}]\n", "must be a whole number"),
        ("[targets]\ncompanies = [{name = 'A'}, {name = 'a'}]\n", "'a' is listed twice"),
        ("[audiences]\nfriends = []\n", "unknown key 'audiences.friends'"),
        ("[offers]\nitems = [true]\n", "'offers.items' must be a list of text"),
        ("[goals]\nweekly_meetings = -1\n", "must be at least 0"),
        ("[goals]\nweekly_meetings = 2.5\n", "must be a whole number"),
        ("[goals]\nweekly_coffees = 2\n", "unknown key 'goals.weekly_coffees'"),
        ("[goals]\nsearch_started = '2026-09-01'\n", "must be a date without quotes"),
        ("[goals]\nsearch_started = 2026-09-01T09:00:00\n", "must be a date without quotes"),
    ],
)
def test_it_refuses_a_plan_and_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(PlanFileError) as caught:
        plan_toml.loads(text, "plan.toml")
    assert message in str(caught.value)
    assert str(caught.value).startswith("plan.toml")


def test_an_empty_file_is_an_empty_plan() -> None:
    assert plan_toml.loads("") == PlanData()


def test_it_reads_the_day_the_search_began() -> None:
    plan = plan_toml.loads("[goals]\nweekly_meetings = 4\nsearch_started = 2026-09-01\n")
    assert plan.goals == Goals(weekly_meetings=4, search_started_on=date(2026, 9, 1))
    assert "search_started = 2026-09-01" in plan_toml.dumps(plan)


def test_a_company_may_be_written_as_a_bare_name() -> None:
    plan = plan_toml.loads('[targets]\ncompanies = ["Stryker"]\n')
    assert plan.companies == (TargetCompanySpec(name="Stryker"),)


texts = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\u2028\u2029"),
    max_size=30,
).map(str.strip)
names = st.lists(texts.filter(bool), max_size=4, unique_by=str.casefold).map(tuple)
scores = st.none() | st.integers(0, 3)


@given(
    person=st.builds(Person, name=texts, headline=texts, email=texts, location=texts),
    positions=names,
    companies=st.lists(
        st.builds(
            TargetCompanySpec,
            name=texts.filter(bool),
            industry=texts,
            priority=st.none() | st.integers(1, 99),
            notes=texts,
            advocacy=scores,
            motivation=scores,
            posting=scores,
        ),
        max_size=5,
        unique_by=lambda c: c.name.casefold(),
    ).map(tuple),
    offers=names,
    goals=st.builds(
        Goals,
        *(st.none() | st.integers(0, 20) for _ in range(3)),
        search_started_on=st.none() | st.dates(),
    ),
)
def test_any_plan_survives_a_round_trip(
    person: Person,
    positions: tuple[str, ...],
    companies: tuple[TargetCompanySpec, ...],
    offers: tuple[str, ...],
    goals: Goals,
) -> None:
    plan = PlanData(
        person=person, positions=positions, companies=companies, offers=offers, goals=goals
    )
    assert plan_toml.loads(plan_toml.dumps(plan)) == plan
