"""Data tables for scripts/make_demo.py: names, companies, titles and texts of the demo personas.

Every person is fictional. Companies are real names, used the way a job seeker's own files would
use them; work e-mail domains end in ``.example`` and personal ones are example.com/.net/.org.
"""

from __future__ import annotations

# fmt: off
FIRST_NAMES = (
    "Amy", "Andrea", "Angela", "Anna", "Barbara", "Beth", "Brenda", "Carmen", "Carol",
    "Catherine", "Christine", "Cynthia", "Deborah", "Denise", "Diane", "Elena", "Emily", "Erin",
    "Fatima", "Gina", "Grace", "Hannah", "Heather", "Ifrah", "Jacqueline", "Janet", "Jennifer",
    "Jessica", "Jill", "Joan", "Julie", "Kara", "Katherine", "Kelly", "Kimberly", "Kristin",
    "Laura", "Leah", "Linda", "Lisa", "Mai", "Maria", "Megan", "Melissa", "Michelle", "Monica",
    "Nancy", "Natalie", "Nicole", "Pa Houa", "Patricia", "Rachel", "Rebecca", "Rosa", "Samira",
    "Sandra", "Sara", "Shannon", "Sonia", "Stephanie", "Susan", "Tamara", "Teresa", "Tracy",
    "Valerie", "Wendy", "Xia", "Yasmin", "Zainab", "Aaron", "Abdi", "Adam", "Ahmed", "Alex",
    "Andrew", "Anthony", "Ben", "Brandon", "Brian", "Bruce", "Carlos", "Chad", "Chris", "Craig",
    "Daniel", "Darnell", "David", "Derek", "Eric", "Ethan", "Gary", "Hector", "Ian", "Jake",
    "James", "Jason", "Jeff", "Jerome", "Joel", "John", "Jon", "Jorge", "Joseph", "Josh",
    "Justin", "Keith", "Ken", "Kevin", "Kyle", "Luis", "Marcus", "Matt", "Michael", "Miguel",
    "Mohamed", "Nathan", "Neil", "Nick", "Omar", "Pat", "Paul", "Peter", "Raj", "Ray", "Rick",
    "Rob", "Ryan", "Sam", "Scott", "Sean", "Steve", "Tim", "Todd", "Tony", "Travis", "Trevor",
    "Troy", "Vikram", "Wei", "Will", "Yusuf", "Zach", "Chao", "Hiroshi", "Jin", "Kwame", "Tou",
    "José", "Søren", "Zoë", "Aditi", "Meera", "Priyanka", "Arjun", "Hyun-woo", "Min-jung",
)
LAST_NAMES = (
    "Anderson", "Johnson", "Olson", "Peterson", "Nelson", "Larson", "Swanson", "Lindqvist",
    "Bergstrom", "Carlson", "Erickson", "Hanson", "Jensen", "Kowalski", "Schmidt", "Mueller",
    "Schultz", "Wagner", "Becker", "Hoffman", "Klein", "Meyer", "Novak", "Nguyen", "Tran", "Pham",
    "Le", "Vang", "Xiong", "Yang", "Lor", "Her", "Moua", "Thao", "Hassan", "Mohamed", "Ali",
    "Farah", "Warsame", "Osman", "Garcia", "Martinez", "Rodriguez", "Hernandez", "Lopez",
    "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz",
    "Cruz", "Morales", "Ortiz", "Gutiérrez", "Patel", "Shah", "Singh", "Kumar", "Gupta", "Rao",
    "Iyer", "Reddy", "Nair", "Mehta", "Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Lin", "Wu",
    "Kim", "Lee", "Park", "Choi", "Kang", "Tanaka", "Sato", "Nakamura", "Williams", "Brown",
    "Jones", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Thomas", "Jackson", "White",
    "Harris", "Martin", "Thompson", "Robinson", "Clark", "Lewis", "Walker", "Hall", "Allen",
    "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Hill", "Campbell", "Mitchell",
    "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart",
    "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Bailey", "Reed", "Kelly", "Howard", "Ward",
    "Richardson", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers",
    "Ross", "Foster", "Okafor", "Adeyemi", "Mensah", "Owusu", "Diallo", "O'Brien", "O'Connor",
    "McCarthy", "Sullivan", "Byrne", "Gunderson", "Thorson", "Ostlund", "Dahl", "Haugen",
    "Solberg", "Aune", "Berg", "Engstrom", "Sorensen", "Christensen", "Rasmussen", "Van Dyke",
    "De La Cruz", "St. Pierre", "García-López", "Wojcik", "Nowak", "Kaminski", "Ivanova",
    "Petrov", "Haddad", "Khoury", "Abboud", "Friedman", "Goldberg", "Rosen", "Cohen",
)

