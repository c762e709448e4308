"""The contact book: list with filters, one contact with its judgments, the review queue."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from rapport.accounts.clock import today_for, workspace_zone
from rapport.contacts.bulk_actions import apply_to_contacts
from rapport.contacts.companies import company_for
from rapport.contacts.deleting import delete_contacts, undo_delete
from rapport.contacts.export import FORMATS, export_text
from rapport.contacts.forms import ContactEditForm, OverrideForm
from rapport.contacts.judging import Judge, reasons_for
from rapport.contacts.merging import decide, merge_contacts
from rapport.contacts.models import (
    Contact,
    DeletedContact,
    MergeCandidate,
)
from rapport.contacts.presenters import judgment_rows
from rapport.contacts.provenance import source_rows
from rapport.contacts.queries import (
    FilterError,
    filter_contacts,
)
from rapport.core.errors import InputError
from rapport.core.replies import Latency, latency, notes_from
from rapport.lib.owned import get_owned_or_404
from rapport.lib.prepared import Prepared
from rapport.lib.requests import AuthedRequest

if TYPE_CHECKING:
    from django.contrib.auth.models import User


@require_safe
def contact_export(request: AuthedRequest, file_format: str) -> HttpResponse:
    """Download the contacts the list's filters show (all of them without filters)."""
    params = request.GET.copy()
    params.pop("page", None)
    try:
        qs = filter_contacts(Contact.objects.owned_by(request.user), params)
    except FilterError as exc:
        messages.error(request, str(exc))
        return redirect("contacts")
    _writer, content_type, file_name = FORMATS[file_format]
    response = HttpResponse(export_text(qs, file_format), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response


def _get_contact_for_owner(request: AuthedRequest, pk: int) -> Contact:
    return get_owned_or_404(Contact, request.user, pk)


def contact_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    # A contact's page is the one opened most: its queries are prepared once (lib/prepared).
    found = _contact(request.user.pk, pk)
    if not found:
        raise Http404("No such contact")
    contact = found[0]
    interactions = _interactions(pk)
    touches = _touches(pk)
    entries: list[tuple[datetime, dict[str, object]]] = [
        (i.start, {"meeting": i}) for i in interactions
    ]
    entries += [(t.when, {"touch": t}) for t in touches[:TIMELINE_TOUCHES]]
    entries.sort(key=lambda entry: entry[0], reverse=True)
    timeline = [entry for _when, entry in entries]
    # With every touch read for the timeline, how they answer needs no query of its own.
    every_touch = (
        [(t.pk, t.when, t.direction, t.channel, t.signals) for t in touches]
        if len(touches) <= TIMELINE_TOUCHES
        else None
    )
    context = {
        "contact": contact,
        "answers": _answers(request.user, contact, every_touch),
        "interactions": interactions,
        "timeline": timeline,
        "job_changes": _job_changes(pk),
        "judgments": judgment_rows(contact, reasons_for(request.user, contact)),
        "sources": source_rows(contact.sources or []),
    }
    return render(request, "contacts/detail.html", context)


#: The newest touches a contact's page shows, and the fields it reads of them.
TIMELINE_TOUCHES = 100
TOUCH_FIELDS = (
    "id",
    "contact",
    "when",
    "channel",
    "direction",
    "kind",
    "reason",
    "excerpt",
    "signals",
)

# The contact's page's queries. Meetings, touches and first messages are reached through
# the contact: the apps that hold them sit above this one.
_contact = Prepared(lambda owner, pk: Contact.objects.filter(owner_id=owner, pk=pk), int, int)
_interactions = Prepared(
    lambda pk: (
        Contact(pk=pk).interactions.order_by("-start").only("id", "start", "summary", "kind")[:50]
    ),
    int,
)
_touches = Prepared(
    lambda pk: (
        Contact(pk=pk).touches.order_by("-when", "-id").only(*TOUCH_FIELDS)[: TIMELINE_TOUCHES + 1]
    ),
    int,
)
_logged = Prepared(
    lambda pk: Contact(pk=pk).outreaches.filter(sent_on__isnull=False).values_list("id", "sent_on"),
    int,
)
_job_changes = Prepared(lambda pk: Contact(pk=pk).job_changes.all(), int)


def _answers(
    user: User, contact: Contact, touches: list[tuple[Any, ...]] | None = None
) -> Latency | None:
    """Return how ``contact`` answered the user's latest first message (booster, …), or None.

    First messages logged on the paths page count too (``contact.outreaches``). ``touches``
    are every touch of the contact as (id, when, direction, channel, signals), when read.
    """
    zone = workspace_zone(user)
    if touches is None:
        touches = list(contact.touches.values_list("id", "when", "direction", "channel", "signals"))
    logged = _logged(contact.pk)
    notes = notes_from(touches, ((pk, day) for pk, day in logged if day is not None), zone)
    return latency(notes, zone, today_for(user))


@require_http_methods(["GET", "POST"])
def contact_override(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = _get_contact_for_owner(request, pk)
    if request.method == "GET":
        form = OverrideForm.for_overrides(contact.overrides or {})
        return _editor(request, contact, "override_form", form, "Override a judgment")
    form = OverrideForm(request.POST)
    if form.is_valid():
        contact.overrides = form.overrides()
        Judge(request.user).apply(contact)
        contact.save()
        messages.success(request, "Your judgments are saved; imports will not change them.")
    else:
        messages.error(request, "That override could not be saved.")
    return redirect("contact", pk=contact.pk)


@require_http_methods(["GET", "POST"])
def contact_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = _get_contact_for_owner(request, pk)
    if request.method == "GET":
        edit_form = ContactEditForm(instance=contact)
        return _editor(request, contact, "edit_form", edit_form, "Edit the contact details")
    before = {name: getattr(contact, name) for name in ContactEditForm.Meta.fields}
    form = ContactEditForm(request.POST, instance=contact)
    if form.is_valid():
        contact = form.save(commit=False)
        contact.company = company_for(request.user, contact.company_name)
        edited = [n for n in ContactEditForm.Meta.fields if getattr(contact, n) != before[n]]
        contact.edited_fields = sorted({*contact.edited_fields, *edited})
        Judge(request.user).apply(contact)
        contact.save()
        messages.success(request, "Saved. Later imports keep your edits.")
        return redirect("contact", pk=contact.pk)
    messages.error(request, "Nothing was saved: " + form_errors(form))
    return redirect("contact", pk=contact.pk)


def _editor(
    request: AuthedRequest, contact: Contact, name: str, form: object, heading: str
) -> HttpResponse:
    """Return one of the contact page's editing forms: the form alone when the page fetches
    it as its box opens, a page of its own otherwise (a browser without scripts)."""
    template = f"contacts/_{name}.html"
    context = {"contact": contact, name: form, "heading": heading, "form_template": template}
    fetched = request.headers.get("HX-Request")
    response = render(request, template if fetched else "contacts/edit.html", context)
    # One address answers the form or its page: the browser must not reuse one as the other.
    patch_vary_headers(response, ["HX-Request"])
    return response


def form_errors(form: ContactEditForm) -> str:
    """Return the form's errors in one line, each after its field's label."""
    labels = {name: f"{field.label}: " for name, field in form.fields.items()}
    return "; ".join(
        labels.get(name, "") + " ".join(map(str, errors)) for name, errors in form.errors.items()
    )


@require_http_methods(["GET", "POST"])
def contact_new(request: AuthedRequest) -> HttpResponse:
    """Add someone by hand: the same fields as the contact page's editor."""
    form = ContactEditForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        contact = form.save(commit=False)
        contact.owner = request.user
        contact.company = company_for(request.user, contact.company_name)
        contact.edited_fields = sorted(
            n for n in ContactEditForm.Meta.fields if form.cleaned_data.get(n)
        )
        Judge(request.user).apply(contact)
        contact.save()
        messages.success(request, f"Added {contact.full_name}.")
        return redirect("contact", pk=contact.pk)
    status = 400 if form.is_bound else 200
    return render(request, "contacts/new.html", {"form": form}, status=status)


#: How many people the merge page offers for one search.
MERGE_CHOICES = 20


@require_http_methods(["GET", "POST"])
def contact_merge(request: AuthedRequest, pk: int) -> HttpResponse:
    """Find a second record of the same person (GET), then fold it into this one (POST)."""
    contact = _get_contact_for_owner(request, pk)
    if request.method == "POST":
        other = get_owned_or_404(Contact, request.user, request.POST.get("other"))
        if other.pk == contact.pk:
            messages.error(request, "A contact cannot be merged with itself.")
            return redirect("contact-merge", pk=contact.pk)
        merge_contacts(request.user, contact, other)
        messages.success(
            request, f"Merged {other.full_name} into {contact.full_name}: nothing was lost."
        )
        return redirect("contact", pk=contact.pk)
    # Two records of one person most often share the first word of the name.
    query = request.GET.get("q", "").strip() or next(iter(contact.full_name.split()), "")
    found = filter_contacts(Contact.objects.owned_by(request.user), {"q": query})
    context = {
        "contact": contact,
        "query": query,
        "found": found.exclude(pk=contact.pk)[:MERGE_CHOICES],
    }
    return render(request, "contacts/merge.html", context)


@require_POST
def contact_bulk(request: AuthedRequest) -> HttpResponse:
    """Apply one change to the contacts ticked on the list."""
    ids = [pk for pk in request.POST.getlist("ids") if pk.isdigit()]
    contacts = list(Contact.objects.owned_by(request.user).filter(pk__in=ids))
    try:
        done = apply_to_contacts(
            request.user, contacts, request.POST.get("action", ""), request.POST.get("value", "")
        )
    except InputError as exc:
        messages.error(request, f"Nothing was changed: {exc}")
    else:
        messages.success(request, done)
    back = request.POST.get("back", "")
    return redirect(f"{reverse('contacts')}?{back}" if back else "contacts")


@require_POST
def contact_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = _get_contact_for_owner(request, pk)
    delete_contacts(request.user, [contact])
    messages.success(request, f"Deleted {contact.full_name}, with their meetings' links and gives.")
    return redirect("contacts")


@require_POST
def contact_undo_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    deleted = get_owned_or_404(DeletedContact, request.user, pk)
    try:
        contact = undo_delete(deleted)
    except InputError as exc:
        messages.error(request, str(exc))
        return redirect("contacts")
    if deleted.count > 1:
        messages.success(request, f"{deleted.name} are back, as before.")
        return redirect("contacts")
    messages.success(request, f"{contact.full_name} is back, as before.")
    return redirect("contact", pk=contact.pk)


def review_queue(request: AuthedRequest) -> HttpResponse:
    pending = (
        MergeCandidate.objects.owned_by(request.user)
        .filter(status=MergeCandidate.PENDING)
        .select_related("contact", "other")[:100]
    )
    return render(request, "contacts/review.html", {"pending": pending})


@require_POST
def review_decide(request: AuthedRequest, pk: int) -> HttpResponse:
    candidate = get_owned_or_404(MergeCandidate, request.user, pk)
    if candidate.status != MergeCandidate.PENDING:
        messages.info(request, "That pair was already decided.")
        return redirect("review")
    merge = request.POST.get("decision") == "merge"
    kept = decide(request.user, candidate, merge)
    if kept is not None:
        messages.success(request, f"Merged into {kept.full_name}.")
    else:
        messages.success(request, "Kept apart: they will not be suggested again.")
    return redirect("review")
