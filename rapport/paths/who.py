""" "Who do I know?": search the whole network by company, industry, title or group.

For the moment a contact asks "who are you trying to reach?", or tells the user who
they are trying to reach: every word must match, in the field chosen or in any of them.
"""

from __future__ import annotations

from functools import reduce
from operator import or_
from typing import TYPE_CHECKING

from django.db.models import F, Q, QuerySet

from rapport.contacts.models import Contact

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Search field -> label, in the order the page offers them.
FIELDS = {
    "all": "Anything",
    "company": "Company",
    "industry": "Industry",
    "title": "Title",
    "group": "Group (circle)",
}
MAX_WORDS = 5


def _conditions(word: str) -> dict[str, Q]:
    return {
        "company": Q(company_name__icontains=word),
        "industry": Q(company__industry__icontains=word)
        | Q(target_company__industry__icontains=word),
        "title": Q(position__icontains=word),
        "group": Q(circles__icontains=word),
    }


def who_knows(user: User, query: str, field: str = "all") -> QuerySet[Contact]:
    """Return the user's contacts matching every word of ``query`` in ``field``.

    Decision-makers come first, then the closest relationships, then by name. An unknown
    ``field`` raises ValueError naming the known ones.
    """
    if field not in FIELDS:
        raise ValueError(f"search by one of {', '.join(FIELDS)}, not {field!r}")
    qs = Contact.objects.owned_by(user).select_related("target_company", "company")
    words = query.split()[:MAX_WORDS]
    if not words:
        return qs.none()
    for word in words:
        conditions = _conditions(word)
        qs = qs.filter(reduce(or_, conditions.values()) if field == "all" else conditions[field])
    return qs.order_by(
        F("can_hire").desc(), F("strength").desc(nulls_last=True), "last_name", "first_name", "id"
    )
