import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport.core.former_employers import former_employers
from rapport.core.titles import (
    FUNCTIONS,
    SENIORITY_LEVELS,
    is_connector_org,
    is_recruiting_firm,
    read_title,
)

# (title as written on LinkedIn, seniority, function)
TITLES = [
    ("Sr. Director, Global Supply Chain", "director", "operations"),
    ("VP, Finance & Treasurer", "vp", "finance"),
    ("Chief Executive Officer", "cxo", "general_management"),
    ("President & CEO", "cxo", "general_management"),
    ("CEO", "cxo", "general_management"),
    ("C.E.O.", "cxo", "general_management"),
    ("Account Manager", "senior", "sales"),
    ("Senior Account Manager", "senior", "sales"),
    ("Key Account Manager", "senior", "sales"),
    ("Associate Account Manager", "entry", "sales"),
    ("Product Manager", "manager", "product"),
    ("Associate Product Manager", "entry", "product"),
    ("Group Product Manager", "manager", "product"),
    ("Project Manager", "manager", "operations"),
    ("Senior Program Manager", "manager", "operations"),
    ("Head of FP&A", "director", "finance"),
    ("Co-Founder", "owner", "general_management"),
    ("Co-founder & CTO", "owner", "general_management"),
    ("Founder and CEO at Acme", "owner", "general_management"),
    ("Owner", "owner", "general_management"),
    ("Self-Employed", "owner", "general_management"),
    ("Board Member", "cxo", "general_management"),
    ("Board Director", "cxo", "general_management"),
    ("Non-Executive Director", "cxo", "general_management"),
    ("Trustee", "cxo", "general_management"),
    ("Chairman of the Board", "cxo", "general_management"),
    ("Chair of the Board", "cxo", "general_management"),
    ("Chairman & CEO", "cxo", "general_management"),
    ("Advisory Board Member", "senior", "general_management"),
    ("Open to Work", None, "other"),
    ("Talent Acquisition Partner", "senior", "hr_recruiting"),
    ("Senior Recruiter at Robert Half", "senior", "hr_recruiting"),
    ("Recruiting Coordinator", "entry", "hr_recruiting"),
    ("Talent Sourcer", "entry", "hr_recruiting"),
    ("HR Business Partner", "senior", "hr_recruiting"),
    ("HR Manager", "manager", "hr_recruiting"),
    ("People Operations Manager", "manager", "hr_recruiting"),
    ("Chief People Officer", "cxo", "hr_recruiting"),
    ("CHRO", "cxo", "hr_recruiting"),
    ("Pastor", None, "other"),
    ("President, Edina Chamber of Commerce", "cxo", "general_management"),
    ("Geschäftsführer", "cxo", "general_management"),
    ("Geschäftsführerin", "cxo", "general_management"),
    ("Geschaeftsfuehrer", "cxo", "general_management"),
    ("Vorstand Finanzen", "cxo", "finance"),
    ("Vorstandsvorsitzender", "cxo", "general_management"),
    ("Leiter Finanzen", "director", "finance"),
    ("Leiterin Vertrieb", "director", "sales"),
    ("Vertriebsleiter", "director", "sales"),
    ("Abteilungsleiter Controlling", "director", "finance"),
    ("Teamleiter Einkauf", "manager", "operations"),
    ("Projektleiter", "manager", "operations"),
    ("Praktikant", "unpaid", "other"),
    ("Werkstudent", "training", "other"),
    ("Auszubildender", "training", "other"),
    ("Inhaber", "owner", "general_management"),
    ("Directeur Administratif et Financier", "cxo", "finance"),
    ("Directrice Administrative et Financière", "cxo", "finance"),
    ("DAF", "cxo", "finance"),
    ("Directeur Financier", "cxo", "finance"),
    ("Directeur Général", "cxo", "general_management"),
    ("Directrice Générale", "cxo", "general_management"),
    ("PDG", "cxo", "general_management"),
    ("Directeur Commercial", "director", "sales"),
    ("Responsable Marketing", "manager", "marketing"),
    ("Responsable RH", "manager", "hr_recruiting"),
    ("Chef de projet", "manager", "operations"),
    ("Stagiaire", "unpaid", "other"),
    ("Fondateur", "owner", "general_management"),
    ("Gerente de Ventas", "manager", "sales"),
    ("Gerente General", "cxo", "general_management"),
    ("Director de Operaciones", "director", "operations"),
    ("Directora de Marketing", "director", "marketing"),
    ("Jefe de Compras", "manager", "operations"),
    ("Becario", "unpaid", "other"),
    ("Fundadora", "owner", "general_management"),
    ("Ingeniero de Software", "entry", "engineering"),
    ("Analista Financiero", "entry", "finance"),
    ("Directeur", "director", "other"),
    ("Algemeen Directeur", "cxo", "general_management"),
    ("Eigenaar", "owner", "general_management"),
    ("Oprichter", "owner", "general_management"),
    ("Stagiair", "unpaid", "other"),
    ("Amministratore Delegato", "cxo", "general_management"),
    ("Direttore Commerciale", "director", "sales"),
    ("Direttore Generale", "cxo", "general_management"),
    ("Responsabile Acquisti", "manager", "operations"),
    ("Intern", "unpaid", "other"),
    ("Finance Intern", "unpaid", "finance"),
    ("Summer Internship", "unpaid", "other"),
    ("Marketing Intern, Office of the CEO", "unpaid", "marketing"),
    ("Trainee", "training", "other"),
    ("Management Trainee", "training", "other"),
    ("Apprentice Electrician", "training", "other"),
    ("Graduate Trainee, Finance", "training", "finance"),
    ("Student", "training", "other"),
    ("PhD Student", "training", "other"),
    ("Staff Accountant", "entry", "finance"),
    ("Accountant", "entry", "finance"),
    ("Senior Accountant", "senior", "finance"),
    ("Controller", "director", "finance"),
    ("Corporate Controller", "director", "finance"),
    ("Assistant Controller", "manager", "finance"),
    ("Treasurer", "director", "finance"),
    ("Assistant Treasurer", "manager", "finance"),
    ("Managing Director", "vp", "general_management"),
    ("Managing Director, Investment Banking", "vp", "finance"),
    ("AVP, Credit Risk", "vp", "finance"),
    ("Assistant Vice President", "vp", "other"),
    ("Vice President", "vp", "other"),
    ("VP Operations", "vp", "operations"),
    ("SVP Operations", "vp", "operations"),
    ("EVP & Chief Financial Officer", "cxo", "finance"),
    ("Executive Vice President, Sales", "vp", "sales"),
    ("Senior Vice President, Global Operations", "vp", "operations"),
    ("Svp, Human Resources", "vp", "hr_recruiting"),
    ("V.P. of HR", "vp", "hr_recruiting"),
    ("Vice-President Finance", "vp", "finance"),
    ("Principal Engineer", "senior", "engineering"),
    ("Principal R&D Engineer", "senior", "engineering"),
    ("Staff Software Engineer", "senior", "engineering"),
    ("Software Engineer", "entry", "engineering"),
    ("Senior Software Engineer", "senior", "engineering"),
    ("Sr. Software Engineer II", "senior", "engineering"),
    ("Lead Engineer", "senior", "engineering"),
    ("Engineering Manager", "manager", "engineering"),
    ("Director of Engineering", "director", "engineering"),
    ("Chief Technology Officer", "cxo", "engineering"),
    ("CTO", "cxo", "engineering"),
    ("Data Scientist", "entry", "engineering"),
    ("Nurse Manager", "manager", "healthcare"),
    ("RN", "entry", "healthcare"),
    ("Registered Nurse", "entry", "healthcare"),
    ("Charge Nurse", "entry", "healthcare"),
    ("Nurse Practitioner", "senior", "healthcare"),
    ("Physician", "senior", "healthcare"),
    ("Chief Medical Officer", "cxo", "healthcare"),
    ("Chief Nursing Officer", "cxo", "healthcare"),
    ("Professor", "senior", "education"),
    ("Associate Professor of Finance", "senior", "education"),
    ("Adjunct Professor", "senior", "education"),
    ("Teacher", "entry", "education"),
    ("High School Principal", "director", "education"),
    ("Assistant Principal", "manager", "education"),
    ("Dean of Students", "director", "education"),
    ("Principal", "partner", "general_management"),
    ("Principal, Private Equity", "partner", "finance"),
    ("Partner", "partner", "general_management"),
    ("Managing Partner", "partner", "general_management"),
    ("Audit Partner", "partner", "finance"),
    ("Associate Partner", "director", "general_management"),
    ("General Manager", "director", "general_management"),
    ("GM, Medical Devices", "director", "general_management"),
    ("VP & General Manager, Diagnostics", "vp", "general_management"),
    ("Country Manager, Germany", "director", "general_management"),
    ("Executive Director", "director", "general_management"),
    ("General Counsel", "cxo", "legal"),
    ("Associate General Counsel", "senior", "legal"),
    ("Deputy General Counsel", "vp", "legal"),
    ("Attorney", "senior", "legal"),
    ("Paralegal", "entry", "legal"),
    ("Compliance Manager", "manager", "legal"),
    ("IT Manager", "manager", "it"),
    ("IT Director", "director", "it"),
    ("CIO", "cxo", "it"),
    ("CISO", "cxo", "it"),
    ("Help Desk Technician", "entry", "it"),
    ("Systems Administrator", "entry", "it"),
    ("Marketing Manager", "manager", "marketing"),
    ("Senior Marketing Manager", "manager", "marketing"),
    ("Brand Manager", "senior", "marketing"),
    ("Director of Product Marketing", "director", "marketing"),
    ("Chief Marketing Officer", "cxo", "marketing"),
    ("CMO", "cxo", "marketing"),
    ("Social Media Manager", "senior", "marketing"),
    ("Marketing Coordinator", "entry", "marketing"),
    ("Sales Representative", "entry", "sales"),
    ("Inside Sales Rep", "entry", "sales"),
    ("Territory Manager", "senior", "sales"),
    ("Regional Sales Director", "director", "sales"),
    ("Vice President of Sales & Marketing", "vp", "sales"),
    ("Chief Revenue Officer", "cxo", "sales"),
    ("Business Development Manager", "manager", "sales"),
    ("Customer Success Manager", "senior", "sales"),
    ("Account Executive", "entry", "sales"),
    ("Medical Sales Representative", "entry", "sales"),
    ("Clinical Specialist", "entry", "healthcare"),
    ("Operations Manager", "manager", "operations"),
    ("Plant Manager", "manager", "operations"),
    ("Supply Chain Analyst", "entry", "operations"),
    ("Procurement Manager", "manager", "operations"),
    ("Director of Quality", "director", "operations"),
    ("Chief Operating Officer", "cxo", "operations"),
    ("COO", "cxo", "operations"),
    ("President & COO", "cxo", "general_management"),
    ("Financial Analyst", "entry", "finance"),
    ("Senior Financial Analyst", "senior", "finance"),
    ("FP&A Manager", "manager", "finance"),
    ("Sr Mgr, FP&A", "manager", "finance"),
    ("Dir. of HR", "director", "hr_recruiting"),
    ("Director - Finance", "director", "finance"),
    ("Finance Director - EMEA", "director", "finance"),
    ("CFO", "cxo", "finance"),
    ("Chief Financial Officer", "cxo", "finance"),
    ("CFO @ Medtronic", "cxo", "finance"),
    ("Interim CFO", "cxo", "finance"),
    ("Fractional CFO", "cxo", "finance"),
    ("Executive Assistant", "entry", "other"),
    ("Executive Assistant to the CEO", "entry", "other"),
    ("Administrative Assistant", "entry", "other"),
    ("Chief of Staff to the CEO", "director", "other"),
    ("Office Manager", "manager", "other"),
    ("Store Manager", "manager", "other"),
    ("Shift Supervisor", "manager", "other"),
    ("Consultant", "entry", "other"),
    ("Senior Consultant", "senior", "other"),
    ("Financial Advisor", "senior", "finance"),
    ("Realtor", None, "other"),
    ("Volunteer", "unpaid", "other"),
    ("Volunteer Coordinator", "entry", "other"),
    ("Retired", None, "other"),
    ("Retired CFO", None, "finance"),
    ("Former VP Finance", None, "finance"),
    ("In transition", None, "other"),
    ("Seeking CFO role", None, "finance"),
    ("#OpenToWork | Controller", None, "finance"),
    ("Finance Executive | Open to Work", None, "finance"),
    ("Career Break", None, "other"),
    ("🚀 Founder | CEO ✨", "owner", "general_management"),
    ("CEO 👋 | Speaker | Author", "cxo", "general_management"),
    ("Helping companies grow | CFO", "cxo", "finance"),
    ("***", None, "other"),
    ("", None, "other"),
    ("   ", None, "other"),
    ("Elder", None, "other"),
    ("Deacon, St. Mark's Church", None, "other"),
    ("Rabbi", None, "other"),
    ("Department Chair", "director", "education"),
    ("Co-Chair, Diversity Council", "senior", "hr_recruiting"),
    ("Chair, Audit Committee", "senior", "finance"),
    ("Product Owner", "senior", "product"),
    ("Entrepreneur in Residence", "senior", "general_management"),
    ("Head Coach", None, "other"),
]


