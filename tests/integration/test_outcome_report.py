"""A programme's report for a funder or a board meeting (SQLite and PostgreSQL): one ended
quarter or year, for staff of the programme and admins, with every number by the public rules
(shown from 10, floored to 5), the themes of the period, the board's priorities of rounds closed
in it and the published changes updated in it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from sqlalchemy import select

from feedback_app.clock import FixedClock
from feedback_app.config import SURVEYS_DIR
from feedback_app.extensions import db
from feedback_app.models import Account, Programme, Theme
from feedback_app.services import board, changelog
from feedback_app.services.indicators import indicators
from feedback_app.services.surveys import SurveyCatalogue
from tests import seed
from tests.people import add_person, signed_in
from tests.support.html import heading, link_named, links, outcome_tables, parse, table_rows

TODAY = dt.datetime(2031, 5, 20, 9, 0, tzinfo=dt.UTC)  # 2031-Q2 running; 2031-Q1 ended
REPORT = "/staff/outcomes/safe-house/report"
BOARD = ("bea@example.org", "ben@example.org", "bo@example.org")


def _at(clock: FixedClock, day: dt.date) -> None:
    clock.move_to(dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC))


def _staff(app: Any) -> Account:
    return db.session.scalar(select(Account).where(Account.email == "sam@example.org"))


def _admin(app: Any) -> Account:
    return db.session.scalar(select(Account).where(Account.email == "ada@example.org"))


def _rate(programme: str, on: dt.date, felt_safe: list[str]) -> None:
    for choice in felt_safe:
        seed.ratings(db.session, programme=programme, on=on, choices={"felt_safe": choice})


def _entry(account: Account, title: str, programme_id: int | None, *, status: str = "planned",
           publish: bool = True) -> int:
    entry, _ = changelog.create_entry(db.session, account, changelog.EntryText(
        title=title, programme_id=programme_id, heard="Heard.", did=f"Did: {title}."),
        status=status)
    if publish:
        changelog.set_published(db.session, account, entry.id, True)
    return entry.id


@pytest.fixture
def world(app_factory) -> Any:
    clock = FixedClock(TODAY)
    app = app_factory(CLOCK=clock)
    add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    add_person(app, "staff", "lee@example.org", programmes=("legal-clinic",))
    add_person(app, "admin", "ada@example.org")
    voters = [add_person(app, "board", email) for email in BOARD]
    with app.app_context():
        shelter = db.session.scalar(select(Programme).where(Programme.slug == "safe-house"))
        # Ratings: 23 answers in 2031-Q1 (17 yes), 11 in 2030-Q4, 7 in 2030-Q3.
        _rate("safe-house", dt.date(2031, 1, 20), ["yes"] * 17 + ["no"] * 6)
        _rate("safe-house", dt.date(2030, 11, 3), ["yes"] * 4 + ["partly"] * 7)
        _rate("safe-house", dt.date(2030, 8, 3), ["yes"] * 7)
        # Themes in 2031-Q1: 13 of the shelter's feedback in one, 4 in another; 21 of the legal
        # clinic's in a third, which holds 4 of the shelter's too.
        night = seed.theme(db.session, "Feeling safe at night")
        buses = seed.theme(db.session, "Bus passes")
        lawyers = seed.theme(db.session, "Waiting for a lawyer")
        for _n in range(13):
            seed.submission(db.session, themes=[night], on=dt.date(2031, 1, 10), board=True)
        for _n in range(4):
            seed.submission(db.session, themes=[buses, lawyers], on=dt.date(2031, 2, 10))
        for _n in range(21):
            seed.submission(db.session, themes=[lawyers], programme="legal-clinic",
                            on=dt.date(2031, 2, 10))
        # 2031-Q2's feedback is outside a report of 2031-Q1.
        for _n in range(30):
            seed.submission(db.session, themes=[buses], on=dt.date(2031, 4, 10))
        db.session.commit()
        # A board round that closed in 2031-Q1 with three ballots, and one still open.
        _at(clock, dt.date(2031, 2, 14))
        closed = board.open_round(db.session, title="Winter round",
                                  actor_id=_staff(app).id).id
        board.open_round(db.session, title="Spring round", actor_id=_staff(app).id)
        for voter in voters:
            board.cast_ballot(db.session, round_id=closed, account_id=voter,
                              ranks={night.id: 1}, k_min=app.config["K_MIN"])
        board.close_round(db.session, round_id=closed, actor_id=_staff(app).id,
                          k_min=app.config["K_MIN"])
        # Changes: the shelter's published one of 2031-Q1, and four that are not its report's.
        _entry(_staff(app), "Brighter lights by the door", shelter.id, status="done")
        _entry(_staff(app), "A draft we have not published", shelter.id, publish=False)
        _entry(_admin(app), "Longer opening hours everywhere", None)
        lee = db.session.scalar(select(Account).where(Account.email == "lee@example.org"))
        legal = db.session.scalar(select(Programme).where(Programme.slug == "legal-clinic"))
        _entry(lee, "More lawyers on Mondays", legal.id)
        _at(clock, dt.date(2030, 8, 20))
        _entry(_staff(app), "New locks last summer", shelter.id)
    clock.move_to(TODAY)
    return app


def _page(app: Any, path: str = REPORT, email: str = "sam@example.org") -> str:
    response = signed_in(app, email).get(path)
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def _text(html: str, *, leave_out: str = "") -> str:
    """The words a reader of the report sees (charts say the same as their tables)."""
    main = parse(html).xpath("//main")[0]
    for element in main.xpath("//*[local-name()='svg']|//time" + leave_out):
        element.drop_tree()  # its tail, the words after it, stays
    return " ".join(" ".join(main.itertext()).split())


# Who may read it -------------------------------------------------------------------------------

@pytest.mark.parametrize(("email", "status"), [
    ("sam@example.org", 200),  # staff of the shelter
    ("ada@example.org", 200),  # an admin
    ("lee@example.org", 404),  # staff of another programme: as if there were no such report
    ("bea@example.org", 403),  # the board reads its own pages, not staff reports
])
def test_only_the_programmes_staff_and_admins_open_its_report(world, email, status):
    response = signed_in(world, email).get(REPORT)
    assert response.status_code == status


def test_a_programme_that_does_not_exist_is_the_kind_404_and_signed_out_is_sent_to_sign_in(world):
    assert signed_in(world, "ada@example.org").get(
        "/staff/outcomes/no-such-place/report").status_code == 404
    assert world.test_client().get(REPORT).status_code in (302, 303)


def test_the_staff_outcome_page_links_each_programme_to_its_report(world):
    page = _page(world, "/staff/outcomes")
    link = link_named(page, "Printable report on Safe House for a funder or a board meeting")
    assert link == REPORT


# Periods ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("period", "shown"), [
    ("", "2031-Q1"),  # none given: the newest quarter that has ended
    ("2031-Q1", "2031-Q1"),
    ("2030-q4", "2030-Q4"),
    (" 2030 ", "2030"),
])
def test_a_report_covers_the_quarter_or_year_asked_for(world, period, shown):
    page = _page(world, f"{REPORT}?period={period}")
    assert heading(page) == f"Report on Safe House, {shown}"


@pytest.mark.parametrize(("period", "status"), [
    ("2031-Q2", 404),  # still running
    ("2031", 404),
    ("2040-Q1", 404),
    ("1999", 404),  # before any report could cover
    ("2031-Q5", 400),
    ("Q1-2031", 400),
    ("last quarter", 400),
    ("2031-Q1" * 40, 400),
])
def test_a_period_that_cannot_be_reported_gets_a_kind_page_with_ones_that_can(world, period,
                                                                               status):
    response = signed_in(world, "sam@example.org").get(REPORT, query_string={"period": period})
    page = response.get_data(as_text=True)
    assert response.status_code == status
    assert heading(page) == "Choose a period for the report"
    offered = [href for href in links(page) if href.startswith(f"{REPORT}?period=")]
    assert offered[:2] == [f"{REPORT}?period=2031-Q1", f"{REPORT}?period=2030-Q4"]
    assert f"{REPORT}?period=2030" in offered
    for href in offered:  # and every one offered opens
        assert signed_in(world, "sam@example.org").get(href).status_code == 200


# Every number is a public number ---------------------------------------------------------------

def test_every_count_on_the_report_is_a_public_number(world):
    page = _page(world)
    counts = [row[1] for rows in outcome_tables(page).values() for row in rows]
    counts += [row[1] for row in table_rows(page, "report-summary")]
    counts += [row[1] for row in table_rows(page, "report-themes")]
    assert counts, "the report shows no counts"
    for shown in counts:
        if shown != "too few":
            number = int(shown.removesuffix(" or more"))
            assert number % 5 == 0 and number >= 10, shown
    # and nowhere on the page, charts and dates aside, is any other whole number: take out the
    # periods and shares, and what is left is public numbers only
    words = _text(page, leave_out="|//section[@class='rules']")
    words = re.sub(r"\b\d{4}-Q[1-4]\b|\b\d{4}\b|\b\d+ %", "", words)
    numbers = [int(n) for n in re.findall(r"\d+", words)]
    assert numbers and all(n % 5 == 0 and n >= 10 for n in numbers), numbers


def test_the_quarter_shows_floored_answers_and_rounded_shares_the_year_only_if_every_quarter(
        world):
    page = _page(world)
    summary = {row[0]: row[1:] for row in table_rows(page, "report-summary")}
    # 23 answers, 17 positive: 20 or more, 75 %, the interval of 15 of 20
    assert summary["Felt safe"] == ["20 or more", "75 %", "53 % to 89 %", "Provisional: fewer "
                                    "than 30 answers"]
    quarters = {row[0]: row[1] for row in outcome_tables(page)[("safe-house", "felt_safe")]}
    assert quarters["2030-Q4"] == "10 or more"
    assert quarters["2030-Q3"] == "too few"  # 7
    assert list(quarters)[-1] == "2031-Q1" and len(quarters) == 8
    # 2030 holds a quarter of 7 answers: its year is not shown, or it would tell that quarter
    year = {row[0]: row[1:] for row in table_rows(_page(world, f"{REPORT}?period=2030"),
                                                  "report-summary")}
    assert year["Felt safe"] == ["too few", "", "", "Too few answers to show"]


def test_the_report_says_its_numbers_follow_the_public_rules(world):
    rules = " ".join(parse(_page(world)).xpath("string(//section[@class='rules'])").split())
    assert "every number in it follows the rules of our public pages" in rules
    assert "fewer than 10 answers is never shown" in rules
    assert "rounded down to a multiple of 5" in rules


# What it holds ---------------------------------------------------------------------------------

def test_the_report_has_its_sections_with_what_happened_in_the_period(world):
    page = _page(world)
    tree = parse(page)
    assert [" ".join(h.text_content().split()) for h in tree.xpath("//main//h2")] == [
        "How to read the numbers", "Outcomes survivors reported", "What survivors wrote about",
        "The advisory board's priorities", "You said, we did"]
    # every indicator of the shelter's survey, each with its chart and its table
    shelter = {i.question for i in indicators(SurveyCatalogue(SURVEYS_DIR), "shelter")}
    assert {"felt_safe", "respected", "stable_housing"} <= shelter
    assert {key for _p, key in outcome_tables(page)} == shelter
    assert len(tree.xpath("//main//*[local-name()='svg'][@role='img']")) == len(shelter)
    # the themes of the shelter's feedback of the quarter: 13 reads 10 or more; 4 is left out,
    # and so is the next quarter's feedback and the legal clinic's
    assert table_rows(page, "report-themes") == [["Feeling safe at night", "10 or more"]]
    # the round that closed in the quarter, its list by place and without points; not the open one
    assert [" ".join(li.text_content().split())
            for li in tree.xpath("//ol[@class='report-priorities']/li")] == [
        "Feeling safe at night"]
    words = _text(page)
    assert "Winter round" in words and "Spring round" not in words
    # the shelter's published changes updated in the quarter, with their status
    changes = [" ".join(h.text_content().split())
               for h in tree.xpath("//div[contains(@class, 'report-change')]/h3")]
    assert changes == ["Longer opening hours everywhere", "Brighter lights by the door"]
    assert "Status: Done." in words
    # the print hint, and no script or button of its own
    assert "use your browser's Print command" in words
    assert not tree.xpath("//main//script|//main//article//button|//main//article//form")


def test_a_change_updated_in_another_period_is_in_that_periods_report(world):
    page = _page(world, f"{REPORT}?period=2030-Q3")
    changes = [" ".join(h.text_content().split())
               for h in parse(page).xpath("//div[contains(@class, 'report-change')]/h3")]
    assert changes == ["New locks last summer"]
    assert "No round of the board closed with a priority list in this period." in _text(page)


def test_a_theme_named_from_other_programmes_words_reads_as_a_neutral_name_even_for_an_admin(
        world):
    with world.app_context():
        ids = [p.id for p in db.session.scalars(select(Programme))]
        engine = Theme(label="words of every programme", keywords=["words"], language="en",
                       origin="engine", state="suggested", label_programmes=ids)
        db.session.add(engine)
        db.session.flush()
        for _n in range(10):
            seed.submission(db.session, themes=[engine], on=dt.date(2031, 3, 1))
        db.session.commit()
        theme_id = engine.id
    rows = table_rows(_page(world, email="ada@example.org"), "report-themes")
    assert [f"Theme {theme_id}", "10 or more"] in rows
    assert "words of every programme" not in _page(world, email="ada@example.org")


def test_the_report_reads_in_the_page_language_indicators_and_charts_too(world):
    response = signed_in(world, "sam@example.org").get(
        REPORT, headers={"Accept-Language": "es"})
    tree = parse(response.get_data(as_text=True))
    assert heading(response.get_data(as_text=True)) == "Informe sobre Safe House, 2031-Q1"
    sections = [" ".join(h.text_content().split()) for h in tree.xpath("//main//h3")]
    assert "Sentirse con seguridad (Seguridad)" in sections
    assert "Felt safe" not in response.get_data(as_text=True)
