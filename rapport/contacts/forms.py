"""Forms on the contact page: the user's own edits and judgment overrides."""

from __future__ import annotations

from typing import Any

from django import forms

from rapport.contacts.models import FUNCTION_CHOICES, SENIORITY_CHOICES, Contact

AUTO = [("", "Rapport decides")]
YES_NO = [*AUTO, ("yes", "Yes"), ("no", "No")]
BOOLEAN_JUDGMENTS = ("in_target_industry", "can_hire", "recruiter", "job_seeker", "connector")


class OverrideForm(forms.Form):
    in_target_industry = forms.ChoiceField(choices=YES_NO, required=False)
    seniority = forms.ChoiceField(choices=AUTO + SENIORITY_CHOICES, required=False)
    function = forms.ChoiceField(choices=AUTO + FUNCTION_CHOICES, required=False)
    can_hire = forms.ChoiceField(choices=YES_NO, required=False, label="Could hire you")
    recruiter = forms.ChoiceField(choices=YES_NO, required=False)
    job_seeker = forms.ChoiceField(choices=YES_NO, required=False)
    connector = forms.ChoiceField(choices=YES_NO, required=False)

    @classmethod
    def for_overrides(cls, overrides: dict[str, Any]) -> OverrideForm:
        """Return the form showing the user's current overrides."""
        initial = {
            k: ("yes" if v else "no") if k in BOOLEAN_JUDGMENTS else v for k, v in overrides.items()
        }
        return cls(initial=initial)

    def overrides(self) -> dict[str, Any]:
        """Return the chosen overrides: judgment name -> value (absent: Rapport decides)."""
        chosen: dict[str, Any] = {}
        for name, value in self.cleaned_data.items():
            if value in ("", None):
                continue
            chosen[name] = value == "yes" if name in BOOLEAN_JUDGMENTS else value
        return chosen


class ContactEditForm(forms.ModelForm):  # type: ignore[type-arg]
    circles_text = forms.CharField(
        required=False, label="Circles", help_text="Comma-separated, e.g. church, neighbor, FEI."
    )
    knows_text = forms.CharField(
        required=False,
        label="Knows someone at",
        help_text="Companies where they know people, comma-separated: a way into your targets.",
    )

    class Meta:
        model = Contact
        fields = [
            "company_name",
            "position",
            "notes",
            "strength",
            "looking_for",
            "circles",
            "knows_someone_at",
        ]
        labels = {"company_name": "Company", "strength": "Relationship strength (0–3)"}
        widgets = {
            "circles": forms.HiddenInput(),
            "knows_someone_at": forms.HiddenInput(),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["circles"].required = False
        self.fields["knows_someone_at"].required = False
        self.fields["circles_text"].initial = ", ".join(self.instance.circles or [])
        self.fields["knows_text"].initial = ", ".join(self.instance.knows_someone_at or [])
        self.fields["strength"].widget.attrs.update({"min": 0, "max": 3})

    def clean_strength(self) -> int | None:
        value = self.cleaned_data.get("strength")
        if value is not None and not 0 <= value <= 3:
            raise forms.ValidationError("Strength is 0 (cold) to 3 (close).")
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        text = data.get("circles_text", "")
        data["circles"] = [c.strip() for c in text.split(",") if c.strip()]
        knows = data.get("knows_text", "")
        data["knows_someone_at"] = [c.strip() for c in knows.split(",") if c.strip()]
        return data
