"""axe-core on pages rendered with JavaScript off.

axe needs JavaScript, so each no-JS page's markup is copied into a JS-enabled page served from the
same origin (so the stylesheets load and contrast is checked) and axe runs there.
"""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"]}
NARROW = {"width": 320, "height": 640}


def submit(page: Page, button: Locator) -> None:
    """Click a button that posts a form, and return only once the next page has loaded.

    A bare click returns as soon as the navigation starts, so reading the page straight away
    can catch the empty document between the two pages.
    """
    with page.expect_navigation(wait_until="load"):
        button.click()


def violations(nojs: Page, js: Page, live_url: str) -> list[tuple[str, int, str]]:
    """axe's violations on the page `nojs` shows, run in `js` at the same origin.

    `set_content` replaces the document but keeps the window, so the page is opened at the
    origin once and axe is injected once; each run then reads only the new markup.
    """
    html = nojs.content()
    if not js.url.startswith(live_url):
        js.goto(f"{live_url}/r")
    js.set_content(html)
    js.evaluate("document.querySelectorAll('script').forEach(s => s.remove())")
    if js.evaluate("typeof axe === 'undefined'"):
        js.evaluate(Axe().axe_script)
    found = js.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [(v["id"], len(v["nodes"]), v["nodes"][0]["html"][:120])
            for v in found["violations"]]
