"""The disclosure rules on their own: numbers in steps (floored to a multiple of K for the board,
of 5 from 10 for the public), zero read as a small number, and the months of a trend, with known
tables and with Hypothesis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_app.services.disclosure import (
    board_number,
    closed_months,
    effective_k_min,
    months_back,
    public_number,
    snapshot_month,
)

k_mins = st.integers(min_value=3, max_value=10)
counts = st.integers(min_value=0, max_value=10_000)


@pytest.mark.parametrize(("n", "k_min", "shown"), [
    (0, 5, None), (1, 5, None), (4, 5, None),   # below K, zero included: "fewer than 5"
    (5, 5, 5), (9, 5, 5), (10, 5, 10), (13, 5, 10), (14, 5, 10), (15, 5, 15),
    (2, 3, None), (3, 3, 3), (8, 3, 6), (7, 1, 6),  # a K below 3 counts as 3
])
def test_board_number_known_values(n, k_min, shown):
    assert board_number(n, k_min) == shown


@pytest.mark.parametrize(("n", "public"), [
    (-3, None), (0, None), (1, None), (9, None),  # zero reads like 1 to 9: "fewer than 10"
    (10, 10), (12, 10), (14, 10), (15, 15), (19, 15), (20, 20), (100, 100),
])
def test_public_number_known_values(n, public):
    assert public_number(n) == public


def test_zero_looks_the_same_as_any_small_number():
    assert {public_number(n) for n in range(10)} == {None}
    assert {board_number(n, 5) for n in range(5)} == {None}


@given(counts, k_mins)
def test_a_board_number_is_a_multiple_of_k_at_least_k_and_never_above_the_count(n, k_min):
    shown = board_number(n, k_min)
    if shown is None:
        assert n < k_min
    else:
        assert shown % k_min == 0 and k_min <= shown <= n < shown + k_min


@given(counts)
def test_a_public_number_is_a_multiple_of_five_from_ten_never_above_the_count(n):
    shown = public_number(n)
    if shown is None:
        assert n < 10
    else:
        assert shown % 5 == 0 and 10 <= shown <= n < shown + 5


@given(st.lists(counts, min_size=2, max_size=8), k_mins)
def test_sums_and_differences_of_shown_numbers_are_never_a_small_step(values, k_min):
    shown = [board_number(n, k_min) or 0 for n in values]
    for a in shown:
        for b in shown:
            assert (a - b) % k_min == 0
    assert sum(shown) % k_min == 0


@given(counts, counts, k_mins)
def test_numbers_never_go_down_when_the_count_goes_up(a, b, k_min):
    low, high = sorted((a, b))
    assert (board_number(low, k_min) or 0) <= (board_number(high, k_min) or 0)
    assert (public_number(low) or 0) <= (public_number(high) or 0)


@pytest.mark.parametrize(("configured", "effective"), [(0, 3), (1, 3), (3, 3), (5, 5), (9, 9)])
def test_k_min_never_below_three(configured, effective):
    assert effective_k_min(configured) == effective


def test_months_back_crosses_the_year():
    assert months_back(dt.date(2025, 2, 17), 4) == [
        dt.date(2024, 11, 1), dt.date(2024, 12, 1), dt.date(2025, 1, 1), dt.date(2025, 2, 1)]


def test_a_snapshot_serves_its_month_and_its_trend_is_the_whole_months_before_it():
    assert snapshot_month(dt.date(2025, 1, 31)) == dt.date(2025, 1, 1)
    assert closed_months(dt.date(2025, 1, 1), 3) == [
        dt.date(2024, 10, 1), dt.date(2024, 11, 1), dt.date(2024, 12, 1)]
