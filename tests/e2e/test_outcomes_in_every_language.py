"""The outcome pages in every language, with JavaScript off on a 320 px screen: the public
overview and one programme's charts, the board's and the staff's pages pass axe-core, fit the
screen, and their charts carry a title and a description in the page's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from playwright.sync_api import Browser

from feedback_app.config import SHIPPED_LANGUAGES
from feedback_app.extensions import db
from feedback_app.models import Account, Programme
from feedback_app.services.changelog import EntryText, create_entry, set_published
from feedback_app.services.languages import language_tag
from feedback_app.services.surveys import SurveyCatalogue
from tests import seed
from tests.e2e.axe import NARROW, submit, violations
from tests.people import PASSWORD, add_person

PAGES = {
    None: ("/outcomes", "/outcomes?programme=safe-house", "/changes/{entry}"),
    "bea@example.org": ("/board/outcomes?programme=safe-house",),
    "sam@example.org": ("/staff/outcomes", "/staff/outcomes/safe-house/report",
                        "/staff/changes/{entry}"),
}
NO_CHART = {"/outcomes", "/changes/{entry}", "/staff/changes/{entry}"}


@pytest.fixture(scope="module")
def site(live_site):
    """A year of ratings at the shelter, a staff member of it, a board member, and a change
    done four months ago that means to move "felt safe" (its pages show before and after)."""
    app = live_site.app
    first = dt.date.today().replace(day=1)
    with app.app_context():
        for back in range(1, 13):
            month = first - relativedelta(months=back)
            for n in range(14):
                choice = "yes" if n < 6 + back % 5 else ("partly" if n % 3 else "no")
                seed.ratings(db.session, programme="safe-house", on=month + dt.timedelta(days=3),
                             choices={"felt_safe": choice, "respected": "yes",
                                      "stable_housing": "partly" if n % 2 else "no"})
        db.session.commit()
    add_person(app, "board", "bea@example.org")
    staff = add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    with app.app_context():
        account = db.session.get(Account, staff)
        shelter = db.session.query(Programme).filter_by(slug="safe-house").one()
        entry, _ = create_entry(db.session, account, EntryText(
            title="Locks on every door", programme_id=shelter.id, heard="Doors.", did="Locks.",
            indicators=("felt_safe",)), status="done",
            catalogue=SurveyCatalogue(app.config["SURVEYS_DIR"]))
        entry.updates[0].on = first - relativedelta(months=4)
        db.session.commit()
        set_published(db.session, account, entry.id, True)
        entry_id = entry.id
    return live_site, entry_id


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_outcome_pages_pass_axe_and_fit_a_phone_in_every_language(site, browser: Browser,
                                                                   language: str,
                                                                   artifacts: Path):
    site, entry_id = site
    nojs_context = browser.new_context(java_script_enabled=False, viewport=NARROW,
                                       locale=language_tag(language))
    js_context = browser.new_context(java_script_enabled=True, bypass_csp=True,
                                     locale=language_tag(language))
    nojs, js = nojs_context.new_page(), js_context.new_page()
    failing, too_wide, untitled = {}, {}, []
    try:
        for email, paths in PAGES.items():
            nojs_context.clear_cookies()
            if email:
                nojs.goto(f"{site.url}/staff/sign-in")
                nojs.fill("#email", email)
                nojs.fill("#password", PASSWORD)
                submit(nojs, nojs.locator("button.primary"))
            for page_path in paths:
                path = page_path.format(entry=entry_id)
                response = nojs.goto(f"{site.url}{path}")
                assert response is not None and response.status == 200, path
                assert nojs.locator("html").get_attribute("lang") == language_tag(language)
                if language != "en":  # indicator names come from indicators.toml, translated
                    assert "Felt safe" not in nojs.locator("main").inner_text(), path
                charts = nojs.locator("svg[role=img]")
                assert charts.count() >= 1 or page_path in NO_CHART, path
                for index in range(charts.count()):
                    chart = charts.nth(index)
                    if not (chart.locator("title").text_content().strip()
                            and chart.locator("desc").text_content().strip()):
                        untitled.append((path, index))
                width = nojs.evaluate("document.documentElement.scrollWidth")
                if width > NARROW["width"]:
                    too_wide[path] = width
                found = violations(nojs, js, site.url)
                if found:
                    failing[path] = found
                if path.endswith("safe-house") and email is None:
                    nojs.screenshot(path=artifacts / f"40-outcomes-{language}.png",
                                    full_page=True)
    finally:
        nojs_context.close()
        js_context.close()
    assert failing == {}
    assert too_wide == {}
    assert untitled == []
