"""The whole loop in Chromium with JavaScript off: an admin invites a staff member and a board
member; survivors give feedback; staff reply and curate; the board ranks; staff publish a "you
said, we did" entry; a survivor reads the reply and the entry at /r and says whether it helped;
the feed shows the entry; a withdrawal takes the quote off the entry and the feed at once.

Survivors send their feedback through the Flask test client against the same database (the
browser walk of the survivor flow has its own test); everything else is clicked in the browser.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
import requests
import werkzeug.serving
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import ChangeFeedback
from tests.apps import make_app
from tests.e2e.axe import submit
from tests.e2e.conftest import LiveSite
from tests.flow import Survivor
from tests.people import PASSWORD, add_person

NARROW = {"width": 360, "height": 740}
NEW_PASSWORD = "a long passphrase of my own"
TEXTS = ["The door lock in my room is broken and I do not feel safe at night.",
         "Please fix the locks, the door does not lock at night.",
         "At night the front door lock is broken, I feel unsafe."]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path,
         neutral_site: str) -> Iterator[LiveSite]:
    """The smallest board group allowed (3), so three survivors make a theme the board sees; a
    clock the story moves on to the next month, when the board's figures count this month's
    feedback, with sessions that last that long."""
    path = tmp_path_factory.mktemp("story") / "sv.sqlite3"
    shutil.copy(sqlite_template, path)
    app = make_app(f"sqlite:///{path}", EXIT_URL=neutral_site, K_MIN=3,
                   WITHDRAWAL_RECORD=str(path.with_name("withdrawn-receipts")),
                   CLOCK=FixedClock(dt.datetime.now(dt.UTC)), SESSION_IDLE_MINUTES=10**6,
                   SESSION_MAX_HOURS=10**5)
    server = werkzeug.serving.make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield LiveSite(f"http://127.0.0.1:{server.server_port}", app)
    server.shutdown()
    with app.app_context():
        db.engine.dispose()


def person(browser: Browser) -> Page:
    return browser.new_context(java_script_enabled=False, viewport=NARROW).new_page()


def sign_in(page: Page, url: str, email: str, password: str = PASSWORD) -> None:
    page.goto(f"{url}/staff/sign-in")
    page.fill("#email", email)
    page.fill("#password", password)
    submit(page, page.locator("button.primary"))


def form(page: Page, action: str):
    return page.locator(f"form[action$='{action}']")


def invite(admin: Page, url: str, email: str, role: str, programme: str | None) -> str:
    admin.goto(f"{url}/staff/accounts")
    admin.fill("#email", email)
    admin.locator(f"input[name=role][value={role}]").check()
    if programme:
        admin.get_by_label(programme, exact=True).check()
    submit(admin, form(admin, "/accounts/invite").locator("button"))
    link = admin.locator("#new-link").input_value()  # shown once
    assert re.fullmatch(rf"{re.escape(url)}/staff/join/[\w-]+", link), link
    return link


def themes_listed(page: Page) -> list[tuple[str, int]]:
    """(name, number of answers) of each live theme on the staff's themes page, in its order."""
    rows = page.locator("table tbody tr")
    return [(rows.nth(n).locator("td").nth(1).inner_text(),
             int(rows.nth(n).locator("td").nth(2).inner_text())) for n in range(rows.count())]


def answers_per_theme(page: Page) -> list[int]:
    return [answers for _name, answers in themes_listed(page)]


def join(page: Page, link: str, name: str) -> None:
    page.goto(link)
    page.fill("#name", name)
    page.fill("#password", NEW_PASSWORD)
    page.fill("#password_again", NEW_PASSWORD)
    submit(page, page.locator("button.primary"))