@pytest.mark.parametrize(("title", "seniority", "function"), TITLES)
def test_it_reads_seniority_and_function(title: str, seniority: str | None, function: str) -> None:
    facts = read_title(title)
    assert (facts.seniority, facts.function) == (seniority, function)


def test_the_table_covers_at_least_150_real_titles() -> None:
    assert len({title for title, _, _ in TITLES}) >= 150


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Account Manager", "senior"),
        ("Customer Success Manager", "senior"),
        # LinkedIn files product, project and programme managers at Manager.
        ("Product Manager", "manager"),
        ("Project Manager", "manager"),
        ("Programme Manager", "manager"),
        ("Technical Program Manager", "manager"),
        ("Group Product Manager", "manager"),
        ("Associate Product Manager", "entry"),
    ],
)
def test_it_reads_manager_titles_as_linkedin_does(title: str, level: str) -> None:
    assert read_title(title).seniority == level


@pytest.mark.parametrize(
    "title",
    [
        "Vice President",
        "Vice-President, Finance",
        "VP of Sales",
        "V.P. Marketing",
        "SVP Operations",
        "Senior Vice President",
        "EVP, Human Resources",
        "Executive Vice President",
        "AVP Finance",
        "Assistant Vice President",
        "Associate Vice President of Marketing",
        "Group Vice President",
        "Regional Vice President, Sales",
        "Area Vice President",
        "Corporate Vice President",
        "First Vice President",
        "Divisional Vice President",
        "Vicepresidente de Finanzas",
        "Vice-présidente Marketing",
        "Vizepräsident Vertrieb",
    ],
)
def test_every_vice_president_variant_is_a_vice_president(title: str) -> None:
    assert read_title(title).seniority == "vp"


