"""The handbill's content: sections, companies grouped and ranked, warnings, what is missing."""

from __future__ import annotations

from typing import Any

import pytest

from rapport.core.handbill import (
    MAX_COMPANIES,
    SECTIONS,
    Choices,
    HandbillNotReadyError,
    build_handbill,
    default_summary,
    safe_url,
)
from rapport.core.handbill_choices import company_choices, stored_choices
from rapport.core.handbill_fit import density
from rapport.core.plan import Person, PlanData, TargetCompanySpec

PITCH = (
    "I help device makers turn plans into cash. Last year I cut DSO by 12 days at Acme. "
    "I want a CFO role at a mid-size device maker. My dog is a beagle."
)


def a_plan(count: int = 4, **changes: Any) -> PlanData:
    specs = tuple(
        TargetCompanySpec(
            f"Company {n:02d}", "Medical devices" if n % 2 else "Banking", priority=n + 1
        )
        for n in range(count)
    )
    values: dict[str, object] = {
        "person": Person(
            name="Margaret Lindqvist",
            headline="Finance executive who turns plans into cash",
            email="margaret@example.com",
            location="Minneapolis, MN",
            booking_link="https://calendly.com/margaret/20min",
        ),
        "positions": ("Chief Financial Officer", "VP Finance"),
        "industries": ("Medical devices",),
        "geography": ("Minneapolis–St. Paul",),
        "companies": specs,
        "decision_makers": ("CEOs of mid-size device makers",),
        "peers": ("Controllers in medtech",),
        "connectors": ("Edina Chamber of Commerce",),
        "offers": ("Introductions to bankers",),
    }
    values.update(changes)
    return PlanData(**values)  # type: ignore[arg-type]


def test_it_lists_every_section_in_the_default_order() -> None:
    content = build_handbill(a_plan(), Choices(), pitch_text=PITCH)
    assert [s.key for s in content.sections] == list(SECTIONS)
    assert content.ready
    assert content.name == "Margaret Lindqvist"


def test_it_speaks_of_the_audiences_in_plain_words() -> None:
    people = build_handbill(a_plan(), Choices()).section("people")
    assert people is not None
    assert [(line.label, line.items) for line in people.lines] == [
        ("People who could hire me", ("CEOs of mid-size device makers",)),
        ("People in my field", ("Controllers in medtech",)),
        ("People who know many people", ("Edina Chamber of Commerce",)),
    ]


@pytest.mark.parametrize(
    ("pitch", "headline", "expected"),
    [
        (
            PITCH,
            "",
            "I help device makers turn plans into cash. Last year I cut DSO by 12 days at "
            "Acme. I want a CFO role at a mid-size device maker.",
        ),
        ("", "Finance executive", "Finance executive"),
        ("One sentence only.", "Headline", "One sentence only."),
        ("  ", "", ""),
        ("First.\n\nSecond   line\nwraps. Third. Fourth.", "", "First. Second line wraps. Third."),
    ],
)
def test_the_default_summary_is_the_start_of_the_profile_else_the_headline(
    pitch: str, headline: str, expected: str
) -> None:
    assert default_summary(pitch, headline) == expected


def test_a_long_third_sentence_is_left_out_of_the_default_summary() -> None:
    long = "Word " * 80
    text = f"One short start. A second one. {long.strip()}."
    assert default_summary(text, "") == "One short start. A second one."


def test_the_users_summary_wins_over_the_profile() -> None:
    content = build_handbill(a_plan(), Choices(summary="  My own words. "), pitch_text=PITCH)
    summary = content.section("summary")
    assert summary is not None and summary.text == "My own words."


def test_companies_default_to_all_by_priority_grouped_by_industry() -> None:
    specs = (
        TargetCompanySpec("Zeta", "Banking", priority=3),
        TargetCompanySpec("Alpha", "Medical devices", priority=None),
        TargetCompanySpec("Beta", "Medical devices", priority=1),
        TargetCompanySpec("Gamma", "", priority=2),
        TargetCompanySpec("Delta", "banking ", priority=4),
    )
    companies = build_handbill(a_plan(companies=specs), Choices()).section("companies")
    assert companies is not None
    assert [(g.industry, g.companies) for g in companies.groups] == [
        ("Medical devices", ("Beta", "Alpha")),
        ("Banking", ("Zeta", "Delta")),
        ("", ("Gamma",)),
    ]


def test_the_users_order_and_choice_of_companies_is_kept() -> None:
    chosen = ("Company 03", "company 00", "Gone from the plan", "Company 03")
    content = build_handbill(a_plan(), Choices(companies=chosen))
    assert content.companies == ("Company 03", "Company 00")


