"""Why a LinkedIn message or invitation row is skipped, in the words the report shows."""

from __future__ import annotations

SPAM_REASON = "spam"
DRAFT_REASON = "a draft, never sent"
SPONSORED_REASON = "a sponsored message (it has no sender profile)"
NO_DATE_REASON = "no date"
NOTICE_REASON = "a notice from LinkedIn, not a message from anyone"
SELF_REASON = "a message to yourself"
