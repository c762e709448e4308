"""The kinds of file Rapport imports: one list for the readers, the page and the CLI.

Kept apart from the readers so that ``rapport --help`` can name them without loading them.
"""

from __future__ import annotations

#: Every file kind Rapport imports, by the key a user may force it with, named for people.
FORMATS: dict[str, str] = {
    "linkedin": "LinkedIn connections",
    "vcard": "vCard address book (.vcf)",
    "google": "Google Contacts CSV",
    "outlook": "Outlook CSV",
    "ics": "Calendar (.ics)",
    "linkedin_archive": "LinkedIn data export (.zip: connections, messages and more)",
    "linkedin_messages": "LinkedIn messages",
    "linkedin_invitations": "LinkedIn invitations",
    "linkedin_endorsements": "LinkedIn endorsements",
    "linkedin_recommendations": "LinkedIn recommendations",
    "email": "E-mail (.mbox or .eml)",
}
#: The kinds whose records are touches (messages and the like), not contacts or meetings.
TOUCH_FORMATS = frozenset(
    {
        "linkedin_archive",
        "linkedin_messages",
        "linkedin_invitations",
        "linkedin_endorsements",
        "linkedin_recommendations",
        "email",
    }
)
