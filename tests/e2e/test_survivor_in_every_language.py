"""The survivor's whole web flow in each of the twelve languages, with JavaScript off on a 320 px
screen: the language step, consent, the survey (every choice answered, every free text written
in the language), the preview, the receipt, the status read again at /r, and withdrawal.

On every page: `<html lang>` is the language's BCP 47 tag, the heading is the catalogue's, axe
finds no violation, nothing is wider than the screen, no web font is named, and every line of
text is drawn with the fonts a cheap Android phone has (Noto; DejaVu only for digits and
punctuation), as Chromium itself reports them. Screenshots of the survey's first page and the
receipt go to a temporary folder; `-s` prints where.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask_babel import force_locale, gettext
from playwright.sync_api import Browser, BrowserContext, CDPSession, Page

from feedback_app.config import SHIPPED_LANGUAGES
from feedback_app.services.languages import glossaries, language_tag
from tests.e2e.axe import NARROW, submit, violations
from tests.support.voices import VOICES

# The font every language's letters must come from: Noto Sans CJK SC, not the Japanese or
# Korean cut, for Simplified Chinese; the Ethiopic and Arabic Notos for Ge'ez and Arabic script.
SCRIPT_FONT = {"zh_Hans": "Noto Sans CJK SC", "ti": "Noto Sans Ethiopic",
               "ar": "Noto Sans Arabic"}
# Elements whose own text is drawn on the page; marks them so Chromium can be asked about each.
MARK_TEXT = """() => {
  const marked = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('');
    if (own.trim() && el.checkVisibility({visibilityProperty: true})) {
      el.setAttribute('data-font-check', marked.length);
      marked.push(own);
    }
  }
  return marked;
}"""
WEB_FONTS = """() => document.fonts.size + [...document.styleSheets].flatMap(
  s => [...s.cssRules]).filter(r => r instanceof CSSFontFaceRule).length"""


@pytest.fixture(scope="module")
def js_page(browser: Browser) -> Iterator[Page]:
    """A page with JavaScript on, where axe runs on a copy of each no-JS page."""
    context = browser.new_context(java_script_enabled=True, bypass_csp=True, viewport=NARROW)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screens-every-language")


def unfit_fonts(cdp: CDPSession, page: Page, seen: set[str]) -> list[tuple[str, str]]:
    """Each drawn text and a font Chromium drew it with that is not a phone's: outside Noto and
    DejaVu, a web font, DejaVu drawing letters, or no glyph drawn at all. Adds the families
    drawn to `seen`."""
    owns = page.evaluate(MARK_TEXT)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    ids = cdp.send("DOM.querySelectorAll", {"nodeId": root,
                                            "selector": "[data-font-check]"})["nodeIds"]
    assert len(ids) == len(owns) > 3  # the page's text, each piece asked about
    unfit = []
    for node_id in ids:
        index = cdp.send("DOM.getAttributes", {"nodeId": node_id})["attributes"]
        text = owns[int(index[index.index("data-font-check") + 1])].strip()
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node_id})["fonts"]
        if not fonts or sum(font["glyphCount"] for font in fonts) == 0:
            unfit.append((text[:40], "no glyphs"))
        not_letters = sum(not char.isalpha() for char in text)
        for font in fonts:
            family = font["familyName"]
            seen.add(family)
            if font["isCustomFont"] or not family.startswith(("Noto ", "DejaVu ")):
                unfit.append((text[:40], family))
            elif family.startswith("DejaVu ") and font["glyphCount"] > not_letters:
                unfit.append((text[:40], f"{family} drew letters"))
    return unfit


def script_fonts(cdp: CDPSession, selector: str) -> set[str]:
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return {font["familyName"]
            for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}


def heading(app: Flask, language: str, msgid: str) -> str:
    with app.test_request_context(), force_locale(language):
        return gettext(msgid)


class Walk:
    """One survivor's pages in one language, each checked as it is reached."""

    def __init__(self, page: Page, js: Page, cdp: CDPSession, url: str, app: Flask,
                 language: str) -> None:
        self.page, self.js, self.cdp, self.url, self.app = page, js, cdp, url, app
        self.language, self.tag = language, language_tag(language)
        self.problems: dict[str, dict[str, Any]] = {}
        self.families: set[str] = set()

    def check(self, name: str, msgid: str | None = None) -> None:
        page, found = self.page, {}
        if page.locator("html").get_attribute("lang") != self.tag:
            found["lang"] = page.locator("html").get_attribute("lang")
        if msgid and page.locator("h1").inner_text() != heading(self.app, self.language, msgid):
            found["heading"] = page.locator("h1").inner_text()
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROW["width"]:
            found["width"] = width
        if axe := violations(page, self.js, self.url):
            found["axe"] = axe
        if page.evaluate(WEB_FONTS):
            found["web fonts"] = page.evaluate(WEB_FONTS)
        if fonts := unfit_fonts(self.cdp, page, self.families):
            found["fonts"] = fonts
        if found:
            self.problems[name] = found

    def at_step(self, step: str) -> None:
        assert self.page.locator("input[name=step]").first.get_attribute("value") == step