# fmt: on
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
AREA_CODES = ("612", "651", "952", "763")
EDINA_STREETS = (
    "Halifax Ave S",
    "Wooddale Ave",
    "Brookside Ave",
    "W 56th St",
    "Grimes Ave S",
    "Kellogg Ave",
    "Concord Ave",
    "Oaklawn Ave",
    "Fuller St",
    "W 58th St",
    "Beard Ave S",
    "Drexel Ave",
)
COFFEE_SHOPS = (
    "Starbucks, 3939 W 50th St, Edina, MN 55424, USA",
    "Caribou Coffee, 5011 France Ave S, Minneapolis, MN 55410, USA",
    "Dunn Brothers Coffee, 6550 York Ave S, Edina, MN 55435, USA",
    "Starbucks, 6801 France Ave S, Edina, MN 55435, USA",
    "Spyhouse Coffee, 945 Broadway St NE, Minneapolis, MN 55413, USA",
    "Caribou Coffee",
    "Panera Bread, Southdale Center",
    "Starbucks",
    "",
)
RESTAURANTS = (
    "Salut Bar Americain, 5034 France Ave S, Edina, MN 55424, USA",
    "Pinstripes Edina",
    "Perkins",
    "Yard House, Southdale",
    "Cafe Latte, 850 Grand Ave, St Paul, MN 55105, USA",
    "Hell's Kitchen",
    "",
)

# --- Scattered: Lorraine Halvorsen, former CFO ------------------------------------------------
SCATTERED = {
    "first": "Lorraine",
    "last": "Halvorsen",
    "email": "lorraine.halvorsen@example.com",
    "employer": "Northstar Surgical Instruments",
    "headline": "Former CFO, Northstar Surgical Instruments | Finance executive",
    "location": "Edina, Minnesota (Minneapolis–St. Paul)",
    "booking_link": "https://calendly.com/lorraine-halvorsen/30min",
    "positions": ("Chief Financial Officer", "VP Finance"),
    "industries": ("Medical devices",),
    "geography": ("Minneapolis–St. Paul", "Remote (US)"),
    "decision_makers": (
        "CEOs of mid-size device makers",
        "CFOs of large device makers hiring a VP Finance",
        "Private-equity operating partners with medtech portfolios",
        "Board members and audit-committee chairs of medtech companies",
    ),
    "peers": (
        "Finance leaders (VP, Director, Controller) at medical-device companies",
        "Medtech investment bankers, auditors and attorneys",
    ),
    "connectors": (
        "Neighbours in Edina",
        "St. Olaf Lutheran congregation",
        "Edina Chamber of Commerce",
        "FEI Twin Cities chapter",
        "Rotary Club of Edina",
    ),
    "offers": (
        "Introductions to Twin Cities bankers, auditors and attorneys",
        "My 13-week cash-flow forecast template",
        "Advice on choosing an ERP for a small manufacturer",
        "A second pair of eyes on a board deck or a budget",
    ),
    "goals": (5, 3, 1),
    "title": "The scattered networker",
    "summary": (
        "A former medtech CFO who spent a year in coffees and job-search groups, all with fellow "
        "job seekers and neighbours, and never met anyone who could hire her."
    ),
}

