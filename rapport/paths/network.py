"""Gather what the user's network knows about target companies, as plain ``core.paths`` data.

Counts and "last met" come from aggregations (COUNT, MAX) over the meeting links and the
ledger; only the people who can start a path are loaded. For the target list, the
insiders loaded per company are the best one by judgment and strength (a subquery) plus
everyone met or given something: anyone else there is cold and ranks below that best one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property, reduce
from operator import or_
from typing import TYPE_CHECKING, Any

from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast
from django.utils import timezone

from rapport.accounts.clock import workspace_zone
from rapport.contacts.models import Contact, JobChange
from rapport.core.companies import CompanyMatcher
from rapport.core.former_employers import FORMER_WORDS, former_employers
from rapport.core.paths import DIRECTNESS, STRENGTH_POINTS, Introduction, Network, Person
from rapport.core.titles import SENIORITY_LEVELS, read_title
from rapport.ledger.models import Give
from rapport.ledger.models import Introduction as IntroductionRow
from rapport.meetings.models import Interaction
from rapport.plan.models import Plan, TargetCompany

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LINKS = Interaction.contacts.through
PERSON_FIELDS = (
    "id",
    "full_name",
    "company_name",
    "position",
    "function",
    "seniority",
    "can_hire",
    "is_recruiter",
    "is_connector",
    "strength",
    "linkedin_slug",
    "target_company_id",
)
#: Connectors considered per page: the strongest, the most recently met, the most given to.
CONNECTOR_CANDIDATES = 20


def target_functions(user: User) -> frozenset[str]:
    """Return the functions of the plan's target positions (finance, sales, …)."""
    positions = Plan.objects.filter(owner=user).values_list("positions", flat=True).first() or []
    return frozenset(read_title(p).function for p in positions) - {"other"}


@dataclass
class Reach:
    """Who knows each target from outside it, by target name."""

    former: dict[str, set[int]]
    knows: dict[str, set[int]]
    intros: dict[str, list[dict[str, Any]]]

    def ids(self, names: Iterable[str]) -> set[int]:
        """Return the contact ids mentioned for targets ``names``."""
        ids: set[int] = set()
        for name in names:
            ids |= self.former.get(name, set()) | self.knows.get(name, set())
            for row in self.intros.get(name, []):
                ids |= {i for i in (row["from_contact_id"], row["to_contact_id"]) if i}
        return ids


@dataclass
class Warmth:
    """Last meeting and gifts per contact id, from two aggregations."""

    #: Aware datetimes: only the few people shown need their local date.
    last_met: dict[int, datetime] = field(default_factory=dict)
    gives: dict[int, int] = field(default_factory=dict)


