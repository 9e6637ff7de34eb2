"""Disclosure across every board view and export, with generated data sets (Hypothesis).

For random themes (0..12 submissions each, random months in the last six, random board consent,
some hidden), every view in VIEWS is rendered and checked:
(a) no quote of a theme below K_MIN (counting only what the board may read, received before this
    month), nor a hidden or non-consented one, appears anywhere;
(b) one more submission this month, in any theme, leaves every view byte-identical, so no size
    can be worked out by comparing views over the month or subtracting from totals;
(c) each trend cell is what the board may read of the theme's count up to the month's end:
    "N or more" with N that count floored to a multiple of K_MIN, or "fewer than K_MIN".

VIEWS is a list of (name, function(clients, ids) -> text), so other views (the public change log,
the feed) can be appended: ``clients`` maps "board", "staff" and "public" to test clients, ``ids``
holds "round" (open), "closed_round" and "themes" (seeded theme ids in order).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from feedback_app import clock
from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    Answer,
    Ballot,
    BallotRank,
    ChangeEntry,
    ChangeEntryQuote,
    ChangeEntryTheme,
    ChangeFeedback,
    ChangeUpdate,
    FigureSnapshot,
    Recommendation,
    RecommendationTheme,
    ReviewRound,
    RoundPriority,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.services import board, changelog, disclosure, figure_snapshots
from tests import seed
from tests.apps import make_app
from tests.people import add_person, signed_in
from tests.support.html import input_values, monthly_counts, sections

K_MIN = 5
BOARD = ("bea@example.org", "bo@example.org", "bri@example.org")


def _text(response: Any) -> str:
    """Status and body (an export below the ballot minimum redirects, with its message, to the
    priorities page: the views follow it so the message is read where it is shown)."""
    return f"{response.status_code}\n{response.get_data(as_text=True)}"


View = Callable[[dict[str, Any], dict[str, Any]], str]

VIEWS: list[tuple[str, View]] = [
    ("board home", lambda c, ids: _text(c["board"].get("/board/"))),
    ("board round (open)", lambda c, ids: _text(c["board"].get(f"/board/rounds/{ids['round']}"))),
    ("board round (closed)",
     lambda c, ids: _text(c["board"].get(f"/board/rounds/{ids['closed_round']}"))),
    ("board recommendations", lambda c, ids: _text(c["board"].get("/board/recommendations"))),
    ("staff priorities", lambda c, ids: _text(c["staff"].get(f"/staff/rounds/{ids['round']}"))),
    ("staff priorities (closed)",
     lambda c, ids: _text(c["staff"].get(f"/staff/rounds/{ids['closed_round']}"))),
    ("priorities CSV",
     lambda c, ids: _text(c["staff"].get(f"/staff/rounds/{ids['round']}/priorities.csv",
                                        follow_redirects=True))),
    ("priorities CSV (closed)",
     lambda c, ids: _text(c["staff"].get(f"/staff/rounds/{ids['closed_round']}/priorities.csv",
                                        follow_redirects=True))),
    # Public: the change log (an entry that answers every theme), its feed, the theme summary.
    ("public change log", lambda c, ids: _text(c["public"].get("/changes"))),
    ("public entry", lambda c, ids: _text(c["public"].get(f"/changes/{ids['entry']}"))),
    ("public feed", lambda c, ids: _text(c["public"].get("/changes.atom"))),
    ("public themes", lambda c, ids: _text(c["public"].get("/themes"))),
]

def _without_csrf_tokens(page: str) -> str:
    """The page with its CSRF tokens taken out: they differ from one session to the next, and
    nothing else may."""
    for token in input_values(page, "csrf_token"):
        page = page.replace(token, "")
    return page


def render_all(clients: dict[str, Any], ids: dict[str, Any]) -> dict[str, str]:
    return {name: _without_csrf_tokens(view(clients, ids)) for name, view in VIEWS}


# Generated data ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    month: int  # 0 = this month, 5 = five months ago
    day: int
    board: bool
    hidden: bool


@dataclass
class Dataset:
    themes: list[tuple[bool, list[Item]]]  # (curated, submissions)


items = st.builds(Item, month=st.integers(0, 5), day=st.integers(1, 28), board=st.booleans(),
                  hidden=st.integers(0, 5).map(lambda n: n == 0))
datasets = st.builds(Dataset, themes=st.lists(
    st.tuples(st.booleans(), st.lists(items, max_size=12)), min_size=2, max_size=5))


@dataclass
class Seeded:
    theme_ids: list[int] = field(default_factory=list)
    tokens: dict[int, list[str]] = field(default_factory=dict)  # theme id -> board-readable quotes
    secret: list[str] = field(default_factory=list)  # hidden or non-consented quotes
    months: dict[int, Counter[dt.date]] = field(default_factory=dict)  # visible, per month

    def count(self, theme_id: int) -> int:
        return sum(self.months[theme_id].values())


def _day(item: Item, today: dt.date) -> dt.date:
    first = disclosure.months_back(today, 6)[5 - item.month]
    day = min(item.day, today.day) if item.month == 0 else item.day
    return first.replace(day=day)


def _add(session: Any, seeded: Seeded, theme: Theme, item: Item, n: int,
         today: dt.date) -> None:
    token = f"qt{theme.id}x{n}z"
    seed.submission(session, themes=[theme], text=f"Said {token} here.", board=item.board,
                    hidden=item.hidden, on=_day(item, today))
    if item.hidden or not item.board or item.month == 0:  # this month's: not in the snapshot
        seeded.secret.append(token)
    else:
        seeded.tokens[theme.id].append(token)
    if not item.hidden and item.board and item.month > 0:  # what the board's snapshot counts
        seeded.months[theme.id][_day(item, today).replace(day=1)] += 1


def _clear(session: Any) -> None:
    """Empty the data between examples; audit events stay, as they are append-only."""
    for model in (ChangeFeedback, ChangeEntryQuote, ChangeEntryTheme, ChangeUpdate, ChangeEntry,
                  RecommendationTheme, Recommendation, RoundPriority, BallotRank, Ballot,
                  ReviewRound, ThemeLink, Answer, Submission, Theme, FigureSnapshot):
        session.execute(delete(model))
    session.commit()


def _seed(app: Any, data: Dataset, accounts: dict[str, int]) -> tuple[Seeded, dict[str, Any]]:
    today = clock.today()
    seeded = Seeded()
    with app.app_context():
        session = db.session
        _clear(session)
        for index, (curated, rows) in enumerate(data.themes):
            theme = seed.theme(session, f"Theme {index} words" if curated else
                               f"engine words {index}", state="curated" if curated
                               else "suggested")
            seeded.theme_ids.append(theme.id)
            seeded.tokens[theme.id], seeded.months[theme.id] = [], Counter()
            for n, item in enumerate(rows):
                _add(session, seeded, theme, item, n, today)
        session.commit()
        ids = {"themes": seeded.theme_ids}
        for key in ("closed_round", "round"):
            ids[key] = board.open_round(session, title=key, actor_id=accounts["staff"]).id
        snapshot = figure_snapshots.board_figures(session, k_min=K_MIN)
        visible = [v.theme_id for v in board.visible_themes(session, snapshot)]
        for offset, email in enumerate(BOARD):
            ranks = {t: r for r, t in enumerate(visible[offset:] + visible[:offset], start=1)}
            for key in ("round", "closed_round"):
                if ranks:
                    board.cast_ballot(session, round_id=ids[key], account_id=accounts[email],
                                      ranks=ranks, k_min=K_MIN)
        if visible:
            board.write_recommendation(session, author_id=accounts[BOARD[0]], title="Rec",
                                       body="Body", theme_ids=visible[:2], k_min=K_MIN)
        board.close_round(session, round_id=ids["closed_round"], actor_id=accounts["staff"],
                          k_min=K_MIN)
        staff = session.get(Account, accounts["staff"])
        entry, _ = changelog.create_entry(session, staff, changelog.EntryText(
            title="What we changed", programme_id=None, heard="Heard.", did="Did."),
            status="planned")
        changelog.link_themes(session, staff, entry.id, seeded.theme_ids)
        changelog.set_published(session, staff, entry.id, True)
        ids["entry"] = entry.id
    return seeded, ids


# The test ------------------------------------------------------------------------------------

@pytest.fixture
def world(sqlite_url: str) -> Any:
    app = make_app(sqlite_url, K_MIN=K_MIN)
    accounts = {"staff": add_person(app, "admin", "sam@example.org")}
    for email in BOARD:
        accounts[email] = add_person(app, "board", email)
    clients = {"board": signed_in(app, BOARD[0]), "staff": signed_in(app, "sam@example.org"),
               "public": app.test_client()}
    yield app, accounts, clients
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def _check_quotes(pages: dict[str, str], seeded: Seeded) -> None:
    for theme_id in seeded.theme_ids:
        if seeded.count(theme_id) < K_MIN:
            for token in seeded.tokens[theme_id]:
                assert not any(token in page for page in pages.values()), token
    for token in seeded.secret:
        assert not any(token in page for page in pages.values()), token


def _cumulative(months: Counter[dt.date], upto: dt.date) -> int:
    return sum(n for month, n in months.items() if month <= upto)


def _check_trends(page: str, seeded: Seeded) -> None:
    cards = sections(page, "theme-")
    expected = {t for t in seeded.theme_ids if seeded.count(t) >= K_MIN}
    assert {int(t) for t in cards} == expected
    for theme_id, html in cards.items():
        months = seeded.months[int(theme_id)]
        cells = [(dt.date.fromisoformat(f"{month}-01"), shown)
                 for month, shown in monthly_counts(html)]
        assert len(cells) == 6
        assert cells[-1][0] < clock.today().replace(day=1)  # this month is not counted yet
        for month, shown in cells:
            floor = disclosure.board_number(_cumulative(months, month), K_MIN)
            assert shown == (f"fewer than {K_MIN}" if floor is None else f"{floor} or more")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=datasets, extra=items, choice=st.integers(0, 4))
def test_no_view_gives_away_a_small_theme(world, data, extra, choice):
    app, accounts, clients = world
    seeded, ids = _seed(app, data, accounts)
    before = render_all(clients, ids)
    _check_quotes(before, seeded)
    _check_trends(before["board round (open)"], seeded)
    assert not any("%" in page for page in before.values())

    # When one more submission arrives this month, in any theme, visible or not
    grown = seeded.theme_ids[choice % len(seeded.theme_ids)]
    with app.app_context():
        this_month = Item(0, extra.day, extra.board, hidden=False)
        _add(db.session, seeded, db.session.get(Theme, grown), this_month, 99, clock.today())
        db.session.commit()
    after = render_all(clients, ids)
    # Then no view changes at all until the next month's figures
    for name, _view in VIEWS:
        assert after[name] == before[name], f"{name} changed when a submission arrived"
    _check_quotes(after, seeded)
