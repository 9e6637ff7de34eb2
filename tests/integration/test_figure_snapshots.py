"""The monthly figure snapshot and the frozen priorities, through the real pages (SQLite and
PostgreSQL): numbers stay put within a month and move on the 1st, quotes go at once when their
feedback goes, board counts and labels respect the survivor's no to the board, a closed round's
list never changes, and several processes agree on one snapshot."""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    ChangeFeedback,
    FigureSnapshot,
    Programme,
    ReviewRound,
    Theme,
)
from feedback_app.services import changelog, figure_snapshots
from feedback_app.services.submissions import withdraw_submission
from tests import seed
from tests.people import add_person, post_form, signed_in
from tests.support.html import quotes, table_rows

K_MIN = 3
JANUARY = dt.datetime(2031, 1, 20, 9, 0, tzinfo=dt.UTC)
DECEMBER = dt.date(2030, 12, 10)
FEBRUARY = dt.datetime(2031, 2, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def site(app_factory) -> Any:
    clock = FixedClock(JANUARY)
    app = app_factory(K_MIN=K_MIN, CLOCK=clock, SESSION_IDLE_MINUTES=10**6,
                      SESSION_MAX_HOURS=10**5)
    staff = add_person(app, "staff", "sam@example.org", programmes=("safe-house",))
    for email in ("bea@example.org", "bo@example.org", "bri@example.org"):
        add_person(app, "board", email)
    return app, clock, staff


def _page(client: Any, path: str) -> str:
    return client.get(path).get_data(as_text=True)


def _open_round(app: Any) -> int:
    staff = signed_in(app, "sam@example.org")
    post_form(staff, "/staff/rounds/open", {"title": "Winter"}, form_page="/staff/rounds")
    with app.app_context():
        return db.session.scalar(select(func.max(ReviewRound.id)))


def _submissions(app: Any, theme_id: int, n: int, *, on: dt.date, board: bool = True,
                 text: str = "About it") -> list[str]:
    with app.app_context():
        theme = db.session.get(Theme, theme_id)
        keys = [seed.submission(db.session, themes=[theme], text=f"{text} {i}.", board=board,
                                on=on).receipt_key for i in range(n)]
        db.session.commit()
        return keys


def _theme(app: Any, label: str, *, state: str = "curated") -> int:
    with app.app_context():
        found = seed.theme(db.session, label, state=state)
        db.session.commit()
        return found.id


def _withdraw(app: Any, key: str) -> None:
    with app.app_context():
        withdraw_submission(db.session, receipt_key=key,
                            voter_secret=app.config["VOTER_KEY_SECRET"],
                            withdrawal_record=Path(app.config["WITHDRAWAL_RECORD"]))


def test_board_page_stays_the_same_all_month_and_moves_on_the_first(site):
    app, clock, _staff = site
    theme_id = _theme(app, "Transport")
    keys = _submissions(app, theme_id, 4, on=DECEMBER)
    round_id = _open_round(app)
    bea = signed_in(app, "bea@example.org")
    before = _page(bea, f"/board/rounds/{round_id}")
    assert "3 or more pieces of feedback are in this theme." in before
    # When two more arrive this month and one from December is withdrawn
    _submissions(app, theme_id, 2, on=clock.today())
    _withdraw(app, keys[-1])
    clock.advance(dt.timedelta(days=5))
    # Then the numbers read the same, however often one looks, until the 1st
    after = _page(bea, f"/board/rounds/{round_id}")
    assert "3 or more pieces of feedback are in this theme." in after
    assert table_rows(after, "trend") == table_rows(before, "trend")
    # And on the 1st the new snapshot counts January's two and leaves out the withdrawn one
    clock.move_to(FEBRUARY)
    february = _page(bea, f"/board/rounds/{round_id}")
    assert "3 or more pieces of feedback are in this theme." in february  # 3 + 2 = 5 -> 3
    assert ["January 2031", "3 or more"] in table_rows(february, "trend")


def test_a_withdrawn_quote_leaves_the_board_at_once(site):
    app, _clock, _staff = site
    theme_id = _theme(app, "Transport")
    keys = _submissions(app, theme_id, 4, on=DECEMBER, text="The bus is late")
    round_id = _open_round(app)
    bea = signed_in(app, "bea@example.org")
    assert "The bus is late 3." in quotes(_page(bea, f"/board/rounds/{round_id}"))
    # When its survivor withdraws it
    _withdraw(app, keys[3])
    # Then its words are gone at once, and no other quote takes its place
    page = _page(bea, f"/board/rounds/{round_id}")
    assert "The bus is late 3." not in page
    assert sorted(quotes(page)) == [f"The bus is late {i}." for i in range(3)]
    assert "3 or more pieces of feedback are in this theme." in page  # numbers: next month


def test_feedback_the_board_may_not_read_is_not_counted_quoted_or_used_for_a_label(site):
    app, _clock, _staff = site
    # Given an engine theme with 3 the board may read and 1 it may not, an engine theme whose
    # texts the board may all read, and a curated theme with only 2 it may read of 6
    mixed = _theme(app, "words of everyone", state="suggested")
    _submissions(app, mixed, 3, on=DECEMBER, text="Board may read")
    _submissions(app, mixed, 1, on=DECEMBER, board=False, text="Not for the board")
    clean = _theme(app, "words of the board", state="suggested")
    _submissions(app, clean, 3, on=DECEMBER, text="Also for the board")
    curated = _theme(app, "Curfew")
    _submissions(app, curated, 2, on=DECEMBER)
    _submissions(app, curated, 4, on=DECEMBER, board=False, text="Private")
    round_id = _open_round(app)
    page = _page(signed_in(app, "bea@example.org"), f"/board/rounds/{round_id}")
    # Then the mixed theme shows under a neutral name, its count leaves the "no" out
    assert "words of everyone" not in page
    assert f"Theme {mixed}" in page
    assert "Not for the board" not in page and "Private" not in page
    # And the theme whose texts the board may all read keeps the engine's label
    assert "words of the board" in page
    # And the curated theme, 6 in all but 2 for the board, is small for the board
    assert "Curfew: fewer than 3" in " ".join(page.split())
    assert f'id="theme-{curated}"' not in page


def test_a_closed_rounds_priorities_never_change_even_when_themes_do(site):
    app, clock, _staff = site
    themes = [_theme(app, name) for name in ("Food", "Rest")]
    keys = {t: _submissions(app, t, 3, on=DECEMBER) for t in themes}
    round_id = _open_round(app)
    members = [signed_in(app, e) for e in ("bea@example.org", "bo@example.org",
                                           "bri@example.org")]
    for member, first in zip(members, (0, 0, 1), strict=True):
        post_form(member, f"/board/rounds/{round_id}/ballot",
                  {f"rank_{themes[first]}": "1", f"rank_{themes[1 - first]}": "2"},
                  form_page=f"/board/rounds/{round_id}")
    staff = signed_in(app, "sam@example.org")
    post_form(staff, f"/staff/rounds/{round_id}/close", {}, form_page=f"/staff/rounds/{round_id}")
    closed = table_rows(_page(staff, f"/staff/rounds/{round_id}"), "priorities")
    export = _page(staff, f"/staff/rounds/{round_id}/priorities.csv")
    assert closed == [["1", "Food", "5"], ["2", "Rest", "4"]]
    # When a theme shrinks below K_MIN and the next month's figures hide it
    _withdraw(app, keys[themes[0]][0])
    clock.move_to(FEBRUARY)
    assert f'id="theme-{themes[0]}"' not in _page(members[0], f"/board/rounds/{round_id}")
    # Then the closed round's list and its export read exactly as when it closed
    assert table_rows(_page(staff, f"/staff/rounds/{round_id}"), "priorities") == closed
    assert table_rows(_page(members[0], f"/board/rounds/{round_id}"), "priorities") == closed
    assert _page(staff, f"/staff/rounds/{round_id}/priorities.csv") == export


def test_the_public_tally_counts_answers_given_before_the_month_and_hides_zero(site):
    app, clock, staff_id = site
    theme_id = _theme(app, "Kitchen hours")
    _submissions(app, theme_id, 1, on=DECEMBER)  # staff link themes that hold their answers
    with app.app_context():
        staff = db.session.get(Account, staff_id)
        entry, _n = changelog.create_entry(db.session, staff, changelog.EntryText(
            title="Kitchen opens later", heard="Heard.", did="Did.",
            programme_id=db.session.scalar(select(Programme.id).where(
                Programme.slug == "safe-house"))),
            status="done")
        changelog.link_themes(db.session, staff, entry.id, [theme_id])
        changelog.set_published(db.session, staff, entry.id, True)
        # 11 answers "yes" given in December, 1 "no" given this month
        for n in range(11):
            db.session.add(ChangeFeedback(entry_id=entry.id, voter_key=f"{n:064d}",
                                          answer="yes", given_month=dt.date(2030, 12, 1)))
        db.session.add(ChangeFeedback(entry_id=entry.id, voter_key="f" * 64, answer="no",
                                      given_month=dt.date(2031, 1, 1)))
        db.session.commit()
        entry_id = entry.id
    page = " ".join(_page(app.test_client(), f"/changes/{entry_id}").split())
    # Then December's 11 read "10 or more", and this month's one "no" reads like no answer
    assert "Yes: 10 or more" in page
    assert "No: fewer than 10" in page and "A little: fewer than 10" in page
    clock.move_to(FEBRUARY)
    assert "No: fewer than 10" in " ".join(_page(app.test_client(),
                                                 f"/changes/{entry_id}").split())


def _in_app(app: Any, session: Session) -> figure_snapshots.BoardSnapshot:
    with app.app_context():  # the app's clock, in the other thread too
        return figure_snapshots.board_snapshot(session, k_min=K_MIN)


def test_several_processes_agree_on_one_snapshot(site):
    app, _clock, _staff = site
    theme_id = _theme(app, "Transport")
    _submissions(app, theme_id, 5, on=DECEMBER)
    with app.app_context():
        first, second = Session(db.engine), Session(db.engine)
        try:
            # Given one worker that has made this month's snapshot but not yet committed it
            made = figure_snapshots.board_snapshot(first, k_min=K_MIN)
            # When a second worker, which cannot see it yet, makes its own at the same time
            with ThreadPoolExecutor(1) as pool:
                racing = pool.submit(_in_app, app, second)
                time.sleep(0.3)  # the second is waiting on the first's row
                first.commit()
                again = racing.result(timeout=30)
            second.commit()
        finally:
            first.close()
            second.close()
        # Then there is one row, and both serve the same figures
        rows = db.session.execute(select(FigureSnapshot.month, FigureSnapshot.audience)).all()
        assert rows == [(dt.date(2031, 1, 1), "board")]
        assert made == again and made.themes[theme_id].count == 3
