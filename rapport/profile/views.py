"""The two-minute profile: editor with live feedback, versions, comparison and rehearsal."""

from __future__ import annotations

import hashlib
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from rapport.core.errors import InputError
from rapport.lib.owned import get_owned_or_404
from rapport.lib.requests import AuthedRequest
from rapport.plan.models import Suggestion
from rapport.profile.compare import compare
from rapport.profile.feedback import TWO_MINUTES, feedback, minutes
from rapport.profile.forms import ImpactForm, PaceForm, PitchForm, RehearsalForm
from rapport.profile.impact import assemble
from rapport.profile.models import Pitch, Rehearsal
from rapport.profile.services import (
    MAX_WPM,
    MIN_WPM,
    analysis_of,
    check_pitch,
    earlier_versions,
    is_settable_pace,
    latest_pitch,
    record_rehearsal,
    save_pitch,
    set_pace,
    version_number,
    workspace_for,
)

RECENT_VERSIONS = 5


def digest(text: str) -> str:
    """Return a fingerprint of the text an analysis was made of (to spot later edits)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _live_context(request: AuthedRequest, form: PitchForm) -> dict[str, Any]:
    """Return the feedback context for the editor's text and pace, bound or initial."""
    saved_pace = workspace_for(request.user).words_per_minute
    note = ""
    if form.is_bound:
        form.is_valid()
        text = form.cleaned_data.get("text")
        wpm = form.cleaned_data.get("words_per_minute")
        if "words_per_minute" in form.errors:
            note = (
                f"A pace must be a whole number from {MIN_WPM} to {MAX_WPM} words a minute;"
                f" times below use your saved pace of {saved_pace}."
            )
    else:
        text, wpm = form.initial.get("text", ""), form.initial.get("words_per_minute")
    if text is None:
        return {"text_errors": form.errors.get("text", []), "note": note}
    analysis = check_pitch(request.user, text, wpm or saved_pace)
    return {
        "fb": feedback(text, analysis.to_json(), analysis.sentences, helpers=True),
        "digest": digest(text),
        "note": note,
    }


def _editor_context(request: AuthedRequest, form: PitchForm) -> dict[str, Any]:
    owned = Pitch.objects.owned_by(request.user)
    count = owned.count()
    recent = owned.order_by("-created_at", "-id")[:RECENT_VERSIONS]
    return {
        "form": form,
        **_live_context(request, form),
        "recent": [(count - index, pitch) for index, pitch in enumerate(recent)],
        "version_count": count,
        "zone": workspace_for(request.user).time_zone,
        "suggestions_waiting": Suggestion.objects.owned_by(request.user)
        .open()
        .filter(field="pitch")
        .count(),
        "suggestions_for": "your two-minute profile",
    }


def _save(request: AuthedRequest, form: PitchForm) -> bool:
    """Save the text and pace as a new version; return False (with a form error) if empty."""
    text = form.cleaned_data["text"].strip()
    wpm = form.cleaned_data["words_per_minute"]
    latest = latest_pitch(request.user)
    if latest is not None and latest.text == text and latest.words_per_minute == wpm:
        number = version_number(request.user, latest)
        messages.info(request, f"Nothing changed since version {number}; it was not saved again.")
        return True
    try:
        # The version is analysed at the pace on the page; both are kept, or neither.
        with transaction.atomic():
            set_pace(request.user, wpm)
            pitch = save_pitch(request.user, text)
    except InputError as exc:
        form.add_error("text", exc.message.capitalize() + ".")
        return False
    number = version_number(request.user, pitch)
    change = ""
    if latest is not None and latest.score is not None and pitch.score is not None:
        change = f" ({pitch.score - latest.score:+d} since version {number - 1})"
    messages.success(request, f"Saved as version {number}: score {pitch.score}/100{change}.")
    return True


@require_http_methods(["GET", "POST"])
def editor(request: AuthedRequest) -> HttpResponse:
    if request.method == "POST":
        form = PitchForm(request.POST)
        if form.is_valid() and _save(request, form):
            return redirect("profile")
        messages.error(request, "Nothing was saved: please correct the fields marked below.")
    else:
        # "?from=<id>" starts from an older version; otherwise from the latest.
        source = (
            get_owned_or_404(Pitch, request.user, request.GET["from"])
            if request.GET.get("from")
            else latest_pitch(request.user)
        )
        initial = {
            "text": source.text if source else "",
            "words_per_minute": workspace_for(request.user).words_per_minute,
        }
        form = PitchForm(initial=initial)
    return render(request, "profile/editor.html", _editor_context(request, form))


@require_POST
def check(request: AuthedRequest) -> HttpResponse:
    """Return the live feedback fragment for the text and pace being typed."""
    context = {**_live_context(request, PitchForm(request.POST)), "live": True}
    return render(request, "profile/_feedback.html", context)


@require_POST
def impact(request: AuthedRequest) -> HttpResponse:
    """Return the impact statement the helper's answers make (a fragment)."""
    form = ImpactForm(request.POST)
    statement = assemble(form.answers()) if form.is_valid() else ""
    return render(request, "profile/_impact_sentence.html", {"statement": statement})


