"""The arithmetic of outcome figures: intervals against published values, the rounding the
board and the public read, the status of a figure, and the quarters a snapshot shows."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_app.services import outcomes
from feedback_app.services.intervals import newcombe, wilson
from feedback_app.services.outcomes import PUBLIC, STAFF, Tally, board_rules, rounded_share


def test_wilson_matches_newcombes_worked_examples():
    # Newcombe (1998), Statistics in Medicine 17:857-872, table I: 81/263 -> 0.2553 to 0.3662
    interval = wilson(81, 263)
    assert (round(interval.low, 4), round(interval.high, 4)) == (0.2553, 0.3662)
    # and the edges: 0/10 -> 0 to 0.2775, 10/10 -> 0.7225 to 1
    assert round(wilson(0, 10).high, 4) == 0.2775
    assert round(wilson(10, 10).low, 4) == 0.7225


def test_newcombe_matches_his_worked_example_for_a_difference():
    # Newcombe (1998), Statistics in Medicine 17:873-890, example (a): 56/70 - 48/80,
    # method 10 -> 0.0524 to 0.3339
    interval = newcombe(56, 70, 48, 80)
    assert (round(interval.low, 4), round(interval.high, 4)) == (0.0524, 0.3339)


def test_no_interval_without_answers():
    assert wilson(0, 0) is None
    assert newcombe(0, 0, 3, 10) is None


@pytest.mark.parametrize(("part", "whole", "shown", "expected"), [
    (26, 37, 35, 0.70), (29, 40, 40, 0.75), (28, 40, 40, 0.70), (97, 100, 95, 0.95),
    (703, 1000, 1000, 0.70), (724, 1000, 1000, 0.72), (1, 200, 200, 0.01), (0, 12, 10, 0.0),
    (12, 12, 10, 1.0)])
def test_shares_round_to_5_points_below_100_answers_and_to_whole_per_cent_from_100(
        part, whole, shown, expected):
    assert rounded_share(part, whole, shown) == expected


def test_staff_read_exact_figures_and_provisional_under_30():
    figure = STAFF.figure("2031-Q1", Tally(responses=29, positive=20, partly=3))
    assert (figure.status, figure.responses) == ("provisional", 29)
    assert figure.positive_share == pytest.approx(20 / 29)
    assert STAFF.figure("2031-Q1", Tally(30, 20, 3)).status == "shown"


def test_the_public_reads_nothing_under_10_but_the_status():
    figure = PUBLIC.figure("2031-Q1", Tally(responses=9, positive=9))
    assert figure == outcomes.Figure("2031-Q1", "suppressed")


def test_the_board_floors_to_k_min_never_below_3():
    assert board_rules(5).figure("q", Tally(7, 7)).responses == 5
    assert board_rules(1).figure("q", Tally(2, 2)).status == "suppressed"
    assert board_rules(1).figure("q", Tally(4, 4)).responses == 3


@given(st.integers(0, 400), st.data())
def test_a_floored_figure_is_worked_out_from_what_it_shows(responses, data):
    """The board's and the public's interval and status follow from the shown responses and
    share alone: two tallies that show the same responses and share show the same figure."""
    positive = data.draw(st.integers(0, responses))
    figure = PUBLIC.figure("q", Tally(responses, positive))
    if figure.responses is None:
        assert responses < 10 and figure.interval is None and figure.positive_share is None
        return
    assert figure.responses % 5 == 0 and figure.responses <= responses
    again = wilson(round(figure.positive_share * figure.responses), figure.responses)
    assert figure.interval.low <= again.low and figure.interval.high >= again.high
    assert (figure.status == "provisional") == (figure.responses < 30)


def test_a_snapshot_shows_the_quarters_that_ended_before_its_month():
    assert outcomes.quarters_ending_before(dt.date(2031, 5, 1), 2) == [
        dt.date(2030, 10, 1), dt.date(2031, 1, 1)]
    assert outcomes.quarters_ending_before(dt.date(2031, 4, 1), 1) == [dt.date(2031, 1, 1)]
    assert outcomes.quarter(dt.date(2031, 12, 1)) == "2031-Q4"