class Gatherer:
    """Builds Networks for one user's targets; each query is scoped to the user."""

    def __init__(self, user: User, today: date) -> None:
        self.user = user
        self.today = today
        self.zone = workspace_zone(user)
        self.now = timezone.now()
        self.functions = target_functions(user)
        self.targets = list(TargetCompany.objects.owned_by(user).order_by("position", "id"))
        aliases = {alias: t.name for t in self.targets for alias in t.aliases}
        self.matcher = CompanyMatcher([t.name for t in self.targets], aliases)

    # -- warmth -------------------------------------------------------------------------
    @cached_property
    def warmth(self) -> Warmth:
        """Return the last meeting and the number of gifts of every contact who has any.

        Both aggregations start from the user's meetings and gifts (their owner indexes),
        so they cost what the user's history holds, not what their contact book holds.
        """
        found = Warmth()
        meetings = (
            LINKS.objects.filter(
                interaction__owner=self.user,
                interaction__cancelled=False,
                interaction__start__lte=self.now,
            )
            .exclude(interaction__kind="email")
            .values("contact_id")
            .annotate(last=Max("interaction__start"))
            .order_by()
        )
        for row in meetings:
            found.last_met[row["contact_id"]] = row["last"]
        gives = Give.objects.owned_by(self.user).values("contact_id").annotate(n=Count("id"))
        for row in gives.order_by():
            found.gives[row["contact_id"]] = row["n"]
        return found

    def local(self, moment: datetime) -> date:
        return timezone.localtime(moment, self.zone).date()

    def rows(self, **lookups: Any) -> Any:
        """Return the person columns of the user's contacts matching ``lookups``."""
        # No ordering: the contacts' default order would make SQLite walk the name index.
        return (
            Contact.objects.owned_by(self.user)
            .filter(**lookups)
            .order_by()
            .values(
                *PERSON_FIELDS,
                circles_json=Cast("circles", TextField()),
                emails_json=Cast("emails", TextField()),
            )
        )

    def people(self, ids: Iterable[int]) -> dict[int, Person]:
        """Return Persons for contact ``ids``."""
        wanted = set(ids)
        if not wanted:
            return {}
        return {row["id"]: self.person(row) for row in self.rows(pk__in=wanted)}

    def person(self, row: dict[str, Any]) -> Person:
        warmth = self.warmth
        met = warmth.last_met.get(row["id"])
        return Person(
            id=row["id"],
            name=row["full_name"],
            company=row["company_name"],
            position=row["position"],
            function=row["function"],
            seniority=row["seniority"],
            can_hire=row["can_hire"],
            recruiter=row["is_recruiter"],
            connector=row["is_connector"],
            circles=_texts(row["circles_json"]),
            strength=row["strength"],
            last_met=self.local(met) if met else None,
            gives=warmth.gives.get(row["id"], 0),
            email=next(iter(_texts(row["emails_json"])), ""),
            on_linkedin=bool(row["linkedin_slug"]),
        )

    @cached_property
    def scan(self) -> tuple[list[tuple[int, int | None]], dict[int, list[str]]]:
        """Return connectors outside the target industries (id, strength) and "knows
        someone at" notes by contact id, from one pass over the contacts."""
        connector = Q(is_connector=True) & ~Q(in_target_industry=True)
        noted = Q(knows_someone_at__0__isnull=False)
        rows = (
            Contact.objects.owned_by(self.user)
            .filter(connector | noted)
            .annotate(connector=ExpressionWrapper(connector, BooleanField()))
            .order_by()
            .values_list("id", "strength", "connector", Cast("knows_someone_at", TextField()))
        )
        connectors: list[tuple[int, int | None]] = []
        knows: dict[int, list[str]] = {}
        for contact_id, strength, is_connector, noted_text in rows:
            if is_connector:
                connectors.append((contact_id, strength))
            # Only the few noted rows are parsed: most hold an empty list.
            noted_names = _texts(noted_text)
            if noted_names:
                knows[contact_id] = list(noted_names)
        return connectors, knows

    # -- who else knows the company -----------------------------------------------------
    def former(self) -> dict[str, set[int]]:
        """Return, by target name, the contacts whose job history shows them there before."""
        olds = (
            JobChange.objects.owned_by(self.user)
            .exclude(old_company="")
            .order_by()
            .values_list("old_company", flat=True)
            .distinct()
        )
        matched = {name: self.matcher.match(name) for name in olds}
        found: dict[str, set[int]] = defaultdict(set)
        rows = JobChange.objects.owned_by(self.user).filter(
            old_company__in=[n for n, t in matched.items() if t]
        )
        for contact_id, old, current in rows.values_list(
            "contact_id", "old_company", "contact__target_company__name"
        ):
            target = matched[old]
            if target and target != current:
                found[target].add(contact_id)
        # "Former Director of FP&A at Medtronic | Open to Work" says so in the headline.
        said = reduce(or_, (Q(position__icontains=word) for word in FORMER_WORDS))
        headlines = (
            Contact.objects.owned_by(self.user)
            .filter(said)
            .order_by()
            .values_list("id", "position", "target_company__name")
        )
        for contact_id, position, current in headlines:
            for name in former_employers(position):
                target = self.matcher.match(name)
                if target and target != current:
                    found[target].add(contact_id)
        return found

    def knows_someone(self) -> dict[str, set[int]]:
        """Return, by target name, the contacts the user noted "knows someone at" it."""
        found: dict[str, set[int]] = defaultdict(set)
        for contact_id, companies in self.scan[1].items():
            for name in companies:
                target = self.matcher.match(name)
                if target:
                    found[target].add(contact_id)
        return found

    def introductions(self) -> dict[str, list[dict[str, Any]]]:
        """Return, by target name, introductions (not declined) to the company or someone there."""
        names = {t.pk: t.name for t in self.targets}
        found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        rows = (
            IntroductionRow.objects.owned_by(self.user)
            .exclude(status="declined")
            .filter(Q(to_contact__target_company__isnull=False) | Q(to_company__isnull=False))
            .values(
                "status",
                "from_contact_id",
                "to_contact_id",
                "to_name",
                "to_contact__target_company_id",
                "to_company_id",
                "to_company__name",
            )
        )
        for row in rows:
            target = names.get(row["to_contact__target_company_id"]) or (
                self.matcher.match(row["to_company__name"]) if row["to_company__name"] else None
            )
            if target:
                found[target].append(dict(row))
        return found

    def connectors(self) -> list[Person]:
        """Return connector candidates: the strongest, the most recently met, the most given."""
        connectors = self.scan[0]
        warmth = self.warmth
        by_strength = sorted(connectors, key=lambda c: (c[1] is None, -(c[1] or 0), c[0]))
        ids = {c[0] for c in by_strength[:CONNECTOR_CANDIDATES]}
        met = [c[0] for c in connectors if c[0] in warmth.last_met]
        ids.update(sorted(met, key=lambda i: warmth.last_met[i])[-CONNECTOR_CANDIDATES:])
        given = [c[0] for c in connectors if c[0] in warmth.gives]
        ids.update(sorted(given, key=lambda i: warmth.gives[i])[-CONNECTOR_CANDIDATES:])
        return list(self.people(ids).values())

    def introductions_for(
        self, rows: list[dict[str, Any]], people: dict[int, Person]
    ) -> tuple[Introduction, ...]:
        """Return the introductions as core data, naming people not in the contacts."""
        found = []
        for row in rows:
            to = people.get(row["to_contact_id"])
            if to is None and row["to_name"]:
                to = Person(None, row["to_name"])
            found.append(Introduction(people.get(row["from_contact_id"]), to, row["status"]))
        return tuple(found)

    def network(
        self,
        target: TargetCompany,
        insiders: Iterable[Person],
        reach: Reach,
        connectors: list[Person],
        people: dict[int, Person],
    ) -> Network:
        """Return the Network of ``target`` from gathered pieces (people keyed by id)."""
        name = target.name
        return Network(
            target=name,
            insiders=tuple(insiders),
            former=tuple(people[i] for i in sorted(reach.former.get(name, ())) if i in people),
            knows_someone=tuple(
                people[i] for i in sorted(reach.knows.get(name, ())) if i in people
            ),
            introductions=self.introductions_for(reach.intros.get(name, []), people),
            connectors=tuple(connectors),
            target_functions=self.functions,
        )

    def reach(self) -> Reach:
        """Return former employees, "knows someone" notes and introductions by target."""
        return Reach(self.former(), self.knows_someone(), self.introductions())

    def insider_score(self) -> Any:
        """Return the SQL twin of core.paths' directness + strength for a cold insider."""
        functions = list(self.functions)
        role = Case(
            When(can_hire=True, then=Value(DIRECTNESS["decision-maker"])),
            When(is_recruiter=True, then=Value(DIRECTNESS["gatekeeper"])),
            When(
                Q(function__in=functions) if functions else Q(pk__isnull=False),
                then=Value(DIRECTNESS["peer"]),
            ),
            default=Value(DIRECTNESS["insider"]),
            output_field=IntegerField(),
        )
        strength = Case(
            *(
                When(strength=level, then=Value(points))
                for level, points in STRENGTH_POINTS.items()
                if level is not None
            ),
            default=Value(STRENGTH_POINTS[None]),
            output_field=IntegerField(),
        )
        return role + strength

    def best_insider(self) -> Subquery:
        """Return a subquery for the id of a target's best cold insider."""
        return Subquery(
            Contact.objects.filter(owner=self.user, target_company=OuterRef("pk"))
            .annotate(score=self.insider_score(), level=_seniority_level())
            .order_by("-score", "-level", "full_name", "id")
            .values("id")[:1]
        )


def _seniority_level() -> Case:
    """Return the SQL twin of core.paths' seniority tie-break (-1 when unknown)."""
    return Case(
        *(When(seniority=level, then=Value(rank)) for rank, level in enumerate(SENIORITY_LEVELS)),
        default=Value(-1),
        output_field=IntegerField(),
    )


def _texts(stored: str | None) -> tuple[str, ...]:
    """Return a JSON list of text read as text; most hold "[]", which skips the parser."""
    if not stored or stored.strip() == "[]":
        return ()
    return tuple(str(item) for item in json.loads(stored))
