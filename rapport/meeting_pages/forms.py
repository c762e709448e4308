"""Forms on the meetings page: the outcome of a meeting, its kind and whether it counted.

The page writes these forms' controls by hand (fifty rows of Django-rendered widgets
would cost more than the rest of the page); the forms validate what comes back.
"""

from __future__ import annotations

from typing import Any

from django import forms

from rapport.contacts.models import Contact
from rapport.ledger.models import Give
from rapport.meetings.queries import KINDS

#: Three states, so that an outcome never logged stays "unknown" and never reads as "no".
TRI_STATE = [("", "Not logged"), ("yes", "Yes"), ("no", "No")]
TRI_FIELDS = ("ask_made", "handbill_given", "referral_received")
INTRO_STATUSES = [("promised", "Promised"), ("made", "Made")]
GIVE_KINDS = [value for value, _ in Give.KIND_CHOICES]


def tri(value: bool | None) -> str:
    """Return the form value for a three-valued outcome."""
    return "" if value is None else "yes" if value else "no"


class OutcomeForm(forms.Form):
    kind = forms.ChoiceField(choices=[("", "—"), *((k, k) for k in KINDS)], required=False)
    ask_made = forms.ChoiceField(choices=TRI_STATE, required=False)
    ask_text = forms.CharField(required=False, max_length=2000)
    handbill_given = forms.ChoiceField(choices=TRI_STATE, required=False)
    referral_received = forms.ChoiceField(choices=TRI_STATE, required=False)
    referral_note = forms.CharField(required=False, max_length=300, label="To whom")
    intro_status = forms.ChoiceField(choices=INTRO_STATUSES, required=False)
    intro_from = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    give_kind = forms.ChoiceField(choices=[("", "—"), *Give.KIND_CHOICES], required=False)
    give_note = forms.CharField(required=False, max_length=2000)
    give_to = forms.TypedChoiceField(coerce=int, required=False, empty_value=None)
    follow_up_on = forms.DateField(required=False)
    follow_up_done = forms.BooleanField(required=False)
    thank_you_sent_on = forms.DateField(required=False)
    notes = forms.CharField(required=False, max_length=10_000)

    def __init__(self, *args: Any, people: list[Contact], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(c.pk), c.full_name) for c in people]
        self.fields["intro_from"].choices = [("", "—"), *choices]  # type: ignore[attr-defined]
        self.fields["give_to"].choices = [("", "—"), *choices]  # type: ignore[attr-defined]
        self.people = people

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in TRI_FIELDS:
            if name in data:
                data[name] = {"": None, "yes": True, "no": False}[data[name]]
        if data.get("give_note") and not data.get("give_kind"):
            data["give_kind"] = "other"
        if data.get("give_kind"):
            if not data.get("give_note"):
                self.add_error("give_note", "Say in a few words what you gave.")
            if not self.people:
                self.add_error(
                    "give_kind", "Link the person you met first: a give is recorded for a contact."
                )
            elif data.get("give_to") is None:
                data["give_to"] = self.people[0].pk
        if data.get("referral_note") and data.get("referral_received") is None:
            # Naming who you were introduced to is a yes.
            data["referral_received"] = True
        if data.get("intro_from") is None and self.people:
            data["intro_from"] = self.people[0].pk
        return data


class ClassifyForm(forms.Form):
    """Whether a meeting counts as networking (the user's choice wins) and its kind."""

    networking = forms.ChoiceField(
        choices=[("auto", "Let Rapport decide"), ("yes", "Networking"), ("no", "Not networking")],
        required=False,
    )
    kind = forms.ChoiceField(choices=[("", "—"), *((k, k) for k in KINDS)], required=False)

    def override(self) -> tuple[bool, bool | None]:
        """Return (whether the choice was given, the override: True, False or None)."""
        value = self.cleaned_data.get("networking") or ""
        return bool(value), {"auto": None, "yes": True, "no": False}.get(value)
