"""A contacts import's rows: a new contact's row from a record, or a record merged into one.

Contacts are handled as plain dicts of column values (see rapport.lib.bulk): a LinkedIn
export can hold 30,000 people, and model instances would cost more than the work itself.
"""

from __future__ import annotations

from datetime import date
from json.encoder import encode_basestring_ascii as quoted
from operator import add
from typing import TYPE_CHECKING, Any

from rapport.contacts.import_notes import JobMove
from rapport.contacts.judging import FACT_FIELDS, JUDGMENT_FIELDS, Judge
from rapport.contacts.models import Company, search_text, source_digests
from rapport.core.companies import company_key
from rapport.core.dedupe import Known
from rapport.core.records import ContactRecord, record_digest
from rapport.lib.bulk import insert_rows
from rapport.lib.column_values import json_list

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Fields a record may set on a contact; an undo puts back their values from before.
TRACKED = (
    "first_name",
    "last_name",
    "full_name",
    "emails",
    "phones",
    "urls",
    "linkedin_slug",
    "company_id",
    "company_name",
    "position",
    "connected_on",
    "sources",
)
ROW_FIELDS = (
    "id",
    *TRACKED,
    "edited_fields",
    "notes",
    "source_digests",
    *FACT_FIELDS,
    *JUDGMENT_FIELDS,
)
#: Columns computed from the others, written with them.
DERIVED = ("search_text", "source_digests")
#: Formats whose company and position are the person's current job (LinkedIn keeps them
#: fresh); address books only fill a job in when none is known.
JOB_SOURCES = {"linkedin"}

Row = dict[str, Any]


class ContactRows:
    """Makes and merges one import's contact rows; new companies wait for ``create_companies``."""

    def __init__(self, user: User, run_id: int, filename: str, company_ids: dict[str, int]) -> None:
        self.user = user
        self.filename = filename
        # Read once: ``pk`` is a property, and every new row carries both.
        self.owner_id: int = user.pk
        self.run_id = run_id
        #: Company key -> id; negative for a company first seen in this file.
        self.company_ids = company_ids
        #: Companies first seen in this file, created in one statement when the file is done:
        #: key -> (the stand-in id rows carry until then, name as written).
        self.new_companies: dict[str, tuple[int, str]] = {}
        self.judge = Judge(user)
        self.job_changes: list[JobMove] = []
        #: What every new contact's source record says between its key and its row, and
        #: the JSON text of its field names: this import's own.
        self._run_text = f', "run": {int(run_id)}, "file": {quoted(filename)}, "where": '
        self._key_text = _KeyTexts().__getitem__

    def company_id(self, name: str) -> int | None:
        key = company_key(name)
        if not key:
            return None
        known: int | None = self.company_ids.get(key)
        if known is None:
            known = -(len(self.new_companies) + 1)
            self.new_companies[key] = (known, name.strip()[:300])
            self.company_ids[key] = known
        return known

    def create_companies(self, rows: list[Row]) -> None:
        """Create the companies this file named first, and give ``rows`` their real ids."""
        if not self.new_companies:
            return
        insert_rows(
            Company,
            [
                {"owner_id": self.owner_id, "name": name, "key": key}
                for key, (_temp, name) in self.new_companies.items()
            ],
        )
        keys = list(self.new_companies)
        real: dict[int, int] = {}
        for begin in range(0, len(keys), 500):
            found = Company.objects.owned_by(self.user).filter(key__in=keys[begin : begin + 500])
            for key, pk in found.values_list("key", "id"):
                real[self.new_companies[key][0]] = pk
                self.company_ids[key] = pk
        for row in rows:
            temp = row.get("company_id")
            if temp is not None and temp < 0:
                row["company_id"] = real[temp]

    def source(self, record: ContactRecord) -> dict[str, Any]:
        return {
            "format": record.source_format,
            "key": record.source_key,
            "run": self.run_id,
            "file": self.filename,
            "where": record.where,
            "fields": record.raw,
        }

    def new_row(self, record: ContactRecord) -> Row:
        """Return the row of a new contact holding ``record`` alone."""
        # Written out rather than through helpers: this runs for each of 30,000 records.
        full_name = (record.full_name or f"{record.first_name} {record.last_name}").strip()[:400]
        company, position, raw = record.company[:300], record.position[:400], record.raw
        circles = _unique(_circles(record)) if "categories" in raw or "labels" in raw else []
        emails, phones, urls = record.emails, record.phones, record.urls
        return {
            "owner_id": self.owner_id,
            "first_name": record.first_name[:200],
            "last_name": record.last_name[:200],
            "full_name": full_name,
            # Most records hold no email, phone or second URL: no list to clean then.
            "emails": _unique([e.lower() for e in emails]) if emails else [],
            "phones": _unique(phones) if phones else [],
            "urls": _url_list(urls[0]) if len(urls) == 1 and urls[0] else _unique(urls),
            "linkedin_slug": record.linkedin_slug[:200],
            "company_id": self.company_id(record.company),
            "company_name": company,
            "position": position,
            "notes": record.notes,
            "circles": circles,
            "connected_on": record.connected_on,
            "sources": self._sources(
                {
                    "format": record.source_format,
                    "key": record.source_key,
                    "run": self.run_id,
                    "file": self.filename,
                    "where": record.where,
                    "fields": raw,
                },
                record.fields_text,
            ),
            "source_digests": record.digest
            or record_digest(record.source_format, record.source_key, raw),
            "import_run_id": self.run_id,
            "overrides": {},
            "search_text": search_text(full_name, company, position),
            # A new contact has no overrides of its own: its judgments are the plan's
            # verdict, computed once per company and reading of the title (Judge.apply_row,
            # without the lookups).
            **self.judge.values(company, position, tuple(circles) if circles else ()),
        }

    def _sources(self, source: dict[str, Any], fields_text: str = "") -> list[dict[str, Any]]:
        """Return ``[source]``, with its JSON text made here when its values are all text.

        The same text as ``json.dumps`` gives, made from the parts a file's records share
        and each text escaped once: encoding each new contact's source record was a tenth
        of a 30,000-row import (docs/benchmarks.md). ``fields_text`` is the fields' text
        when the reader made it for the record's fingerprint (``ContactRecord.fields_text``).
        """
        fields = source["fields"]
        try:
            if not fields_text:
                texts = map(add, map(self._key_text, fields), map(quoted, fields.values()))
                fields_text = f"{{{', '.join(texts)}}}"
            text = (
                f'[{{"format": {quoted(source["format"])}, "key": {quoted(source["key"])}'
                f'{self._run_text}{quoted(source["where"])}, "fields": {fields_text}}}]'
            )
        except TypeError:  # a key or value that is not text: the encoder writes it
            return [source]
        return json_list([source], text)

    def merge(self, row: Row, record: ContactRecord, why: str | None) -> Row:
        """Fold ``record`` into ``row``; return the changed fields' values from before.

        ``why`` is None when ``record`` is read again from an earlier import of its file, and
        otherwise the reason it was found to be the same person, kept with its source.
        """
        old = {name: row[name] for name in TRACKED if name in row}
        edited = set(row.get("edited_fields") or [])
        for name in ("first_name", "last_name", "full_name", "linkedin_slug"):
            value = getattr(record, name)
            if value and not row.get(name) and name not in edited:
                row[name] = value
        if record.connected_on and not row.get("connected_on"):
            row["connected_on"] = record.connected_on
        for name, values in (
            ("emails", [e.lower() for e in record.emails]),
            ("phones", record.phones),
            ("urls", record.urls),
        ):
            merged = _unique([*row[name], *values])
            if merged != row[name] and name not in edited:
                row[name] = merged
        self._merge_job(row, record, edited)
        source = self.source(record)
        if why is not None:
            row["sources"] = [*row["sources"], {**source, "why": why}]
        else:
            same = [
                s
                for s in row["sources"]
                if (s["format"], s["key"]) == (source["format"], source["key"])
            ]
            if not same or same[0]["fields"] != source["fields"]:
                row["sources"] = [s for s in row["sources"] if s not in same] + [source]
        changed = {name: value for name, value in old.items() if row[name] != value}
        if "sources" in changed:
            row["source_digests"] = source_digests(row["sources"])
        if changed:
            row["search_text"] = search_text(row["full_name"], row["company_name"], row["position"])
            self.judge.apply_row(row)
        return changed

    def _merge_job(self, row: Row, record: ContactRecord, edited: set[str]) -> None:
        if not (record.company or record.position) or {"company_name", "position"} & edited:
            return
        has_job = bool(row["company_name"] or row["position"])
        if has_job and record.source_format not in JOB_SOURCES:
            return
        old_company, old_position = row["company_name"], row["position"]
        if (company_key(old_company), old_position.strip()) == (
            company_key(record.company),
            record.position.strip(),
        ):
            return
        row["company_id"] = self.company_id(record.company)
        row["company_name"] = record.company[:300]
        row["position"] = record.position[:400]
        if has_job and row.get("id"):
            self.job_changes.append(
                JobMove(old_company, old_position, record.company, record.position, row)
            )


