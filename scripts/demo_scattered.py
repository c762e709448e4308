"""Data tables for the scattered networker, the demo persona whose networking isn't working.

Her targets, the people she meets and her week, as scripts/make_demo.py reads them; the
focused networker's tables are in demo_focused.py, those both share in demo_data.py.
"""

from __future__ import annotations

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


SCATTERED_FIXED = (
    ("life", "Gym", "2025-11-24 06:00", 60, "FREQ=WEEKLY;BYDAY=MO,WE,FR", "Life Time Edina"),
    (
        "life",
        "Jack - soccer practice",
        "2026-04-13 17:30",
        90,
        "FREQ=WEEKLY;WKST=SU;UNTIL=20260611T045959Z;BYDAY=MO,WE",
        "Lewis Park",
    ),
    (
        "life",
        "Jack soccer practice",
        "2026-08-18 17:30",
        90,
        "FREQ=WEEKLY;UNTIL=20261023T045959Z;BYDAY=TU,TH",
        "Lewis Park",
    ),
    ("life", "Book club", "2025-12-11 19:00", 120, "FREQ=MONTHLY;BYDAY=2TH", ""),
    ("life", "Greg's birthday", "2026-03-02", 1440, "FREQ=YEARLY", ""),
    ("life", "Mom's birthday", "2026-08-14", 1440, "FREQ=YEARLY", ""),
    ("life", "Vacation - Brainerd lake cabin", "2026-07-04", 8 * 1440, "", ""),
    ("life", "Thanksgiving at Mom's", "2025-11-27", 1440, "", ""),
    ("life", "Christmas Eve service", "2025-12-24 16:00", 90, "", "St. Olaf Lutheran Church"),
    ("life", "Parent-teacher conferences", "2026-10-15 18:00", 60, "", "Concord Elementary"),
    (
        "event",
        "Edina Chamber - Business After Hours",
        "2026-01-22 17:00",
        120,
        "",
        "Edina Country Club",
    ),
    ("event", "FEI Twin Cities chapter meeting", "2026-02-12 11:30", 90, "", "Minneapolis Club"),
    (
        "event",
        "Rotary Club of Edina lunch (guest)",
        "2026-03-18 12:00",
        75,
        "",
        "Braemar Golf Course",
    ),
    (
        "event",
        "Job seekers networking night",
        "2026-05-07 18:00",
        120,
        "",
        "Wooddale Church, Eden Prairie",
    ),
    ("event", "FEI breakfast: ASC 842 update", "2026-09-17 07:30", 90, "", "Minneapolis Club"),
    ("event", "Career fair - Minneapolis Convention Center", "2026-10-08 10:00", 180, "", ""),
)


# Events at random free times: (count, summary, hours, weekdays (0 = Monday), minutes, location)
SCATTERED_CHORES = (
    (5, "Haircut", (16, 17), "01234", 60, "Salon Lumière"),
    (1, "Biscuit - vet (shots)", (16,), "01234", 45, "Edina Animal Hospital"),
    (6, "Family dinner at Greg's parents'", (17,), "6", 150, ""),
    (3, "Jack soccer game @ Lewis Park", (9, 10), "5", 90, "Lewis Park"),
)


SCATTERED_OFFICES = (
    ("Southdale Family Dental", "Dr. Patel. Cleanings every 6 months"),
    ("Park Nicollet Clinic - Edina", "Dr. Nguyen"),
    ("Salon Lumière", "Ask for Tasha"),
    ("Edina Animal Hospital", "Biscuit's vet"),
    ("Kowalski Plumbing & Heating", ""),
)
