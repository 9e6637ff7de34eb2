"""With JavaScript on, enhance.js adds Shift three times and replaces the history entry, so Back
does not return to the survey.

Each exit must land on the neutral page itself (its address, a 200 and its own words, reached
through the app's /exit, which forgets the session) and must leave history as long as it was: the
page left is replaced, so no entry Back can reach shows it again."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

HOME = "Tell us what you think"
LANGUAGE = "Choose your language"


def leaves_for_the_neutral_page(page: Page, live_url: str, neutral_site: str,
                                leave: Callable[[], None]) -> None:
    entries = page.evaluate("history.length")
    with page.expect_navigation(wait_until="load") as exit_:
        leave()
    landed = exit_.value
    assert landed is not None and landed.status == 200
    assert landed.url == neutral_site and page.url == neutral_site
    went_through = landed.request.redirected_from
    assert went_through is not None and went_through.url == f"{live_url}/exit"
    expect(page).to_have_title("Weather")
    expect(page.locator("h1")).to_have_text("Weather today")
    assert page.evaluate("history.length") == entries  # replaced, not added


def pages_back(page: Page) -> list[tuple[str, str]]:
    """(address, heading) of every page Back leads to, up to the browser's first blank page;
    each one loaded afresh (a 200), never restored from the browser's cache."""
    seen = []
    for _ in range(10):
        response = page.go_back(wait_until="load")
        if page.url == "about:blank":
            return seen
        assert response is not None and response.status == 200, page.url
        seen.append((page.url, page.locator("h1").inner_text()))
    raise AssertionError(f"Back never reached the start: {seen}")


def test_shift_three_times_leaves_and_back_does_not_return(page: Page, live_url: str,
                                                         neutral_site: str):
    page.goto(f"{live_url}/")
    page.goto(f"{live_url}/p/safe-house")
    # Waiting for "load": the deferred script has run, so its key listener is there.
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="English").click()
    expect(page.locator("h1")).to_have_text("Before you start")

    def presses_shift_three_times() -> None:
        for _ in range(3):
            page.keyboard.press("Shift")

    leaves_for_the_neutral_page(page, live_url, neutral_site, presses_shift_three_times)
    # Back reaches only the pages before the survey, never the page left; the programme's page
    # asks for a language again, as the session is gone.
    assert pages_back(page) == [(f"{live_url}/p/safe-house", LANGUAGE), (f"{live_url}/", HOME)]


def test_exit_link_replaces_history_with_javascript_on(page: Page, live_url: str,
                                                      neutral_site: str):
    page.goto(f"{live_url}/")
    page.goto(f"{live_url}/r", wait_until="load")
    leaves_for_the_neutral_page(page, live_url, neutral_site, page.get_by_role(
        "link", name="Leave this site now").click)
    assert pages_back(page) == [(f"{live_url}/", HOME)]  # the /r entry was replaced, not kept
