"""Read Thunderbird's and Yahoo's contacts CSVs, each by a map of its columns.

Yahoo writes one fixed English header; Thunderbird names its columns in the language of
its install (the strings 2100–2136 of its ``importMsgs.properties``), so it has a map per
language, all with the same columns in the same order. A list of column names per field
is all a format needs; Outlook's reader, whose headers differ more, has its own.

- Thunderbird (Address Book → Export → CSV, UTF-8, CRLF, quoted only where needed):
  ``First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,
  Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,…,Job Title,Department,
  Organization,Web Page 1,Web Page 2,…,Notes``. Older versions put Screen Name last.
- Yahoo (Contacts → Export → "Yahoo CSV", every cell quoted): ``"First","Middle","Last",
  "Nickname","Email","Category",…,"Home","Work","Pager","Fax","Mobile","Other","Yahoo Phone",
  "Primary","Alternate Email 1","Alternate Email 2","Personal Website","Business Website",
  "Title","Company",…,"Comments",…``. "Primary" names the phone to use first ("mobile"), and
  an apostrophe is written as the HTML entity ``&#39;`` (``O&#39;Brien``).

Rows are numbered as a spreadsheet shows them: the header is row 1; a quoted cell spanning
lines still counts as one row.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from rapport.core.records import ContactFile, ContactRecord, Skipped
from rapport.formats.headers import Looks, looks_like_thunderbird, looks_like_yahoo
from rapport.formats.linkedin import slug_from_url
from rapport.formats.names import clean_name, split_full_name
from rapport.formats.reachable import split_emails, split_phones
from rapport.formats.text import (
    Table,
    cell,
    decode,
    join_name,
    left_out_reason,
    read_table,
    unique,
)


@dataclass(frozen=True)
class ColumnMap:
    """Which lower-cased header names hold each field of one format."""

    looks_like: Looks
    first: str
    last: str
    #: The language of the install that writes these names ("en", "pt-BR").
    language: str = "en"
    middle: str = ""
    #: A whole name, used when the first and last names are empty.
    name: str = ""
    emails: tuple[str, ...] = ()
    #: Fax numbers are left out: they share the words but reach no one.
    phones: tuple[str, ...] = ()
    #: A column naming which of ``phones`` comes first (Yahoo's "Primary": "mobile").
    primary_phone: str = ""
    company: str = ""
    position: str = ""
    notes: str = ""
    urls: tuple[str, ...] = ()
    #: Groups the person is in, which become circles.
    categories: str = ""
    #: Cells hold HTML entities (Yahoo writes ``&#39;`` for an apostrophe).
    html_entities: bool = False


THUNDERBIRD = ColumnMap(
    looks_like=looks_like_thunderbird,
    first="first name",
    last="last name",
    name="display name",
    emails=("primary email", "secondary email"),
    phones=("work phone", "home phone", "pager number", "mobile number"),
    company="organization",
    position="job title",
    notes="notes",
    urls=("web page 1", "web page 2"),
)
#: Thunderbird in German: the same columns in the same order, their names translated.
THUNDERBIRD_DE = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="de",
    first="vorname",
    last="nachname",
    name="anzeigename",
    emails=("primäre e-mail-adresse", "sekundäre e-mail-adresse"),
    phones=("tel. dienstlich", "tel. privat", "pager-nummer", "mobil-tel.-nr."),
    company="organisation",
    position="arbeitstitel",
    notes="notizen",
    urls=("webseite 1", "webseite 2"),
)
#: Thunderbird in French.
THUNDERBIRD_FR = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="fr",
    first="prénom",
    last="nom de famille",
    name="nom à afficher",
    emails=("adresse électronique principale", "adresse électronique secondaire"),
    phones=("tél. professionnel", "tél. personnel", "pager", "portable"),
    company="société",
    position="profession",
    notes="notes",
    urls=("site web 1", "site web 2"),
)
THUNDERBIRD_ES = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="es",
    first="nombre",
    last="apellidos",
    name="nombre mostrado",
    emails=(
        "dirección de correo electrónico principal",
        "dirección de correo electrónico secundaria",
    ),
    phones=("teléfono (trabajo)", "teléfono particular", "buscapersonas", "teléfono móvil"),
    company="organización",
    position="puesto",
    notes="notas",
    urls=("página web 1", "página web 2"),
)
THUNDERBIRD_IT = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="it",
    first="nome",
    last="cognome",
    name="nome visualizzato",
    emails=("email primaria", "email secondaria"),
    phones=("telefono lavoro", "telefono casa", "numero cercapersone", "numero cellulare"),
    company="organizzazione",
    position="qualifica",
    notes="note",
    urls=("pagina web 1", "pagina web 2"),
)
THUNDERBIRD_NL = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="nl",
    first="voornaam",
    last="achternaam",
    name="weergavenaam",
    emails=("primair e-mailadres", "secundair e-mailadres"),
    phones=("telefoon werk", "telefoon thuis", "piepernummer", "mobiel nummer"),
    company="organisatie",
    position="werkfunctie",
    notes="aantekeningen",
    urls=("webpagina 1", "webpagina 2"),
)
#: Older Dutch versions named the addresses and the job title otherwise.
THUNDERBIRD_NL_OLD = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="nl-old",
    first="voornaam",
    last="achternaam",
    name="weergavenaam",
    emails=("eerste e-mail", "tweede e-mail"),
    phones=("telefoon werk", "telefoon thuis", "piepernummer", "mobiel nummer"),
    company="organisatie",
    position="werktitel",
    notes="aantekeningen",
    urls=("webpagina 1", "webpagina 2"),
)
THUNDERBIRD_PT_BR = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="pt-BR",
    first="primeiro nome",
    last="sobrenome",
    name="nome de exibição",
    emails=("email principal", "email secundário"),
    phones=("telefone comercial", "telefone residencial", "número do pager", "número do celular"),
    company="organização",
    position="cargo",
    notes="notas",
    urls=("página web 1", "página web 2"),
)
#: "Telefonu służbowy" is the translation's own spelling.
THUNDERBIRD_PL = ColumnMap(
    looks_like=looks_like_thunderbird,
    language="pl",
    first="imię",
    last="nazwisko",
    name="wyświetlana nazwa",
    emails=("podstawowy e-mail", "dodatkowy e-mail"),
    phones=("telefonu służbowy", "telefon domowy", "pager", "numer telefonu komórkowego"),
    company="firma/organizacja",
    position="stanowisko",
    notes="notatki",
    urls=("strona www 1", "strona www 2"),
)
YAHOO = ColumnMap(
    looks_like=looks_like_yahoo,
    first="first",
    middle="middle",
    last="last",
    emails=("email", "alternate email 1", "alternate email 2"),
    phones=("home", "work", "pager", "mobile", "other", "yahoo phone"),
    primary_phone="primary",
    company="company",
    position="title",
    notes="comments",
    urls=("personal website", "business website"),
    categories="category",
    html_entities=True,
)
#: Format -> its maps, one per language it writes its header in (the format keys are those
#: of ``kinds.FORMATS``). A header is read by the map it has the most columns of.
COLUMN_MAPS = {
    "thunderbird": (
        THUNDERBIRD,
        THUNDERBIRD_DE,
        THUNDERBIRD_FR,
        THUNDERBIRD_ES,
        THUNDERBIRD_IT,
        THUNDERBIRD_NL,
        THUNDERBIRD_NL_OLD,
        THUNDERBIRD_PT_BR,
        THUNDERBIRD_PL,
    ),
    "yahoo": (YAHOO,),
}


def read_address_book_csv(
    data: bytes, filename: str, format: str, default_region: str = "US"
) -> ContactFile:
    """Return the contacts in a CSV of ``format`` ("thunderbird" or "yahoo").

    Raises ImportFileError when the text cannot be decoded or has no name column.
    """
    maps = COLUMN_MAPS[format]
    table = read_table(decode(data, filename), filename, maps[0].looks_like)
    keys = set(table.keys())
    # The language of the header: Dutch versions share the name columns and differ in
    # the addresses', so a map's other columns count too (the first map wins a tie).
    columns = max(maps, key=lambda m: len(_names(m) & keys))
    found = _Columns(table, columns)
    table.require(
        filename,
        First_Name_or_Name=next(
            (c for c in (found.first, found.last, found.name) if c is not None), None
        ),
    )
    records: list[ContactRecord] = []
    skipped: list[Skipped] = []
    for row, cells in table.rows:
        if columns.html_entities:
            cells = [html.unescape(c) if "&" in c else c for c in cells]
        record = found.record(cells, format, f"row {row}", default_region)
        if reason := left_out_reason(record, *found.names(cells)):
            skipped.append(Skipped(f"row {row}", reason))
        else:
            records.append(record)
    skipped.extend(table.skipped())
    return ContactFile(format, records, skipped)


def _names(columns: ColumnMap) -> set[str]:
    """Return the header names ``columns`` reads."""
    single = (columns.first, columns.last, columns.name, columns.company, columns.position)
    return {*single, *columns.emails, *columns.phones, *columns.urls} - {""}


class _Columns:
    """Where each field of a ``ColumnMap`` is in this file's header."""

    def __init__(self, table: Table, columns: ColumnMap) -> None:
        self.table = table
        keys = table.keys()

        def at(name: str) -> int | None:
            # "" is a field the format has not; a header may have a blank cell too.
            return keys.index(name) if name and name in keys else None

        self.first = at(columns.first)
        self.middle = at(columns.middle)
        self.last = at(columns.last)
        self.name = at(columns.name)
        self.company = at(columns.company)
        self.position = at(columns.position)
        self.notes = at(columns.notes)
        self.categories = at(columns.categories)
        self.primary_phone = at(columns.primary_phone)
        self.emails = [keys.index(name) for name in columns.emails if name in keys]
        # In the file's order, as Outlook's are.
        self.phones = sorted(keys.index(name) for name in columns.phones if name in keys)
        self.urls = [keys.index(name) for name in columns.urls if name in keys]

    def _phones(self, cells: list[str]) -> list[str]:
        """Return the row's phone numbers, the one its primary column names first."""
        primary = cell(cells, self.primary_phone).lower()
        keys = self.table.keys()
        order = sorted(self.phones, key=lambda index: keys[index] != primary)
        return [cell(cells, index) for index in order]

    def names(self, cells: list[str]) -> list[str]:
        """Return the row's name cells: first, middle, last and whole name."""
        return [cell(cells, c) for c in (self.first, self.middle, self.last, self.name)]

    def record(
        self, cells: list[str], format: str, where: str, default_region: str
    ) -> ContactRecord:
        first = clean_name(cell(cells, self.first))
        last = clean_name(cell(cells, self.last))
        whole = cell(cells, self.name)
        if whole and not (first or last):
            first, last = split_full_name(whole)
        company = cell(cells, self.company)
        emails, left_out_emails = split_emails(cell(cells, i) for i in self.emails)
        phones, left_out_phones = split_phones(self._phones(cells), default_region)
        urls = unique([cell(cells, i) for i in self.urls])
        slug = next((s for url in urls if (s := slug_from_url(url))), "")
        raw = self.table.raw(cells)
        categories = cell(cells, self.categories)
        if categories:
            raw["categories"] = categories
        return ContactRecord(
            source_format=format,
            where=where,
            first_name=first,
            last_name=last,
            full_name=join_name(first, cell(cells, self.middle), last)
            or whole
            or company
            or next(iter(emails), ""),
            emails=emails,
            phones=phones,
            urls=urls,
            linkedin_slug=slug,
            company=company,
            position=cell(cells, self.position),
            notes=cell(cells, self.notes),
            source_key=slug or next(iter(emails), "").lower(),
            raw=raw,
            left_out_emails=left_out_emails,
            left_out_phones=left_out_phones,
        )
