"""The handbill editor with its preview, downloads, share link and "I gave it" log."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from rapport.contacts.models import Contact
from rapport.core.handbill import (
    SECTIONS,
    HandbillContent,
    missing_message,
    section_order,
)
from rapport.core.handbill_choices import company_choices
from rapport.formats.handbill_pdf import render_pdf
from rapport.formats.handbill_text import to_markdown, to_short, to_text
from rapport.handbill import services
from rapport.handbill.forms import ChoiceRows, GivenForm, HandbillForm, chosen_names
from rapport.handbill.models import Handbill
from rapport.handbill.render import sheet_html
from rapport.lib.documents import inline_styles
from rapport.lib.links import absolute_url
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest

#: Content types and file names of the downloads.
DOWNLOADS = {
    "pdf": ("application/pdf", "handbill.pdf"),
    "html": ("text/html; charset=utf-8", "handbill.html"),
    "md": ("text/markdown; charset=utf-8", "handbill.md"),
    "txt": ("text/plain; charset=utf-8", "handbill.txt"),
}


def _content(
    request: AuthedRequest,
    handbill: Handbill | None = None,
    sources: services.Sources | None = None,
) -> HandbillContent:
    return services.content_for(
        request.user, handbill, absolute=lambda path: absolute_url(request, path), sources=sources
    )


def _forms(request: AuthedRequest, handbill: Handbill, sources: services.Sources) -> dict[str, Any]:
    """Return the editor's form and its two tables, bound to the POST when there is one."""
    plan = sources.plan
    chosen = services.choices_of(handbill)
    data = request.POST if request.method == "POST" else None
    summary = chosen.summary or sources.summary_default
    form = HandbillForm(data, initial={"summary": summary, "paper": chosen.paper})
    companies = ChoiceRows(
        data,
        prefix="companies",
        initial=[
            {"name": c.name, "show": c.shown, "order": c.order}
            for c in company_choices(plan, chosen)
        ],
    )
    order = section_order(chosen.sections)
    hidden = [key for key in SECTIONS if key not in order] if chosen.sections else []
    sections = ChoiceRows(
        data,
        prefix="sections",
        initial=[
            {"name": key, "show": key in order, "order": index}
            for index, key in enumerate([*order, *hidden], 1)
        ],
    )
    industries = {c.name: c.industry for c in plan.companies}
    return {
        "form": form,
        "companies": companies,
        "sections": sections,
        "company_rows": [(row, industries.get(row["name"].value(), "")) for row in companies],
        "section_rows": [(row, SECTIONS.get(row["name"].value(), "")) for row in sections],
    }


@require_http_methods(["GET", "POST"])
def editor(request: AuthedRequest) -> HttpResponse:
    handbill = services.handbill_for(request.user)
    sources = services.sources_for(request.user)
    content = _content(request, handbill, sources)
    forms = _forms(request, handbill, sources)
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "reset":
            handbill.companies, handbill.sections, handbill.summary = [], [], ""
            handbill.save()
            messages.success(request, "Back to your plan's companies, in priority order.")
            return redirect("handbill")
        form, companies, sections = forms["form"], forms["companies"], forms["sections"]
        valid = form.is_valid() and companies.is_valid() and sections.is_valid()
        if valid and not chosen_names(sections):
            messages.error(request, "Nothing was saved: show at least one section.")
        elif valid:
            services.save_choices(
                request.user,
                summary=form.cleaned_data["summary"],
                paper=form.cleaned_data["paper"],
                companies=chosen_names(companies),
                sections=chosen_names(sections),
            )
            messages.success(request, "Saved: the preview shows your handbill as it prints.")
            return redirect("handbill")
        else:
            messages.error(request, "Nothing was saved: please correct the fields marked below.")
        status = 400
    query = request.GET.get("q", "").strip()
    context = {
        **forms,
        "handbill": handbill,
        "content": content,
        "missing": missing_message(content),
        "warnings": _warnings(content),
        "short": to_short(content) if content.ready else "",
        "text": to_text(content) if content.ready else "",
        "query": query,
        "found": services.find_contacts(request.user, query) if query else None,
    }
    return render(request, "handbill/editor.html", context, status=status)


