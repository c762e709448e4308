"""Word tables behind ``titles.read_title``: which words in a title mean which level or function.

Patterns are matched against a folded title: lower-case ASCII, periods dropped ("Sr." is
"sr"), hyphens turned into spaces ("Co-Founder" is "co founder"), and common abbreviations
spelled out (``ABBREVIATIONS``). Tables are ordered: where two entries could match at the
same place the earlier wins, so specific phrases come before the words they contain.
"""

from __future__ import annotations


def whole_words(alternatives: str) -> str:
    """Return a regex matching any of the "|"-separated alternatives as whole words.

    The rank and function tables keep bare alternatives instead: ``titles`` joins each
    table into one flat alternation, which the regex engine scans several times faster.
    """
    return rf"\b(?:{alternatives})\b"


def _split(words: str) -> tuple[str, ...]:
    """Return the space-separated words of ``words`` as a tuple."""
    return tuple(words.split())


#: LinkedIn's ten seniority levels, lowest first.
SENIORITY_LEVELS = _split("unpaid training entry senior manager director vp cxo partner owner")

FUNCTIONS = _split(
    "finance marketing sales engineering operations hr_recruiting legal it product "
    "general_management healthcare education other"
)

ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "mgr": "manager",
    "mngr": "manager",
    "mgmt": "management",
    "dir": "director",
    "asst": "assistant",
    "assoc": "associate",
    "exec": "executive",
    "engr": "engineer",
    "admin": "administrator",
    "coord": "coordinator",
    "ops": "operations",
    "mktg": "marketing",
    "rep": "representative",
    "spec": "specialist",
    "svp": "senior vice president",
    "evp": "executive vice president",
    "vp": "vice president",
    "gm": "general manager",
    "pres": "president",
    "dept": "department",
    "bizdev": "business development",
}

#: Interns and trainees are what they are, whatever else the title says ("Intern, Office of
#: the CEO"), so these levels win outright.
DOMINANT_LEVELS = (
    (
        "unpaid",
        whole_words(
            "intern|internship|praktikant(?:in)?|stagiaire|stagista|tirocinante|becari[oa]"
            "|pasante|practicante|estagiari[oa]|stagiair|unpaid"
        ),
    ),
    (
        "training",
        whole_words(
            "trainee|apprentice(?:ship)?|auszubildender?|azubi|apprentie?|alternante?"
            "|werkstudent(?:in)?|working student|graduate (?:program(?:me)?|scheme)"
            "|resident physician|(?:phd |graduate |undergraduate |mba |masters? )?student"
            r"(?! (?:success|affairs|services|life|experience|engagement|recruit\w*|development"
            r"|housing|enrollment|support|ministr\w*))"
        ),
    ),
)

_OFFICE_BODIES = (
    "committee|council|club|association|network|group|erg|society|chapter|chamber|league"
    "|task force|forum|caucus|commission|conference"
)
_IC_MANAGED = (
    "key account|account|client|customer success|success|relationship|product|project|program"
    "|programme|portfolio|category|brand|territory|case|community|social media|content|channel"
    "|partner|alliance|campaign|release|change|wealth|property|fund|asset|engagement"
    "|implementation|onboarding"
)

