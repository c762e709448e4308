"""Companies, contacts, where each contact came from, and what changed about them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from django.conf import settings
from django.db import models

from rapport.core.records import record_digest
from rapport.core.search_words import folded
from rapport.core.title_words import FUNCTIONS, SENIORITY_LEVELS
from rapport.core.titles import FUNCTION_WORDS, SENIORITY_WORDS
from rapport.lib.bulk import update_rows
from rapport.lib.fields import WrittenJSONField
from rapport.lib.owned import Owned, OwnedQuerySet

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Choices come from the title reader, the one place that knows the levels and functions.
SENIORITY_CHOICES = [(level, SENIORITY_WORDS[level]) for level in SENIORITY_LEVELS]
FUNCTION_CHOICES = [(name, FUNCTION_WORDS[name]) for name in FUNCTIONS]


class Company(Owned):
    """A company as the user's contacts name it, normalised so spellings meet."""

    name = models.CharField(max_length=300)
    key = models.CharField(max_length=300, help_text="normalised name used for matching")
    industry = models.CharField(max_length=200, blank=True)
    industry_set_by_user = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "companies"
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="unique_company_key_per_owner"),
        ]

    def __str__(self) -> str:
        return self.name


class ContactQuerySet(OwnedQuerySet["Contact"]):
    def at_target_companies(self) -> ContactQuerySet:
        return self.filter(target_company__isnull=False)

    def decision_makers(self) -> ContactQuerySet:
        return self.filter(can_hire=True)


ContactManager = models.Manager.from_queryset(ContactQuerySet)


class Contact(Owned):
    """One person, merged from every file that mentions them.

    The judgment columns (target_company … is_connector) are computed from the plan
    and stored so that lists filter and count in the database; the reasons, in words, are
    computed when a page shows them (``rapport.contacts.judging.reasons_for``), and
    ``overrides`` holds the user's own verdicts, which win.
    """

    # The (owner, …) indexes below serve every owner lookup: no index of its own.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    first_name = models.CharField(max_length=200, blank=True)
    last_name = models.CharField(max_length=200, blank=True)
    full_name = models.CharField(max_length=400)
    emails = WrittenJSONField(default=list, blank=True)
    phones = WrittenJSONField(default=list, blank=True, help_text="E.164 where parseable")
    urls = WrittenJSONField(default=list, blank=True)
    linkedin_slug = models.CharField(max_length=200, blank=True)
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    company_name = models.CharField(max_length=300, blank=True)
    position = models.CharField(max_length=400, blank=True)
    circles = WrittenJSONField(default=list, blank=True, help_text="tags such as 'church'")
    notes = models.TextField(blank=True)
    connected_on = models.DateField(null=True, blank=True)
    #: How warm the relationship is, set by the user: 0 (cold) to 3 (close).
    strength = models.PositiveSmallIntegerField(null=True, blank=True)
    keep_in_touch_days = models.PositiveSmallIntegerField(null=True, blank=True)
    #: For contacts who are job seekers themselves: what they are looking for.
    looking_for = models.TextField(blank=True)
    #: Companies where the user noted this person "knows someone".
    knows_someone_at = WrittenJSONField(default=list, blank=True)

    target_company = models.ForeignKey(
        "plan.TargetCompany",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
        db_index=False,  # the (owner, target_company) index serves every query
    )
    in_target_industry = models.BooleanField(null=True, blank=True)
    seniority = models.CharField(max_length=16, blank=True, choices=SENIORITY_CHOICES)
    function = models.CharField(max_length=32, blank=True, choices=FUNCTION_CHOICES)
    can_hire = models.BooleanField(default=False)
    is_recruiter = models.BooleanField(default=False)
    is_job_seeker = models.BooleanField(default=False)
    is_connector = models.BooleanField(default=False)
    overrides = WrittenJSONField(default=dict, blank=True)
    #: Fields the user edited by hand; imports never overwrite them.
    edited_fields = WrittenJSONField(default=list, blank=True)
    #: Every record files gave about this person: {"format", "key", "run", "where", "fields"}.
    sources = WrittenJSONField(default=list, blank=True)
    #: The fingerprints of those records (``record_digest``), space-separated: a re-import
    #: reads this narrow column alone to know which of its records it has read before.
    source_digests = models.TextField(blank=True, default="")
    #: The import that created this contact (undoing it removes the contact). Not indexed:
    #: an undo is rare, and every index slows the import that writes 30,000 rows.
    import_run = models.ForeignKey(
        "imports.ImportRun",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )

    #: Name, company and position folded (no accents, one case): the list's search reads
    #: this one column instead of three. Not indexed: the search also reads the e-mails,
    #: so no index on this column alone served it (docs/decisions.md).
    search_text = models.CharField(max_length=1100, blank=True, default="")

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects: ClassVar[ContactManager[Contact]] = ContactManager()

    class Meta:
        ordering = ["last_name", "first_name", "id"]
        # Every index slows a 30,000-row import: only the ones the list, the diagnosis
        # and the undo use are kept (matching by name or profile happens in memory).
        indexes = [
            models.Index(fields=["owner", "last_name", "first_name"]),
            models.Index(fields=["owner", "target_company"]),
            # One narrow index for the two kinds the method counts most, decision-makers
            # and connectors: each is counted without reading the table, and a first import
            # builds one index where it built two (docs/benchmarks.md).
            models.Index(fields=["owner", "can_hire", "is_connector"], name="contacts_flags_idx"),
            models.Index(fields=["owner", "company_name", "last_name"]),
        ]

    def __str__(self) -> str:
        return self.full_name

    @classmethod
    def after_restore(cls, user: User) -> None:
        """Make ``source_digests`` again where a backup left it empty or in an earlier form
        (an earlier release's): a re-import then counts what it read before at once."""
        refresh_digests(cls, cls.objects.filter(owner=user))

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_text = search_text(self.full_name, self.company_name, self.position)
        self.source_digests = source_digests(self.sources)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text", "source_digests"}
        super().save(*args, **kwargs)