def _warnings(content: HandbillContent) -> list[str]:
    """Return the content's warnings and, when the PDF needs small type, what to cut."""
    if not content.ready:
        return []
    return [*content.warnings, *render_pdf(content).warnings]


@require_safe
@xframe_options_sameorigin
@inline_styles
def sheet(request: AuthedRequest) -> HttpResponse:
    """The page as it prints, at paper size: the editor's preview frame."""
    content = _content(request)
    page = sheet_html(content, paged=True, plan_url=reverse("plan"))
    response = HttpResponse(page)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@inline_styles
def download(request: AuthedRequest, kind: str) -> HttpResponse:
    content = _content(request)
    if not content.ready:
        messages.error(request, missing_message(content))
        return redirect("handbill")
    if kind == "pdf":
        body: bytes | str = render_pdf(content, timestamp=timezone.now()).data
    elif kind == "html":
        body = sheet_html(content)
    elif kind == "md":
        body = to_markdown(content)
    else:
        body = to_text(content)
    content_type, filename = DOWNLOADS[kind]
    response = HttpResponse(body, content_type=content_type)
    disposition = "inline" if kind == "pdf" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_POST
def share(request: AuthedRequest) -> HttpResponse:
    action = request.POST.get("action")
    if action == "revoke":
        services.revoke(request.user)
        messages.success(request, "The share link is turned off: it shows nothing now.")
    else:
        services.share(request.user, renew=action == "renew")
        said = "A new share link is ready; the old one no longer works."
        messages.success(request, said if action == "renew" else "Your share link is ready.")
    return redirect(reverse("handbill") + "#share")


@require_safe
def people(request: AuthedRequest) -> HttpResponse:
    """The contacts matching ?q=, as the rows of the "I gave it to" list (htmx)."""
    query = request.GET.get("q", "").strip()
    found = services.find_contacts(request.user, query) if query else None
    return render(request, "handbill/_people.html", {"found": found, "query": query})


@require_POST
def given(request: AuthedRequest) -> HttpResponse:
    form = GivenForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a contact and how you gave your handbill.")
        return redirect(reverse("handbill") + "#give")
    contact = get_owned_or_404(Contact, request.user, form.cleaned_data["contact"])
    how = form.cleaned_data["how"]
    interaction, created = services.log_handbill_given(request.user, contact, how, timezone.now())
    name = contact.full_name
    if how == "email":
        said = f"Logged: you emailed your handbill to {name}."
    elif created:
        said = f"Logged a meeting with {name} today, where you gave your handbill."
    else:
        day = timezone.localtime(interaction.start).strftime("%-d %b")
        said = f"Logged: you gave your handbill to {name} at your meeting on {day}."
    messages.success(request, said)
    return redirect(reverse("handbill") + "#give")


@require_safe
@inline_styles
def public(request: HttpRequest, token: str) -> HttpResponse:
    """The shared handbill: the page and nothing else, for anyone with the address."""
    handbill = services.shared_handbill(token)
    if handbill is None:
        raise Http404("No such handbill")
    content = _content_of(request, handbill)
    pdf_url = reverse("handbill-public-pdf", args=[token]) if content.ready else ""
    return _public_response(HttpResponse(sheet_html(content, public=True, pdf_url=pdf_url)))


@require_safe
def public_pdf(request: HttpRequest, token: str) -> HttpResponse:
    handbill = services.shared_handbill(token)
    if handbill is None:
        raise Http404("No such handbill")
    content = _content_of(request, handbill)
    if not content.ready:
        raise Http404("This handbill is not ready")
    response = HttpResponse(
        render_pdf(content, timestamp=timezone.now()).data, content_type="application/pdf"
    )
    response["Content-Disposition"] = 'inline; filename="handbill.pdf"'
    return _public_response(response)


def _content_of(request: HttpRequest, handbill: Handbill) -> HandbillContent:
    return services.content_for(
        handbill.owner, handbill, absolute=lambda path: absolute_url(request, path)
    )


def _public_response(response: HttpResponse) -> HttpResponse:
    # The address is the only key: search engines must not list it, no shared cache may
    # keep a copy (a revoked link must stop at once), and links followed from the page
    # must not carry the address away in a Referer header.
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
