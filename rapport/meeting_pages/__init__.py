"""The meeting pages: the timeline, a meeting and its outcome form, the follow-up feed.

They show and log what the ledger and paths hold, so they sit above those apps.
"""
