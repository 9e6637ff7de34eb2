"""The whole survivor flow in Chromium with JavaScript off, on a 320 px wide screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.steps import SurvivorInBrowser, walk_to_preview


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "java_script_enabled": False,
            "viewport": {"width": 320, "height": 640}}


def test_survivor_gives_feedback_returns_and_withdraws(page: Page, live_url: str,
                                                       artifacts: Path):
    survivor = SurvivorInBrowser(page, live_url)
    survivor.opens_programme()
    survivor.fits_narrow_screen()
    page.screenshot(path=artifacts / "01-language.png", full_page=True)
    survivor.chooses_language("English")
    survivor.sees_heading("Before you start")
    page.screenshot(path=artifacts / "02-before-you-start.png", full_page=True)
    walk_to_preview(survivor, "en", "Ring me on 07700 900 123, the night staff at the sunrise "
                    "hotel in oradea shouted.", "Next", "Continue", "Yes")
    survivor.sees_heading("Check before you send")
    expect(page.locator("mark.redacted").first).to_have_text("[phone]")
    assert "900 123" not in page.content()
    page.get_by_text("Take out more words").click()  # a <details>: no script needed
    page.get_by_label("Names, places or other words to take out").fill("Sunrise Hotel, Oradea")
    page.screenshot(path=artifacts / "03-preview.png", full_page=True)
    survivor.presses("Take these out")
    survivor.sees_heading("Check before you send")
    expect(page.get_by_role("status")).to_have_text("We took out 2 words. Check again below.")
    assert page.locator("mark.redacted", has_text="[removed]").count() == 2
    assert "oradea" not in page.content().lower()
    survivor.presses("Send my feedback")
    survivor.sees_heading("Thank you. Your feedback was sent.")
    code = survivor.reads_receipt_code()
    assert code not in page.url
    page.screenshot(path=artifacts / "04-receipt.png", full_page=True)

    page.goto(f"{live_url}/r")
    page.get_by_label("Your receipt code").fill(" ".join(code[i:i + 4] for i in range(0, 20, 4)))
    survivor.presses("Open")
    survivor.sees_heading("Your feedback")
    assert code not in page.url
    page.screenshot(path=artifacts / "05-status.png", full_page=True)
    page.get_by_role("link", name="Delete my feedback").click()
    survivor.presses("Yes, delete it")
    survivor.sees_heading("Your feedback was deleted")


def test_arabic_flow_is_right_to_left_and_sends(page: Page, live_url: str, artifacts: Path):
    survivor = SurvivorInBrowser(page, live_url)
    survivor.opens_programme()
    survivor.chooses_language("العربية")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    page.screenshot(path=artifacts / "10-arabic-intro.png", full_page=True)
    continue_label = page.locator("button.primary").inner_text()
    survivor.presses(continue_label)
    page.get_by_role("group").nth(0).locator("input[value=yes]").check()
    survivor.presses(page.locator("button.primary").inner_text())
    while page.locator("input[name=step]").first.get_attribute("value") != "preview":
        survivor.fits_narrow_screen()
        textareas = page.locator("textarea")
        for i in range(textareas.count()):
            textareas.nth(i).fill("كان الموظفون لطفاء")
        survivor.presses(page.locator("button.primary").inner_text())
    page.screenshot(path=artifacts / "11-arabic-preview.png", full_page=True)
    survivor.presses(page.locator("button.primary").inner_text())
    assert len(survivor.reads_receipt_code()) == 20
    page.screenshot(path=artifacts / "12-arabic-receipt.png", full_page=True)


def test_quick_exit_leaves_and_back_does_not_show_the_form(page: Page, live_url: str):
    survivor = SurvivorInBrowser(page, live_url)
    survivor.opens_programme()
    survivor.chooses_language("English")
    survivor.presses("Continue")
    first = page.locator("a").first
    expect(first).to_have_attribute("href", "/exit")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "quick-exit"
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Weather today")
    page.go_back()
    expect(page.locator("h1")).not_to_have_text("Your choices")
    assert page.locator("input[name=consent_staff]").count() == 0
    cookies = page.context.cookies()
    assert all(c["expires"] == -1 for c in cookies), cookies


def test_receipt_pages_store_nothing_in_browser_history_urls(page: Page, live_url: str):
    survivor = SurvivorInBrowser(page, live_url)
    survivor.opens_programme()
    urls = {page.url}
    survivor.chooses_language("English")
    urls.add(page.url)
    survivor.presses("Continue")
    urls.add(page.url)
    assert urls == {f"{live_url}/p/safe-house"}

