"""Every staff, admin, board and public page passes axe-core with JavaScript off on a narrow
screen, and fits its width (wide tables scroll in their own box). The pages come from the URL
map, so a new page is checked as soon as it exists; a page whose address needs a value this test
does not know fails the test until one is added."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from feedback_app.extensions import db
from feedback_app.models import Account, Programme
from feedback_app.services.board import open_round, write_recommendation
from feedback_app.services.changelog import EntryText, create_entry, set_published
from feedback_app.services.surveys import SurveyCatalogue
from tests import seed
from tests.e2e.axe import NARROW, submit, violations
from tests.people import PASSWORD, add_person

WIDE = {"width": 1024, "height": 768}
BLUEPRINTS = ("auth", "staff", "board", "public")
# Pages that are not HTML, or that only redirect.
NOT_PAGES = {"auth.sign_out", "public.outcomes_csv", "public.outcomes_json"}


@pytest.fixture(scope="module")
def site(live_site):
    """Seeded once per module: themes big enough for the board, an admin and a board member."""
    app = live_site.app
    with app.app_context():
        big = seed.theme(db.session, "Feeling safe at night")
        small = seed.theme(db.session, "Bus passes", state="suggested")
        quoted = [seed.submission(db.session, themes=[big], text=f"The door lock is broken {n}.",
                                  board=True, quote=True,
                                  # last month's: board figures count what came before the month
                                  on=dt.date.today().replace(day=1) - dt.timedelta(days=1))
                  for n in range(6)]
        seed.submission(db.session, themes=[small], text="Bus pass ran out.")
        db.session.commit()
        # Ids are random: the pages are those of rows that exist, never of a made-up number.
        values = {"theme_id": big.id, "submission_id": quoted[0].id,
                  "answer_id": quoted[0].answers[0].id,
                  "programme_id": db.session.query(Programme.id).first()[0],
                  "slug": "safe-house", "token": "not-a-real-link"}
    admin = add_person(app, "admin", "ada@example.org")
    values["account_id"] = add_person(app, "board", "bea@example.org")
    with app.app_context():
        values["round_id"] = open_round(db.session, title="Spring", actor_id=admin).id
        values["recommendation_id"] = write_recommendation(
            db.session, author_id=values["account_id"], title="Fix the locks",
            body="Please.", theme_ids=[big.id], k_min=app.config["K_MIN"]).id
        account = db.session.get(Account, admin)
        shelter = db.session.query(Programme).filter_by(slug="safe-house").one()
        # Done 40 days ago with an indicator and 30 answers either side: its pages show the
        # before-and-after tables in full.
        entry, _ = create_entry(db.session, account, EntryText(
            title="New locks", programme_id=shelter.id, heard="Doors.",
            did="Locks.", indicators=("felt_safe",)), status="done",
            catalogue=SurveyCatalogue(app.config["SURVEYS_DIR"]))
        done = dt.date.today() - dt.timedelta(days=40)
        entry.updates[0].on = done
        for n in range(60):
            side = dt.timedelta(days=5 if n % 2 else -5)
            seed.ratings(db.session, programme=shelter.slug, on=done + side,
                         choices={"felt_safe": "yes" if n % 3 else "no"})
        db.session.commit()
        values["entry_id"] = entry.id
        set_published(db.session, account, entry.id, True)
    return live_site, values


def _sign_in(page: Page, url: str, email: str) -> None:
    page.goto(f"{url}/staff/sign-in")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    submit(page, page.locator("button.primary"))


def _pages(app, values: dict[str, int], roles: tuple[str, ...]) -> list[str]:
    paths, unknown = [], []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.endpoint in NOT_PAGES:
            continue
        blueprint = rule.endpoint.split(".")[0]
        if blueprint not in roles:
            continue
        missing = [arg for arg in rule.arguments if arg not in values]
        if missing:
            unknown.append((rule.rule, missing))
            continue
        with app.test_request_context():
            from flask import url_for
            paths.append(url_for(rule.endpoint, **{a: values[a] for a in rule.arguments}))
    assert unknown == [], "add values for these page addresses"
    return sorted(set(paths))


@pytest.fixture
def contexts(browser: Browser) -> Iterator[tuple[Page, Page]]:
    nojs = browser.new_context(java_script_enabled=False, viewport=NARROW)
    js = browser.new_context(java_script_enabled=True, bypass_csp=True, viewport=WIDE)
    yield nojs.new_page(), js.new_page()
    nojs.close()
    js.close()


# Forms sent empty, so the pages show their errors: (who, page, the form's button).
EMPTY_FORMS = [
    ("ada@example.org", "/staff/accounts", "Make an invitation link"),
    ("ada@example.org", "/staff/changes/new", "Save as a draft"),
    ("ada@example.org", "/staff/programmes/new", "Save"),
    ("bea@example.org", "/board/recommendations", "Send to staff"),
    ("bea@example.org", "/board/rounds/{round_id}", "Save my ranking"),
]


def test_pages_showing_errors_pass_axe(site, contexts):
    live, values = site
    nojs, js = contexts
    failing = {}
    for email in sorted({email for email, _page, _button in EMPTY_FORMS}):
        nojs.context.clear_cookies()
        _sign_in(nojs, live.url, email)
        for _email, path, button in (form for form in EMPTY_FORMS if form[0] == email):
            nojs.goto(f"{live.url}{path.format(**values)}")
            submit(nojs, nojs.get_by_role("button", name=button))
            assert nojs.locator("#errors").count() == 1, path
            found = violations(nojs, js, live.url)
            if found:
                failing[path] = found
    assert failing == {}


@pytest.mark.parametrize(("email", "blueprints"), [
    ("ada@example.org", ("staff",)), ("bea@example.org", ("board",)), (None, ("public",))])
def test_signed_in_and_public_pages_pass_axe(site, contexts, email, blueprints):
    live, values = site
    nojs, js = contexts
    if email:
        _sign_in(nojs, live.url, email)
    failing = {}
    too_wide = {}
    checked = 0
    for path in _pages(live.app, values, blueprints):
        response = nojs.goto(f"{live.url}{path}")
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            continue
        assert response.status == 200, path  # a real page, not a kind 404 of a made-up id
        width = nojs.evaluate("document.documentElement.scrollWidth")
        if width > NARROW["width"]:
            too_wide[path] = width
        found = violations(nojs, js, live.url)
        checked += 1
        if found:
            failing[path] = found
    assert checked >= 1
    assert failing == {}
    assert too_wide == {}, "pages wider than a narrow phone screen"
