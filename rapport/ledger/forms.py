"""Forms of the two-way ledger."""

from __future__ import annotations

from django import forms

from rapport.ledger.models import Give


class GiveForm(forms.Form):
    contact_name = forms.CharField(max_length=400, label="To whom")
    #: Set when the user picked one of several namesakes, or came from a contact's page.
    contact_id = forms.IntegerField(required=False, widget=forms.HiddenInput())
    kind = forms.ChoiceField(choices=Give.KIND_CHOICES, label="What kind")
    note = forms.CharField(
        max_length=2000, label="What you gave", widget=forms.TextInput(), required=False
    )
    given_on = forms.DateField(label="When", widget=forms.DateInput(attrs={"type": "date"}))
