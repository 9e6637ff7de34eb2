"""The disclosure rules on their own: complementary suppression of monthly cells and the coarse
public numbers, with known tables and with Hypothesis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_app.services.disclosure import (
    effective_k_min,
    months_back,
    public_number,
    suppress_cells,
)

cells = st.lists(st.integers(min_value=0, max_value=40), min_size=2, max_size=12)
k_mins = st.integers(min_value=3, max_value=10)


@pytest.mark.parametrize(("given_cells", "k_min", "shown"), [
    ([6, 7, 8], 5, [6, 7, 8]),                   # nothing small: nothing hidden
    ([0, 0, 9], 5, [0, 0, 9]),                   # zeros are never hidden
    ([1, 6, 9], 5, [None, None, 9]),             # one small cell takes the next smallest along
    ([2, 3, 9], 5, [None, None, 9]),             # two small cells that add up to k_min
    ([1, 1, 9, 12], 5, [None, None, None, 12]),  # 1 + 1 < 5: one more cell is hidden
    ([4, 0, 0], 5, [None, None, None]),          # cannot be protected by pairing: all hidden
    ([0, 3, 0, 0, 3], 3, [0, 3, 0, 0, 3]),       # at k_min itself nothing is small
])
def test_suppress_cells_known_tables(given_cells, k_min, shown):
    assert suppress_cells(given_cells, k_min) == shown


@given(cells, k_mins)
def test_no_shown_cell_is_small(values, k_min):
    for value, shown in zip(values, suppress_cells(values, k_min), strict=True):
        assert shown is None or shown == value
        assert shown is None or shown == 0 or shown >= k_min


@given(cells, k_mins)
def test_hidden_cells_are_never_exactly_one_and_add_up_to_k_min(values, k_min):
    shown = suppress_cells(values, k_min)
    hidden = [v for v, s in zip(values, shown, strict=True) if s is None]
    assert len(hidden) != 1
    if hidden and sum(values) >= k_min:
        assert sum(hidden) >= k_min
    if hidden and sum(values) < k_min:
        # A group too small to protect by pairing shows nothing at all.
        assert shown == [None] * len(values)


@given(cells, k_mins)
def test_total_minus_shown_cells_never_gives_a_small_group(values, k_min):
    shown = suppress_cells(values, k_min)
    rest = sum(values) - sum(s for s in shown if s is not None)
    assert rest == 0 or rest >= k_min or all(s is None for s in shown)


@given(cells, k_mins)
def test_suppression_is_stable(values, k_min):
    assert suppress_cells(values, k_min) == suppress_cells(list(values), k_min)
    assert len(suppress_cells(values, k_min)) == len(values)


@pytest.mark.parametrize(("n", "public"), [
    (-3, 0), (0, 0), (1, None), (9, None), (10, 10), (12, 10), (13, 15), (17, 15), (18, 20),
    (100, 100),
])
def test_public_number_known_values(n, public):
    assert public_number(n) == public


@given(st.integers(min_value=-5, max_value=10_000))
def test_public_numbers_are_zero_or_at_least_ten_and_multiples_of_five(n):
    shown = public_number(n)
    if shown is None:
        assert 0 < n < 10
    else:
        assert shown == 0 or shown >= 10
        assert shown % 5 == 0
        assert n <= 0 or abs(shown - n) <= 2


@given(st.integers(min_value=0, max_value=5_000), st.integers(min_value=0, max_value=5_000))
def test_public_number_never_decreases(a, b):
    low, high = sorted((a, b))
    shown_low, shown_high = public_number(low), public_number(high)
    if shown_low is not None and shown_high is not None:
        assert shown_low <= shown_high


@pytest.mark.parametrize(("configured", "effective"), [(0, 3), (1, 3), (3, 3), (5, 5), (9, 9)])
def test_k_min_never_below_three(configured, effective):
    assert effective_k_min(configured) == effective


def test_months_back_crosses_the_year():
    assert months_back(dt.date(2025, 2, 17), 4) == [
        dt.date(2024, 11, 1), dt.date(2024, 12, 1), dt.date(2025, 1, 1), dt.date(2025, 2, 1)]