def test_feedback_is_answered_ranked_and_published(site: LiveSite, browser: Browser,
                                                  artifacts: Path):
    url, app = site.url, site.app
    add_person(app, "admin", "ada@example.org")

    admin = person(browser)
    sign_in(admin, url, "ada@example.org")
    staff_link = invite(admin, url, "sam@example.org", "staff", "Safe House")
    board_link = invite(admin, url, "bea@example.org", "board", None)
    staff, board = person(browser), person(browser)
    join(staff, staff_link, "Sam")
    join(board, board_link, "Bea")
    assert "/staff/" in staff.url and "/board/" in board.url

    codes = []
    for text in TEXTS:
        survivor = Survivor(app.test_client())
        codes.append(survivor.submits(board="yes", quote="yes", should_change=text))

    # Staff: themes, a reply, a quote. Discovery puts the three answers in two themes (the first
    # and the third both speak of a broken lock and feeling unsafe); staff merge the two and
    # name the one left.
    staff.goto(f"{url}/staff/themes")
    submit(staff, form(staff, "/themes/refresh").locator("button"))
    assert answers_per_theme(staff) == [2, 1]
    boxes = staff.locator("input[name=sources]")
    boxes.nth(0).check()
    boxes.nth(1).check()
    submit(staff, form(staff, "/themes/merge").locator("button"))
    staff.fill("#label", "Locks and safety at night")
    submit(staff, form(staff, "/rename").locator("button"))
    staff.goto(f"{url}/staff/themes")
    assert themes_listed(staff) == [("Locks and safety at night", 3)]
    staff.goto(f"{url}/staff/inbox")
    # The first survivor's, found by its words: ids carry no order, and all three came today
    staff.locator("article", has_text="door lock in my room").locator("h2 a").click()
    staff.fill("#body", "Thank you. We are changing every lock this month.")
    submit(staff, form(staff, "/reply").locator("button"))
    submit(staff, form(staff, "/quote").locator("button"))
    staff.screenshot(path=artifacts / "20-staff-submission.png", full_page=True)

    # The board ranks the theme in an open round, next month: the board's figures count the
    # feedback received before the month began.
    clock = app.extensions["clock"]
    first = (clock.today().replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    clock.move_to(dt.datetime.combine(first, dt.time(9), tzinfo=dt.UTC))
    staff.goto(f"{url}/staff/rounds")
    staff.fill("#title", "Winter review")
    submit(staff, form(staff, "/rounds/open").locator("button"))
    board.goto(f"{url}/board/")
    board.locator("main a[href*='/board/rounds/']").first.click()
    assert "Locks and safety at night" in board.content()
    board.locator("select[name^=rank_]").first.select_option("1")
    submit(board, form(board, "/ballot").locator("button"))
    assert board.locator("select[name^=rank_]").first.input_value() == "1"
    board.screenshot(path=artifacts / "21-board-round.png", full_page=True)

    # Staff publish an entry linked to the theme and the approved quote.
    staff.goto(f"{url}/staff/changes/new")
    staff.fill("#title", "New locks on every door")
    staff.fill("#heard", "Doors did not lock at night.")
    staff.fill("#did", "We changed every lock.")
    submit(staff, staff.locator("main form button.primary"))
    staff.get_by_label("Locks and safety at night", exact=True).check()
    submit(staff, form(staff, "/themes").locator("button"))
    staff.locator("input[name=answer]").first.check()
    submit(staff, form(staff, "/quotes").locator("button"))
    submit(staff, form(staff, "/publish").locator("button[value=yes]"))
    entry_path = re.search(r"/staff/changes/(\d+)", staff.url)
    assert entry_path
    public = requests.get(f"{url}/changes/{entry_path.group(1)}", timeout=10).text
    assert "New locks on every door" in public and "door lock in my room" in public

    # The survivor reads the reply and the entry, and says it helped.
    survivor = person(browser)
    survivor.goto(f"{url}/r")
    survivor.fill("#code", codes[0])
    submit(survivor, survivor.locator("button.primary"))
    page = survivor.content()
    assert "We are changing every lock this month." in page
    assert "New locks on every door" in page
    survivor.locator("input[name=helped][value=yes]").check()
    submit(survivor, form(survivor, "/r/helped").locator("button"))
    survivor.screenshot(path=artifacts / "22-survivor-status.png", full_page=True)
    # The answer is kept: the page says so, the question is gone, and the database holds it,
    # once, for this entry.
    assert survivor.url == f"{url}/r"
    page = survivor.locator("main").inner_text()
    assert "Thank you for telling us." in page and "You answered: Yes" in page
    assert form(survivor, "/r/helped").count() == 0
    with app.app_context():
        assert db.session.execute(select(ChangeFeedback.entry_id, ChangeFeedback.answer)).all() \
            == [(int(entry_path.group(1)), "yes")]

    feed = feedparser.parse(requests.get(f"{url}/changes.atom", timeout=10).content)
    assert feed.bozo == 0 and [e.title for e in feed.entries] == ["New locks on every door"]
    assert "door lock in my room" in feed.entries[0].summary + str(feed.entries[0].get(
        "content", ""))

    # Withdrawal takes the quote off the entry and the feed at once.
    survivor.goto(f"{url}/r/withdraw")
    submit(survivor, survivor.get_by_role("button", name="Yes, delete it"))
    expect(survivor.locator("h1")).to_have_text("Your feedback was deleted")
    public = requests.get(f"{url}/changes/{entry_path.group(1)}", timeout=10).text
    feed_text = requests.get(f"{url}/changes.atom", timeout=10).text
    assert "New locks on every door" in public
    assert "door lock in my room" not in public and "door lock in my room" not in feed_text
