"""The public and board outcome pages and the public exports (SQLite and PostgreSQL): quarters
that have ended, from the month's snapshot; responses floored (5 from 10 for the public, K_MIN
for the board), shares rounded, intervals worked out from the shown figures only; the page, the
CSV and the JSON carry the same rows; a quarter with too few answers shows nothing but its
status."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.services import outcomes
from feedback_app.services.intervals import wilson
from tests import seed
from tests.people import add_person, signed_in
from tests.support.html import outcome_tables, table_rows

K_MIN = 5
MAY = dt.datetime(2031, 5, 20, 9, 0, tzinfo=dt.UTC)  # 2031-Q1 is the newest quarter shown
JUNE = dt.datetime(2031, 6, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def site(app_factory) -> Any:
    clock = FixedClock(MAY)
    app = app_factory(CLOCK=clock, K_MIN=K_MIN)
    add_person(app, "board", "bea@example.org")
    return app, clock


def _rate(app: Any, on: dt.date, choices: list[str], *, board: bool = True,
          programme: str = "safe-house") -> None:
    with app.app_context():
        for choice in choices:
            seed.ratings(db.session, programme=programme, on=on,
                         choices={"felt_safe": choice}, board=board)
        db.session.commit()


def _csv(client: Any, query: str = "") -> list[dict[str, str]]:
    response = client.get(f"/outcomes.csv{query}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def _felt_safe(rows: list[dict[str, Any]], period: str) -> dict[str, Any]:
    return next(r for r in rows if r["programme"] == "safe-house"
                and r["indicator"] == "felt_safe" and r["period"] == period)


def test_the_public_reads_floored_rounded_figures_of_ended_quarters(site):
    app, _clock = site
    # Given 37 answers in 2031-Q1 (26 yes: 70.3 %, 4 partly) and 12 in the running quarter
    _rate(app, dt.date(2031, 2, 3), ["yes"] * 26 + ["partly"] * 4 + ["no"] * 7)
    _rate(app, dt.date(2031, 4, 3), ["yes"] * 12)
    client = app.test_client()
    page = client.get("/outcomes?programme=safe-house").get_data(as_text=True)
    rows = {row[0]: row[1:] for row in outcome_tables(page)[("safe-house", "felt_safe")]}
    # Then 37 reads "35 or more", 70.3 % reads 70 %, 10.8 % partly reads 10 %, and the interval
    # is Wilson's for 24.5 -> 24 of 35 (the shown figures), not for 26 of 37
    # (Wilson 24 of 35: 0.5202 to 0.8145; of the exact 26 of 37 it would be 0.5422 to 0.8251)
    assert rows["2031-Q1"] == ["35 or more", "70 %", "10 %", "52 % to 82 %", "Shown"]
    # and the running quarter is not shown at all: it would move by a month's few answers
    assert "2031-Q2" not in rows and len(rows) == outcomes.QUARTERS_SHOWN
    # and a quarter with no answers is only "too few"
    assert rows["2030-Q4"] == ["too few", "", "", "", "Too few answers to show"]


def test_the_csv_and_the_json_carry_exactly_the_figures_of_the_page(site):
    app, _clock = site
    _rate(app, dt.date(2031, 2, 3), ["yes"] * 9 + ["no"] * 3)  # 12: shown as 10
    _rate(app, dt.date(2030, 11, 3), ["yes"] * 9)  # 9: suppressed
    client = app.test_client()
    rows = _csv(client)
    q1, q4 = _felt_safe(rows, "2031-Q1"), _felt_safe(rows, "2030-Q4")
    # 9 of 12 is 75 %; on 10 shown answers 75 % is 7.5 -> 8 positive: Wilson(8, 10)
    interval = wilson(8, 10)
    assert q1 == {"programme": "safe-house", "indicator": "felt_safe", "period": "2031-Q1",
                  "responses": "10", "positive_share": "0.75",
                  "ci_low": str(int(interval.low * 100) / 100),
                  "ci_high": str(-(-interval.high * 100 // 1) / 100),
                  "status": "provisional", "partly_share": "0.0"}
    assert {k: v for k, v in q4.items() if v} == {
        "programme": "safe-house", "indicator": "felt_safe", "period": "2030-Q4",
        "status": "suppressed"}
    data = client.get("/outcomes.json").get_json()
    assert data["columns"][:8] == ["programme", "indicator", "period", "responses",
                                   "positive_share", "ci_low", "ci_high", "status"]
    as_text = [{k: "" if v is None else str(v) for k, v in row.items()} for row in data["rows"]]
    assert as_text == rows
    page = client.get("/outcomes?programme=safe-house").get_data(as_text=True)
    table = {row[0]: row for row in outcome_tables(page)[("safe-house", "felt_safe")]}
    assert table["2031-Q1"][1:3] == ["10 or more", "75 %"]
    assert set(table) == {r["period"] for r in rows if r["indicator"] == "felt_safe"
                          and r["programme"] == "safe-house"}


def test_figures_stay_the_same_all_month_and_move_on_the_first(site):
    app, clock = site
    _rate(app, dt.date(2031, 2, 3), ["yes"] * 12)
    client = app.test_client()
    before = client.get("/outcomes.csv").get_data()
    # a withdrawal-like change and more answers within the month change nothing
    _rate(app, dt.date(2031, 3, 3), ["no"] * 8)
    assert client.get("/outcomes.csv").get_data() == before
    clock.move_to(JUNE)
    after = _felt_safe(_csv(client), "2031-Q1")
    assert (after["responses"], after["positive_share"]) == ("20", "0.6")


def test_the_board_counts_only_what_survivors_let_it_read_floored_to_k_min(site):
    app, _clock = site
    _rate(app, dt.date(2031, 2, 3), ["yes"] * 7, board=True)
    _rate(app, dt.date(2031, 2, 3), ["no"] * 20, board=False)
    page = signed_in(app, "bea@example.org").get("/board/outcomes?programme=safe-house") \
        .get_data(as_text=True)
    rows = {row[0]: row[1:] for row in outcome_tables(page)[("safe-house", "felt_safe")]}
    assert rows["2031-Q1"][:2] == ["5 or more", "100 %"]
    assert rows["2031-Q1"][-1] == "Provisional: fewer than 30 answers"
    # while the public counts every answer
    public = _felt_safe(_csv(app.test_client()), "2031-Q1")
    assert (public["responses"], public["positive_share"]) == ("25", "0.25")


def test_the_overview_shows_each_programmes_newest_quarter(site):
    app, _clock = site
    _rate(app, dt.date(2031, 2, 3), ["yes"] * 10)
    page = app.test_client().get("/outcomes").get_data(as_text=True)
    rows = table_rows(page, "outcomes-latest")
    assert ["Felt safe", "10 or more", "100 % (provisional)"] in [row[:3] for row in rows]


def test_an_unknown_programme_gets_the_kind_404_everywhere(site):
    app, _clock = site
    client = app.test_client()
    for path in ("/outcomes", "/outcomes.csv", "/outcomes.json"):
        assert client.get(f"{path}?programme=nowhere").status_code == 404
    board = signed_in(app, "bea@example.org")
    assert board.get("/board/outcomes?programme=nowhere").status_code == 404
