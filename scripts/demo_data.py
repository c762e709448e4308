"""Data tables both demo personas share: names, companies, titles, places and texts.

Each persona's own tables are in demo_scattered.py and demo_focused.py.

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
HOLIDAYS = ((11, 27), (11, 28), (1, 1), (5, 25), (7, 3), (9, 7))
GROUP_NAME = "Twin Cities Career Transition Group"
GROUP_AGENDA = (
    "9:00 networking\n9:30 speaker\n10:15 accountability pairs\nBring your 30-second commercial!"
)
