"""The Companies page: the companies where the user knows people, paged and searchable,
with the industry of one or of many set at once, and names linked to targets."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html_join
from django.views.decorators.http import require_http_methods, require_POST

from rapport.contacts.companies import (
    company_rows,
    industry_suggestions,
    link_to_target,
    set_industries,
    set_industry,
)
from rapport.contacts.models import Company
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest
from rapport.plan.models import TargetCompany

PAGE_SIZE = 50
#: The longest industry a company keeps, as on the model.
MAX_INDUSTRY = 200


@require_http_methods(["GET", "POST"])
def companies(request: AuthedRequest) -> HttpResponse:
    if request.method == "POST":
        return _save(request)
    query = request.GET.get("q", "").strip()
    rows = company_rows(request.user, query)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "page": page,
        "query": query,
        "params": params.urlencode(),
        "back": request.GET.urlencode(),
        "industries": industry_suggestions(request.user),
        # The same options on every row: written once, not once a row.
        "target_options": format_html_join(
            "",
            '<option value="{}">{}</option>',
            TargetCompany.objects.owned_by(request.user).order_by("name").values_list("pk", "name"),
        ),
    }
    return render(request, "contacts/companies.html", context)


def _save(request: AuthedRequest) -> HttpResponse:
    """Save the industries typed on the page's rows, then a bulk industry for the ticked."""
    shown = Company.objects.owned_by(request.user).filter(
        pk__in=[pk for pk in request.POST.getlist("shown") if pk.isdigit()]
    )
    said, rejudged = [], 0
    typed: dict[str, list[Company]] = {}
    for company in shown:
        value = request.POST.get(f"industry-{company.pk}", company.industry)
        if value.strip() != company.industry:
            typed.setdefault(value.strip()[:MAX_INDUSTRY], []).append(company)
    for industry, group in typed.items():
        rejudged += set_industries(request.user, group, industry)
    if typed:
        count = sum(len(group) for group in typed.values())
        said.append(f"saved the industry of {_companies(count)}")
    for company in shown:
        target_id = request.POST.get(f"target-{company.pk}", "")
        if target_id.isdigit():
            target = get_owned_or_404(TargetCompany, request.user, int(target_id))
            rejudged += link_to_target(request.user, company, target)
            said.append(f"{company.name} is now {target.name} everywhere")
    if request.POST.get("action") == "bulk":
        ticked = [c for c in shown if str(c.pk) in request.POST.getlist("ids")]
        industry = request.POST.get("bulk_industry", "").strip()[:MAX_INDUSTRY]
        if not ticked:
            messages.error(request, "Tick at least one company first.")
        elif not industry:
            messages.error(request, "Type the industry, for example: medical devices.")
        else:
            rejudged += set_industries(request.user, ticked, industry)
            said.append(f"set the industry of {_companies(len(ticked))} to {industry}")
    if said:
        text = "; ".join(said)
        messages.success(request, f"{text[0].upper()}{text[1:]}; {rejudged} contacts re-judged.")
    elif request.POST.get("action") != "bulk":
        messages.info(request, "Nothing changed.")
    back = QueryDict(request.POST.get("back", "")).urlencode()
    return redirect(reverse("companies") + (f"?{back}" if back else ""))


def _companies(count: int) -> str:
    return f"{count} compan{'y' if count == 1 else 'ies'}"


@require_POST
def company_update(request: AuthedRequest, pk: int) -> HttpResponse:
    company = get_owned_or_404(Company, request.user, pk)
    if "industry" in request.POST:
        changed = set_industry(request.user, company, request.POST["industry"][:MAX_INDUSTRY])
        messages.success(request, f"{company.name}: industry saved; {changed} contacts re-judged.")
    target_id = request.POST.get("target")
    if target_id:
        target = get_owned_or_404(TargetCompany, request.user, target_id)
        changed = link_to_target(request.user, company, target)
        messages.success(
            request,
            f"{company.name} is now {target.name} everywhere; {changed} contacts re-judged.",
        )
    return redirect("companies")
