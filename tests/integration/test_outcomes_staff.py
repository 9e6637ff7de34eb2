"""The staff's outcome page (SQLite and PostgreSQL): each indicator of the programmes a person
answers for, counted from the survivors' choice answers by quarter and by month, with the share
positive and partly, a 95 % Wilson interval, "provisional" under 30 answers, and a chart that
says the same as its table."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from tests import seed
from tests.people import add_person, signed_in
from tests.support.html import chart_descriptions, outcome_tables

TODAY = dt.datetime(2031, 5, 20, 9, 0, tzinfo=dt.UTC)  # 2031-Q2, two months in


@pytest.fixture
def site(app_factory) -> Any:
    app = app_factory(CLOCK=FixedClock(TODAY))
    add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    add_person(app, "admin", "ada@example.org")
    return app


def _rate(app: Any, programme: str, on: dt.date, felt_safe: list[str], **others: str) -> None:
    with app.app_context():
        for choice in felt_safe:
            seed.ratings(db.session, programme=programme, on=on,
                         choices={"felt_safe": choice, **others})
        db.session.commit()


def test_staff_read_each_quarter_exactly_with_a_wilson_interval(site):
    # Given 40 answers in 2031-Q1 (30 yes, 6 partly, 4 no) and 5 so far in 2031-Q2
    _rate(site, "safe-house", dt.date(2031, 2, 3), ["yes"] * 30 + ["partly"] * 6 + ["no"] * 4)
    _rate(site, "safe-house", dt.date(2031, 4, 9), ["yes", "no", "no", "partly", "no"])
    # When a staff member of the shelter opens the outcome page
    page = signed_in(site, "sam@example.org").get("/staff/outcomes").get_data(as_text=True)
    rows = {row[0]: row for row in outcome_tables(page)[("safe-house", "felt_safe")]}
    # Then the closed quarter shows exact figures and the interval statsmodels gives
    # (Wilson, 30 of 40: 0.5981 to 0.8581 by hand), outward to whole per cent
    assert rows["2031-Q1"][1:] == ["40", "75 %", "15 %", "59 % to 86 %", "Shown"]
    # and the running quarter is marked so far, and provisional under 30 answers
    assert rows["2031-Q2 (so far)"][1:] == ["5", "20 %", "20 %", "3 % to 63 %",
                                            "Provisional: fewer than 30 answers"]
    # and a quarter without answers shows no share at all (never a zero)
    assert rows["2030-Q4"][1:] == ["0", "", "", "", "Too few answers to show"]


def test_by_month_splits_the_same_answers_into_months(site):
    _rate(site, "safe-house", dt.date(2031, 1, 31), ["yes", "yes"])
    _rate(site, "safe-house", dt.date(2031, 2, 1), ["no"])
    page = signed_in(site, "sam@example.org").get("/staff/outcomes?by=month") \
        .get_data(as_text=True)
    rows = {row[0]: row[1:3] for row in outcome_tables(page)[("safe-house", "felt_safe")]}
    assert rows["2031-01"] == ["2", "100 %"]
    assert rows["2031-02"] == ["1", "0 %"]
    assert rows["2031-05 (so far)"] == ["0", ""]
    assert len(rows) == 12


def test_hidden_feedback_and_answers_that_are_no_response_do_not_count(site):
    with site.app_context():
        seed.ratings(db.session, programme="safe-house", on=dt.date(2031, 2, 3),
                     choices={"felt_safe": "yes"}, hidden=True)
        seed.ratings(db.session, programme="safe-house", on=dt.date(2031, 2, 3),
                     choices={"felt_safe": "no", "got_what_needed": "yes"})
        db.session.commit()
    page = signed_in(site, "sam@example.org").get("/staff/outcomes").get_data(as_text=True)
    rows = {row[0]: row[1:3] for row in outcome_tables(page)[("safe-house", "felt_safe")]}
    assert rows["2031-Q1"] == ["1", "0 %"]


def test_staff_see_only_the_programmes_they_answer_for_and_an_admin_sees_all(site):
    _rate(site, "legal-clinic", dt.date(2031, 2, 3), ["yes"], understood_options="yes")
    staff_page = signed_in(site, "sam@example.org").get("/staff/outcomes").get_data(as_text=True)
    assert {programme for programme, _ in outcome_tables(staff_page)} == {"safe-house"}
    other = signed_in(site, "sam@example.org").get("/staff/outcomes?programme=legal-clinic")
    assert other.status_code == 404
    admin_page = signed_in(site, "ada@example.org").get("/staff/outcomes").get_data(as_text=True)
    assert "safe-house" in {programme for programme, _ in outcome_tables(admin_page)}


def test_the_chart_says_in_words_what_its_table_shows(site):
    _rate(site, "safe-house", dt.date(2030, 11, 3), ["yes"] * 3 + ["no"] * 7)
    _rate(site, "safe-house", dt.date(2031, 2, 3), ["yes"] * 8 + ["no"] * 2)
    page = signed_in(site, "sam@example.org").get("/staff/outcomes").get_data(as_text=True)
    charts = dict(chart_descriptions(page))
    title = "Felt safe: share positive, with its 95 % interval"
    assert charts[title] == ("From 30 % positive in 2030-Q4 to 80 % in 2031-Q1. "
                             "Periods with too few answers are left out.")


def test_someone_not_signed_in_is_sent_to_sign_in(site):
    response = site.test_client().get("/staff/outcomes")
    assert response.status_code in (302, 303)
