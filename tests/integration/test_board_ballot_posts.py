"""Ballots posted by hand, through the board's real page: field names that are not a theme's
number get a kind answer, never a server error (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from feedback_app import clock
from feedback_app.extensions import db
from feedback_app.models import Ballot, BallotRank, ReviewRound
from tests import seed
from tests.people import add_person, post_form, signed_in


@pytest.fixture
def ballot(app) -> Any:
    """An open round showing one theme of six submissions (from last month: the board's
    figures count what came before this month), and a signed-in board member."""
    last_month = clock.today().replace(day=1) - dt.timedelta(days=1)
    with app.app_context():
        theme = seed.theme(db.session, "Safety")
        for n in range(6):
            seed.submission(db.session, themes=[theme], text=f"Safety {n}.", board=True,
                            on=last_month)
        db.session.commit()
        theme_id = theme.id
    add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    add_person(app, "board", "bea@example.org")
    assert post_form(signed_in(app, "sam@example.org"), "/staff/rounds/open", {"title": "Spring"},
                     form_page="/staff/rounds").status_code == 303
    with app.app_context():
        round_id = db.session.scalar(select(ReviewRound.id))
    member = signed_in(app, "bea@example.org")

    def post(data: dict[str, str]) -> Any:
        return post_form(member, f"/board/rounds/{round_id}/ballot", data,
                         form_page=f"/board/rounds/{round_id}")

    return app, theme_id, post


# "²" passes str.isdigit() but int() refuses it: it was read as a theme number and crashed.
@pytest.mark.parametrize("name", ["rank_²", "rank_x", "rank_"])
def test_a_field_that_names_no_theme_is_left_out_of_the_ballot(ballot, name):
    app, theme_id, post = ballot
    # When a member posts a ranking with one more field that names no theme
    response = post({f"rank_{theme_id}": "1", name: "2"})
    # Then the ranking of the theme on the page is saved, and nothing else
    assert response.status_code == 303
    with app.app_context():
        assert db.session.execute(select(BallotRank.theme_id, BallotRank.rank)).all() == [
            (theme_id, 1)]


@pytest.mark.parametrize("name", ["rank_²", "rank_x"])
def test_a_ballot_of_such_fields_alone_asks_for_a_number_kindly(ballot, name):
    app, _theme_id, post = ballot
    response = post({name: "1"})
    assert response.status_code == 400
    assert "Please give at least one theme a number." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Ballot)) == 0