@require_POST
def impact_insert(request: AuthedRequest) -> HttpResponse:
    """Put the helper's statement into the text, in place of its sentence; re-render the editor."""
    form = PitchForm(request.POST)
    helper = ImpactForm(request.POST)
    status = ""
    if form.is_valid() and helper.is_valid():
        text = form.cleaned_data["text"]
        statement = assemble(helper.answers())
        start, end = helper.cleaned_data["start"], helper.cleaned_data["end"]
        if not statement:
            status = "Fill in at least the action to make a statement."
        elif request.POST.get("digest") != digest(text) or end > len(text) or start > end:
            status = "Your text changed since it was checked, so nothing was inserted: copy it."
        else:
            if helper.cleaned_data["mode"] == "replace":
                text = text[:start] + statement + text[end:]
            else:
                text = f"{text[:end]} {statement}{text[end:]}"
            form = PitchForm(initial={**form.cleaned_data, "text": text})
            status = f"Inserted: “{statement}” Save a version to keep it."
    else:
        status = "Nothing was inserted: the text or the statement could not be read."
    context = {**_editor_context(request, form), "status": status}
    if request.headers.get("HX-Request"):
        return render(request, "profile/_editor.html", context)
    return render(request, "profile/editor.html", context)


@require_POST
def pace(request: AuthedRequest) -> HttpResponse:
    form = PaceForm(request.POST)
    if form.is_valid():
        wpm = form.cleaned_data["words_per_minute"]
        set_pace(request.user, wpm)
        messages.success(
            request, f"Your pace is now {wpm} words a minute; speaking times use it from now on."
        )
    else:
        messages.error(request, f"A pace must be between {MIN_WPM} and {MAX_WPM} words a minute.")
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect("profile")


def versions(request: AuthedRequest) -> HttpResponse:
    pitches = list(
        Pitch.objects.owned_by(request.user)
        .annotate(rehearsal_count=Count("rehearsals"))
        .order_by("-created_at", "-id")
    )
    rows = [
        {
            "pitch": pitch,
            "number": len(pitches) - index,
            "time": minutes(pitch.seconds),
            "flags": len(pitch.analysis.get("flags", [])) if pitch.analysis else None,
        }
        for index, pitch in enumerate(pitches)
    ]
    zone = workspace_for(request.user).time_zone
    return render(request, "profile/versions.html", {"rows": rows, "zone": zone})


def version(request: AuthedRequest, pk: int) -> HttpResponse:
    pitch = get_owned_or_404(Pitch, request.user, pk)
    number = version_number(request.user, pitch)
    context = {
        "pitch": pitch,
        "number": number,
        "previous": earlier_versions(request.user, pitch).order_by("-created_at", "-id").first(),
        "fb": feedback(pitch.text, analysis_of(request.user, pitch)),
        "zone": workspace_for(request.user).time_zone,
    }
    return render(request, "profile/version.html", context)


def compare_versions(request: AuthedRequest) -> HttpResponse:
    """Show two versions side by side, older on the left, with what changed."""
    first_id, second_id = request.GET.get("a"), request.GET.get("b")
    if first_id and second_id:
        first = get_owned_or_404(Pitch, request.user, first_id)
        second = get_owned_or_404(Pitch, request.user, second_id)
    else:
        latest = list(Pitch.objects.owned_by(request.user).order_by("-created_at", "-id")[:2])
        if len(latest) < 2:
            messages.info(request, "Save two versions of your profile to compare them.")
            return redirect("profile-versions")
        second, first = latest
    if first.pk == second.pk:
        messages.info(request, "Pick two different versions to compare.")
        return redirect("profile-versions")
    older, newer = sorted((first, second), key=lambda p: (p.created_at, p.pk))
    before, after = analysis_of(request.user, older), analysis_of(request.user, newer)
    sides = [
        {
            "pitch": pitch,
            "number": version_number(request.user, pitch),
            "fb": feedback(pitch.text, data),
            "prefix": prefix,
        }
        for pitch, data, prefix in ((older, before, "a-"), (newer, after, "b-"))
    ]
    context = {
        "sides": sides,
        "diff": compare(before, after),
        "zone": workspace_for(request.user).time_zone,
    }
    return render(request, "profile/compare.html", context)


@require_http_methods(["GET", "POST"])
def rehearse(request: AuthedRequest, pk: int) -> HttpResponse:
    pitch = get_owned_or_404(Pitch, request.user, pk)
    if request.method == "POST":
        form = RehearsalForm(request.POST)
        if form.is_valid():
            done = record_rehearsal(request.user, pitch, form.cleaned_data["seconds"])
            messages.success(
                request,
                f"Rehearsal recorded: {pitch.words} words in {minutes(done.seconds)},"
                f" {done.words_per_minute} words a minute.",
            )
            return redirect("profile-rehearse", pk=pitch.pk)
    else:
        form = RehearsalForm()
    rehearsals = list(
        Rehearsal.objects.owned_by(request.user).filter(pitch=pitch).order_by("-created_at", "-id")
    )
    workspace = workspace_for(request.user)
    last = rehearsals[0] if rehearsals else None
    context = {
        "pitch": pitch,
        "number": version_number(request.user, pitch),
        "form": form,
        "rehearsals": rehearsals,
        "last": last,
        "settable": last is not None and is_settable_pace(last.words_per_minute),
        "pace": workspace.words_per_minute,
        "limits": (MIN_WPM, MAX_WPM),
        "limit": TWO_MINUTES,
        "zone": workspace.time_zone,
    }
    return render(request, "profile/rehearse.html", context)