def test_more_than_60_companies_shows_the_first_60_and_says_what_was_left_off() -> None:
    content = build_handbill(a_plan(80), Choices())
    assert len(content.companies) == MAX_COMPANIES
    assert content.company_count == MAX_COMPANIES
    (warning,) = content.warnings
    assert "80 companies" in warning and "leaves off 20" in warning
    assert "Company 60" in warning and "Choose which to show" in warning


def test_a_plan_without_companies_warns_that_the_list_is_what_helps() -> None:
    content = build_handbill(a_plan(0), Choices())
    assert content.ready
    assert content.section("companies") is None
    assert any("No target companies" in w for w in content.warnings)


def test_long_company_names_and_a_long_summary_are_warned_about() -> None:
    plan = a_plan(companies=(TargetCompanySpec("A" * 70, "Banking"),))
    content = build_handbill(plan, Choices(summary="word " * 100))
    assert any("names are long" in w for w in content.warnings)
    assert any("100 words" in w for w in content.warnings)


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"person": Person()}, ("your name",)),
        (
            {"positions": (), "industries": (), "companies": ()},
            ("your targets (positions, industries or companies)",),
        ),
        (
            {"person": Person(), "positions": (), "industries": (), "companies": ()},
            ("your name", "your targets (positions, industries or companies)"),
        ),
    ],
)
def test_a_plan_without_a_name_or_targets_says_what_is_missing(
    changes: dict[str, Any], missing: tuple[str, ...]
) -> None:
    content = build_handbill(a_plan(**changes), Choices())
    assert content.missing == missing
    assert not content.ready
    with pytest.raises(HandbillNotReadyError, match="add them to your plan"):
        content.check_ready()


def test_chosen_sections_appear_in_the_chosen_order_and_empty_ones_are_dropped() -> None:
    plan = a_plan(offers=())
    content = build_handbill(plan, Choices(sections=("offers", "companies", "bogus", "summary")))
    assert [s.key for s in content.sections] == ["companies", "summary"]


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://calendly.com/m/20", "https://calendly.com/m/20"),
        ("http://example.com", "http://example.com"),
        ("javascript:alert(1)", ""),
        ("JaVaScRiPt://x.com/%0aalert(1)", ""),
        ("data:text/html,hi", ""),
        ("calendly.com/m", ""),
        ("", ""),
    ],
)
def test_only_web_addresses_become_links(url: str, safe: str) -> None:
    assert safe_url(url) == safe


def test_an_unsafe_booking_link_is_shown_as_words_not_a_link() -> None:
    person = Person(name="M", booking_link="javascript:alert(1)")
    content = build_handbill(a_plan(person=person), Choices())
    assert [(c.text, c.url) for c in content.contact] == [("javascript:alert(1)", "")]
    assert content.section("booking") is None
    assert content.link == ""


def test_the_qr_code_opens_the_share_link_else_the_booking_page() -> None:
    shared = build_handbill(a_plan(), Choices(), share_url="https://r.example/h/tok/")
    assert shared.link == "https://r.example/h/tok/"
    assert build_handbill(a_plan(), Choices()).link == "https://calendly.com/margaret/20min"


def test_the_contact_line_links_email_and_shortens_the_booking_address() -> None:
    contact = build_handbill(a_plan(), Choices()).contact
    assert [(c.text, c.url) for c in contact] == [
        ("margaret@example.com", "mailto:margaret@example.com"),
        ("Minneapolis, MN", ""),
        ("calendly.com/margaret/20min", "https://calendly.com/margaret/20min"),
    ]


def test_the_editor_rows_list_shown_companies_first_then_the_rest() -> None:
    rows = company_choices(a_plan(), Choices(companies=("Company 02", "Company 00")))
    assert [(r.name, r.shown, r.order) for r in rows] == [
        ("Company 02", True, 1),
        ("Company 00", True, 2),
        ("Company 01", False, 3),
        ("Company 03", False, 4),
    ]


def test_choices_equal_to_the_default_are_stored_empty_to_follow_the_plan() -> None:
    plan = a_plan()
    names = [c.name for c in plan.companies]
    assert stored_choices(plan, names, list(SECTIONS)) == ([], [])
    assert stored_choices(plan, names[::-1], ["companies"]) == (names[::-1], ["companies"])


def test_density_grows_with_the_content() -> None:
    small = build_handbill(a_plan(3), Choices())
    packed = build_handbill(a_plan(60), Choices(summary="word " * 200))
    assert density(small) == 0
    assert density(packed) == 3
