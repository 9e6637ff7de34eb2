"""No axe-core violations (WCAG 2.2 AA and best practice) on any survivor page, in English and
Arabic, as rendered with JavaScript off on a 320 px screen.

axe needs JavaScript, so each no-JS page's markup is copied into a JS-enabled page served from the
same origin (so the stylesheet loads and contrast is checked) and axe runs there.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.e2e.axe import NARROW, submit, violations


@pytest.fixture
def pages(browser: Browser) -> Iterator[tuple[Page, Page]]:
    nojs = browser.new_context(java_script_enabled=False, viewport=NARROW)
    js = browser.new_context(java_script_enabled=True, bypass_csp=True, viewport=NARROW)
    yield nojs.new_page(), js.new_page()
    nojs.close()
    js.close()


@pytest.mark.parametrize("language", ["English", "العربية"])
def test_every_survivor_page_passes_axe(pages, live_url: str, language: str):
    nojs, js = pages
    seen: dict[str, list] = {}

    def check(name: str) -> None:
        seen[name] = violations(nojs, js, live_url)

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
    submit(nojs, nojs.locator("button.primary"))  # nothing answered: still fine
    for n in range(10):
        check(f"survey-{n}")
        if nojs.locator("input[name=step]").first.get_attribute("value") == "preview":
            break
        nojs.locator("textarea").first.fill("x" * 5) if nojs.locator("textarea").count() else None
        submit(nojs, nojs.locator("button.primary"))
    check("preview")
    submit(nojs, nojs.locator("button.primary"))
    check("receipt")
    code = "".join(ch for ch in nojs.locator(".code").inner_text() if ch.isdigit())
    nojs.goto(f"{live_url}/r")
    check("receipt-form")
    nojs.locator("#code").fill("1234")
    submit(nojs, nojs.locator("button.primary"))
    check("receipt-form-error")
    nojs.locator("#code").fill(code)
    submit(nojs, nojs.locator("button.primary"))
    check("status")
    nojs.goto(f"{live_url}/r/withdraw")
    check("withdraw-confirm")
    nojs.goto(f"{live_url}/p/no-such-place")
    check("not-found")
    failing = {name: found for name, found in seen.items() if found}
    assert failing == {}