#: (alternatives, level, flag): the highest level found in a role wins. The flag marks board
#: seats, which judgments treat apart because a board governs rather than manages a team.
RANK_RULES: tuple[tuple[str, str, str], ...] = (
    # "Assistant to the CEO" works for the CEO; nothing after "to" is their own rank.
    (
        r"(?:executive |personal |administrative )?(?:assistant|aide|secretary) (?:to|of) .*",
        "entry",
        "",
    ),
    (r"advis[eo]r to .*", "senior", ""),
    (r"chief of staff(?: to .*)?", "director", ""),
    (
        "(?:vice |co )?chair(?:man|woman|person)? (?:of )?(?:the )?board"
        r"|board (?:vice |co )?chair\w*",
        "cxo",
        "board",
    ),
    (
        r"advisory (?:board|council)(?: member)?|board (?:advisor|adviser|observer)|beirat\w*",
        "senior",
        "",
    ),
    ("advis[eo]r|entrepreneur in residence", "senior", ""),
    (
        "board (?:member|director|of directors|of trustees|trustee|secretary|treasurer)"
        "|member of the board|on the board|(?:non ?executive|independent|outside) director"
        r"|trustee|aufsichtsrat\w*|verwaltungsrat\w*|administrat(?:eur|rice)|consejer[oa]",
        "cxo",
        "board",
    ),
    (
        r"(?:department|division|section) (?:co )?chair\w*"
        r"|chair(?:man|woman|person)? of (?:the )?(?:\w+ )?(?:department|division|faculty)",
        "director",
        "",
    ),
    # Chairing a committee, council or club is a volunteer office, not a board seat.
    (
        rf"(?:{_OFFICE_BODIES}|event|program|session|track) (?:co |vice )?chair\w*"
        rf"|(?:vice |co )?chair\w*,? (?:of )?(?:the )?(?:[\w']+ ){{0,4}}(?:{_OFFICE_BODIES})",
        "senior",
        "",
    ),
    ("(?:vice |co )?chair(?:man|woman|person)?", "cxo", "board"),
    # LinkedIn files every vice-president title, assistant and associate ones included, at VP.
    ("(?:assistant|associate) vice president|avp", "vp", ""),
    (r"vice president[ea]?|vicepresident[ea]?|vize ?prasident\w*", "vp", ""),
    ("deputy general counsel", "vp", ""),
    ("(?:associate|assistant) general counsel", "senior", ""),
    (r"general counsel|chief (?:\w+ ){0,3}officer|chief executive", "cxo", ""),
    ("ceo|cfo|coo|cto|cio|ciso|cmo|chro|cpo|cro|cco|clo|cdo|cao|cso|cno|cxo", "cxo", ""),
    (r"chief \w+", "director", ""),
    (r"president(?!'?s\b)|president[ea]|prasident\w*", "cxo", ""),
    # Banks and consultancies use Managing Director for a rank below partner.
    ("managing director", "vp", ""),
    ("executive director", "director", ""),
    (r"gesch(?:a|ae)ftsf(?:u|ue)hrender? gesellschafter\w*", "owner", ""),
    # The French CFO (DAF) and the titles of whoever runs a company in other languages.
    ("daf|direct(?:eur|rice) (?:administrati(?:f|ve) et )?financi(?:er|ere)", "cxo", ""),
    (
        "director general|direct(?:eur|rice) generale?|direttore generale|diretora? geral"
        r"|gerente general|generaldirektor\w*|algemeen directeur|pdg|dg|amministratore delegato"
        r"|gesch(?:a|ae)ftsf(?:u|ue)hrer(?:in)?|vorstand(?!sassist)\w*",
        "cxo",
        "",
    ),
    ("general manager|country manager|bedrijfsleider", "director", ""),
    ("(?:product|process|service|system|data|platform|control|risk) owner", "senior", ""),
    (
        "founding partner|(?:co )?founder|cofounder|(?:co )?owner|proprietor|self employed"
        "|(?:solo)?entrepreneur|eigenaar|oprichter|inhaber(?:in)?|gr(?:u|ue)nder(?:in)?"
        "|fondat(?:eur|rice|ore)|fundadora?|titolare|propietari[oa]|duen[oa]|gerante?",
        "owner",
        "",
    ),
    (
        "(?:hr |human resources |people )?business partner|(?:talent acquisition|talent"
        "|acquisition|recruiting|recruitment|people|hr|channel|alliances?|strategic|account"
        "|sales|technology|learning|delivery|success|client|customer|implementation"
        "|solutions?|marketing|finance|infotech) partner|partner (?:manager|success|marketing"
        "|development|relations|programs?|engineer|solutions|account|sales|operations"
        "|enablement|integrations?)",
        "senior",
        "",
    ),
    ("associate partner", "director", ""),
    (
        r"(?:managing |senior |equity |general |name |executive )?partner|soci[oa]"
        r"|teilhaber\w*|vennoot|associee?",
        "partner",
        "",
    ),
    (
        r"principal (?:[\w&/.-]+ ){0,2}(?:engineer|scientist|consultant|designer|architect|analyst"
        "|developer|product|program|project|researcher|investigator|specialist|statistician"
        r"|accountant|auditor|counsel|associate|manager|writer)\w*",
        "senior",
        "",
    ),
    ("(?:assistant|vice|deputy) principal", "manager", ""),
    (
        "(?:school|elementary|middle|high|primary|secondary) (?:school )?principal|principal of",
        "director",
        "",
    ),
    # A bare "Principal" owns or co-owns a consulting or design practice.
    ("principal", "partner", ""),
    ("(?:assistant|associate) (?:controller|comptroller|treasurer)", "manager", ""),
    ("(?:project|cost|traffic) controller", "senior", ""),
    ("controller|comptroller|treasurer", "director", ""),
    ("assistant director", "manager", ""),
    (
        "direct(?:or|ora|eur|rice)|dirett(?:ore|rice)|diretora?|direkt(?:or|orin)",
        "director",
        "",
    ),
    ("head(?! (?:coach|hunter|start))|dean", "director", ""),
    ("provost", "vp", ""),
    ("chancellor", "cxo", ""),
    (r"\w*(?:team|gruppen|schicht|filial)leiter(?:in)?", "manager", ""),
    (r"\w*projektleiter(?:in)?|chef de projet|jef[ea] de proyecto", "manager", ""),
    (r"\w*leiter(?:in)?|leitung", "director", ""),
    # These managers look after accounts and portfolios, not people; LinkedIn still files
    # product, project and programme managers at Manager, and so do we.
    ((f"(?:associate|assistant|junior) (?:{_IC_MANAGED}) manager"), "entry", ""),
    (
        "(?:group |principal |technical |senior )?(?:product|project|program|programme) manager",
        "manager",
        "",
    ),
    ((f"(?:{_IC_MANAGED}) manager"), "senior", ""),
    (
        r"manager(?:in)?|supervis(?:or|ora|eur)|foreman|responsab(?:le|ile)|gerente|jef[ea]"
        r"|chef d(?:e|'|es|u) \w+|team ?leader",
        "manager",
        "",
    ),
    ("staff (?:accountant|nurse|attorney|auditor|writer|member)", "entry", ""),
    (
        "staff (?:software |data |machine learning |ml |research |product )?(?:engineer"
        "|scientist|designer|developer|architect|researcher|product manager)",
        "senior",
        "",
    ),
    (
        "senior|lead(?! generation)|expert|distinguished|fellow|professora?|professeur"
        "|physician|surgeon|attorney|lawyer|counsel|pharmacist|architect|actuary"
        "|nurse practitioner|dentist|psychologist|abogad[oa]|avocate?|medico|medecin"
        "|arzt|arztin",
        "senior",
        "",
    ),
    (
        "junior|associate|assistant|analyst|coordinator|representative|specialist|clerk"
        "|technician|accountant|bookkeeper|engineer|developer|programmer|designer"
        "|administrator|agent|officer|nurse|rn|lpn|cna|teacher|tutor|recruiter|sourcer"
        "|paralegal|cashier|receptionist|secretary|scientist|consultant|bdr|sdr"
        "|account executive|instructor|lecturer|ingenier[oa]|ingenieur(?:in)?|asistente"
        r"|assistente|assistent(?:in)?|analista|tecnic[oa]|enfermer[oa]|contadora?|comptable"
        r"|vendedora?|sachbearbeiter(?:in)?|referent(?:in)?|\w*mitarbeiter(?:in)?|chargee? d\w*"
        "|medewerker",
        "entry",
        "",
    ),
    (r"volunteer|benevole|voluntari[oa]|ehrenamt\w*", "unpaid", ""),
)