# (plan name, LinkedIn spellings, priority, motivation, posting, notes)
SCATTERED_TARGETS = (
    ("Medtronic", ("Medtronic",), 1, 3, 2, "Largest Twin Cities medtech employer"),
    ("Boston Scientific", ("Boston Scientific",), 1, 3, 1, "Arden Hills and Maple Grove campuses"),
    ("Abbott", ("Abbott",), 1, 2, 1, "Heart-failure and EP businesses in St. Paul"),
    ("Stryker", ("Stryker",), 1, 3, 0, "Instruments division is closest to my experience"),
    ("Smiths Medical", ("Smiths Medical", "Smiths Medical ASD, Inc."), 1, 2, 0, ""),
    ("Zimmer Biomet", ("Zimmer Biomet",), 2, 2, 0, ""),
    ("Baxter", ("Baxter International Inc.",), 2, 1, 1, ""),
    ("Becton Dickinson", ("BD",), 2, 1, 0, ""),
    ("Hologic", ("Hologic, Inc.",), 2, 1, 0, ""),
    (
        "Intuitive Surgical",
        ("Intuitive",),
        1,
        3,
        0,
        "Surgical robotics; instruments are consumables",
    ),
    ("Edwards Lifesciences", ("Edwards Lifesciences",), 2, 2, 0, ""),
    ("Teleflex", ("Teleflex",), 2, 2, 1, "Vascular business in Maple Grove"),
    ("ResMed", ("ResMed",), 3, 1, 0, ""),
    ("Insulet", ("Insulet Corporation",), 3, 1, 0, ""),
    ("Dexcom", ("Dexcom",), 3, 1, 0, ""),
    ("Inspire Medical Systems", ("Inspire Medical Systems",), 1, 3, 1, "Golden Valley; growing"),
    ("Bio-Techne", ("Bio-Techne",), 2, 2, 0, "Minneapolis headquarters"),
    ("Surmodics", ("Surmodics, Inc.", "SurModics"), 2, 2, 1, "Eden Prairie"),
    ("CVRx", ("CVRx, Inc.",), 2, 2, 0, "Small public company; CFO-level fit"),
    ("Tactile Medical", ("Tactile Medical",), 2, 2, 1, "Minneapolis"),
    ("Nuwellis", ("Nuwellis",), 3, 1, 0, "Small; turnaround"),
    ("Integer Holdings", ("Integer Holdings Corporation",), 3, 1, 0, ""),
    ("Coloplast", ("Coloplast",), 3, 1, 0, "US headquarters in Minneapolis"),
    ("Smith & Nephew", ("Smith+Nephew",), 2, 2, 0, ""),
    ("CONMED", ("CONMED Corporation",), 3, 1, 0, ""),
    ("Integra LifeSciences", ("Integra LifeSciences",), 3, 1, 0, ""),
    ("Globus Medical", ("Globus Medical",), 3, 1, 0, ""),
    ("Penumbra", ("Penumbra, Inc.",), 3, 1, 0, ""),
    ("Masimo", ("Masimo",), 3, 1, 0, ""),
    ("Haemonetics", ("Haemonetics",), 3, 1, 0, ""),
    ("Cirtec Medical", ("Cirtec Medical",), 2, 2, 0, "Contract manufacturer; Brooklyn Park"),
    ("Minnetronix Medical", ("Minnetronix Medical",), 2, 2, 0, "St. Paul"),
    ("Nuvaira", ("Nuvaira",), 3, 2, 0, "Venture-backed; would need a first CFO"),
    ("ACIST Medical Systems", ("ACIST Medical Systems",), 3, 1, 0, "Eden Prairie"),
    ("Avanos Medical", ("Avanos Medical",), 3, 1, 0, ""),
    ("Orthofix", ("Orthofix Medical Inc.",), 3, 1, 0, ""),
    ("iRhythm Technologies", ("iRhythm Technologies",), 3, 1, 0, ""),
    ("Natus Medical", ("Natus Medical Incorporated",), 3, 1, 0, ""),
    ("Cook Medical", ("Cook Medical",), 3, 1, 0, ""),
    ("Merit Medical Systems", ("Merit Medical Systems",), 3, 1, 0, ""),
)
SCATTERED_DM_TITLES = (
    "Chief Executive Officer",
    "President & CEO",
    "Chief Financial Officer",
    "CFO, Diabetes Operating Unit",
    "Chief Operating Officer",
    "General Manager, Endoscopy",
    "Vice President, Finance",
    "President, Peripheral Interventions",
    "SVP & Chief Financial Officer",
    "VP Finance, Cardiac Rhythm Management",
    "Senior Vice President Finance",
)
TARGET_STAFF_TITLES = (
    "Senior Financial Analyst",
    "Director, FP&A",
    "Senior Manager, Financial Planning & Analysis",
    "Controller",
    "Plant Controller",
    "Senior Accountant",
    "Tax Manager",
    "Internal Audit Manager",
    "Senior Director Finance",
    "Treasury Analyst",
    "Principal R&D Engineer",
    "Quality Engineer II",
    "Territory Manager",
    "Clinical Specialist",
    "Regulatory Affairs Specialist",
    "Senior Product Manager",
    "Supply Chain Planner",
    "Manufacturing Engineer",
    "Director of Marketing",
    "Senior Buyer",
    "IT Business Partner",
    "HR Business Partner",
)
TALENT_TITLES = ("Talent Acquisition Partner", "Senior Technical Recruiter", "Talent Acquisition")
SEEKER_POSITIONS = (
    "Open to Work",
    "Seeking new opportunities in finance",
    "In transition",
    "Actively looking",
    "Finance leader in transition | FP&A | Controller",
    "Seeking my next Controller role",
    "Open to new opportunities - Accounting & Finance",
    "Operations leader seeking next challenge",
    "Marketing professional - open to work",
    "Project Manager | PMP | Actively seeking",
    "HR Generalist seeking new role",
    "Between roles",
    "Career transition",
    "Looking for my next adventure",
    "IT Director | Open to work",
    "Sales leader - in transition",
)
SEEKER_COMPANIES = (
    "",
    "",
    "",
    "",
    "Self-employed",
    "Consultant",
    "Independent Consultant",
    "Open to Work",
    "Career Break",
    "Self Employed",
    "Freelance",
)
AGENCY_RECRUITERS = (
    ("Robert Half", ("Senior Recruiting Manager", "Division Director - Finance & Accounting")),
    ("Korn Ferry", ("Senior Client Partner", "Principal, Global Finance Practice")),
    ("Lucas Group", ("Managing Partner", "Executive Recruiter - Finance")),
    ("Michael Page", ("Senior Manager - Finance & Accounting",)),
    ("Salo", ("Senior Talent Consultant",)),
    ("Vaco", ("Recruiting Director",)),
    ("Heidrick & Struggles", ("Associate, CFO Practice",)),
    ("Kforce", ("Senior Recruiter",)),
)
# How her phone spells a company her LinkedIn connections spell differently.
ORG_VARIANTS = {
    "Medtronic": "Medtronic plc",
    "Boston Scientific": "Boston Scientific Corporation",
    "Abbott": "Abbott Laboratories",
    "3M": "3M Company",
    "Target": "Target Corporation",
    "U.S. Bank": "US Bank",
    "Robert Half": "Robert Half International",
    "Northstar Surgical Instruments": "Northstar Surgical",
    "Inspire Medical Systems": "Inspire Medical",
    "Lakeshore Orthopedics": "Lakeshore Ortho",
}
SCATTERED_CONNECTORS = (
    ("St. Olaf Lutheran Church", "Senior Pastor"),
    ("St. Olaf Lutheran Church", "Director of Congregational Care"),
    ("Edina Chamber of Commerce", "President & CEO"),
    ("TwinWest Chamber of Commerce", "President"),
    ("Financial Executives International (FEI) – Twin Cities Chapter", "Chapter President"),
    ("Financial Executives International (FEI) – Twin Cities Chapter", "Board Member"),
    ("Financial Executives International (FEI) – Twin Cities Chapter", "Board Member, Programs"),
    ("Rotary Club of Edina", "Club President"),
    ("Morningside Neighborhood Association", "Chair"),
    ("Medical Alley Association", "Vice President, Member Engagement"),
    ("Fredrikson & Byron, P.A.", "Partner"),
    ("Piper Sandler", "Managing Director, Healthcare Investment Banking"),
    ("Baker Tilly US", "Partner"),
    ("Minnesota Society of CPAs", "Executive Director"),
    ("Edina Soccer Association", "Board President"),
    ("Twin Cities Habitat for Humanity", "Board Chair"),
    ("Coldwell Banker Realty", "Realtor"),
    ("Children's Minnesota Foundation", "Board Member"),
)
# The long tail of her network: former colleagues and classmates in unrelated industries.
# (companies, titles that fit them)
# fmt: off
LONG_TAIL = (
    (
        ("Target", "Best Buy", "General Mills", "3M", "Cargill", "Ecolab", "Land O'Lakes, Inc.",
         "Polaris Inc.", "The Toro Company", "Hormel Foods", "Andersen Corporation", "Graco",
         "Donaldson", "Pentair", "Fastenal", "Sleep Number", "Deluxe", "C.H. Robinson",
         "Xcel Energy", "Schwan's Company", "Mortenson", "Marvin", "Sun Country Airlines",
         "Delta Air Lines", "Jamf", "Calabrio", "Dayforce"),
        ("Senior Financial Analyst", "Finance Manager", "Director of Finance", "Controller",
         "Assistant Controller", "Accounting Manager", "Senior Accountant", "Tax Director",
         "VP, Treasury", "Brand Manager", "Marketing Director", "Product Owner",
         "Software Engineer", "Data Analyst", "IT Project Manager", "Business Analyst",
         "HR Manager", "Operations Manager", "Plant Manager", "Supply Chain Analyst",
         "Account Executive", "Regional Sales Manager", "Senior Manager, Strategy",
         "Director, Procurement", "Chief of Staff", "Executive Assistant"),
    ),
    (
        ("U.S. Bank", "Wells Fargo", "Bremer Bank", "Ameriprise Financial Services, LLC",
         "Thrivent", "Securian Financial", "Federated Insurance"),
        ("Credit Analyst", "Relationship Manager", "Portfolio Manager", "VP, Commercial Banking",
         "Financial Advisor", "Senior Underwriter", "Risk Manager", "Treasury Analyst"),
    ),
    (
        ("Deloitte", "KPMG US", "EY", "PwC", "Baker Tilly US", "CliftonLarsonAllen (CLA)"),
        ("Audit Senior Manager", "Partner", "Tax Senior Manager", "Senior Associate",
         "Director, Transaction Advisory"),
    ),
    (
        ("UnitedHealth Group", "Optum", "Fairview Health Services", "Allina Health",
         "HealthPartners", "Mayo Clinic", "Prime Therapeutics"),
        ("Director, Revenue Cycle", "Finance Manager", "Nurse Manager", "Senior Actuarial Analyst",
         "Business Analyst", "Director of Finance"),
    ),
    (
        ("University of Minnesota", "Hennepin County", "State of Minnesota",
         "Minneapolis Public Schools", "Edina Public Schools"),
        ("Budget Analyst", "Finance Director", "Professor of Accounting", "Teacher",
         "Grants Manager", "Program Manager"),
    ),
    (
        ("Buffalo Wild Wings", "Caribou Coffee", "Kowalski's Markets", "Lunds & Byerlys"),
        ("Store Director", "District Manager", "Merchandise Planner", "Category Manager"),
    ),
    (
        ("", "Self-employed", "Retired"),
        ("Owner", "Consultant", "Retired CFO", "Board Member", "Fractional CFO"),
    ),
)
# fmt: on
FORMER_TITLES = (
    "Controller",
    "Cost Accountant",
    "Senior Financial Analyst",
    "Payroll Manager",
    "VP Sales",
    "Director of Manufacturing",
    "Quality Manager",
    "Regulatory Affairs Manager",
    "Production Supervisor",
    "Buyer/Planner",
    "IT Manager",
    "HR Director",
    "Design Engineer",
    "Customer Service Manager",
    "Accounts Payable Specialist",
)

