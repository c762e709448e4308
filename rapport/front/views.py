"""Home, the demo, and the sections whose issues have not landed yet."""

from __future__ import annotations

from django.contrib import messages
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from rapport.contacts.models import Contact
from rapport.core.errors import InputError
from rapport.demo.loader import PERSONAS, load_demo
from rapport.diagnosis.views import diagnosis as diagnosis_page
from rapport.lib.requests import AuthedRequest
from rapport.meetings.models import Interaction
from rapport.plan.models import TargetCompany
from rapport.plan.services import load_plan


def home(request: AuthedRequest) -> HttpResponse:
    user = request.user
    plan = load_plan(user)
    if plan.has_targets:
        # Once there is a plan, the question on the home page is the article's title.
        return diagnosis_page(request)
    contacts = Contact.objects.owned_by(user).count()
    meetings = (
        Interaction.objects.owned_by(user).networking().filter(start__lte=timezone.now()).count()
    )
    context = {
        "plan": plan,
        "first_run": not plan.has_targets and contacts == 0,
        "counts": {
            "targets": TargetCompany.objects.owned_by(user).count(),
            "contacts": contacts,
            "contacts_at_targets": Contact.objects.owned_by(user).at_target_companies().count(),
            "meetings": meetings,
        },
        "personas": PERSONAS,
    }
    return render(request, "front/home.html", context)


@require_POST
def demo(request: AuthedRequest) -> HttpResponse:
    persona = request.POST.get("persona", "scattered")
    try:
        summary = load_demo(request.user, persona)
    except InputError as exc:
        messages.error(request, str(exc))
        return redirect("home")
    messages.success(request, summary)
    return redirect("home")


def coming_soon(request: AuthedRequest, section: str, what: str) -> HttpResponse:
    return render(request, "front/coming_soon.html", {"section": section, "what": what})


def healthz(request: HttpRequest) -> HttpResponse:
    """Answer a load balancer or container check: 200 when the database answers, else 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
