from dataclasses import replace

import pytest

from rapport.core.companies import industry_key, industry_signalled
from rapport.core.judgments import PersonFacts, judge, verdict_key
from rapport.core.plan import PlanData, TargetCompanySpec
from rapport.core.plan_context import PlanContext, build_context, context_for_plan
from tests.core.test_titles import TITLES


@pytest.fixture(scope="module")
def cfo_plan() -> PlanContext:
    """A medtech CFO search: the CEO, an owner or the board hires a CFO."""
    return build_context(
        ["Chief Financial Officer", "VP Finance"],
        ["Medical devices"],
        [
            ("Medtronic", "Medical devices"),
            ("Stryker", "Medical devices"),
            ("Boston Scientific", "Medical devices"),
        ],
        aliases={"Covidien": "Medtronic"},
        company_industries={
            "Target Corporation": "Retail",
            "Acme Surgical Supply": "Distribution",
            "Nova Devices Inc.": "Medical Device",
        },
        connector_tags=["church", "Chamber"],
    )


@pytest.fixture(scope="module")
def ops_plan() -> PlanContext:
    """A VP Operations search: a COO, the CEO or an owner hires a VP."""
    return build_context(["VP Operations"], ["Medical devices"], ["Medtronic", "Stryker"])


# (company, position, can_hire) against the CFO plan
CFO_HIRING = [
    ("Stryker", "CEO", True),
    ("Stryker Corporation", "President & CEO", True),
    ("Medtronic Diabetes", "President", True),
    ("Covidien", "Chief Executive Officer", True),
    ("Medtronic", "Board Member", True),
    ("Medtronic", "Chairman of the Board", True),
    ("Acme Orthopedics", "Founder", True),
    ("Nova Devices", "CEO", True),
    ("Medtronic", "VP Finance", False),
    # The plan also targets VP Finance, whom a CFO hires.
    ("Medtronic", "Chief Financial Officer", True),
    ("Medtronic", "Chief Operating Officer", False),
    ("Medtronic", "Controller", False),
    ("Medtronic", "Senior Director, FP&A", False),
    ("Stryker", "Talent Acquisition Partner", False),
    ("Stryker", "Executive Assistant to the CEO", False),
    ("Target Corporation", "CEO", False),
    ("Acme", "CEO", False),
    ("", "Open to Work", False),
    ("Grace Church", "Pastor", False),
]


@pytest.mark.parametrize(("company", "position", "can_hire"), CFO_HIRING)
def test_it_finds_who_could_hire_a_cfo(
    cfo_plan: PlanContext, company: str, position: str, can_hire: bool
) -> None:
    assert judge(PersonFacts(company, position), cfo_plan).can_hire is can_hire


@pytest.mark.parametrize(
    ("company", "position", "can_hire"),
    [
        ("Stryker", "Chief Operating Officer", True),
        ("Stryker", "CEO", True),
        ("Acme Medical", "Co-Founder & CTO", True),
        ("Stryker", "SVP Operations", False),
        ("Stryker", "Director of Operations", False),
        ("Stryker", "CFO", False),
        ("Stryker", "General Manager", False),
        ("Stryker", "Board Member", False),
        ("Stryker", "Operations Manager", False),
    ],
)
def test_it_finds_who_could_hire_a_vp_of_operations(
    ops_plan: PlanContext, company: str, position: str, can_hire: bool
) -> None:
    assert judge(PersonFacts(company, position), ops_plan).can_hire is can_hire


def test_it_counts_managers_one_to_three_levels_up_in_the_function() -> None:
    ctx = build_context(["Operations Manager"], ["Medical devices"], ["Stryker"])
    hires = {
        title: judge(PersonFacts("Stryker", title), ctx).can_hire
        for title in [
            "Director of Operations",
            "VP Operations",
            "COO",
            "General Manager",
            "Senior Operations Manager",
            "Director of Finance",
        ]
    }
    assert hires == {
        "Director of Operations": True,
        "VP Operations": True,
        "COO": True,
        "General Manager": True,
        "Senior Operations Manager": False,
        "Director of Finance": False,
    }