# --- Focused: Anita Deshpande, former VP Operations -------------------------------------------
FOCUSED = {
    "first": "Anita",
    "last": "Deshpande",
    "email": "anita.deshpande@example.com",
    "employer": "Lakeshore Orthopedics",
    "headline": "Operations executive, medical-device manufacturing | Lean, quality, supply chain",
    "location": "Minneapolis, Minnesota",
    "booking_link": "https://calendly.com/anita-deshpande/20min",
    "positions": ("VP Operations", "Director of Operations"),
    "industries": ("Medical devices",),
    "geography": ("Minneapolis–St. Paul",),
    "decision_makers": (
        "CEOs and COOs of Twin Cities device makers with 200-2,000 people",
        "VPs of Operations and Manufacturing at large device makers",
        "Operating partners at medtech private-equity firms",
    ),
    "peers": (
        "Plant managers and directors of operations, quality and supply chain in medtech",
        "Medtech contract manufacturers' leadership",
    ),
    "connectors": (
        "Medical Alley Association members",
        "ASCM (APICS) Twin Cities chapter",
        "Suppliers and former suppliers of Lakeshore Orthopedics",
    ),
    "offers": (
        "Introductions to precision-machining and sterilisation suppliers",
        "My lean-cell playbook and scrap-tracking template",
        "Notes from two FDA inspections and an EU MDR audit",
    ),
    "goals": (5, 4, 1),
    "title": "The focused networker",
    "summary": (
        "A former VP Operations who meets mostly people in medical devices, including a "
        "decision-maker at a target company most weeks."
    ),
}
# (plan name, LinkedIn spellings, priority, advocacy, motivation, posting, notes)
FOCUSED_TARGETS = (
    ("Inspire Medical Systems", ("Inspire Medical Systems",), 1, 2, 3, 2, "Scaling production"),
    ("Boston Scientific", ("Boston Scientific",), 1, 3, 3, 1, "Maple Grove plant"),
    ("Tactile Medical", ("Tactile Medical",), 1, 1, 3, 1, "Needs a plant leader for growth"),
    ("Surmodics", ("Surmodics, Inc.",), 1, 1, 3, 0, "Eden Prairie; coatings and devices"),
    ("Medtronic", ("Medtronic",), 2, 3, 2, 1, ""),
    ("Abbott", ("Abbott",), 2, 2, 2, 0, "Plymouth and St. Paul sites"),
    ("CVRx", ("CVRx, Inc.",), 2, 0, 2, 0, ""),
    ("Bio-Techne", ("Bio-Techne",), 3, 1, 1, 0, "Instruments division"),
    ("ICU Medical", ("ICU Medical",), 2, 1, 2, 1, "Former Smiths Medical site in St. Paul"),
    ("Coloplast", ("Coloplast",), 3, 0, 1, 0, ""),
    ("Integer Holdings", ("Integer Holdings Corporation",), 2, 1, 2, 0, "Plymouth, Chaska sites"),
    ("Cirtec Medical", ("Cirtec Medical",), 2, 1, 2, 1, "Contract manufacturer"),
    ("Minnetronix Medical", ("Minnetronix Medical",), 2, 1, 2, 0, ""),
    ("ACIST Medical Systems", ("ACIST Medical Systems",), 3, 0, 1, 0, ""),
    ("Nuvaira", ("Nuvaira",), 3, 0, 2, 0, "Would need to build operations"),
    ("Stryker", ("Stryker",), 2, 2, 2, 0, ""),
    ("Zimmer Biomet", ("Zimmer Biomet",), 2, 2, 2, 0, "Orthopedics: closest to my experience"),
    ("Teleflex", ("Teleflex",), 2, 1, 2, 1, "Maple Grove"),
    ("Smith & Nephew", ("Smith+Nephew",), 2, 1, 2, 0, ""),
    ("Starkey Hearing Technologies", ("Starkey Hearing",), 2, 1, 2, 0, "Eden Prairie"),
    ("Hologic", ("Hologic, Inc.",), 3, 0, 1, 0, ""),
    ("Baxter", ("Baxter International Inc.",), 3, 0, 1, 0, ""),
    ("Becton Dickinson", ("BD",), 3, 0, 1, 0, ""),
    ("Edwards Lifesciences", ("Edwards Lifesciences",), 3, 0, 1, 0, ""),
    ("ResMed", ("ResMed",), 3, 0, 1, 0, ""),
    ("Insulet", ("Insulet Corporation",), 3, 0, 1, 0, ""),
    ("Dexcom", ("Dexcom",), 3, 0, 1, 0, ""),
    ("Globus Medical", ("Globus Medical",), 3, 1, 1, 0, ""),
    ("Penumbra", ("Penumbra, Inc.",), 3, 0, 1, 0, ""),
    ("Masimo", ("Masimo",), 3, 0, 1, 0, ""),
    ("Haemonetics", ("Haemonetics",), 3, 0, 1, 0, ""),
    ("Merit Medical Systems", ("Merit Medical Systems",), 3, 0, 1, 0, ""),
    ("Cook Medical", ("Cook Medical",), 3, 0, 1, 0, ""),
    ("Avanos Medical", ("Avanos Medical",), 3, 0, 1, 0, ""),
    ("Orthofix", ("Orthofix Medical Inc.",), 3, 1, 1, 0, ""),
    ("Integra LifeSciences", ("Integra LifeSciences",), 3, 0, 1, 0, ""),
    ("iRhythm Technologies", ("iRhythm Technologies",), 3, 0, 1, 0, ""),
    ("Tandem Diabetes Care", ("Tandem Diabetes Care",), 3, 0, 1, 0, ""),
    ("CONMED", ("CONMED Corporation",), 3, 0, 1, 0, ""),
    ("Natus Medical", ("Natus Medical Incorporated",), 3, 0, 1, 0, ""),
)
FOCUSED_DM_TITLES = (
    "Chief Executive Officer",
    "President & CEO",
    "Chief Operating Officer",
    "VP Operations",
    "Vice President, Global Operations",
    "SVP Operations & Supply Chain",
    "General Manager, Neuromodulation",
    "VP Manufacturing",
    "President, Urology",
    "Chief Supply Chain Officer",
    "VP, Operations & Quality",
)
FOCUSED_STAFF_TITLES = (
    "Director of Operations",
    "Plant Manager",
    "Director, Supply Chain",
    "Senior Manager, Quality",
    "Director of Manufacturing Engineering",
    "Value Stream Manager",
    "Director, Quality Assurance",
    "Operations Excellence Lead",
    "Senior Manufacturing Engineer",
    "Production Manager",
    "Director, Global Sourcing",
    "Regulatory Affairs Manager",
    "Continuous Improvement Manager",
)
FOCUSED_CONNECTORS = (
    ("Medical Alley Association", "Vice President, Member Engagement"),
    ("Medical Alley Association", "Director of Events"),
    ("ASCM Twin Cities", "Chapter President"),
    ("Fredrikson & Byron, P.A.", "Partner, Medical Technology"),
    ("Piper Sandler", "Managing Director, Medtech"),
    ("Precision Machining Group, LLC", "Owner"),
    ("Steris AST", "Account Manager"),
    ("University of St. Thomas", "Director, Executive Education"),
    ("Minneapolis Regional Chamber", "Vice President"),
    ("Twin Cities Operations Roundtable", "Organizer"),
)
FOCUSED_FORMER_TITLES = (
    "Plant Manager",
    "Director of Quality",
    "Supply Chain Manager",
    "Manufacturing Engineer",
    "Production Supervisor",
    "Senior Buyer",
    "CFO",
    "CEO",
    "VP Sales",
    "EHS Manager",
    "Lean Specialist",
    "Materials Manager",
    "Regulatory Affairs Director",
)

