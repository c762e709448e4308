"""The JSON API (/api/, OpenAPI at /api/openapi.json): the roster, clients' shared data, your own.

Thin over the services the pages use, with the same scoping: a client's data goes through
``client_share`` (a share holding the part, else 404) and ``record`` (the access log).
Authentication is a per-user bearer token (``rapport api token``), never the session.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import date, datetime
from typing import Annotated, Any

from django.contrib.auth.models import User
from django.http import HttpRequest
from django.utils import timezone
from ninja import NinjaAPI, Path, Query, Schema
from ninja.security import HttpBearer

from rapport.accounts.clock import today_for
from rapport.coaching import roster, sharing
from rapport.coaching.models import ApiToken
from rapport.coaching.viewing import client_share, record
from rapport.contacts.models import Contact
from rapport.diagnosis.services import run_diagnosis
from rapport.meetings.models import Interaction

MAX_LIMIT = 500


def new_token(user: User) -> str:
    """Return a new API token for ``user``, replacing any earlier one (shown once, never stored)."""
    key = secrets.token_urlsafe(32)
    ApiToken.objects.filter(owner=user).delete()
    ApiToken.objects.create(owner=user, digest=_digest(key))
    return key


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = ApiToken.objects.select_related("owner").filter(digest=_digest(token)).first()
        if found is None or not found.owner.is_active:
            return None
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        request.user = found.owner
        return found.owner


api = NinjaAPI(
    title="Rapport",
    version="1",
    description="A job seeker's networking diagnosis, and a coach's clients, as they shared them.",
    auth=TokenAuth(),
    urls_namespace="api",
    # Swagger's page loads scripts the Content Security Policy refuses; the document is enough.
    docs_url=None,
)
#: Ids and offsets beyond these are refused (422) before they reach the database.
MAX_ID = 2**31 - 1
ClientId = Annotated[int, Path(ge=1, le=MAX_ID)]
Offset = Annotated[int, Query(ge=0, le=MAX_ID)]
Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT)]


class Problem(Schema):
    """Why a request was refused: 401 (no valid token), 404 (nothing shared), 422 (bad input)."""

    detail: str | list[dict[str, Any]]


#: Every operation may answer these, besides its 200.
REFUSALS: dict[int, type[Schema]] = {401: Problem, 422: Problem}
#: A client's operations also answer 404: not a client of yours, or that part not shared.
UNSHARED: dict[int, type[Schema]] = {**REFUSALS, 404: Problem}


class Findings(Schema):
    error: int
    warning: int
    info: int
    unknown: int


class Client(Schema):
    user: str
    headline: str
    findings: Findings
    meetings_per_week: float
    goal_per_week: int | None
    decision_maker_meetings: int
    job_seeker_share: float | None
    overdue_follow_ups: int
    last_activity: date | None


class Roster(Schema):
    clients: list[Client]


class Finding(Schema):
    code: str
    severity: str
    status: str
    title: str
    why: str
    measured: str


class Diagnosis(Schema):
    headline: str
    since: date
    until: date
    metrics: dict[str, int]
    findings: list[Finding]


class Person(Schema):
    id: int
    name: str
    company: str
    position: str
    target_company: str | None
    seniority: str
    can_hire: bool
    job_seeker: bool
    connector: bool
    recruiter: bool


class Contacts(Schema):
    count: int
    contacts: list[Person]


class Meeting(Schema):
    id: int
    start: datetime
    summary: str
    kind: str
    networking: bool | None
    people: list[str]
    ask_made: bool | None
    handbill_given: bool | None
    referral_received: bool | None


class Meetings(Schema):
    count: int
    meetings: list[Meeting]


def _user(request: HttpRequest) -> User:
    user: User = request.auth  # type: ignore[attr-defined]  # set by TokenAuth
    return user


def _client(request: HttpRequest, client_id: int, part: str) -> User:
    share = client_share(request, client_id, part)  # type: ignore[arg-type]  # user set by TokenAuth
    record(request, share, part)  # type: ignore[arg-type]
    return share.owner


def _diagnosis(user: User) -> dict[str, Any]:
    report = run_diagnosis(user)
    return {
        "headline": report.diagnosis.headline,
        "since": report.facts.since,
        "until": report.facts.until,
        "metrics": report.facts.metrics,
        "findings": [f.to_json() for f in report.diagnosis.findings],
    }


def _contacts(user: User, offset: int, limit: int) -> dict[str, Any]:
    rows = Contact.objects.owned_by(user).select_related("target_company").order_by("pk")
    return {
        "count": rows.count(),
        "contacts": [
            {
                "id": c.pk,
                "name": c.full_name,
                "company": c.company_name,
                "position": c.position,
                "target_company": c.target_company.name if c.target_company else None,
                "seniority": c.seniority,
                "can_hire": c.can_hire,
                "job_seeker": c.is_job_seeker,
                "connector": c.is_connector,
                "recruiter": c.is_recruiter,
            }
            for c in rows[offset : offset + limit]
        ],
    }


def _meetings(user: User, offset: int, limit: int) -> dict[str, Any]:
    rows = Interaction.objects.owned_by(user).prefetch_related("contacts").order_by("-start", "pk")
    return {
        "count": rows.count(),
        "meetings": [
            {
                "id": m.pk,
                "start": m.start,
                "summary": m.summary,
                "kind": m.kind,
                "networking": m.networking,
                "people": [c.full_name for c in m.contacts.all()],
                "ask_made": m.ask_made,
                "handbill_given": m.handbill_given,
                "referral_received": m.referral_received,
            }
            for m in rows[offset : offset + limit]
        ],
    }


@api.get(
    "/me/diagnosis",
    response={200: Diagnosis, **REFUSALS},
    summary="Your own diagnosis (last 90 days)",
)
def my_diagnosis(request: HttpRequest) -> dict[str, Any]:
    return _diagnosis(_user(request))


@api.get(
    "/me/contacts",
    response={200: Contacts, **REFUSALS},
    summary="Your own contacts, with judgments",
)
def my_contacts(request: HttpRequest, offset: Offset = 0, limit: Limit = 100) -> dict[str, Any]:
    return _contacts(_user(request), offset, limit)


@api.get(
    "/me/meetings", response={200: Meetings, **REFUSALS}, summary="Your own meetings, newest first"
)
def my_meetings(request: HttpRequest, offset: Offset = 0, limit: Limit = 100) -> dict[str, Any]:
    return _meetings(_user(request), offset, limit)


@api.get(
    "/clients",
    response={200: Roster, **REFUSALS},
    summary="A coach's roster (empty for anyone else)",
)
def clients(request: HttpRequest) -> dict[str, Any]:
    coach = _user(request)
    if not sharing.is_coach(coach):
        return {"clients": []}
    return roster.as_json(roster.rows_for(coach, today_for(coach), roster.PAGE_BUDGET))


@api.get(
    "/clients/{client_id}/diagnosis",
    response={200: Diagnosis, **UNSHARED},
    summary="A client's diagnosis, when they share with you",
)
def client_diagnosis(request: HttpRequest, client_id: ClientId) -> dict[str, Any]:
    return _diagnosis(_client(request, client_id, "diagnosis"))


@api.get(
    "/clients/{client_id}/contacts",
    response={200: Contacts, **UNSHARED},
    summary="A client's contacts, when they share them with you",
)
def client_contacts(
    request: HttpRequest, client_id: ClientId, offset: Offset = 0, limit: Limit = 100
) -> dict[str, Any]:
    return _contacts(_client(request, client_id, "contacts"), offset, limit)


@api.get(
    "/clients/{client_id}/meetings",
    response={200: Meetings, **UNSHARED},
    summary="A client's meetings, when they share them with you",
)
def client_meetings(
    request: HttpRequest, client_id: ClientId, offset: Offset = 0, limit: Limit = 100
) -> dict[str, Any]:
    return _meetings(_client(request, client_id, "meetings"), offset, limit)
