"""Outlook and Thunderbird CSVs from installs in every language Rapport reads, imported whole.

Both apps name their columns in the language of the install, and several languages share
their first and last name columns between the two apps ("Nome", "Cognome"): read by the
wrong map, a file kept its names and lost its e-mails and phones without a word. The cases
come from the tables of languages, so a language cannot be added without its file here:
each is a real export's shape (tests/data/contacts/<app>_<language>.csv), imported through
the service the CLI and the import page use.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.formats.address_book_csv import COLUMN_MAPS
from rapport.formats.outlook_languages import LANGUAGES
from rapport.import_page.services import import_bytes

CONTACTS = Path(__file__).resolve().parents[1] / "data" / "contacts"
OUTCOMES = ("new", "updated", "unchanged", "merged", "review", "skipped")
CP1252 = "Windows-1252 (Western European)"

#: What one contact becomes: name, company, job title, e-mails, phones (never a fax).
Person = tuple[str, str, str, list[str], list[str]]


class Expected(NamedTuple):
    encoding: str
    people: list[Person]
    skipped: int = 0


def cases() -> list[tuple[str, str]]:
    """Return (app, language) for every language the readers' tables hold."""
    outlook = [("outlook", language) for language in LANGUAGES]
    thunderbird = [("thunderbird", columns.language) for columns in COLUMN_MAPS["thunderbird"]]
    return outlook + thunderbird


def file_name(app: str, language: str) -> str:
    return f"{app}_{language.lower().replace('-', '_')}.csv"


