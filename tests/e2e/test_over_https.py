"""In Chromium with JavaScript off, on a 320 px screen, over HTTPS through nginx: the product as
deployed (nginx with TLS, four gunicorn workers, PostgreSQL, Redis; tests/bench/stack.py).

Over HTTPS, browsers send no Referer under our no-referrer policy; a CSRF check that wanted one
refused every form. These walk every form a survivor, a staff member and a board member send first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Request

from tests.e2e.steps import SurvivorInBrowser, walk_to_preview

pytestmark = pytest.mark.postgres
PASSWORD = "correct horse battery staple"


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "java_script_enabled": False, "ignore_https_errors": True,
            "viewport": {"width": 320, "height": 640}}


def posts_of(page: Page) -> list[Request]:
    posts: list[Request] = []
    page.on("request", lambda request: posts.append(request) if request.method == "POST" else None)
    return posts


def test_survivor_gives_feedback_returns_and_withdraws_over_https(page: Page, deployed: Any,
                                                                  artifacts: Path):
    posts = posts_of(page)
    survivor = SurvivorInBrowser(page, deployed.url)
    survivor.opens_programme()
    assert page.url.startswith("https://feedback.example.org:")
    survivor.chooses_language("English")
    survivor.sees_heading("Before you start")
    walk_to_preview(survivor, "en", "the caseworker mr tran van long shouted at me in front of "
                    "my children", "Next", "Continue", "Yes")
    survivor.sees_heading("Check before you send")
    survivor.presses("Send my feedback")
    survivor.sees_heading("Thank you. Your feedback was sent.")
    code = survivor.reads_receipt_code()
    page.screenshot(path=artifacts / "30-https-receipt.png", full_page=True)
    page.goto(f"{deployed.url}/r")
    page.get_by_label("Your receipt code").fill(code)
    survivor.presses("Open")
    survivor.sees_heading("Your feedback")
    page.get_by_role("link", name="Delete my feedback").click()
    survivor.presses("Yes, delete it")
    survivor.sees_heading("Your feedback was deleted")
    # Every form went without a Referer, as our policy asks
    assert len(posts) >= 8
    for request in posts:
        headers = request.all_headers()
        assert "referer" not in headers, headers
        assert headers.get("origin") in (None, "null", deployed.url)


@pytest.mark.parametrize(("role", "heading"), [("admin", "Hello, "), ("staff", "Hello, "),
                                               ("board", "Advisory board")])
def test_staff_and_board_sign_in_over_https(page: Page, deployed: Any, role: str, heading: str):
    email = f"{role}.e2e@example.org"
    deployed.flask("accounts", "create", "--email", email, "--role", role, "--password-stdin",
                   stdin=f"{PASSWORD}\n")
    page.goto(f"{deployed.url}/staff/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert page.locator("h1").inner_text().startswith(heading)
    # The __Host- prefix: the browser kept it as Secure, for / and for this host alone.
    cookie = next(c for c in page.context.cookies() if c["name"] == "__Host-s")
    assert cookie["secure"] and cookie["httpOnly"] and cookie["path"] == "/"
    assert not [c for c in page.context.cookies() if c["name"] == "s"]
