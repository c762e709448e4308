import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.core.companies import CompanyMatcher, company_key

TARGETS = [
    "Medtronic",
    "Stryker",
    "Boston Scientific",
    "Abbott",
    "Becton Dickinson",
    "Johnson & Johnson",
    "Baxter",
    "Zimmer Biomet",
    "GE HealthCare",
    "3M",
    "Smith & Nephew",
    "Intuitive Surgical",
]


@pytest.fixture(scope="module")
def matcher() -> CompanyMatcher:
    return CompanyMatcher(TARGETS, aliases={"Covidien": "Medtronic", "MDT": "Medtronic"})


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Medtronic plc", "medtronic"),
        ("medtronic", "medtronic"),
        ("Medtronic", "medtronic"),
        ("MEDTRONIC, INC.", "medtronic"),
        ("  Medtronic   PLC ", "medtronic"),
        ("Stryker Corp.", "stryker"),
        ("Stryker Corporation", "stryker"),
        ("Boston Scientific Corporation", "boston scientific"),
        ("Siemens Healthineers AG", "siemens healthineers"),
        ("Siemens Healthcare GmbH", "siemens healthcare"),
        ("Koninklijke Philips N.V.", "koninklijke philips"),
        ("Nestlé S.A.", "nestle"),
        ("Acme LLC", "acme"),
        ("Acme Ltd.", "acme"),
        ("Acme Limited", "acme"),
        ("Acme Co.", "acme"),
        ("Fresenius Medical Care AG & Co. KGaA", "fresenius medical care"),
        ("Zimmer Biomet Holdings, Inc.", "zimmer biomet"),
        ("UnitedHealth Group", "unitedhealth"),
        ("Group Health", "group health"),
        ("The Home Depot", "home depot"),
        ("The Boston Consulting Group", "boston consulting"),
        ("Johnson & Johnson", "johnson and johnson"),
        ("Johnson and Johnson", "johnson and johnson"),
        ("J&J", "johnson and johnson"),
        ("Smith+Nephew", "smith and nephew"),
        ("Procter & Gamble Co.", "procter and gamble"),
        ("Becton, Dickinson and Company", "becton dickinson"),
        ("BD", "becton dickinson"),
        ("BD (Becton Dickinson)", "becton dickinson"),
        ("GE HealthCare Technologies Inc.", "ge healthcare"),
        ("General Electric", "ge"),
        ("3M Company", "3m"),
        ("Bristol-Myers Squibb Company", "bristol myers squibb"),
        ("U.S. Bank", "us bank"),
        ("Bank of America, N.A.", "bank of america"),
        ("St. Jude Medical, Inc.", "st jude medical"),
    ],
)
def test_it_keys_company_names(name: str, key: str) -> None:
    assert company_key(name) == key


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "Self-employed",
        "Self Employed",
        "Freelance",
        "Independent Consultant",
        "Confidential",
        "Stealth Startup",
        "Stealth Mode",
        "Retired",
        "Unemployed",
        "N/A",
        "Various",
        "Seeking new opportunities",
        "Open to Work",
        "Career Break",
    ],
)
def test_it_gives_no_key_to_names_that_are_not_employers(name: str) -> None:
    assert company_key(name) == ""


def test_it_keeps_a_lone_legal_word_as_the_name() -> None:
    assert company_key("Group") == "group"
    assert company_key("The") == "the"


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("Medtronic plc", "Medtronic"),
        ("MEDTRONIC, INC.", "Medtronic"),
        ("medtronic", "Medtronic"),
        ("Stryker Corporation", "Stryker"),
        ("BD", "Becton Dickinson"),
        ("Becton, Dickinson and Company", "Becton Dickinson"),
        ("J&J", "Johnson & Johnson"),
        ("Smith and Nephew", "Smith & Nephew"),
        ("GE HealthCare Technologies Inc.", "GE HealthCare"),
        ("3M Company", "3M"),
        ("Zimmer Biomet Holdings, Inc.", "Zimmer Biomet"),
        ("Baxter International Inc.", "Baxter"),
        ("Abbott Laboratories", "Abbott"),
    ],
)
def test_it_matches_the_same_employer_written_differently(
    matcher: CompanyMatcher, name: str, target: str
) -> None:
    assert matcher.match(name) == target


