"""Data tables for the focused networker, the demo persona who works the method.

Her targets, the people she meets and her week, as scripts/make_demo.py reads them; the
scattered networker's tables are in demo_scattered.py, those both share in demo_data.py.
"""

from __future__ import annotations

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


FOCUSED_FIXED = (
    ("life", "Gym", "2025-11-25 06:00", 60, "FREQ=WEEKLY;BYDAY=TU,TH", "Life Time Edina"),
    ("life", "Long weekend - Duluth", "2026-08-14", 4 * 1440, "", ""),
    (
        "planning",
        "Job search: weekly plan and follow-ups",
        "2026-05-04 08:00",
        60,
        "FREQ=WEEKLY;BYDAY=MO",
        "",
    ),
    (
        "event",
        "Medical Alley - MedTech Leaders Breakfast",
        "2026-06-11 07:30",
        120,
        "",
        "Medical Alley Association, 3 Ordean Way, Golden Valley",
    ),
    ("event", "ASCM Twin Cities dinner meeting", "2026-09-22 17:30", 150, "", ""),
    (
        "event",
        "Medical Alley Operations Summit",
        "2026-10-28 08:00",
        480,
        "",
        "Minneapolis Convention Center",
    ),
)


FOCUSED_CHORES = (
    (4, "Haircut", (16, 17), "01234", 60, "Uptown Hair Studio"),
    (4, "Dinner with Rohan", (18,), "456", 120, ""),
)


# fmt: on
FOCUSED_OFFICES = (
    ("Uptown Dental Care", ""),
    ("Park Nicollet Clinic", "Dr. Haddad"),
    ("Lyndale Auto Service", "Ask for Chuck"),
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