PROFILE_SCATTERED = """
Well, I guess I should start with my family. I have a wonderful husband, Greg, and two charming
children, Emma and Jack, who keep us running between soccer and band. And of course there's
Biscuit, our golden retriever, who basically runs the house. We live in Edina and we love it.

I grew up in Wisconsin and went to the University of Wisconsin–Eau Claire, where I majored in
accounting and graduated in 1996. After college I started out in public accounting at a regional
firm, which was kind of a great learning experience. Then I moved to General Mills, where I was in
financial planning for a while. Then I joined a bank as an assistant controller, and after that I
moved over to a retail company, where I was responsible for budgeting and reporting. Then I went
to Northstar Surgical Instruments, first as controller and then as CFO, where I was responsible
for finance, accounting, treasury and IT, and I kind of helped out with HR too.

I would describe myself as a results-oriented team player. I'm passionate about finance and I'm
passionate about people. I guess I'm basically a people person who also happens to love
spreadsheets, and I wear a lot of hats. People tell me I'm a hard worker.

Right now I'm kind of figuring out what's next. I'm open to a lot of different things, really,
and I'm just trying to network and see what's out there. I think I'd be an asset to any
organization that needs someone who cares. So that's a little bit about me, I guess.
"""

PROFILE_FOCUSED = """
I'm an operations executive who makes medical-device plants faster and cheaper to run without
putting quality at risk. For the last six years I ran operations at Lakeshore Orthopedics, a $240
million maker of orthopedic implants and instruments, with three plants and 650 people.

Three results I'm proud of. At our Plymouth plant I rebuilt the machining cells around lean flow
and cut scrap by 32% in 18 months, which saved $4.1 million a year. When a supplier failure
threatened our largest product line, I dual-sourced 140 critical components in nine months and
raised on-time delivery from 81% to 97%. And I led the company through two FDA inspections and
an EU MDR audit with zero observations, while moving a third of production into a new cleanroom
without missing a single shipment.

Lakeshore was acquired this spring and the new owner consolidated operations in Indiana, so I'm
looking for my next role as VP of Operations or Director of Operations at a medical-device maker
in the Twin Cities, ideally one that is scaling up manufacturing or bringing a new product to
market. The companies I'm most interested in are Inspire Medical Systems, Boston Scientific,
Tactile Medical and Surmodics.

If you know anyone at Inspire Medical Systems or Tactile Medical, especially in operations or
general management, I'd value an introduction. A fifteen-minute conversation is all I'd ask of
them. And if there's anything I can do for you, from the name of a good machining supplier to an
introduction in my own network, please ask.
"""

