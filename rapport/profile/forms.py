"""Forms of the profile pages: the editor, the pace, a rehearsal, the impact helper."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from rapport.core.errors import InputError
from rapport.profile.impact import SLOTS
from rapport.profile.services import MAX_WPM, MIN_WPM, clean_text

#: Long enough for any pace a person reads at; a timer left running for an hour is a mistake.
MAX_REHEARSAL_SECONDS = 3600


def _pace_field(**kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(min_value=MIN_WPM, max_value=MAX_WPM, **kwargs)


class TextField(forms.CharField):
    """The profile as typed: not stripped, since flag offsets point into it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(strip=False, required=False, **kwargs)

    def clean(self, value: Any) -> str:
        text = super().clean(value) or ""
        try:
            return clean_text(text)
        except InputError as exc:
            raise ValidationError(exc.message.capitalize() + ".") from None


class PitchForm(forms.Form):
    text = TextField(
        label="Your two-minute profile",
        help_text="Feedback appears as you type. Aim for 220–300 words: about two minutes.",
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "true"}),
    )
    words_per_minute = _pace_field(
        label="Your pace (words a minute)",
        help_text="Prepared speech runs at 100–165; rehearse a saved version to measure yours.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every change to the text or the pace asks the server for fresh feedback.
        live = {
            "hx-post": reverse("profile-check"),
            "hx-trigger": "input changed delay:400ms",
            "hx-target": "#feedback",
            "hx-include": "#profile-form",
            "hx-sync": "#profile-form:replace",
        }
        self.fields["text"].widget.attrs.update({"id": "pitch-text", **live})
        self.fields["words_per_minute"].widget.attrs.update({"id": "pitch-wpm", **live})


class PaceForm(forms.Form):
    words_per_minute = _pace_field(label="Pace (words a minute)")
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class RehearsalForm(forms.Form):
    seconds = forms.IntegerField(
        min_value=1,
        max_value=MAX_REHEARSAL_SECONDS,
        label="Time it took (seconds)",
        help_text="The timer fills this in; you can also type the time from a stopwatch.",
    )


class ImpactForm(forms.Form):
    """The slots of an impact statement, and where in the text the statement would go."""

    action = forms.CharField(required=False, max_length=100, label="Action (a verb)")
    what = forms.CharField(required=False, max_length=300, label="What")
    whom = forms.CharField(required=False, max_length=300, label="For whom")
    result = forms.CharField(required=False, max_length=300, label="Result")
    number = forms.CharField(required=False, max_length=100, label="By how much (a number)")
    time = forms.CharField(required=False, max_length=100, label="In how long")
    # Where the statement goes: in place of the flagged sentence, or after a flagged span.
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    mode = forms.ChoiceField(choices=[("replace", "replace"), ("after", "after")])

    def answers(self) -> dict[str, str]:
        """Return the slot answers (valid form only)."""
        return {name: self.cleaned_data[name] for name in SLOTS}
