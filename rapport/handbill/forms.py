"""The handbill editor: summary, paper, and which companies and sections show, in order."""

from __future__ import annotations

from typing import Any

from django import forms

from rapport.core.handbill import PAPERS
from rapport.handbill.services import HOW

MAX_SUMMARY = 2000


class HandbillForm(forms.Form):
    summary = forms.CharField(
        required=False,
        max_length=MAX_SUMMARY,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Two or three sentences. Empty: the start of your latest profile, "
        "or your headline.",
    )
    paper = forms.ChoiceField(choices=list(PAPERS.items()), label="Paper size")


class ChoiceRowForm(forms.Form):
    """One company or section: shown or not, and where (lower numbers first)."""

    name = forms.CharField(max_length=300, widget=forms.HiddenInput)
    show = forms.BooleanField(required=False)
    order = forms.IntegerField(min_value=1, max_value=9999)


ChoiceRows = forms.formset_factory(ChoiceRowForm, extra=0, max_num=1000, absolute_max=1000)


def chosen_names(formset: Any) -> list[str]:
    """Return the names ticked in ``formset``, by their order number, then as listed.

    A row given a number another row already has goes before it: typing 1 next to a
    company moves it to the top.
    """
    rows = []
    for index, row in enumerate(formset.forms):
        data = row.cleaned_data
        if data.get("show"):
            moved = data["order"] != row.initial.get("order", data["order"])
            rows.append((data["order"], not moved, index, data["name"]))
    return [name for *_, name in sorted(rows)]


class GivenForm(forms.Form):
    """ "I gave it to …": the contact's id and how."""

    contact = forms.IntegerField(min_value=1)
    how = forms.ChoiceField(choices=[(h, h) for h in HOW])