# Scattered's fellow job seekers whose first names no one else in her network has, so a calendar
# title that names only "Dana" points at one person.
BUDDIES = (
    ("Dana", "Reyes"),
    ("Tom", "Brandvold"),
    ("Marisol", "Ortega"),
    ("Gretchen", "Ahlberg"),
    ("Dwayne", "Whitaker"),
    ("Ingrid", "Solheim"),
    ("Roxanne", "Pruitt"),
    ("Felipe", "Castaño"),
    ("Colleen", "Fitzgerald"),
    ("Thuy", "Dang"),
    ("Desmond", "Okoro"),
    ("Birgit", "Lundgren"),
    ("Harold", "Ekstrom"),
    ("Nadia", "Rahimi"),
    ("Lamar", "Gaines"),
    ("Rhonda", "Kessler"),
    ("Sunil", "Varghese"),
    ("Bjorn", "Magnusson"),
    ("Cheryl", "Dumont"),
    ("Lorna", "Baptiste"),
)
# Job seekers she meets under their full names (first names shared with others in her network).
SEEKER_REGULARS = (("Mark", "Olson"), ("Karen", "Voss"), ("Steve", "Pedersen"))
GROUP_COORDINATOR = ("Walt", "Fenske", "Volunteer coordinator, Twin Cities Career Transition Group")

