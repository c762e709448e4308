"""Function words behind ``titles.read_title``: which words in a title name which field.

Matched, like the level words in ``title_words``, against a folded title (lower-case ASCII,
periods dropped, hyphens as spaces, abbreviations spelled out).
"""

from __future__ import annotations

#: Function words in four tiers. Tier 0 (whoever runs the whole company) beats any function
#: named beside it ("President & COO" runs the company); in tier 1 the earliest function in
#: the title wins ("VP Sales & Marketing" is sales); tier 2 is general management by a role
#: that may sit inside a function ("Managing Director, Investment Banking" is finance);
#: tier 3 only hints at a field ("Medical Director").
FUNCTION_TIERS: tuple[tuple[tuple[str, str], ...], ...] = (
    (
        (
            "general_management",
            (
                r"ceo|chief executive|(?<!vice )president(?!'?s\b)|president[ea]|(?:co )?founder"
                "|cofounder|founding partner|(?<!product )(?<!process )(?<!service )(?<!system )"
                "(?<!data )(?<!platform )(?<!control )(?<!risk )(?:co )?owner|proprietor"
                r"|self employed|gesch(?:a|ae)ftsf(?:u|ue)hr\w*|pdg|dg|direct(?:eur|rice) generale?"
                "|director general|gerente general|amministratore delegato|algemeen directeur"
                r"|direttore generale|diretora? geral|generaldirektor\w*"
                r"|vorstandsvorsitz\w*|inhaber(?:in)?|gr(?:u|ue)nder(?:in)?|eigenaar|oprichter"
                "|fundadora?|fondat(?:eur|rice|ore)|titolare|(?:solo)?entrepreneur|gerante?"
            ),
        ),
    ),
    (
        ("sales", ("account (?:manager|executive|director|representative)|key account")),
        (
            "hr_recruiting",
            (
                "people (?:operations|partner|team|& culture|and culture|officer|development"
                "|business partner|analytics|experience|lead)|chief people"
            ),
        ),
        ("engineering", ("chief technology officer|cto")),
        ("product", ("product(?! (?:marketing|sales))|ux|ui|user experience")),
        (
            "finance",
            (
                r"financ\w*|finanz\w*|fp ?& ?a|fpa|account(?:ing|ant|s payable|s receivable)"
                r"|controll(?:er|ing)|comptroller|treasur\w*|tax|audit\w*|cfo|cpa|bookkeep\w*"
                r"|payroll|credit|risk|investments?|investor relations|bank\w*|actuar\w*"
                r"|underwrit\w*|loan|mortgage|wealth|portfolio manager|private equity"
                r"|equity (?:research|analyst)|m ?& ?a|daf|contador\w*|contab\w*|comptab\w*"
                r"|buchhalt\w*|rechnungswesen|tesor\w*|tresor\w*"
            ),
        ),
        (
            "marketing",
            (
                "marketing|brand|communications?|comms|public relations|pr|content|seo|sem"
                r"|social media|advertising|cmo|mercad\w*|kommunikation"
            ),
        ),
        (
            "sales",
            (
                "sales|business development|bdr|sdr|territory|customer success|revenue"
                r"|commercial|ventas|vendedor\w*|vertrieb\w*|verkauf\w*|ventes|commerciale?"
                "|comercial|vendite|partnerships"
            ),
        ),
        (
            "hr_recruiting",
            (
                r"hr|human resources|talent|recruit\w*|sourcer|head ?hunt\w*|staffing|chro"
                "|compensation|benefits|total rewards|learning (?:&|and) development|l ?& ?d"
                r"|employee relations|workforce|personal(?:leiter|abteilung|referent|wesen"
                r"|entwicklung|chef)\w*|rrhh|recursos humanos|ressources humaines|drh"
                r"|risorse umane|rh|diversity|inclusion|dei|reclut\w*|recrut\w*|executive search"
            ),
        ),
        (
            "legal",
            (
                r"legal\w*|counsel|attorney|lawyer|paralegal|compliance|solicitor|barrister"
                r"|juris\w*|law|notary|abogad\w*|avocat\w*|juriste|rechtsanwalt\w*|justiziar\w*"
                r"|juridic\w*|clo"
            ),
        ),
        (
            "it",
            (
                r"infotech|information (?:technology|systems|security)|cyber\w*|security"
                r"|network\w*|systems administrator|sysadmin|help ?desk|service desk"
                "|desktop support|infrastructure|dba|database administrator|cio|ciso"
                "|informatique|informatica|sistemas|edv"
            ),
        ),
        (
            "engineering",
            (
                r"engineer\w*|developer|software|programmer|r ?& ?d|research (?:and|&) development"
                r"|devops|sre|scientist|architect|ingenier\w*|ingenieur\w*|entwickl\w*"
                r"|desarroll\w*|developpeu\w*|hardware|firmware|mechanical|electrical|qa"
            ),
        ),
        (
            "operations",
            (
                r"operations|operating|supply chain|logistic\w*|procurement|purchasing|sourcing"
                r"|manufacturing|production|plant|quality|facilit\w*|warehouse|distribution"
                r"|fulfil\w*|inventory|materials|(?:demand|supply) planning|s ?& ?op|lean"
                r"|continuous improvement|six sigma|proje[ck]?t\w*|proyect\w*"
                r"|program(?:me)? (?:manager|management|director|lead)|pmo|coo|operaciones"
                r"|logistique|achats|einkauf\w*|produktion|fertigung|compras|produccion|acquisti"
            ),
        ),
        (
            "healthcare",
            (
                r"nurs\w*|rn|lpn|cna|np|physician|doctor|surgeon|pharmac\w*|therapist"
                r"|physiotherapist|clinician|dentist|hygienist|paramedic|emt|radiolog\w*"
                r"|caregiver|midwife|psycholog\w*|psychiatr\w*|enfermer\w*|medico|medecin|arzt\w*"
                r"|krankenschwester|pflege\w*|infirmi\w*|veterinar\w*|cno"
            ),
        ),
        (
            "education",
            (
                r"teach\w*|professor|lecturer|instructor|educator|tutor|dean|department chair\w*"
                "|chair of (?:the )?department|provost|faculty|academic|school principal"
                "|(?:assistant|vice|deputy) principal"
                "|principal of|(?:elementary|middle|high|primary|secondary) school"
                r"|profes+or\w*|maestr[oa]|docente|lehrer\w*|enseignant\w*|leraar"
            ),
        ),
        ("marketing", (r"creative|graphic design\w*")),
    ),
    (
        (
            "general_management",
            (
                "general manager|country manager|managing (?:director|partner)"
                r"|executive director|partner|trustee|principal|chair\w*|board|vorstand\w*"
                "|bedrijfsleider|site (?:leader|director|head)|business unit|chancellor"
            ),
        ),
    ),
    (
        ("healthcare", (r"medical|clinical|health\w*|patient|hospital")),
        ("it", ("technology|digital|data")),
        ("education", ("school|university|college")),
    ),
)