def search_text(full_name: str, company_name: str, position: str) -> str:
    """Return what the contact list searches: name, company and position, folded."""
    return folded(f"{full_name} | {company_name} | {position}")[:1100]


def refresh_digests(model: type[models.Model], contacts: models.QuerySet[Any]) -> None:
    """Make ``source_digests`` again for ``contacts`` where it differs from what their
    sources give now, 2,000 at a time by id: bounded memory for a server's millions, and
    1.0 s for 30,000 contacts on SQLite where Django's ``bulk_update`` took 5.2 s.

    ``model`` is the contact model (a migration's own, or ``Contact``).
    """
    rows = contacts.exclude(sources=[]).values_list("pk", "sources", "source_digests")
    changes: list[tuple[int, dict[str, Any]]] = []
    for pk, sources, kept in rows.iterator(chunk_size=2000):
        made = source_digests(sources)
        if made != kept:
            changes.append((pk, {"source_digests": made}))
        if len(changes) == 2000:
            update_rows(model, changes)
            changes = []
    update_rows(model, changes)


def source_digests(sources: list[dict[str, Any]]) -> str:
    """Return the ``source_digests`` column for a contact's ``sources``."""
    return " ".join(
        dict.fromkeys(
            record_digest(str(s.get("format", "")), str(s.get("key", "")), s.get("fields") or {})
            for s in sources
        )
    )


class JobChange(Owned):
    """A contact's move between companies or positions, seen across imports."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="job_changes")
    import_run = models.ForeignKey(
        "imports.ImportRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    old_company = models.CharField(max_length=300, blank=True)
    old_position = models.CharField(max_length=400, blank=True)
    new_company = models.CharField(max_length=300, blank=True)
    new_position = models.CharField(max_length=400, blank=True)
    detected_on = models.DateField()

    class Meta:
        ordering = ["-detected_on", "-id"]


class MergeCandidate(Owned):
    """Two contacts that may be one person: the review queue never merges silently."""

    PENDING, MERGED, KEPT_APART = "pending", "merged", "kept_apart"
    STATUS_CHOICES = [(PENDING, "pending"), (MERGED, "merged"), (KEPT_APART, "kept apart")]

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="+")
    import_run = models.ForeignKey(
        "imports.ImportRun", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    score = models.FloatField()
    reason = models.CharField(max_length=400)
    status = models.CharField(max_length=16, choices=STATUS_CHOICES, default=PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-score", "id"]


class DeletedContact(Owned):
    """A deleted contact, kept so that its deletion can be undone.

    ``rows`` holds the contact and every row its deletion removed (meetings' links, gives,
    follow-ups…) as Django's JSON serialisation; undoing saves them back with their ids.
    """

    #: The contact's name, or "12 contacts" for a deletion of several.
    name = models.CharField(max_length=400)
    count = models.PositiveIntegerField(default=1)
    rows = models.TextField()
    deleted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-deleted_at", "-id"]
