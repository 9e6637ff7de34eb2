"""Page objects: the survivor's steps in the browser, as a survivor takes them."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from feedback_app.config import PROJECT_ROOT
from feedback_app.services.surveys import SurveyCatalogue, text_in


class SurvivorInBrowser:
    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url

    def opens_programme(self, slug: str = "safe-house") -> None:
        self.page.goto(f"{self.base_url}/p/{slug}")

    def chooses_language(self, name: str) -> None:
        with self.page.expect_navigation(wait_until="load"):
            self.page.get_by_role("button", name=name).click()

    def presses(self, name: str) -> None:
        """Press a form's button and wait for the next page: counting what is on the page right
        after the click could read the old page, or the empty one between (seen on a busy CI)."""
        with self.page.expect_navigation(wait_until="load"):
            self.page.get_by_role("button", name=name, exact=True).click()

    def says(self, question: str, answer: str) -> None:
        group = self.page.get_by_role("group", name=question)
        group.get_by_label(answer, exact=True).check()

    def writes(self, question: str, text: str) -> None:
        self.page.get_by_label(question).fill(text)

    def reads_receipt_code(self) -> str:
        code = self.page.locator(".code").inner_text()
        digits = re.sub(r"\D", "", code)
        assert len(digits) == 20
        return digits

    def heading(self) -> str:
        return self.page.locator("h1").inner_text()

    def sees_heading(self, text: str) -> None:
        expect(self.page.locator("h1")).to_have_text(text)

    def fits_narrow_screen(self) -> None:
        width = self.page.evaluate("document.documentElement.scrollWidth")
        viewport = self.page.viewport_size or {"width": 0}
        assert width <= viewport["width"], (width, viewport)


SHELTER = SurveyCatalogue(PROJECT_ROOT / "surveys").get("shelter")


def first_text_question(language: str) -> str:
    question = next(q for q in SHELTER.questions() if q.kind == "text")
    return text_in(question.prompt, language)


def first_choice(language: str) -> tuple[str, str]:
    question = next(q for q in SHELTER.questions() if q.kind == "choice")
    return text_in(question.prompt, language), SHELTER.options(question, language)[0][1]


def walk_to_preview(survivor: SurvivorInBrowser, language: str, text: str,
                    next_label: str, continue_label: str, yes: str) -> None:
    survivor.presses(continue_label)
    page = survivor.page
    page.get_by_role("group").nth(0).get_by_label(yes, exact=True).check()
    survivor.presses(continue_label)
    prompt, option = first_choice(language)
    while page.locator("textarea").count() == 0 or not page.get_by_label(
            first_text_question(language)).count():
        if page.get_by_role("group", name=prompt).count():
            survivor.says(prompt, option)
        survivor.fits_narrow_screen()
        survivor.presses(next_label)
    survivor.writes(first_text_question(language), text)
    while page.locator("textarea").count():
        survivor.presses(next_label)