class _KeyTexts(dict[str, str]):
    """A field name's ``"name": `` JSON text, kept for the first few thousand names."""

    def __missing__(self, key: str) -> str:
        text = quoted(key) + ": "
        if len(self) < 4096:
            self[key] = text
        return text


def known(row: Row) -> Known:
    """Return what the matching index knows of a contact read from the database."""
    return Known(
        id=row["id"],
        full_name=row["full_name"],
        company=row["company_name"],
        linkedin_slug=row["linkedin_slug"],
        emails=tuple(row["emails"]),
        phones=tuple(row["phones"]),
        source_keys=tuple((s["format"], s["key"]) for s in row["sources"] if s.get("key")),
    )


def _circles(record: ContactRecord) -> list[str]:
    categories = record.raw.get("categories", "") or record.raw.get("labels", "")
    if not categories:
        return []
    return [c.strip() for c in categories.replace(";", ",").split(",") if c.strip()]


def _url_list(url: str) -> list[str]:
    """Return ``[url]`` carrying its JSON text: a LinkedIn row's one profile URL, written
    by the bulk writer as it is rather than encoded among a column of lists (a tenth of
    writing 30,000 new contacts' values, docs/benchmarks.md)."""
    return json_list([url], "[" + quoted(url) + "]")


def _unique(values: list[Any]) -> list[Any]:
    """Return the non-empty values once each, in order (most lists hold zero or one)."""
    if len(values) < 2:
        return [v for v in values if v]
    return list(dict.fromkeys(v for v in values if v))


def jsonable(values: Row) -> Row:
    """Return ``values`` with dates as ISO text, as an import's change record keeps them."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