EXPECTED: dict[tuple[str, str], Expected] = {
    ("outlook", "en"): Expected(
        CP1252,
        [
            (
                "Margaret Hamilton",
                "Hamilton Tech, Inc.",
                "Director of Engineering",
                ["margaret@hamilton.example"],
                ["+16175550111", "+16175550113"],
            ),
            ("Søren Kierkegaard", "Copenhagen Ideas ApS", "", [], []),
            ("Katherine Johnson", "NASA", "=SUM(1)", ["katherine@nasa.example"], ["+17575550100"]),
            ("José Núñez", "Núñez & Asociados", "", ["jose@nunez.example"], []),
        ],
        skipped=1,
    ),
    ("outlook", "de"): Expected(
        CP1252,
        [
            (
                "Jürgen Weiß",
                "Müller & Söhne GmbH",
                "Vertriebsleiter",
                ["juergen.weiss@example.de"],
                # Local numbers, read in the importer's default region (US), stay as written.
                ["030 12345678", "0151 23456789"],
            ),
            ("Eva Schäfer", "Charité", "Oberärztin", ["eva.schaefer@example.de"], ["+493045050"]),
        ],
    ),
    ("outlook", "fr"): Expected(
        CP1252,
        [
            (
                "Hélène Lefèvre",
                "Société Générale",
                # French Outlook's second "Titre" column, after the salutation's.
                "Directrice financière",
                ["helene.lefevre@socgen.example.fr"],
                ["+33142142000", "+33612345678"],
            ),
            (
                "Noël Bénard",
                "Crédit Agricole",
                "Chargé d'affaires",
                ["noel.benard@ca.example.fr"],
                ["+33472000000"],
            ),
        ],
    ),
    ("outlook", "es"): Expected(
        CP1252,
        [
            (
                "María José Núñez Peña",
                "Telefónica España",
                "Directora de Compras",
                ["mj.nunez@telefonica.example.es"],
                ["+34913123456", "+34612345678"],
            ),
            (
                "Íñigo Ibáñez Ortega",
                "Construcciones Ibáñez S.L.",
                "Jefe de Obra",
                ["inigo@ibanez.example.es", "inigo.ibanez@correo.example.com"],
                ["+34944112233"],
            ),
        ],
    ),
    ("outlook", "it"): Expected(
        CP1252,
        [
            (
                "Niccolò Ferraù",
                "Caffè Sant'Eustachio S.r.l.",
                "Responsabile Vendite",
                ["niccolo.ferrau@esempio.example.it"],
                ["+390668802048", "+393471234567"],
            ),
            (
                "Lucrezia D'Annunzio",
                "Università di Bologna",
                "Ricercatrice",
                ["lucrezia.dannunzio@esempio.example.it"],
                ["+390512099111"],
            ),
        ],
    ),
    ("outlook", "nl"): Expected(
        CP1252,
        [
            (
                "Loïs van Rijn",
                "Brouwerij De Eenhoorn B.V.",
                "Hoofd Inkoop",
                ["lois.vanrijn@eenhoorn.example.nl"],
                ["+31201234567", "+31612345678"],
            ),
            (
                "Geertruida Hoekstra-Bosch",
                "Gemeente Zwolle",
                "Beleidsmedewerker",
                ["g.hoekstra@zwolle.example.nl"],
                ["+31384989111"],
            ),
        ],
    ),
    ("outlook", "pt-BR"): Expected(
        CP1252,
        [
            (
                "João Paulo Gonçalves",
                "Açúcar Guarani S.A.",
                "Gerente de Exportação",
                ["joao.goncalves@guarani.example.com.br"],
                ["+551134567890", "+5511987654321"],
            ),
            (
                "Conceição Araújo",
                "Prefeitura de Belém",
                "Secretária de Finanças",
                ["conceicao.araujo@belem.example.gov.br"],
                ["+559132221100"],
            ),
        ],
    ),
    ("outlook", "pl"): Expected(
        # Polish Windows writes Outlook's CSV in its own code page, not in 1252.
        "Windows-1250 (Central European)",
        [
            (
                "Łukasz Wójcik",
                "Żabka Polska sp. z o.o.",
                "Kierownik działu zakupów",
                ["lukasz.wojcik@zabka.example.pl"],
                ["+48618560000", "+48601234567"],
            ),
            (
                "Małgorzata Śliwińska",
                "Politechnika Gdańska",
                "Dziekan",
                ["m.sliwinska@pg.example.edu.pl"],
                ["+48583471000"],
            ),
        ],
    ),
    ("thunderbird", "en"): Expected(
        "UTF-8",
        [
            (
                "Zoë Lefèvre",
                "Légère SAS",
                "Head of Data, Europe",
                ["zoe.lefevre@legere.example.fr", "zoe@lefevre.example.org"],
                ["+33142685300", "+33612345678"],
            ),
            (
                "Ravi Shah",
                "Acme Robotics",
                "Technical Recruiter",
                ["ravi.shah@acme-robotics.example.com"],
                ["+16175550142", "+16175550199"],
            ),
            ("hello@studio.example", "", "", ["hello@studio.example"], []),
            ("Maria Gonzalez", "Northwind Traders", "", ["maria@northwind.example.net"], []),
        ],
    ),
    ("thunderbird", "de"): Expected(
        "UTF-8",
        [
            (
                "Jürgen Müller",
                "Beispiel GmbH",
                "Leiter Einkauf",
                ["juergen.mueller@beispiel.example.de", "jm@example.org"],
                ["+49301234567", "+491712345678"],
            ),
            ("Svenja Koch", "", "", ["svenja.koch@example.de"], []),
        ],
    ),
    ("thunderbird", "fr"): Expected(
        "UTF-8",
        [
            (
                "Hélène Dupré",
                "Exemple SA",
                "Directrice financière",
                ["helene.dupre@exemple.example.fr"],
                ["+33142685300", "+33612345678"],
            ),
            ("Marc Lefort", "", "", ["marc.lefort@example.fr"], []),
        ],
    ),
    ("thunderbird", "es"): Expected(
        "UTF-8",
        [
            (
                "Begoña Muñoz Peña",
                "Ibérica de Envases, S.A.",
                "Directora de Compras",
                ["begona.munoz@ejemplo.example.es", "bmunoz@correo.example.com"],
                ["+34913123456", "+34612345678"],
            ),
            ("Íñigo Ibáñez", "", "", ["inigo.ibanez@ejemplo.example.es"], ["+34944112233"]),
        ],
    ),
    ("thunderbird", "it"): Expected(
        "UTF-8",
        [
            (
                "Niccolò Ferraù",
                "Caffè Sant'Eustachio S.r.l.",
                "Responsabile Vendite",
                ["niccolo.ferrau@esempio.example.it"],
                ["+390668802048", "+393471234567"],
            ),
            (
                "Lucrezia D'Annunzio",
                "",
                "",
                ["lucrezia.dannunzio@esempio.example.it", "lucrezia@posta.example.it"],
                ["+390512099111"],
            ),
        ],
    ),
    ("thunderbird", "nl"): Expected(
        "UTF-8",
        [
            (
                "Loïs van Rijn",
                "Brouwerij De Eenhoorn B.V.",
                "Hoofd Inkoop",
                ["lois.vanrijn@voorbeeld.example.nl"],
                ["+31201234567", "+31612345678"],
            ),
            ("Geertruida Hoekstra-Bosch", "", "", ["g.hoekstra@voorbeeld.example.nl"], []),
        ],
    ),
    ("thunderbird", "nl-old"): Expected(
        "UTF-8",
        [
            (
                "Sjoerd de Vries",
                "Zuivelfabriek Friesland B.V.",
                "Bedrijfsleider",
                ["sjoerd.devries@voorbeeld.example.nl", "sjoerd@thuis.example.nl"],
                ["+31582123456", "+31687654321"],
            ),
            ("Anneloes Brouwer-Eijkelenbööm", "", "", ["anneloes@voorbeeld.example.nl"], []),
        ],
    ),
    ("thunderbird", "pt-BR"): Expected(
        "UTF-8",
        [
            (
                "João Gonçalves",
                "Açúcar Guarani S.A.",
                "Gerente de Exportação",
                ["joao.goncalves@exemplo.example.com.br", "jgoncalves@correio.example.com"],
                ["+551134567890", "+5511987654321"],
            ),
            (
                "Conceição Araújo",
                "",
                "",
                ["conceicao.araujo@exemplo.example.gov.br"],
                ["+559132221100"],
            ),
        ],
    ),
    ("thunderbird", "pl"): Expected(
        "UTF-8",
        [
            (
                "Łukasz Wójcik",
                "Żabka Polska sp. z o.o.",
                "Kierownik działu zakupów",
                ["lukasz.wojcik@przyklad.example.pl"],
                ["+48221234567", "+48601234567"],
            ),
            ("Małgorzata Śliwińska", "", "", ["m.sliwinska@przyklad.example.pl"], ["+48583471000"]),
        ],
    ),
}


def test_every_language_read_has_a_file_and_what_it_must_import_to() -> None:
    assert sorted(EXPECTED) == sorted(cases())
    missing = [file_name(*case) for case in cases() if not (CONTACTS / file_name(*case)).exists()]
    assert missing == []


@pytest.mark.parametrize(("app", "language"), cases())
def test_an_export_from_an_install_in_this_language_imports_whole(
    alice: User, app: str, language: str
) -> None:
    name = file_name(app, language)
    expected = EXPECTED[app, language]
    run = import_bytes(alice, (CONTACTS / name).read_bytes(), name)
    assert (run.format, run.encoding) == (app, expected.encoding)
    counts = run.counts
    assert counts["read"] == sum(counts[outcome] for outcome in OUTCOMES)
    assert (counts["read"], counts["new"], counts["skipped"]) == (
        len(expected.people) + expected.skipped,
        len(expected.people),
        expected.skipped,
    )
    people = [
        (c.full_name, c.company_name, c.position, c.emails, c.phones)
        for c in Contact.objects.owned_by(alice).order_by("pk")
    ]
    assert people == expected.people