@pytest.mark.parametrize(
    "title",
    [
        "Talent Acquisition Partner",
        "Senior Recruiter at Robert Half",
        "Recruiting Coordinator",
        "Talent Sourcer",
        "Executive Recruiter",
        "Headhunter",
        "Technical Recruiter",
        "Talent Acquisition Manager",
        "Chargée de recrutement",
        "Personalberater",
        "Executive Search Consultant",
        "Staffing Manager",
    ],
)
def test_it_recognises_recruiters(title: str) -> None:
    assert read_title(title).is_recruiter


@pytest.mark.parametrize(
    "title",
    [
        "HR Business Partner",
        "HR Manager",
        "Chief People Officer",
        "Sourcing Manager",
        "Director of People Operations",
        "VP Finance at Acme Staffing",
    ],
)
def test_it_does_not_take_hr_or_procurement_for_recruiting(title: str) -> None:
    assert not read_title(title).is_recruiter


@pytest.mark.parametrize(
    "title",
    [
        "Open to Work",
        "#OpenToWork | Controller",
        "Seeking CFO role",
        "In transition",
        "In Career Transition",
        "Actively looking for new opportunities",
        "Looking for new opportunities",
        "Between roles",
        "Career Break",
        "Job Seeker",
        "Open to new opportunities",
        "En recherche d'emploi",
        "Auf Jobsuche",
        "Buscando empleo",
        "Finance Executive | Open to Work",
    ],
)
def test_it_recognises_job_seekers_and_gives_them_no_seniority(title: str) -> None:
    facts = read_title(title)
    assert facts.is_job_seeker
    assert facts.seniority is None


