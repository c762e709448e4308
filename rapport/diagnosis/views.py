"""The diagnosis page (the home page once a plan exists) and its shareable report."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpResponse
from django.shortcuts import render

from rapport.diagnosis.facts import AUDIENCES
from rapport.diagnosis.kept import diagnosis_for
from rapport.diagnosis.services import Report
from rapport.lib.documents import inline_styles
from rapport.lib.requests import AuthedRequest

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


def _context(request: AuthedRequest) -> dict[str, Any]:
    since, until = _day(request.GET.get("since")), _day(request.GET.get("until"))
    error = ""
    if since and until and since > until:
        error = "The start of the window is after its end; showing the last 90 days instead."
        since = until = None
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
    return render(request, "diagnosis/page.html", _context(request))


@inline_styles
def report_html(request: AuthedRequest) -> HttpResponse:
    response = render(request, "diagnosis/report.html", _context(request))
    response["Content-Disposition"] = 'attachment; filename="rapport-diagnosis.html"'
    return response
