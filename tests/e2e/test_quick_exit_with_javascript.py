"""With JavaScript on, enhance.js adds Shift three times and replaces the history entry, so Back
does not return to the survey."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_shift_three_times_leaves_and_back_does_not_return(page: Page, live_url: str):
    page.goto(f"{live_url}/")
    page.goto(f"{live_url}/p/safe-house")
    page.get_by_role("button", name="English").click()
    expect(page.locator("h1")).to_have_text("Before you start")
    page.wait_for_load_state("load")  # the deferred script has run: its key listener is there
    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page.locator("h1")).to_have_text("Weather today")
    page.go_back()
    expect(page.locator("h1")).not_to_have_text("Before you start")


def test_exit_link_replaces_history_with_javascript_on(page: Page, live_url: str):
    page.goto(f"{live_url}/")
    page.goto(f"{live_url}/r")
    page.wait_for_load_state("load")
    page.get_by_role("link", name="Leave this site now").click()
    expect(page.locator("h1")).to_have_text("Weather today")
    page.go_back()
    assert page.url.rstrip("/") == live_url  # the /r entry was replaced, not kept
