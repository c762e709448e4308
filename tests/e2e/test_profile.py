"""The profile coach in a browser: live feedback, flags on sentences, versions, rehearsal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from rapport.profile.models import Pitch, Rehearsal
from tests.e2e.layout import LAPTOP, WIDTHS, box, in_view, side_by_side, stacked

DEMO = Path(__file__).resolve().parents[2] / "rapport" / "demo"
SCATTERED = (DEMO / "scattered" / "profile.txt").read_text(encoding="utf-8")
FOCUSED = (DEMO / "focused" / "profile.txt").read_text(encoding="utf-8")
HEDGE = "I guess I kind of want to do more."


def save(page: Page, text: str) -> None:
    page.goto("/profile/")
    page.get_by_label("Your two-minute profile").fill(text)
    page.get_by_role("button", name="Save this version").click()
    expect(page.get_by_text("Saved as version")).to_be_visible()


def test_typing_updates_the_feedback_and_pins_a_flag_to_its_sentence(page: Page) -> None:
    page.goto("/profile/")
    feedback = page.locator("#feedback")
    expect(feedback).to_contain_text("Write or paste your two-minute profile")
    page.get_by_label("Your two-minute profile").fill(FOCUSED)
    expect(feedback.locator("[data-words]")).to_have_text("254")
    expect(feedback).to_contain_text("No flags.")
    page.get_by_label("Your two-minute profile").press("End")
    page.get_by_label("Your two-minute profile").type(" " + HEDGE)
    flagged = page.locator("#profile-preview .marked [data-flags~='hedging']")
    expect(flagged).to_have_count(1)
    expect(flagged.locator("mark")).to_have_text(HEDGE)
    flagged.get_by_role("link", name="flag 1").click()
    card = feedback.locator("#flag-1")
    expect(card).to_contain_text("hedging")
    expect(card).to_contain_text("Delete the hedge and say the sentence plainly.")


def test_the_pace_on_the_page_changes_the_speaking_time(page: Page) -> None:
    page.goto("/profile/")
    page.get_by_label("Your two-minute profile").fill(SCATTERED)
    expect(page.locator("#feedback [data-time]")).to_have_text("1:54")
    page.get_by_label("Your pace (words a minute)").fill("100")
    expect(page.locator("#feedback [data-time]")).to_have_text("2:40")


def test_the_impact_helper_rewrites_a_duty_sentence_in_place(page: Page) -> None:
    page.goto("/profile/")
    page.get_by_label("Your two-minute profile").fill(
        "I'm a CFO. I was responsible for budgets. I'd like a CFO role."
    )
    card = page.locator("#feedback li[data-code='duty-language']")
    card.get_by_text("Rewrite as an impact statement").click()
    expect(card.get_by_label("What", exact=True)).to_have_value("budgets")
    card.get_by_label("Action (a verb)").fill("cut")
    card.get_by_label("What", exact=True).fill("budget overruns")
    card.get_by_label("By how much (a number)").fill("30%")
    expect(card.locator("output")).to_have_text("I cut budget overruns by 30%.")
    card.get_by_role("button", name="Put it in place of this sentence").click()
    expect(page.get_by_label("Your two-minute profile")).to_have_value(
        "I'm a CFO. I cut budget overruns by 30%. I'd like a CFO role."
    )
    expect(page.locator("#feedback li[data-code='duty-language']")).to_have_count(0)


def test_saving_two_versions_and_comparing_them(page: Page) -> None:
    save(page, SCATTERED)
    expect(page.get_by_text("Saved as version 1: score 0/100.")).to_be_visible()
    page.get_by_label("Your two-minute profile").fill(FOCUSED)
    page.get_by_role("button", name="Save this version").click()
    expect(
        page.get_by_text("Saved as version 2: score 100/100 (+100 since version 1).")
    ).to_be_visible()
    assert Pitch.objects.count() == 2
    page.get_by_role("link", name="All 2 versions").click()
    expect(page.get_by_label("Compare version")).to_have_value(str(Pitch.objects.earliest("id").pk))
    page.get_by_role("button", name="Compare").click()
    expect(page.get_by_role("heading", name="Version 1 → version 2")).to_be_visible()
    expect(page.locator("[data-score-change]")).to_have_text("+100")
    expect(page.locator(".changes ul.fixed")).to_contain_text("Family details: gone (3 before)")
    expect(page.get_by_text("No new flags.")).to_be_visible()


REHEARSAL_CLOCK = datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_rehearsing_records_the_time_and_offers_the_real_pace(page: Page) -> None:
    save(page, FOCUSED)
    pitch = Pitch.objects.get()
    page.clock.install(time=REHEARSAL_CLOCK)
    page.goto(f"/profile/versions/{pitch.pk}/rehearse/")
    # Paused: a loaded machine's real seconds between the clicks would add to the time.
    page.clock.pause_at(REHEARSAL_CLOCK + timedelta(minutes=5))
    timer = page.get_by_role("timer")
    expect(timer).to_have_text("0:00")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("button", name="Stop")).to_be_focused()
    page.clock.run_for(127_000)
    expect(timer).to_have_text("2:07")
    expect(page.locator("[data-over]")).to_have_text("0:07 over two minutes")
    page.keyboard.press("Enter")  # Stop has the focus: the keyboard alone runs the timer.
    expect(page.get_by_label("Time it took (seconds)")).to_have_value("127")
    expect(page.locator("[data-status]")).to_contain_text("about 120 words a minute")
    page.get_by_role("button", name="Record this rehearsal").click()
    expect(
        page.get_by_text("Rehearsal recorded: 254 words in 2:07, 120 words a minute.")
    ).to_be_visible()
    assert Rehearsal.objects.get().words_per_minute == 120
    page.get_by_role("button", name="Use 120 words a minute as my pace").click()
    expect(page.get_by_text("Your pace is now 120 words a minute")).to_be_visible()


def test_the_pages_fit_a_phone_screen(page: Page) -> None:
    save(page, SCATTERED)
    page.get_by_label("Your two-minute profile").fill(FOCUSED)
    page.get_by_role("button", name="Save this version").click()
    pitch = Pitch.objects.latest("id")
    page.set_viewport_size({"width": 375, "height": 800})
    for url in (
        "/profile/",
        "/profile/versions/",
        "/profile/compare/",
        f"/profile/versions/{pitch.pk}/rehearse/",
    ):
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, url


@pytest.mark.parametrize("width", WIDTHS)
def test_the_text_as_the_coach_reads_it_stays_in_view_beside_the_flags(
    page: Page, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    save(page, SCATTERED)
    form, preview = page.locator("#profile-form"), page.locator("#profile-preview")
    flags = page.locator("#feedback .flag")
    assert flags.count() >= 15
    if width == LAPTOP:
        assert side_by_side(form, preview)
    else:
        assert stacked(form, preview) and stacked(preview, page.locator("#feedback"))
    flags.nth(12).evaluate("e => e.scrollIntoView({block: 'center'})")
    assert box(form).bottom < 0
    assert in_view(page, preview) is (width == LAPTOP)
    if width == LAPTOP:
        # The flag's number in the text beside it leads to the flag.
        preview.get_by_role("link", name="flag 13", exact=True).click()
        expect(page.locator("#flag-13")).to_be_in_viewport()
