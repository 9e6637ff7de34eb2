"""The periods a report covers: a quarter (2026-Q3) or a year (2026) that has ended."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback_app.services.outcome_report import (
    PeriodNotOverError,
    ReportPeriodError,
    latest_quarter,
    parse_period,
    periods_offered,
)


@pytest.mark.parametrize(("today", "newest"), [
    (dt.date(2031, 4, 1), "2031-Q1"),  # a quarter ends at the end of its last day
    (dt.date(2031, 3, 31), "2030-Q4"),
    (dt.date(2031, 1, 1), "2030-Q4"),
    (dt.date(2031, 12, 31), "2031-Q3"),
])
def test_with_no_period_asked_a_report_covers_the_newest_quarter_that_has_ended(today, newest):
    assert latest_quarter(today).name == newest
    assert parse_period("", today=today).name == newest


@pytest.mark.parametrize(("text", "today", "start", "last_day"), [
    ("2030", dt.date(2031, 1, 1), dt.date(2030, 1, 1), dt.date(2030, 12, 31)),
    ("2030-Q4", dt.date(2031, 1, 1), dt.date(2030, 10, 1), dt.date(2030, 12, 31)),
    ("2030-q1", dt.date(2031, 1, 1), dt.date(2030, 1, 1), dt.date(2030, 3, 31)),
])
def test_a_quarter_or_a_year_runs_from_its_first_day_to_its_last(text, today, start, last_day):
    period = parse_period(text, today=today)
    assert (period.start, period.last_day) == (start, last_day)


@pytest.mark.parametrize(("text", "error"), [
    ("2030", PeriodNotOverError),  # its last day is today
    ("2030-Q4", PeriodNotOverError),
    ("2031-Q1", PeriodNotOverError),
    ("1999-Q4", PeriodNotOverError),
    ("2030-Q0", ReportPeriodError),
    ("30", ReportPeriodError),
])
def test_a_period_not_written_so_or_not_over_is_refused(text, error):
    with pytest.raises(error):
        parse_period(text, today=dt.date(2030, 12, 31))


def test_the_periods_offered_have_all_ended_and_each_can_be_asked_for():
    today = dt.date(2031, 5, 20)
    offered = [p.name for p in periods_offered(today)]
    assert offered == ["2031-Q1", "2030-Q4", "2030-Q3", "2030-Q2", "2030", "2029"]
    assert [parse_period(name, today=today).name for name in offered] == offered