@pytest.mark.parametrize(("name", "target"), [("Covidien LLC", "Medtronic"), ("MDT", "Medtronic")])
def test_it_matches_user_confirmed_aliases(matcher: CompanyMatcher, name: str, target: str) -> None:
    assert matcher.match(name) == target


def test_it_ignores_aliases_pointing_at_companies_that_are_not_targets() -> None:
    matcher = CompanyMatcher(["Stryker"], aliases={"Covidien": "Medtronic"})
    assert matcher.match("Covidien") is None


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("Medtronic Diabetes", "Medtronic"),
        ("Medtronic - Diabetes Division", "Medtronic"),
        ("Medtronic Ireland", "Medtronic"),
        ("Stryker Orthopaedics", "Stryker"),
        ("Abbott Diagnostics", "Abbott"),
        ("Abbott Nutrition", "Abbott"),
        ("Johnson & Johnson MedTech", "Johnson & Johnson"),
        ("Boston Scientific Neuromodulation", "Boston Scientific"),
        ("Stryker EMEA", "Stryker"),
    ],
)
def test_it_matches_divisions_and_regions_of_a_target(
    matcher: CompanyMatcher, name: str, target: str
) -> None:
    assert matcher.match(name) == target


@pytest.mark.parametrize(
    ("name", "target"),
    [("Medtronc", "Medtronic"), ("Boston Scientifc", "Boston Scientific")],
)
def test_it_forgives_a_typo_in_a_long_name(matcher: CompanyMatcher, name: str, target: str) -> None:
    assert matcher.match(name) == target


@pytest.mark.parametrize(
    "name",
    [
        "Abbott Northwestern Hospital",
        "AbbVie",
        "Boston Medical Center",
        "Boston Properties",
        "Johnson Controls",
        "Baxters",
        "Baxter Credit Union",
        "Striker",
        "Smith & Wesson",
        "3M Health Care Credit Union",
        "Medtronic Foundation",
        "Zimmer",
        "GE",
        "Intuitive",
        "Acme",
        "",
        "Self-employed",
    ],
)
def test_it_does_not_match_near_miss_employers(matcher: CompanyMatcher, name: str) -> None:
    assert matcher.match(name) is None


def test_it_does_not_shorten_a_target_to_a_generic_first_word() -> None:
    matcher = CompanyMatcher(["Acme Medical"])
    assert matcher.match("Acme") is None
    assert matcher.match("Acme Medical Inc.") == "Acme Medical"


def test_it_keeps_target_display_names_in_plan_order(matcher: CompanyMatcher) -> None:
    assert matcher.targets[:3] == ("Medtronic", "Stryker", "Boston Scientific")


def test_it_matches_nothing_without_targets() -> None:
    assert CompanyMatcher([]).match("Medtronic") is None


_NAMES = st.text(alphabet=st.characters(codec="ascii", exclude_categories=["Cc"]), max_size=40)


@given(_NAMES)
def test_a_key_is_its_own_key(name: str) -> None:
    key = company_key(name)
    assert company_key(key) == key


@given(_NAMES)
def test_keys_ignore_case_and_surrounding_space(name: str) -> None:
    assert company_key(f"  {name.upper()} ") == company_key(name.lower())


@given(st.lists(st.sampled_from(["Medtronic", "Inc.", "plc", "AG", "&", "Co.", "The", "Group"])))
def test_keys_of_stacked_legal_words_are_stable(words: list[str]) -> None:
    key = company_key(" ".join(words))
    assert company_key(key) == key
