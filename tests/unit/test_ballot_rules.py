"""A posted ballot gives distinct numbers 1..n to themes on the page, or says kindly which rule it
broke and beside which themes."""

from __future__ import annotations

import pytest

from feedback_app.services.board import BallotError, check_ballot

ON_PAGE = [12, 15, 40]  # the visible themes, in the order the page lists them


@pytest.mark.parametrize(("posted", "ranks"), [
    ({"12": "1"}, {12: 1}),
    ({"12": "2", "15": "1", "40": "3"}, {12: 2, 15: 1, 40: 3}),
    ({"12": "", "15": "1", "40": ""}, {15: 1}),
    ({"40": "1", "99": ""}, {40: 1}),  # an empty choice for a theme not on the page is no choice
    ({"40": "1", "abc": "2"}, {40: 1}),  # a field that names no theme is not a ranking
])
def test_a_ballot_on_the_page_gives_its_ranks(posted, ranks):
    assert check_ballot(ON_PAGE, posted) == ranks


@pytest.mark.parametrize(("posted", "problem", "marked"), [
    ({}, "empty", []),
    ({"12": "", "15": "", "40": ""}, "empty", []),
    ({"12": "4"}, "out of range", [12]),  # three themes: the numbers are 1, 2 and 3
    ({"12": "0", "15": "1"}, "out of range", [12]),
    ({"12": "one", "15": "-1", "40": "1"}, "out of range", [12, 15]),
    ({"12": " 1"}, "out of range", [12]),
    ({"12": "1", "99": "2"}, "unknown theme", [99]),  # a small theme, or a stale page
    ({"12": "1", "015": "2"}, "unknown theme", [15]),  # not how the page names theme 15
    ({"12": "1", "15": "1"}, "repeated rank", [12, 15]),
    ({"12": "2", "15": "2", "40": "2"}, "repeated rank", [12, 15, 40]),
])
def test_a_broken_rule_is_named_with_the_themes_it_concerns(posted, problem, marked):
    with pytest.raises(BallotError) as refused:
        check_ballot(ON_PAGE, posted)
    assert (refused.value.problem, refused.value.theme_ids) == (problem, marked)


def test_a_number_off_the_list_is_named_before_a_theme_off_the_page():
    # Given a ballot that breaks both rules
    posted = {"12": "7", "99": "1"}
    # Then the number beside a theme on the page is named first, as the page shows it
    with pytest.raises(BallotError) as refused:
        check_ballot(ON_PAGE, posted)
    assert refused.value.problem == "out of range"


@pytest.mark.parametrize("key", ["²", "٣x", "1e3", "+5"])
def test_a_theme_number_that_is_not_plain_digits_is_no_theme(key):
    # A superscript two passes str.isdigit() yet int() refuses it: it must not end in a crash
    assert check_ballot(ON_PAGE, {"12": "1", key: "2"}) == {12: 1}


def test_no_theme_on_the_page_leaves_nothing_to_rank():
    with pytest.raises(BallotError) as refused:
        check_ballot([], {"12": "1"})
    assert refused.value.problem == "unknown theme"