def open_nojs(browser: Browser, language: str) -> tuple[BrowserContext, Page, CDPSession]:
    # The phone's own language is the survivor's, as a browser set up in it would ask for.
    context = browser.new_context(java_script_enabled=False, viewport=NARROW,
                                  locale=language_tag(language))
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    return context, page, cdp


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_survivor_gives_feedback_returns_and_withdraws_in_every_language(
        browser: Browser, js_page: Page, live_site, screenshots: Path, language: str):
    context, page, cdp = open_nojs(browser, language)
    walk = Walk(page, js_page, cdp, live_site.url, live_site.app, language)
    voices = list(VOICES[language])
    try:
        # Given the programme's link, opened on a phone set up in the survivor's language
        page.goto(f"{live_site.url}/p/safe-house")
        walk.check("language", "Choose your language")
        # When the survivor picks their language, consents and answers every question
        submit(page, page.get_by_role("button", name=glossaries()[language].name, exact=True))
        walk.check("before-you-start", "Before you start")
        submit(page, page.locator("button.primary"))
        walk.check("consent", "Your choices")
        page.locator("input[name=consent_staff][value=yes]").check()
        submit(page, page.locator("button.primary"))
        n = 0
        while page.locator("input[name=step]").first.get_attribute("value") != "preview":
            walk.at_step(f"page:{n}")
            for group in page.locator("fieldset:has(input[type=radio])").all():
                group.locator("input[type=radio]").first.check()
            for box in page.locator("textarea").all():
                box.fill(voices.pop(0))
            walk.check(f"survey-{n}")
            if n == 0:
                path = screenshots / f"{language}-survey.png"
                page.screenshot(path=path, full_page=True)
                print(path)
            submit(page, page.locator("button.primary"))
            n += 1
        assert voices == []  # every free text was written
        walk.check("preview", "Check before you send")
        assert VOICES[language][0] in page.locator("main").inner_text()
        submit(page, page.locator("button.primary"))
        walk.check("receipt", "Thank you. Your feedback was sent.")
        code = "".join(ch for ch in page.locator(".code").inner_text() if ch.isdigit())
        assert len(code) == 20
        path = screenshots / f"{language}-receipt.png"
        page.screenshot(path=path, full_page=True)
        print(path)
        if language in SCRIPT_FONT:
            assert SCRIPT_FONT[language] in script_fonts(cdp, "h1"), language

        # When they come back at /r with the code
        page.goto(f"{live_site.url}/r")
        walk.check("receipt-form", "See what happened to your feedback")
        page.locator("#code").fill(code)
        submit(page, page.locator("button.primary"))
        # Then they read their feedback in their language
        walk.check("status", "Your feedback")
        assert VOICES[language][0] in page.locator("dl.answers").text_content()

        # When they withdraw it
        with page.expect_navigation(wait_until="load"):
            page.locator("a.button.danger").click()
        walk.check("withdraw-confirm", "Delete your feedback?")
        submit(page, page.locator("button.danger"))
        # Then it is gone, and every page was right for the language
        walk.check("withdrawn", "Your feedback was deleted")
    finally:
        context.close()
    print(language, "drawn with", sorted(walk.families))
    assert walk.problems == {}