SCATTERED_DMS = (
    ("Medtronic", "VP Finance, Cardiac Rhythm Management"),
    ("Boston Scientific", "President, Peripheral Interventions"),
    ("Abbott", "Divisional Vice President, Finance"),
    ("Stryker", "General Manager, Instruments"),
    ("Intuitive Surgical", "VP Finance, Instruments & Accessories"),
    ("Inspire Medical Systems", "Chief Financial Officer"),
    ("CVRx", "President & CEO"),
    ("Tactile Medical", "Chief Operating Officer"),
    ("Nuvaira", "Chief Executive Officer"),
    ("Cirtec Medical", "Chief Financial Officer"),
    ("Surmodics", "Vice President, Finance"),
)
FOCUSED_DMS = (
    ("Inspire Medical Systems", "Chief Operating Officer"),
    ("Inspire Medical Systems", "VP Operations"),
    ("Boston Scientific", "VP Operations, Maple Grove"),
    ("Boston Scientific", "Vice President, Global Supply Chain"),
    ("Boston Scientific", "General Manager, Urology"),
    ("Tactile Medical", "Chief Executive Officer"),
    ("Tactile Medical", "VP Operations"),
    ("Surmodics", "President & CEO"),
    ("Surmodics", "VP, Operations & Quality"),
    ("Medtronic", "VP Operations, Surgical Innovations"),
    ("Medtronic", "Vice President, Global Operations & Supply Chain"),
    ("Abbott", "Divisional Vice President, Operations"),
    ("CVRx", "Chief Operating Officer"),
    ("ICU Medical", "VP Manufacturing, St. Paul"),
    ("Integer Holdings", "VP Operations, Cardio & Vascular"),
    ("Cirtec Medical", "Chief Executive Officer"),
    ("Cirtec Medical", "SVP Operations"),
    ("Minnetronix Medical", "President"),
    ("Minnetronix Medical", "VP Operations"),
    ("Nuvaira", "Chief Executive Officer"),
    ("Stryker", "VP Operations, Instruments"),
    ("Zimmer Biomet", "VP Operations, Knees"),
    ("Teleflex", "Vice President, Operations - Interventional"),
    ("Smith & Nephew", "SVP Operations & Supply Chain"),
    ("Starkey Hearing Technologies", "Chief Operating Officer"),
    ("Bio-Techne", "VP Operations, Instruments"),
    ("ACIST Medical Systems", "President"),
    ("Orthofix", "Chief Supply Chain Officer"),
)
NEIGHBOR_NOTES = (
    "Neighbor - across the street",
    "Neighbor, two doors down",
    "Neighbors (the blue house)",
    "Block party organizer",
    "Neighbor - has the snowblower",
    "Neighbor; kids at Concord Elementary",
)
CHURCH = "St. Olaf Lutheran"

