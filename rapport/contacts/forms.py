"""Forms on the contact page: the user's own edits and judgment overrides."""

from __future__ import annotations

from typing import Any

from django import forms

from rapport.contacts.models import FUNCTION_CHOICES, SENIORITY_CHOICES, Contact
from rapport.formats.phones import normalize_phones

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


def _items(text: str, separators: str = ",") -> list[str]:
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return list(dict.fromkeys(item.strip() for item in text.split(separators[0]) if item.strip()))


class ContactEditForm(forms.ModelForm):  # type: ignore[type-arg]
    emails_text = forms.CharField(
        required=False,
        label="E-mail addresses",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One a line.",
    )
    phones_text = forms.CharField(
        required=False,
        label="Phone numbers",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One a line, as you would dial them.",
    )
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
            "full_name",
            "first_name",
            "last_name",
            "emails",
            "phones",
            "linkedin_slug",
            "company_name",
            "position",
            "notes",
            "strength",
            "keep_in_touch_days",
            "looking_for",
            "circles",
            "knows_someone_at",
        ]
        labels = {
            "full_name": "Name",
            "first_name": "First name",
            "last_name": "Last name",
            "linkedin_slug": "LinkedIn profile name",
            "company_name": "Company",
            "position": "Title",
            "strength": "Relationship strength (0–3)",
            "keep_in_touch_days": "Keep in touch every (days)",
            "looking_for": "Looking for (if they are job seekers too)",
        }
        help_texts = {"linkedin_slug": "The end of their profile address: linkedin.com/in/…"}
        widgets = {
            "emails": forms.HiddenInput(),
            "phones": forms.HiddenInput(),
            "circles": forms.HiddenInput(),
            "knows_someone_at": forms.HiddenInput(),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["circles"].required = False
        self.fields["emails"].required = False
        self.fields["phones"].required = False
        self.fields["emails_text"].initial = "\n".join(self.instance.emails or [])
        self.fields["phones_text"].initial = "\n".join(self.instance.phones or [])
        self.fields["knows_someone_at"].required = False
        self.fields["circles_text"].initial = ", ".join(self.instance.circles or [])
        self.fields["knows_text"].initial = ", ".join(self.instance.knows_someone_at or [])
        self.fields["strength"].widget.attrs.update({"min": 0, "max": 3})

    def clean_strength(self) -> int | None:
        value = self.cleaned_data.get("strength")
        if value is not None and not 0 <= value <= 3:
            raise forms.ValidationError("Strength is 0 (cold) to 3 (close).")
        return value

    def save(self, commit: bool = True) -> Contact:
        # The lists come from the text boxes: a hidden list field left out of the POST must
        # not keep the old value (Django keeps a default-valued field that was not posted).
        for name in ("emails", "phones", "circles", "knows_someone_at"):
            setattr(self.instance, name, self.cleaned_data[name])
        contact: Contact = super().save(commit)
        return contact

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        emails = _items(data.get("emails_text", ""), "\n,;")
        if bad := [e for e in emails if "@" not in e]:
            self.add_error("emails_text", f"{bad[0]} is not an e-mail address.")
        data["emails"] = emails
        data["phones"] = normalize_phones(_items(data.get("phones_text", ""), "\n,;"))
        text = data.get("circles_text", "")
        data["circles"] = [c.strip() for c in text.split(",") if c.strip()]
        knows = data.get("knows_text", "")
        data["knows_someone_at"] = [c.strip() for c in knows.split(",") if c.strip()]
        return data
