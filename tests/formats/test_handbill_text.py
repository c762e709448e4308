"""The handbill as words to paste: plain text, Markdown and the short version."""

from __future__ import annotations

import pytest

from rapport.core.handbill import Choices, HandbillNotReadyError, build_handbill
from rapport.core.plan import Person, PlanData, TargetCompanySpec
from rapport.formats.handbill_text import escape_markdown, to_markdown, to_short, to_text

PLAN = PlanData(
    person=Person(
        name="Margaret Lindqvist",
        headline="Finance executive",
        email="margaret@example.com",
        location="Minneapolis, MN",
        booking_link="https://calendly.com/margaret/20min",
    ),
    positions=("Chief Financial Officer", "VP Finance"),
    industries=("Medical devices",),
    geography=("Minneapolis–St. Paul",),
    companies=tuple(
        TargetCompanySpec(name, industry, priority=n)
        for n, (name, industry) in enumerate(
            [
                ("Medtronic", "Medical devices"),
                ("Stryker", "Medical devices"),
                ("US Bank", "Banking"),
                ("Boston Scientific", "Medical devices"),
                ("Abbott", "Medical devices"),
                ("Target", "Retail"),
                ("Cargill", "Food"),
            ],
            1,
        )
    ),
    decision_makers=("CEOs of device makers",),
    offers=("Introductions to bankers",),
)
SHARE = "https://rapport.example/h/token/"


def test_the_text_version_has_every_section_and_company() -> None:
    text = to_text(build_handbill(PLAN, Choices(summary="I turn plans into cash.")))
    assert text.startswith("Margaret Lindqvist\nFinance executive\n")
    assert "margaret@example.com · Minneapolis, MN · https://calendly.com/margaret/20min" in text
    assert "\nABOUT ME\nI turn plans into cash.\n" in text
    assert "Positions: Chief Financial Officer · VP Finance" in text
    assert "Medical devices: Medtronic · Stryker · Boston Scientific · Abbott" in text
    assert "Banking: US Bank" in text
    assert "People who could hire me: CEOs of device makers" in text
    assert "- Introductions to bankers" in text


def test_the_text_version_ends_with_the_share_link_when_there_is_one() -> None:
    text = to_text(build_handbill(PLAN, Choices(), share_url=SHARE))
    assert text.rstrip().endswith(f"This page online: {SHARE}")


def test_the_markdown_version_has_headings_lists_and_links() -> None:
    md = to_markdown(build_handbill(PLAN, Choices()))
    assert md.startswith("# Margaret Lindqvist\n")
    assert "## Companies I'd like to work for" in md
    assert "**Medical devices:** Medtronic · Stryker · Boston Scientific · Abbott" in md
    assert "[margaret@example.com](<mailto:margaret@example.com>)" in md
    assert "- **Positions:** Chief Financial Officer · VP Finance" in md


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("*bold* _it_", r"\*bold\* \_it\_"),
        ("# not a heading", r"\# not a heading"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("[link](http://x)", r"\[link\](http://x)"),
        ("`code` $math$ a|b ~s~ \\", r"\`code\` \$math\$ a\|b \~s\~ \\"),
        ("1. first", r"1\. first"),
        ("- item", r"\- item"),
        ("AT&T &amp;", "AT&T &amp;amp;"),
        ("Remote (US) @home", "Remote (US) @home"),
    ],
)
def test_markdown_escapes_what_would_be_read_as_markup(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def test_user_markup_in_markdown_is_escaped_everywhere() -> None:
    person = Person(name="Ann *Star* <b>", headline="# Lead")
    plan = PlanData(person=person, positions=("C_F_O",), offers=("[x](javascript:y)",))
    md = to_markdown(build_handbill(plan, Choices()))
    assert "# Ann \\*Star\\* \\<b\\>" in md
    assert "*\\# Lead*" in md
    assert "C\\_F\\_O" in md
    assert "- \\[x\\](javascript:y)" in md


def test_the_short_version_is_a_few_lines_with_the_top_companies_and_the_ask() -> None:
    short = to_short(build_handbill(PLAN, Choices(), share_url=SHARE))
    assert short.splitlines() == [
        "I'm looking for Chief Financial Officer or VP Finance, in Medical devices "
        "(Minneapolis–St. Paul).",
        "Companies at the top of my list: Medtronic, Stryker, US Bank, Boston Scientific, "
        "Abbott and 2 more.",
        "Do you know anyone at any of them?",
        f"My one-page list: {SHARE}",
    ]


def test_the_short_version_offers_the_booking_link_without_a_share_link() -> None:
    short = to_short(build_handbill(PLAN, Choices()))
    assert short.splitlines()[-1] == "Book a time with me: https://calendly.com/margaret/20min"


@pytest.mark.parametrize("render", [to_text, to_markdown, to_short])
def test_a_handbill_that_is_not_ready_is_refused(render: object) -> None:
    empty = build_handbill(PlanData(person=Person(name="Ann")), Choices())
    with pytest.raises(HandbillNotReadyError, match="your targets"):
        render(empty)  # type: ignore[operator]
