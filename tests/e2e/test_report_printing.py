"""A programme's outcome report printed by Chromium, JavaScript off: A4 sheets, a year of
feedback on a few of them, the report alone (no menu, quick exit or buttons), and no chart or
indicator cut between two sheets."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from playwright.sync_api import Browser, Page
from pypdf import PdfReader
from sqlalchemy import select

from feedback_app.config import SURVEYS_DIR
from feedback_app.extensions import db
from feedback_app.models import Account, ChangeEntry, Programme, ReviewRound
from feedback_app.services import board, changelog
from feedback_app.services.indicators import indicators
from feedback_app.services.outcome_report import latest_quarter
from feedback_app.services.surveys import SurveyCatalogue
from tests import seed
from tests.e2e.axe import submit
from tests.people import PASSWORD, add_person

# A quarter's report with a year of feedback behind it: a summary sheet, then about two
# indicators (chart and table) a sheet.
# The indicators the seeded ratings answer, and how many the shelter survey has in all.
INDICATORS = ("Felt safe", "Treated with respect", "Stable place to live")
ALL_INDICATORS = len(indicators(SurveyCatalogue(SURVEYS_DIR), "shelter"))
MAX_SHEETS = 2 + ALL_INDICATORS // 2
A4_MM = (210, 297)
MARGIN_MM = 15
PX_PER_MM = 96 / 25.4
THEMES = ("Feeling safe at night", "Bus passes", "Help with papers", "Kind staff")


@pytest.fixture(scope="module")
def site(live_site: Any) -> Any:
    """A shelter with a year of feedback up to the newest ended quarter, its themes, a board
    round and changes of that quarter."""
    app = live_site.app
    period = latest_quarter(dt.date.today())
    admin = add_person(app, "admin", "ada@example.org")
    voters = [add_person(app, "board", f"b{n}@example.org") for n in range(3)]
    with app.app_context():
        for back in range(12):
            month = period.end - relativedelta(months=back + 1)
            for n in range(14 + back % 3):
                seed.ratings(db.session, programme="safe-house", on=month.replace(day=5),
                             choices={"felt_safe": "yes" if n % 4 else "no",
                                      "respected": "yes" if n % 3 else "partly",
                                      "stable_housing": "yes" if n % 2 else "no"})
        themes = [seed.theme(db.session, label) for label in THEMES]
        for index, theme in enumerate(themes):
            for _n in range(12 + 5 * index):
                seed.submission(db.session, themes=[theme], on=period.start, board=True)
        db.session.commit()
        round_id = board.open_round(db.session, title="Winter round", actor_id=admin).id
        for voter in voters:
            board.cast_ballot(db.session, round_id=round_id, account_id=voter,
                              ranks={t.id: r for r, t in enumerate(themes, start=1)},
                              k_min=app.config["K_MIN"])
        board.close_round(db.session, round_id=round_id, actor_id=admin,
                          k_min=app.config["K_MIN"])
        account = db.session.get(Account, admin)
        shelter = db.session.scalar(select(Programme).where(Programme.slug == "safe-house"))
        for title in ("Brighter lights by the door", "A lawyer on Mondays", "New locks"):
            entry, _ = changelog.create_entry(db.session, account, changelog.EntryText(
                title=title, programme_id=shelter.id, heard="Heard.",
                did="What we did, in a few sentences. " * 4), status="done")
            changelog.set_published(db.session, account, entry.id, True)
        # Given the round and the changes of that quarter: the services date them today.
        db.session.get(ReviewRound, round_id).closed_on = period.start
        for entry in db.session.scalars(select(ChangeEntry)):
            entry.updated_at = dt.datetime.combine(period.start, dt.time(12), tzinfo=dt.UTC)
            entry.updates[0].on = period.start
        db.session.commit()
    return live_site


@pytest.fixture
def report(site: Any, browser: Browser) -> Iterator[Page]:
    """The newest quarter's report, opened by a signed-in admin with JavaScript off."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.url}/staff/sign-in")
    page.fill("#email", "ada@example.org")
    page.fill("#password", PASSWORD)
    submit(page, page.locator("button.primary"))
    page.goto(f"{site.url}/staff/outcomes/safe-house/report")
    yield page
    context.close()


def _sheets(page: Page) -> list[str]:
    pdf = page.pdf(format="A4")
    return [" ".join(sheet.extract_text().split()) for sheet in PdfReader(io.BytesIO(pdf)).pages]


def test_the_report_prints_on_a_few_a4_sheets_with_the_report_alone(report):
    sheets = _sheets(report)
    assert 2 <= len(sheets) <= MAX_SHEETS, len(sheets)
    printed = " ".join(sheets)
    assert printed.startswith("Report on Safe House, ")
    for heard in ("Feeling safe at night", "Winter round", "Brighter lights by the door",
                  *INDICATORS):
        assert heard in printed, heard
    # no menu, quick exit, language buttons, print hint or links to other periods on paper
    for left_out in ("Sign out", "Leave this site now", "Español", "Another period",
                     "use your browser's Print command"):
        assert left_out not in printed, left_out


def _whole_indicators(sheets: list[str]) -> None:
    # An indicator is its heading, its chart, then its table's caption: when the heading and
    # the caption are on one sheet, so is the chart between them.
    for name in INDICATORS:
        heading = [n for n, sheet in enumerate(sheets) if f"{name} (" in sheet]
        caption = [n for n, sheet in enumerate(sheets) if f"{name}, by period" in sheet]
        assert len(heading) == 1 and heading == caption, (name, heading, caption)


def test_no_chart_or_indicator_is_cut_between_two_sheets(report):
    _whole_indicators(_sheets(report))
    # wherever a sheet happens to end: a space of growing height before the outcomes moves
    # every chart across each place a sheet could end
    for shift_mm in range(20, A4_MM[1] - 2 * MARGIN_MM, 30):
        report.evaluate("""mm => {
            let space = document.getElementById('shift');
            if (!space) {
                space = document.createElement('div');
                space.id = 'shift';
                document.getElementById('outcomes-h').before(space);
            }
            space.style.height = mm + 'mm';
        }""", shift_mm)
        _whole_indicators(_sheets(report))
    # and laid out for print on the width of an A4 sheet, every chart, and every indicator
    # with its table, is shorter than one sheet, so keeping it whole can always be done
    width_px = (A4_MM[0] - 2 * MARGIN_MM) * PX_PER_MM
    sheet_px = (A4_MM[1] - 2 * MARGIN_MM) * PX_PER_MM
    report.set_viewport_size({"width": round(width_px), "height": round(sheet_px)})
    report.emulate_media(media="print")
    charts = report.locator("svg.chart")
    assert charts.count() == ALL_INDICATORS
    for index in range(charts.count()):
        box = charts.nth(index).bounding_box()
        assert box is not None and 0 < box["height"] <= sheet_px, box
        assert box["width"] <= width_px, box
    blocks = report.locator(".report .keep")
    assert blocks.count() >= len(INDICATORS)
    for index in range(blocks.count()):
        box = blocks.nth(index).bounding_box()
        assert box is not None and box["height"] <= sheet_px, box
    # and the print sheet asks to keep them whole
    assert report.evaluate("getComputedStyle(document.querySelector('svg.chart')).breakInside") \
        == "avoid"
