"""No axe-core violations (WCAG 2.2 AA and best practice) on any survivor page, in English and
Arabic, as rendered with JavaScript off on a 320 px screen.

axe needs JavaScript, so each no-JS page's markup is copied into a JS-enabled page served from the
same origin (so the stylesheet loads and contrast is checked) and axe runs there.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from feedback_app.services.surveys import text_in
from tests.e2e.axe import NARROW, submit, violations
from tests.e2e.steps import SHELTER


@pytest.fixture
def pages(browser: Browser) -> Iterator[tuple[Page, Page]]:
    nojs = browser.new_context(java_script_enabled=False, viewport=NARROW)
    js = browser.new_context(java_script_enabled=True, bypass_csp=True, viewport=NARROW)
    yield nojs.new_page(), js.new_page()
    nojs.close()
    js.close()


@pytest.mark.parametrize(("language", "code"), [("English", "en"), ("العربية", "ar")])
def test_every_survivor_page_passes_axe(pages, live_url: str, language: str, code: str):
    nojs, js = pages
    seen: dict[str, list] = {}

    def check(name: str) -> None:
        seen[name] = violations(nojs, js, live_url)

    def at_step(step: str) -> None:
        assert nojs.locator("input[name=step]").first.get_attribute("value") == step

    nojs.goto(f"{live_url}/")
    check("home")
    nojs.goto(f"{live_url}/p/safe-house")
    check("language")
    submit(nojs, nojs.get_by_role("button", name=language))
    check("before-you-start")
    submit(nojs, nojs.locator("button.primary"))
    check("consent")
    submit(nojs, nojs.locator("button.primary"))  # no answer: errors on the page
    check("consent-error")
    nojs.locator("input[name=consent_staff][value=yes]").check()
    submit(nojs, nojs.locator("button.primary"))
    # Every page of the survey, the first one included, each checked before it is left; the
    # choices are left unanswered (skipping is allowed) and each text gets a few words.
    for n, survey_page in enumerate(SHELTER.pages):
        at_step(f"page:{n}")
        expect(nojs.locator("h1")).to_have_text(text_in(survey_page.heading, code))
        check(f"survey-{n}")
        for box in nojs.locator("textarea").all():
            box.fill("x" * 5)
        submit(nojs, nojs.locator("button.primary"))
    at_step("preview")
    check("preview")
    submit(nojs, nojs.locator("button.primary"))
    check("receipt")
    receipt = "".join(ch for ch in nojs.locator(".code").inner_text() if ch.isdigit())
    nojs.goto(f"{live_url}/r")
    check("receipt-form")
    nojs.locator("#code").fill("1234")
    submit(nojs, nojs.locator("button.primary"))
    check("receipt-form-error")
    nojs.locator("#code").fill(receipt)
    submit(nojs, nojs.locator("button.primary"))
    check("status")
    nojs.goto(f"{live_url}/r/withdraw")
    check("withdraw-confirm")
    nojs.goto(f"{live_url}/p/no-such-place")
    check("not-found")
    survey_pages = [f"survey-{n}" for n in range(len(SHELTER.pages))]
    assert list(seen) == ["home", "language", "before-you-start", "consent", "consent-error",
                          *survey_pages,
                          "preview", "receipt", "receipt-form", "receipt-form-error", "status",
                          "withdraw-confirm", "not-found"]
    failing = {name: found for name, found in seen.items() if found}
    assert failing == {}


def test_the_axe_check_reports_a_broken_page_between_two_good_ones(pages, live_url: str):
    # axe is injected once and reads each new document: a page that breaks the rules is caught
    # between two that keep them, and nothing of one page is left in the next one's result
    nojs, js = pages
    nojs.goto(f"{live_url}/")
    assert violations(nojs, js, live_url) == []
    nojs.set_content('<html lang="en"><head><title>Broken</title></head><body><main>'
                     '<h1>Broken</h1><img src="/static/none.png"><button></button>'
                     '</main></body></html>')
    broken = {rule for rule, _, _ in violations(nojs, js, live_url)}
    assert {"image-alt", "button-name"} <= broken
    nojs.goto(f"{live_url}/")
    assert violations(nojs, js, live_url) == []
