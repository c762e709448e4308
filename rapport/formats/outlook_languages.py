"""The column names Outlook writes in its contacts CSV, one entry per language of install.

Outlook names its columns in the language it is installed in, and versions differ: the
same Spanish install has written "E-mail Address" and "Dirección de correo electrónico"
for the first address. Each field lists every name seen for it, lower-cased. The evidence
for each language is in docs/decisions.md ("Outlook and Thunderbird CSVs in eight
languages"); tests/contacts/test_import_languages.py imports one real-shaped file per entry.

Kept apart from the reader so that telling a file's kind (headers.py) loads no reader.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class OutlookLanguage:
    """Which lower-cased header names hold each field in one language's Outlook CSV."""

    first: tuple[str, ...]
    last: tuple[str, ...]
    #: The first, second and third address, in that order.
    emails: tuple[str, ...]
    middle: tuple[str, ...] = ()
    company: tuple[str, ...] = ()
    #: The job title. French Outlook names it "Titre", as it names the salutation before
    #: it, so the last column of a name is the one taken.
    position: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    web_page: tuple[str, ...] = ()
    #: Words that every phone column's name holds ("telefon" in "Mobiltelefon").
    phone_words: tuple[str, ...] = ()
    #: Phone columns whose names hold none of those words (Italian "Cellulare").
    phones: tuple[str, ...] = ()
    #: Words in a fax column's name: faxes share the phone words but reach no one.
    fax_words: tuple[str, ...] = ("fax",)
    #: Whether its first and last name columns alone tell an Outlook file. Not so for
    #: English: "First Name" and "Last Name" head every kind of contacts sheet.
    names_tell: bool = True

    def is_phone(self, key: str) -> bool:
        """Return True when header ``key`` names a phone column (not a fax)."""
        if any(word in key for word in self.fax_words):
            return False
        return key in self.phones or any(word in key for word in self.phone_words)

    def names(self) -> set[str]:
        """Return every column name of this language's fields."""
        found: set[str] = set()
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, tuple) and item.name not in ("phone_words", "fax_words"):
                found.update(value)
        return found

    def looks_like(self, keys: set[str]) -> bool:
        """Return True when header ``keys`` are this language's Outlook header."""
        if any(name in keys for name in self.emails):
            return True
        return (
            self.names_tell
            and any(name in keys for name in self.first)
            and any(name in keys for name in self.last)
        )


#: Language (as Outlook's install names it) -> its column names; English first, which a
#: header matching none is read as.
LANGUAGES: dict[str, OutlookLanguage] = {
    "en": OutlookLanguage(
        first=("first name",),
        middle=("middle name",),
        last=("last name",),
        emails=("e-mail address", "e-mail 2 address", "e-mail 3 address"),
        company=("company",),
        position=("job title",),
        notes=("notes",),
        web_page=("web page",),
        phone_words=("phone",),
        names_tell=False,
    ),
    "de": OutlookLanguage(
        first=("vorname",),
        middle=("weitere vornamen", "zweiter vorname"),
        last=("nachname",),
        emails=("e-mail-adresse", "e-mail 2: adresse", "e-mail 3: adresse"),
        company=("firma",),
        position=("position",),
        notes=("notizen",),
        web_page=("webseite",),
        phone_words=("telefon",),
    ),
    "fr": OutlookLanguage(
        first=("prénom",),
        middle=("deuxième prénom",),
        last=("nom",),
        emails=("adresse de messagerie", "adresse de messagerie 2", "adresse de messagerie 3"),
        company=("société",),
        position=("fonction", "titre"),
        notes=("notes",),
        web_page=("page web",),
        phone_words=("téléphone", "tél."),
        fax_words=("fax", "télécopie"),
    ),
    "es": OutlookLanguage(
        first=("nombre",),
        middle=("segundo nombre",),
        last=("apellidos",),
        # Older installs left the first address's column, and the mobile's, in English.
        emails=(
            "dirección de correo electrónico",
            "e-mail address",
            "dirección de correo electrónico 2",
            "dirección del correo electrónico 3",
        ),
        company=("organización",),
        position=("puesto",),
        notes=("notas", "notes"),
        web_page=("página web",),
        phone_words=("teléfono", "phone"),
        phones=("particular",),
    ),
    "it": OutlookLanguage(
        first=("nome",),
        middle=("secondo nome",),
        last=("cognome",),
        emails=(
            "indirizzo posta elettronica",
            "indirizzo posta elettronica 2",
            "indirizzo posta elettronica 3",
        ),
        company=("società",),
        position=("posizione",),
        notes=("notes",),
        web_page=("pagina web",),
        phone_words=("telefono",),
        # Office, home and mobile are named by place alone.
        phones=("ufficio", "ufficio 2", "abitazione", "abitazione 2", "cellulare"),
    ),
    "nl": OutlookLanguage(
        first=("voornaam",),
        middle=("middelste naam",),
        last=("achternaam",),
        emails=("e-mailadres", "e-mailadres 2", "e-mailadres 3"),
        company=("bedrijf",),
        position=("functie",),
        notes=("notities",),
        web_page=("webpagina",),
        phone_words=("telefoon",),
    ),
    "pt-BR": OutlookLanguage(
        first=("primeiro nome",),
        middle=("segundo nome",),
        last=("sobrenome",),
        # Outlook in Brazilian Portuguese leaves the first address's column in English.
        emails=("e-mail address", "endereço de email 2", "endereço de email 3"),
        company=("empresa",),
        position=("cargo",),
        notes=("anotações",),
        web_page=("página da web",),
        phone_words=("telefone",),
    ),
    "pl": OutlookLanguage(
        first=("imię",),
        middle=("drugie imię",),
        last=("nazwisko",),
        emails=("adres e-mail", "adres e-mail 2", "adres e-mail 3"),
        company=("firma",),
        position=("stanowisko",),
        notes=("notatki",),
        web_page=("strona sieci web",),
        phone_words=("telefon",),
        fax_words=("faks", "fax"),
    ),
}


def language_of(keys: set[str]) -> OutlookLanguage:
    """Return the language whose column names header ``keys`` holds most of (English on a
    tie or when none is held): Polish and German both write "Firma", but not "Imię"."""
    return max(LANGUAGES.values(), key=lambda language: len(language.names() & keys))


def looks_like_outlook(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of an Outlook CSV."""
    return "business phone" in keys or any(lang.looks_like(keys) for lang in LANGUAGES.values())
