"""The handbill PDF: always exactly one page, every chosen company printed, text literal."""

from __future__ import annotations

import re

import pytest

from rapport.core.handbill import Choices, HandbillContent, HandbillNotReadyError, build_handbill
from rapport.core.plan import Person, PlanData, TargetCompanySpec
from rapport.formats.handbill_pdf import LEGIBLE_MIN, TEMPLATE, render_pdf, template_data
from tests.handbill.pdf_reading import page_count, pdf_text, words

INDUSTRIES = ("Medical devices", "Health insurance", "Banking", "Retail", "Food")
MARKUP = "#b $c$ <d> *e* @f \\g ]h `i` _j_ [k] = /l/ ~m <script>x</script> &amp;"


def content(
    companies: int,
    *,
    name: str = "Margaret Lindqvist",
    summary: str = "I turn device makers' plans into cash. I cut DSO by 12 days.",
    company_name: str = "Company {n} Group",
    paper: str = "letter",
    share_url: str = "https://rapport.example/h/token/",
) -> HandbillContent:
    plan = PlanData(
        person=Person(
            name=name,
            headline="Finance executive",
            email="margaret@example.com",
            location="Minneapolis, MN",
            booking_link="https://calendly.com/margaret/20min",
        ),
        positions=("Chief Financial Officer", "VP Finance"),
        industries=INDUSTRIES[:2],
        geography=("Minneapolis–St. Paul",),
        companies=tuple(
            TargetCompanySpec(company_name.format(n=n), INDUSTRIES[n % 5], priority=n + 1)
            for n in range(companies)
        ),
        decision_makers=("CEOs of device makers",),
        peers=("Controllers",),
        connectors=("Rotary members",),
        offers=("Introductions to bankers", "Seats at FEI dinners"),
    )
    return build_handbill(plan, Choices(summary=summary, paper=paper), share_url=share_url)


SMALL = content(3)
TYPICAL = content(40)
FULL = content(60, company_name="Consolidated Holdings of Company {n}")
OVERSIZED = content(
    80,
    name="Margaret Alexandra Lindqvist Worthington " * 3,
    summary="Sentence after sentence of detail. " * 60,
    company_name="Very Long International Consolidated Company Name Number {n} Incorporated",
)


@pytest.mark.parametrize(
    "handbill", [SMALL, TYPICAL, FULL, OVERSIZED], ids=["small", "typical", "60", "oversized"]
)
def test_it_is_always_exactly_one_page(handbill: HandbillContent) -> None:
    pdf = render_pdf(handbill)
    assert pdf.data.startswith(b"%PDF-")
    assert page_count(pdf.data) == 1
    assert re.search(rb"/Type\s*/Pages\s*/Count 1\b", pdf.data)


@pytest.mark.parametrize("handbill", [SMALL, TYPICAL, FULL], ids=["small", "typical", "60"])
def test_a_handbill_that_fits_in_legible_type_has_no_warning(handbill: HandbillContent) -> None:
    pdf = render_pdf(handbill)
    assert pdf.legible and not pdf.clipped
    assert pdf.size >= LEGIBLE_MIN
    assert pdf.warnings == ()


@pytest.mark.parametrize("handbill", [TYPICAL, FULL, OVERSIZED], ids=["typical", "60", "over"])
def test_every_chosen_company_is_printed(handbill: HandbillContent) -> None:
    text = words(render_pdf(handbill).data)
    assert handbill.companies
    for name in handbill.companies:
        assert name in text


def test_the_page_carries_every_section_and_the_contact_details() -> None:
    text = words(render_pdf(TYPICAL).data)
    for expected in (
        "Margaret Lindqvist",
        "Finance executive",
        "margaret@example.com",
        "calendly.com/margaret/20min",
        "About me",
        "I turn device makers' plans into cash.",
        "Chief Financial Officer",
        "Minneapolis–St. Paul",
        "Do you know anyone at any of these?",
        "People who could hire me",
        "Introductions to bankers",
        "This page online",
    ):
        assert expected in text, expected


def test_an_oversized_handbill_shrinks_and_says_what_to_cut() -> None:
    pdf = render_pdf(OVERSIZED)
    assert not pdf.legible
    assert pdf.size < LEGIBLE_MIN
    (warning,) = pdf.warnings
    assert "too small to read" in warning or "cut off" in warning
    assert "shorten the summary" in warning


def test_content_beyond_the_smallest_type_is_cut_off_with_a_warning() -> None:
    huge = content(60, summary="Far too many words here. " * 900)
    pdf = render_pdf(huge)
    assert page_count(pdf.data) == 1
    assert pdf.clipped
    assert "does not fit one page" in pdf.warnings[0]


def test_a_long_list_warns_how_many_companies_to_cut() -> None:
    many = content(
        60,
        company_name="Consolidated International Holdings Company {n} of America and Canada",
        summary="Sentence after sentence of detail. " * 60,
    )
    pdf = render_pdf(many)
    assert not pdf.legible
    assert re.search(r"too small to read comfortably: cut about \d+ companies", pdf.warnings[0])


@pytest.mark.parametrize("field", ["name", "summary", "company_name"])
def test_markup_characters_print_as_typed(field: str) -> None:
    handbill = content(3, **{field: f"Acme {MARKUP}"})
    text = words(render_pdf(handbill).data)
    # Lines may break at any space or slash; every character must be there, in order.
    assert "".join(f"Acme {MARKUP}".split()) in "".join(text.split())


def test_user_text_reaches_typst_as_data_not_markup() -> None:
    assert template_data(content(3, name=MARKUP))["name"] == MARKUP
    # The template reads the data as JSON and never evaluates strings as markup.
    template = TEMPLATE.read_text()
    assert "json(bytes(sys.inputs.data))" in template
    assert "eval(" not in template


@pytest.mark.parametrize(("paper", "box"), [("letter", "612 792"), ("a4", "595.2756 841.8898")])
def test_the_paper_size_is_letter_or_a4(paper: str, box: str) -> None:
    pdf = render_pdf(content(10, paper=paper))
    assert re.search(rb"/MediaBox\s*\[0 0 " + box.encode() + rb"\]", pdf.data)


def test_the_qr_code_is_drawn_only_with_a_link_to_open() -> None:
    plan_without_links = content(3, share_url="")
    assert "This page online" in pdf_text(render_pdf(plan_without_links).data)
    bare = build_handbill(
        PlanData(person=Person(name="M"), positions=("CFO",)), Choices(), share_url=""
    )
    assert "This page online" not in pdf_text(render_pdf(bare).data)


def test_a_handbill_that_is_not_ready_is_refused() -> None:
    empty = build_handbill(PlanData(), Choices())
    with pytest.raises(HandbillNotReadyError, match="your name and your targets"):
        render_pdf(empty)