def test_it_explains_a_decision_maker_at_a_target_company(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Stryker", "CEO"), cfo_plan)
    assert verdict.target_company == "Stryker"
    assert verdict.reasons["can_hire"] == (
        "CEO at Stryker, one of your target companies: whoever runs the company hires a "
        "Chief Financial Officer."
    )
    assert verdict.reasons["target_company"] == "Stryker is one of your target companies."


def test_it_explains_why_a_vp_finance_cannot_hire_a_cfo(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Medtronic", "VP Finance"), cfo_plan)
    assert verdict.reasons["can_hire"] == (
        "VP Finance at Medtronic, one of your target companies, but a vice president in "
        "finance would not be the one to hire a VP Finance."
    )


def test_a_cfo_hires_for_the_plans_vp_finance_target_but_not_a_cfo_only_plan(
    cfo_plan: PlanContext,
) -> None:
    both = judge(PersonFacts("Medtronic", "Chief Financial Officer"), cfo_plan)
    assert both.can_hire
    assert "could hire one" in both.reasons["can_hire"]
    cfo_only = build_context(["Chief Financial Officer"], ["Medical devices"], ["Medtronic"])
    verdict = judge(PersonFacts("Medtronic", "Chief Financial Officer"), cfo_only)
    assert not verdict.can_hire
    assert verdict.reasons["can_hire"].endswith(
        "only the chief executive, an owner or the board hires a Chief Financial Officer."
    )


def test_it_explains_a_board_seat(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Medtronic", "Board Member"), cfo_plan)
    assert "a board chooses the top executives" in verdict.reasons["can_hire"]
    assert verdict.connector


def test_it_names_the_division_and_its_target(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Medtronic Diabetes", "President"), cfo_plan)
    assert verdict.target_company == "Medtronic"
    assert verdict.reasons["target_company"] == (
        "Medtronic Diabetes is part of Medtronic, one of your target companies."
    )
    assert verdict.reasons["can_hire"].startswith(
        "President at Medtronic Diabetes (Medtronic), one of your target companies:"
    )


@pytest.mark.parametrize(
    ("company", "position"),
    [
        ("Stryker", "Talent Acquisition Partner"),
        ("Robert Half", "Senior Recruiter"),
        ("Acme Staffing", "Account Manager"),
        ("Heidrick Executive Search", "Partner"),
    ],
)
def test_it_never_counts_recruiters_as_decision_makers(
    cfo_plan: PlanContext, company: str, position: str
) -> None:
    verdict = judge(PersonFacts(company, position), cfo_plan)
    assert verdict.recruiter
    assert not verdict.can_hire
    assert verdict.reasons["can_hire"] == (
        "Recruiters screen candidates for the people who decide; they do not decide."
    )


def test_it_does_not_call_a_staffing_firms_ceo_a_recruiter(cfo_plan: PlanContext) -> None:
    assert not judge(PersonFacts("Acme Staffing", "CEO"), cfo_plan).recruiter


def test_it_never_counts_job_seekers_as_decision_makers(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("", "Open to Work"), cfo_plan)
    assert verdict.job_seeker
    assert not verdict.can_hire
    assert verdict.in_target_industry is False
    assert verdict.reasons["can_hire"] == (
        "They are looking for work themselves, so they are not hiring right now."
    )
    assert verdict.reasons["job_seeker"] == (
        '"Open to Work" says they are looking for work: a peer to trade leads with.'
    )


def test_it_reads_a_job_search_written_in_the_company_field(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Open to Work", "Chief Financial Officer"), cfo_plan)
    assert verdict.job_seeker
    assert verdict.seniority is None
    assert not verdict.can_hire


# (company, in_target_industry) against the CFO plan
INDUSTRY = [
    ("Stryker", True),
    ("Covidien", True),
    ("Nova Devices", True),
    ("Acme Orthopedics", True),
    ("Zenith Surgical", True),
    ("Apex Diagnostics", True),
    ("Target Corporation", False),
    ("Acme Surgical Supply", False),
    ("Acme", None),
    ("Mayo Clinic", None),
    ("Abbott Northwestern Hospital", None),
    ("University of Minnesota Medical School", None),
    ("Grace Church", None),
    ("Self-employed", None),
    ("", None),
]


@pytest.mark.parametrize(("company", "in_industry"), INDUSTRY)
def test_it_judges_the_industry_and_leaves_unknown_unknown(
    cfo_plan: PlanContext, company: str, in_industry: bool | None
) -> None:
    assert judge(PersonFacts(company, "Analyst"), cfo_plan).in_target_industry is in_industry


def test_the_industry_the_user_set_wins_over_the_name(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Acme Surgical Supply", "CEO"), cfo_plan)
    assert verdict.in_target_industry is False
    assert verdict.reasons["in_target_industry"] == (
        "You marked Acme Surgical Supply as Distribution, which is not one of your target "
        "industries."
    )
    assert not verdict.can_hire


def test_it_explains_an_industry_read_from_the_name(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Acme Orthopedics", "CEO"), cfo_plan)
    assert verdict.reasons["in_target_industry"] == (
        '"Acme Orthopedics" sounds like medical devices, one of your target industries.'
    )
    assert verdict.reasons["can_hire"].startswith(
        "CEO at Acme Orthopedics, in your target industry:"
    )


def test_it_asks_for_the_industry_when_it_cannot_tell(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Acme", "CEO"), cfo_plan)
    assert verdict.in_target_industry is None
    assert not verdict.can_hire
    assert verdict.reasons["in_target_industry"] == (
        "Rapport can't tell which industry Acme is in: set it on the company to count it."
    )
    assert verdict.reasons["can_hire"] == (
        "Rapport can't tell whether Acme is in your target industries, so it does not count "
        "them as a decision-maker yet."
    )


def test_it_finds_connectors_by_circle(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Best Buy", "Analyst", circles=("Church",)), cfo_plan)
    assert verdict.connector
    assert verdict.reasons["connector"] == (
        'You put them in your "Church" circle, one of your connector circles.'
    )


@pytest.mark.parametrize(
    ("company", "position"),
    [
        ("Grace Church", "Pastor"),
        ("Edina Chamber of Commerce", "President"),
        ("Best Buy", "Treasurer, Rotary Club of Minneapolis"),
        ("Minnesota Society of CPAs", "Executive Assistant"),
    ],
)
def test_it_finds_connectors_by_title_or_organisation(
    cfo_plan: PlanContext, company: str, position: str
) -> None:
    assert judge(PersonFacts(company, position), cfo_plan).connector


def test_it_explains_a_connector_title(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Grace Church", "Pastor"), cfo_plan)
    assert verdict.reasons["connector"] == (
        '"Pastor" is a community role: connectors know people well beyond their own field.'
    )


def test_it_does_not_call_everyone_a_connector(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Best Buy", "Analyst", circles=("work",)), cfo_plan)
    assert not verdict.connector
    assert verdict.reasons["connector"] == "Nothing marks them as a connector."


def test_it_gives_one_reason_per_judgment(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Stryker", "CEO"), cfo_plan)
    assert set(verdict.reasons) == {
        "target_company",
        "in_target_industry",
        "seniority",
        "function",
        "can_hire",
        "recruiter",
        "job_seeker",
        "connector",
    }
    assert all(reason.endswith(".") for reason in verdict.reasons.values())


def test_it_judges_a_contact_with_nothing_recorded(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("", ""), cfo_plan)
    assert (verdict.target_company, verdict.in_target_industry, verdict.seniority) == (
        None,
        None,
        None,
    )
    assert verdict.reasons["target_company"] == "No company is recorded."
    assert verdict.reasons["seniority"] == "No job title is recorded."


def test_it_asks_for_target_positions_before_finding_decision_makers() -> None:
    ctx = build_context([], ["Medical devices"], ["Stryker"])
    verdict = judge(PersonFacts("Stryker", "CEO"), ctx)
    assert not verdict.can_hire
    assert verdict.reasons["can_hire"] == (
        "Add target positions to your plan so Rapport can tell who could hire you."
    )


def test_it_builds_a_context_from_a_plan() -> None:
    plan = PlanData(
        positions=("Chief Financial Officer",),
        industries=("MedTech",),
        companies=(TargetCompanySpec("Stryker", industry="Medical devices"),),
    )
    ctx = context_for_plan(plan, connector_tags=["Church"])
    assert ctx.matcher.targets == ("Stryker",)
    assert ctx.target_industry_of == {"Stryker": "Medical devices"}
    assert ctx.connector_tags == frozenset({"church"})
    assert judge(PersonFacts("Acme Orthopedics", "CEO"), ctx).in_target_industry


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Medical Devices", "medical devices"),
        ("Medical Device", "medical devices"),
        ("MedTech", "medical devices"),
        ("Medical Equipment Manufacturing", "medical devices"),
        ("Hospitals & Health Care", "hospitals and health care"),
        ("Retail", "retail"),
    ],
)
def test_it_reads_industry_labels_the_way_users_and_linkedin_write_them(
    label: str, key: str
) -> None:
    assert industry_key(label) == key


def test_hospitals_do_not_sound_like_device_makers() -> None:
    devices = frozenset({"medical devices"})
    assert industry_signalled("acme medical", devices) == "medical devices"
    assert industry_signalled("hennepin county medical center", devices) is None


@pytest.mark.parametrize(
    ("company", "position", "reason"),
    [
        ("Stryker", "CEO", '"CEO" reads as a C-level executive.'),
        (
            "Medtronic",
            "Board Member",
            '"Board Member" is a board seat: it oversees the organisation rather than a team.',
        ),
        ("Grace Church", "Pastor", '"Pastor" does not say how senior they are.'),
        ("", "Open to Work", "They are looking for work, so they hold no rank anywhere right now."),
    ],
)
def test_it_explains_seniority_in_one_sentence(
    cfo_plan: PlanContext, company: str, position: str, reason: str
) -> None:
    assert judge(PersonFacts(company, position), cfo_plan).reasons["seniority"] == reason


def test_it_names_the_industry_the_plan_gives_a_target(cfo_plan: PlanContext) -> None:
    verdict = judge(PersonFacts("Stryker", "CEO"), cfo_plan)
    assert verdict.reasons["in_target_industry"] == (
        "Stryker is one of your target companies in Medical devices."
    )


def test_contacts_whose_titles_read_alike_get_the_same_verdicts(cfo_plan: PlanContext) -> None:
    """An import judges one title per reading and company: verdict_key must say when."""
    titles = [title for title, _, _ in TITLES]
    # Titles that read alike without being written alike, and quoted in every reason.
    titles += [f"{title}  " for title in titles[:40]] + [t.upper() for t in titles[:40]]
    companies = [
        "Stryker",
        "Covidien",
        "Nova Devices Inc.",
        "Robert Half",
        "Rotary Club of Edina",
        "Open to work",
        "Target Corporation",
        "",
    ]
    verdicts: dict[object, tuple[object, ...]] = {}
    shared = 0
    for company in companies:
        for title in titles:
            for circles in ((), ("church",)):
                person = PersonFacts(company=company, position=title, circles=circles)
                found = replace(judge(person, cfo_plan), reasons={})
                key = verdict_key(person)
                shared += key in verdicts
                assert verdicts.setdefault(key, (found,)) == (found,), (company, title)
    # The check means something only if many titles share a reading.
    assert shared > len(companies) * len(titles)
