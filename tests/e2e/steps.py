"""Page objects: the survivor's steps in the browser, as a survivor takes them."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect


class SurvivorInBrowser:
    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url

    def opens_programme(self, slug: str = "safe-house") -> None:
        self.page.goto(f"{self.base_url}/p/{slug}")

    def chooses_language(self, name: str) -> None:
        self.page.get_by_role("button", name=name).click()

    def presses(self, name: str) -> None:
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
