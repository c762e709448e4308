"""The give ledger, what to offer each contact, and the meeting prep sheet."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from rapport.accounts.clock import today_for
from rapport.contacts.judging import reasons_for
from rapport.contacts.models import Contact
from rapport.contacts.presenters import judgment_rows
from rapport.core.errors import AmbiguousError, InputError
from rapport.ledger.forms import GiveForm
from rapport.ledger.models import Give, Introduction
from rapport.ledger.prep import prep_sheet
from rapport.ledger.services import balance, find_contact, log_give, network_balance, offers_for
from rapport.lib.links import absolute_url
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest
from rapport.meetings.models import Interaction


def _back(request: AuthedRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return fallback


def _chosen(request: AuthedRequest, data: dict[str, Any]) -> Contact:
    """Return the contact the give is for: the one picked by id, else the one named."""
    if data.get("contact_id"):
        found: Contact | None = (
            Contact.objects.owned_by(request.user).filter(pk=data["contact_id"]).first()
        )
        if found is not None and found.full_name.casefold() == data["contact_name"].casefold():
            return found
    return find_contact(request.user, data["contact_name"])


@require_http_methods(["GET", "POST"])
def ledger(request: AuthedRequest) -> HttpResponse:
    today = today_for(request.user)
    form = GiveForm(request.POST or None, initial={"given_on": today, "kind": "information"})
    choices: list[tuple[int, str]] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contact = _chosen(request, data)
            give = log_give(
                request.user, contact, data["kind"], data["note"], data["given_on"], today
            )
        except AmbiguousError as exc:
            choices = exc.choices
            form.add_error("contact_name", "Several contacts match this name: choose one below.")
        except InputError as exc:
            form.add_error(exc.field if exc.field in form.fields else "contact_name", exc.message)
        else:
            messages.success(request, f"Logged: {give.kind} to {contact.full_name}.")
            return redirect(_back(request, "/give/"))
    gives = Give.objects.owned_by(request.user).select_related("contact")
    page = Paginator(gives, 50).get_page(request.GET.get("page"))
    received = Introduction.objects.owned_by(request.user).select_related(
        "from_contact", "to_contact"
    )[:20]
    return render(
        request,
        "ledger/ledger.html",
        {
            "form": form,
            "choices": choices,
            "page": page,
            "received": received,
            "balance": network_balance(request.user),
        },
        status=400 if form.errors else 200,
    )


def offer(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = get_owned_or_404(Contact, request.user, pk)
    return render(
        request,
        "ledger/offer.html",
        {
            "contact": contact,
            "offers": offers_for(request.user, contact),
            "balance": balance(request.user, contact),
            "judgments": judgment_rows(contact, reasons_for(request.user, contact)),
            "form": GiveForm(
                initial={
                    "contact_name": contact.full_name,
                    "contact_id": contact.pk,
                    "given_on": today_for(request.user),
                }
            ),
        },
    )


def prep(request: AuthedRequest, pk: int) -> HttpResponse:
    meeting = get_owned_or_404(Interaction, request.user, pk)
    context = prep_sheet(request.user, meeting)
    if context["handbill_link"]:
        context["handbill_address"] = absolute_url(request, context["handbill_link"])
    return render(request, "ledger/prep.html", context)