# fmt: off
# Fixed events: (kind, summary, start, minutes, RRULE, location). A start without a time is an
# all-day event. UNTIL is in UTC, as Google writes it for a series with a local DTSTART.
LIFE = (
    ("life", "Dentist", "2025-12-09 13:00", 60, "", "Southdale Family Dental"),
    ("life", "Dentist", "2026-06-16 14:00", 60, "", "Southdale Family Dental"),
    ("life", "Dentist", "2026-12-08 08:30", 60, "", "Southdale Family Dental"),
    ("life", "Annual physical - Dr. Nguyen", "2026-02-19 08:20", 40, "", "Park Nicollet Clinic"),
    ("life", "Dermatology appt", "2026-09-03 15:40", 30, "", ""),
)
SCATTERED_FIXED = (
    ("life", "Gym", "2025-11-24 06:00", 60, "FREQ=WEEKLY;BYDAY=MO,WE,FR", "Life Time Edina"),
    ("life", "Jack - soccer practice", "2026-04-13 17:30", 90,
     "FREQ=WEEKLY;WKST=SU;UNTIL=20260611T045959Z;BYDAY=MO,WE", "Lewis Park"),
    ("life", "Jack soccer practice", "2026-08-18 17:30", 90,
     "FREQ=WEEKLY;UNTIL=20261023T045959Z;BYDAY=TU,TH", "Lewis Park"),
    ("life", "Book club", "2025-12-11 19:00", 120, "FREQ=MONTHLY;BYDAY=2TH", ""),
    ("life", "Greg's birthday", "2026-03-02", 1440, "FREQ=YEARLY", ""),
    ("life", "Mom's birthday", "2026-08-14", 1440, "FREQ=YEARLY", ""),
    ("life", "Vacation - Brainerd lake cabin", "2026-07-04", 8 * 1440, "", ""),
    ("life", "Thanksgiving at Mom's", "2025-11-27", 1440, "", ""),
    ("life", "Christmas Eve service", "2025-12-24 16:00", 90, "", "St. Olaf Lutheran Church"),
    ("life", "Parent-teacher conferences", "2026-10-15 18:00", 60, "", "Concord Elementary"),
    ("event", "Edina Chamber - Business After Hours", "2026-01-22 17:00", 120, "",
     "Edina Country Club"),
    ("event", "FEI Twin Cities chapter meeting", "2026-02-12 11:30", 90, "", "Minneapolis Club"),
    ("event", "Rotary Club of Edina lunch (guest)", "2026-03-18 12:00", 75, "",
     "Braemar Golf Course"),
    ("event", "Job seekers networking night", "2026-05-07 18:00", 120, "",
     "Wooddale Church, Eden Prairie"),
    ("event", "FEI breakfast: ASC 842 update", "2026-09-17 07:30", 90, "", "Minneapolis Club"),
    ("event", "Career fair - Minneapolis Convention Center", "2026-10-08 10:00", 180, "", ""),
)
FOCUSED_FIXED = (
    ("life", "Gym", "2025-11-25 06:00", 60, "FREQ=WEEKLY;BYDAY=TU,TH", "Life Time Edina"),
    ("life", "Long weekend - Duluth", "2026-08-14", 4 * 1440, "", ""),
    ("planning", "Job search: weekly plan and follow-ups", "2026-05-04 08:00", 60,
     "FREQ=WEEKLY;BYDAY=MO", ""),
    ("event", "Medical Alley - MedTech Leaders Breakfast", "2026-06-11 07:30", 120, "",
     "Medical Alley Association, 3 Ordean Way, Golden Valley"),
    ("event", "ASCM Twin Cities dinner meeting", "2026-09-22 17:30", 150, "", ""),
    ("event", "Medical Alley Operations Summit", "2026-10-28 08:00", 480, "",
     "Minneapolis Convention Center"),
)
# Events at random free times: (count, summary, hours, weekdays (0 = Monday), minutes, location)
SCATTERED_CHORES = (
    (5, "Haircut", (16, 17), "01234", 60, "Salon Lumière"),
    (1, "Biscuit - vet (shots)", (16,), "01234", 45, "Edina Animal Hospital"),
    (6, "Family dinner at Greg's parents'", (17,), "6", 150, ""),
    (3, "Jack soccer game @ Lewis Park", (9, 10), "5", 90, "Lewis Park"),
)
FOCUSED_CHORES = (
    (4, "Haircut", (16, 17), "01234", 60, "Uptown Hair Studio"),
    (4, "Dinner with Rohan", (18,), "456", 120, ""),
)
SCATTERED_OFFICES = (
    ("Southdale Family Dental", "Dr. Patel. Cleanings every 6 months"),
    ("Park Nicollet Clinic - Edina", "Dr. Nguyen"),
    ("Salon Lumière", "Ask for Tasha"),
    ("Edina Animal Hospital", "Biscuit's vet"),
    ("Kowalski Plumbing & Heating", ""),
)
# fmt: on
FOCUSED_OFFICES = (
    ("Uptown Dental Care", ""),
    ("Park Nicollet Clinic", "Dr. Haddad"),
    ("Lyndale Auto Service", "Ask for Chuck"),
)
HOLIDAYS = ((11, 27), (11, 28), (1, 1), (5, 25), (7, 3), (9, 7))
GROUP_NAME = "Twin Cities Career Transition Group"
GROUP_AGENDA = (
    "9:00 networking\n9:30 speaker\n10:15 accountability pairs\nBring your 30-second commercial!"
)
FOCUSED_INTERVIEWS = (
    "Tactile Medical",
    "Inspire Medical Systems",
    "Surmodics",
    "Tactile Medical",
    "Cirtec Medical",
    "Inspire Medical Systems",
    "Minnetronix Medical",
)
