"""Named thresholds of the diagnosis rules, with defaults and what they mean.

Numbers marked "our default" in METHOD.md have no hard source; every one of them is a
setting a user (or their coach) can change in the workspace (Workspace.thresholds).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Threshold:
    name: str
    default: float
    meaning: str
    #: What the settings page calls it.
    label: str


THRESHOLDS = {
    t.name: t
    for t in (
        Threshold(
            "min_meetings",
            5,
            "Fewest networking meetings in the window to judge their mix.",
            label="Fewest meetings to judge",
        ),
        Threshold(
            "target_industry_share",
            0.5,
            "Share of meetings that should include someone in the target industry.",
            label="Meetings in your target industry (share)",
        ),
        Threshold(
            "target_industry_share_error",
            0.2,
            "Below this share of target-industry meetings the finding is an error.",
            label="Target-industry meetings, serious below (share)",
        ),
        Threshold(
            "decision_maker_share",
            0.1,
            "Share of networking meetings with decision-makers below which too few could hire you.",
            label="Meetings with decision-makers, too few below (share)",
        ),
        Threshold(
            "decision_maker_goal_share",
            0.5,
            "Share of the weekly decision-maker goal below which the pace is short of it.",
            label="Decision-makers against your weekly goal, short below (share)",
        ),
        Threshold(
            "min_weeks",
            2,
            "Fewest weeks since the search began before weekly goals are judged.",
            label="Fewest weeks of searching to judge weekly goals",
        ),
        Threshold(
            "decision_maker_meetings_per_week",
            0.25,
            "Meetings with decision-makers a week when the plan sets no goal (one a month).",
            label="Meetings with decision-makers a week",
        ),
        Threshold(
            "echo_chamber_share",
            0.5,
            "Share of meetings with job seekers that is an echo chamber.",
            label="Meetings with job seekers, warning above (share)",
        ),
        Threshold(
            "echo_chamber_share_error",
            0.7,
            "Share of meetings with job seekers that is an error.",
            label="Meetings with job seekers, serious above (share)",
        ),
        Threshold(
            "target_contacts_met_share",
            0.25,
            "Share of contacts at target companies met at least once, below which it fires.",
            label="Contacts at target companies met (share)",
        ),
        Threshold(
            "uncovered_share_warning",
            0.5,
            "Share of target companies with no contact above which the finding is a warning.",
            label="Target companies where you know no one, warning above (share)",
        ),
        Threshold(
            "min_logged",
            3,
            "Fewest meetings with an outcome logged to judge outcomes.",
            label="Fewest meetings with an outcome to judge outcomes",
        ),
        Threshold(
            "handbill_share",
            0.5,
            "Share of logged meetings where the handbill was given.",
            label="Meetings where you gave your handbill (share)",
        ),
        Threshold(
            "ask_share",
            0.5,
            "Share of logged meetings with a specific ask.",
            label="Meetings with a specific ask (share)",
        ),
        Threshold(
            "take_give_ratio",
            2.0,
            "Asks and referrals received per thing given above which it is a one-way street.",
            label="Help received for each thing you gave, one-way above",
        ),
        Threshold(
            "min_takes",
            3,
            "Fewest asks and referrals before the balance is judged.",
            label="Fewest asks and referrals to judge the balance",
        ),
        Threshold(
            "unlogged_share",
            0.5,
            "Share of meetings without an outcome that hides the verdicts.",
            label="Meetings without an outcome, hiding verdicts above (share)",
        ),
        Threshold(
            "pitch_score",
            60,
            "Profile score below which the profile is not compelling.",
            label="Profile score, not compelling below",
        ),
        Threshold(
            "pitch_serious_flags",
            2,
            "Serious profile flags at or above which it is not compelling.",
            label="Serious profile flags, not compelling from",
        ),
        Threshold(
            "activity_share",
            0.75,
            "Share of the weekly meeting goal below which it is low.",
            label="Meetings against your weekly goal, low below (share)",
        ),
        Threshold(
            "min_outreach",
            10,
            "Fewest first messages before the reply rate is judged.",
            label="Fewest first messages to judge replies",
        ),
        Threshold(
            "reply_rate",
            0.2,
            "Share of first messages answered below which replies are rare.",
            label="First messages answered, rare below (share)",
        ),
        Threshold(
            "thank_you_share",
            0.5,
            "Share of meetings followed by a thank-you below which thank-yous are missing.",
            label="Meetings followed by a thank-you, missing below (share)",
        ),
    )
}