@pytest.mark.parametrize(
    "title",
    [
        "Retired",
        "CFO",
        "Looking for talented engineers, we're hiring",
        "Recruiter",
        "Writer at Seeking Alpha",
    ],
)
def test_it_does_not_take_others_for_job_seekers(title: str) -> None:
    assert not read_title(title).is_job_seeker


@pytest.mark.parametrize(
    "title",
    [
        "Pastor",
        "Rabbi",
        "Imam",
        "Priest",
        "Deacon, St. Mark's Church",
        "Elder",
        "Youth Pastor",
        "Worship Leader",
        "Music Minister",
        "Kiwanis Club President",
        "Lions Club Member",
        "Rotarian",
        "President, Edina Chamber of Commerce",
        "Board Member",
        "Trustee",
        "Neighborhood Association President",
        "PTA President",
        "Chapter President, AFP Twin Cities",
        "Member, Minnesota Society of CPAs",
        "Alumni Association Board Member",
        "Volunteer",
        "Treasurer, Rotary Club of Minneapolis",
        "Church Administrator",
        "Scoutmaster",
        "Meetup Organizer",
        "Advisory Board Member",
    ],
)
def test_it_recognises_connector_roles(title: str) -> None:
    assert read_title(title).is_connector_role


@pytest.mark.parametrize(
    "title",
    [
        "Minister of Finance",
        "Elder Law Attorney",
        "President's Club Winner, Account Executive",
        "Director, Sam's Club",
        "Network Engineer",
        "Chief Executive Officer",
        "Chairman & CEO",
        "Professor at Temple University",
    ],
)
def test_it_does_not_take_look_alike_words_for_connector_roles(title: str) -> None:
    assert not read_title(title).is_connector_role


