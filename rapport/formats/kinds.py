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
    "thunderbird": "Thunderbird address book CSV",
    "yahoo": "Yahoo Contacts CSV",
    "ics": "Calendar (.ics)",
    "linkedin_archive": "LinkedIn data export (.zip: connections, messages and more)",
    "linkedin_messages": "LinkedIn messages",
    "linkedin_invitations": "LinkedIn invitations",
    "linkedin_endorsements": "LinkedIn endorsements",
    "linkedin_recommendations": "LinkedIn recommendations",
    "email": "E-mail (.mbox or .eml)",
    "linkedin_profile": "LinkedIn profile",
    "linkedin_positions": "LinkedIn positions",
    "linkedin_job_preferences": "LinkedIn job-seeker preferences",
    "linkedin_company_follows": "LinkedIn company follows",
}
#: Imports no one picks by hand, named for their reports: the user's own files in an archive.
PART_NAMES = {"linkedin_own": "LinkedIn profile, positions and preferences"}
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
#: The kinds that say who the user is and what they seek: offered as suggestions, never written.
OWN_FORMATS = frozenset(
    {
        "linkedin_own",
        "linkedin_profile",
        "linkedin_positions",
        "linkedin_job_preferences",
        "linkedin_company_follows",
    }
)
