"""Log a meeting from the web, on a phone right after the coffee: who, when, kind, outcome."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from rapport.accounts.clock import today_for
from rapport.contacts.models import Contact
from rapport.core.errors import AmbiguousError, InputError, NotFoundError
from rapport.ledger.services import MEETING_KINDS, find_contact, log_meeting
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest


class LogMeetingForm(forms.Form):
    who = forms.CharField(label="Who did you meet?", max_length=400)
    #: Set when the name matched several contacts and the user picked one.
    contact = forms.IntegerField(required=False, widget=forms.HiddenInput)
    when = forms.DateField(label="When", widget=forms.DateInput(attrs={"type": "date"}))
    kind = forms.ChoiceField(
        label="What kind of meeting", choices=[(k, k.capitalize()) for k in MEETING_KINDS]
    )
    ask = forms.CharField(
        label="What did you ask for?",
        required=False,
        help_text="A name, an introduction, advice. Leave empty if you did not ask.",
    )
    handbill = forms.BooleanField(label="I gave my handbill", required=False)
    referral = forms.CharField(
        label="Whom did they refer you to?",
        required=False,
        help_text="Recorded as a promised introduction.",
    )


def _who(request: AuthedRequest, form: LogMeetingForm) -> tuple[Contact | None, list[Any]]:
    """Return the contact the form means, or the candidates to choose from (with an error)."""
    chosen = form.cleaned_data.get("contact")
    if chosen:
        return get_owned_or_404(Contact, request.user, chosen), []
    try:
        return find_contact(request.user, form.cleaned_data["who"]), []
    except AmbiguousError as exc:
        form.add_error("who", "Several contacts have this name: choose one below.")
        return None, exc.choices
    except NotFoundError as exc:
        form.add_error("who", str(exc))
        return None, []


@require_http_methods(["GET", "POST"])
def log_meeting_page(request: AuthedRequest) -> HttpResponse:
    """Show the form (GET writes nothing); log the meeting and its outcome (POST)."""
    initial = {"when": today_for(request.user), "kind": "coffee"}
    form = LogMeetingForm(request.POST if request.method == "POST" else None, initial=initial)
    choices: list[Any] = []
    if form.is_valid():
        contact, choices = _who(request, form)
        if contact is not None:
            data = form.cleaned_data
            try:
                meeting = log_meeting(
                    request.user,
                    contact,
                    data["when"],
                    kind=data["kind"],
                    ask=data["ask"],
                    handbill=data["handbill"],
                    referral=data["referral"],
                )
            except InputError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"Logged: {meeting.summary}.")
                return redirect("meeting", pk=meeting.pk)
    status = 400 if form.is_bound else 200
    context = {"form": form, "choices": choices}
    return render(request, "meetings/log.html", context, status=status)