@pytest.mark.parametrize(
    "title", ["Board Member", "Chairman of the Board", "Non-Executive Director", "Trustee", "Chair"]
)
def test_it_marks_board_seats(title: str) -> None:
    facts = read_title(title)
    assert facts.is_board
    assert facts.seniority == "cxo"


@pytest.mark.parametrize(
    "title",
    [
        "Chairman & CEO",
        "CFO & Board Member",
        "Advisory Board Member",
        "Co-Chair, Diversity Council",
        "Department Chair",
    ],
)
def test_it_does_not_mark_executives_or_committee_chairs_as_board_seats(title: str) -> None:
    assert not read_title(title).is_board


def test_it_takes_the_first_role_of_a_headline() -> None:
    facts = read_title("CFO | Board Member | Advisor")
    assert (facts.seniority, facts.function, facts.is_board) == ("cxo", "finance", False)


def test_it_never_reads_the_employer_as_a_role() -> None:
    assert read_title("Analyst at CEO Forum").seniority == "entry"
    assert read_title("Engineer @ Founders Fund").seniority == "entry"


def test_it_skips_former_roles() -> None:
    assert read_title("Former CEO").seniority is None
    assert read_title("Ex-CFO | Finance Advisor").seniority == "senior"


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        (
            "Chief Executive Officer",
            '"Chief Executive Officer" reads as a C-level executive in general management.',
        ),
        ("Open to Work", '"Open to Work" says they are looking for work.'),
        ("Retired CFO", '"Retired CFO" says they have retired.'),
        (
            "Board Member",
            '"Board Member" is a board seat: it oversees the organisation rather than a team. '
            "It is a community role: someone who knows people beyond their field.",
        ),
        ("", "No job title is recorded."),
        ("Realtor", '"Realtor" names no level or function Rapport knows.'),
        (
            "Talent Acquisition Partner",
            '"Talent Acquisition Partner" reads as an experienced individual contributor in HR '
            "and recruiting. It is a recruiting role: a gatekeeper, not the person who decides.",
        ),
    ],
)
def test_it_explains_its_reading_in_plain_words(title: str, reason: str) -> None:
    assert read_title(title).reason == reason


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Grace Lutheran Church", True),
        ("Edina Chamber of Commerce", True),
        ("Rotary Club of Minneapolis", True),
        ("Minnesota Society of CPAs", True),
        ("Sam's Club", False),
        ("Medtronic", False),
        ("", False),
    ],
)
def test_it_recognises_community_organisations_by_name(name: str, expected: bool) -> None:
    assert is_connector_org(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Robert Half", False),
        ("Acme Staffing", True),
        ("Heidrick Executive Search", True),
        ("Kforce Recruiting", True),
        ("Medtronic", False),
    ],
)
def test_it_recognises_staffing_firms_by_name(name: str, expected: bool) -> None:
    assert is_recruiting_firm(name) is expected


