"""The diagnosis page (the home page once a plan exists) and its shareable report."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from rapport.accounts.kept import kept
from rapport.diagnosis.facts import AUDIENCES
from rapport.diagnosis.kept import diagnosis_for
from rapport.diagnosis.services import Report
from rapport.lib.documents import inline_styles
from rapport.lib.fragments import Fragment, for_request, render_fragment
from rapport.lib.requests import AuthedRequest
from rapport.meetings.queries import time_moves_at

AUDIENCE_LABELS = {
    "decision_makers": "Decision-makers",
    "target_industry": "Target industry",
    "job_seekers": "Job seekers",
    "connectors": "Connectors",
    "other": "Other",
}


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _window(request: AuthedRequest) -> tuple[date | None, date | None, str]:
    """Return the window the address asks for, and what is wrong with it ("" if nothing)."""
    since, until = _day(request.GET.get("since")), _day(request.GET.get("until"))
    if since and until and since > until:
        error = "The start of the window is after its end; showing the last 90 days instead."
        return None, None, error
    return since, until, ""


def _context(request: AuthedRequest) -> dict[str, Any]:
    since, until, error = _window(request)
    report = diagnosis_for(request.user, since=since, until=until)
    return {
        "report": report,
        "facts": report.facts,
        "diagnosis": report.diagnosis,
        "verdicts": [f for f in report.diagnosis.findings if f.status == "fires"],
        "unknowns": [f for f in report.diagnosis.findings if f.status == "unknown"],
        "chart": chart_data(report),
        "window_error": error,
    }


def chart_data(report: Report) -> dict[str, Any]:
    """Return the data the two charts draw (passed through json_script, never inlined)."""
    goal = report.facts.plan.goals.weekly_meetings
    return {
        "weeks": [w["week"].strftime("%d %b") for w in report.weekly],
        "series": [
            {"key": a, "label": AUDIENCE_LABELS[a], "data": [w[a] for w in report.weekly]}
            for a in AUDIENCES
        ],
        "goal": [goal] * len(report.weekly) if goal else [],
        "funnel": [{"label": label, "value": value} for label, value in report.funnel()],
    }


def diagnosis(request: AuthedRequest) -> HttpResponse:
    # The home page, opened most: everything below the coach's actions is kept rendered
    # until the workspace's data changes (a coach's comment is the client's data too) or
    # time alone moves it. The coach's actions hold each session's forms: drawn each time.
    user = request.user
    since, until, error = _window(request)

    def page(_now: datetime) -> Fragment:
        context = _context(request) | {"request": request, "coach_actions_here": COACH_MARK}
        return render_fragment("diagnosis/_page.html", context)

    name = f"diagnosis-page:{since}:{until}:{bool(error)}:{timezone.get_current_timezone_name()}"
    kept_page = kept(user, name, page, lambda now, _page: time_moves_at(user, now))
    actions = render_to_string("diagnosis/_coach_actions.html", request=request)
    # The actions were escaped when rendered, the page when it was kept; the mark is ours.
    content = mark_safe(for_request(request, kept_page).replace(COACH_MARK, actions))  # noqa: S308
    return render(request, "diagnosis/page.html", {"content": content})


#: Where the kept page takes the coach's actions (an HTML comment: no escaped text holds it).
COACH_MARK = mark_safe("<!-- the coach's actions -->")


@inline_styles
def report_html(request: AuthedRequest) -> HttpResponse:
    response = render(request, "diagnosis/report.html", _context(request))
    response["Content-Disposition"] = 'attachment; filename="rapport-diagnosis.html"'
    return response