@given(st.text(max_size=80))
def test_it_reads_any_text_into_known_levels_and_functions(title: str) -> None:
    facts = read_title(title)
    assert facts.seniority is None or facts.seniority in SENIORITY_LEVELS
    assert facts.function in FUNCTIONS
    assert facts.reason


@pytest.mark.parametrize(
    ("title", "seeker"),
    [
        ("Former Director of FP&A at Medtronic | Open to Work", True),
        ("Former VP Sales at 3M | Seeking my next role", True),
        ("CFO at Acme | Open to Work", True),
        ("Open to Work | Former Controller", True),
        ("Finance leader · open to new opportunities", True),
        ("Writer at Seeking Alpha", False),
        ("Director at Open Road Films", False),
        ("Recruiter | Hiring engineers", False),
    ],
)
def test_job_seeker_signals_count_anywhere_in_the_headline(title: str, seeker: bool) -> None:
    assert read_title(title).is_job_seeker is seeker


@pytest.mark.parametrize(
    ("title", "employers"),
    [
        ("Former Director of FP&A at Medtronic | Open to Work", ("Medtronic",)),
        ("Ex-Medtronic | Finance leader", ("Medtronic",)),
        ("Previously: Controller at Stryker", ("Stryker",)),
        ("Former CFO @ Boston Scientific; now advising startups", ("Boston Scientific",)),
        ("Formerly at Abbott and Medtronic", ("Abbott", "Medtronic")),
        ("Ancien directeur financier chez Danone", ("Danone",)),
        ("Ehemaliger Vertriebsleiter bei Siemens", ("Siemens",)),
        ("CFO at Acme", ()),
        ("Writer at Seeking Alpha", ()),
        ("", ()),
    ],
)
def test_former_employers_are_read_from_the_headline(
    title: str, employers: tuple[str, ...]
) -> None:
    assert former_employers(title) == employers
