"""The survivor advisory board: review rounds, what a round shows, ballots, the Borda priority list
and recommendations.

A round shows this month's board snapshot (figure_snapshots.py): counts floored to a multiple of
``k_min``, cumulative trends, and quotes from the same submissions, so a theme below ``k_min``
never shows a count, a trend or a quote, looks the same whether 0 or ``k_min - 1`` people wrote
about it, and no page changes within a month. Ballots are never shown, and neither is any total
while a round is open: the priority list is worked out once, when the round closes, stored, and
shown only if at least ``BALLOT_MIN`` members voted. While it is open, anyone sees at most
whether fewer than ``BALLOT_MIN`` or at least that many have voted.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import (
    RECOMMENDATION_STATUSES,
    Ballot,
    BallotRank,
    Recommendation,
    RecommendationTheme,
    ReviewRound,
    RoundPriority,
    Theme,
)
from feedback_app.services import audit, disclosure, figure_snapshots
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.figure_snapshots import BoardSnapshot
from feedback_app.services.redaction import redact_answer

BALLOT_MIN = 3
TITLE_MAX_CHARS = 200
BODY_MAX_CHARS = 4000


class BoardError(ServiceError):
    """A board action cannot be done as asked."""


class RoundClosedError(BoardError):
    """The round is closed: no more ballots, and it cannot be closed twice."""

    reason = Reason.CONFLICT


class BallotProblem(enum.StrEnum):
    """The rule a ballot broke."""

    EMPTY = "empty"
    UNKNOWN_THEME = "unknown theme"
    OUT_OF_RANGE = "out of range"
    REPEATED_RANK = "repeated rank"


class BallotError(BoardError):
    """A ballot is not valid; ``problem`` says which rule it broke."""

    def __init__(self, problem: BallotProblem | str, theme_ids: Iterable[int] = ()) -> None:
        super().__init__(str(problem))
        self.problem = BallotProblem(problem)
        self.theme_ids = list(theme_ids)


class RecommendationError(BoardError):
    """A recommendation (or the response to it) cannot be saved as given."""


@dataclass
class MonthCell:
    month: dt.date
    count: int | None  # everything up to the month's end, floored; None: fewer than k_min


@dataclass
class ThemeView:
    """One theme as the board may see it. Small themes carry no count, trend or quotes."""

    theme_id: int
    label: str | None
    visible: bool
    count: int | None = None
    trend: list[MonthCell] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


@dataclass
class Priority:
    theme_id: int
    label: str | None  # None: a neutral name
    points: int
    place: int


@dataclass
class PriorityList:
    """A round's priorities as anyone may see them: nothing while it is open; once closed, the
    list frozen at closing, if at least ``minimum`` members voted."""

    closed: bool
    enough_ballots: bool  # at least `minimum` ballots: the only turnout ever shown
    priorities: list[Priority]

    minimum: int = BALLOT_MIN

    @property
    def published(self) -> bool:
        return self.closed and bool(self.priorities)

    @property
    def themes(self) -> int:
        return len(self.priorities)


# Rounds ---------------------------------------------------------------------------------------

def all_rounds(session: Session) -> list[ReviewRound]:
    """Open rounds first, then closed ones, newest first."""
    return list(session.scalars(select(ReviewRound).order_by(
        (ReviewRound.state == "open").desc(), ReviewRound.id.desc())))


def get_round(session: Session, round_id: int) -> ReviewRound:
    """The round; raises BoardError when there is none."""
    found = session.get(ReviewRound, round_id)
    if found is None:
        raise BoardError("no such round", reason=Reason.NOT_FOUND)
    return found


def open_round(session: Session, *, title: str, actor_id: int) -> ReviewRound:
    """Open a review round; raises BoardError for an empty title."""
    title = title.strip()[:TITLE_MAX_CHARS]
    if not title:
        raise BoardError("a round needs a title")
    found = ReviewRound(title=title, state="open", opened_on=clock.today())
    session.add(found)
    session.flush()
    audit.record(session, "round.opened", actor_kind="staff", actor_id=actor_id,
                 target_kind="review_round", target_id=found.id)
    session.commit()
    return found


def close_round(session: Session, *, round_id: int, actor_id: int, k_min: int) -> ReviewRound:
    """Close an open round and freeze its priority list (when at least BALLOT_MIN members
    voted); raises BoardError (no round) or RoundClosedError (closed already)."""
    found = get_round(session, round_id)
    if found.state != "open":
        raise RoundClosedError("the round is closed already")
    found.state, found.closed_on = "closed", clock.today()
    ballots = _ballots(session, found.id)
    if ballots >= BALLOT_MIN:
        snapshot = figure_snapshots.board_snapshot(session, k_min=k_min)
        session.add_all(_borda(session, found.id, visible_themes(session, snapshot)))
    audit.record(session, "round.closed", actor_kind="staff", actor_id=actor_id,
                 target_kind="review_round", target_id=found.id, detail={"ballots": ballots})
    session.commit()
    return found


# What a round shows ---------------------------------------------------------------------------

def round_themes(session: Session, snapshot: BoardSnapshot) -> list[ThemeView]:
    """Every live theme as the board sees it this month: visible ones (at least k_min
    submissions the board may read) first, by their shown number; then small ones by id, so
    their order and look never depend on their size."""
    live = {theme.id: theme for theme in session.scalars(
        select(Theme).where(Theme.state != "retired"))}
    views, small = [], []
    for theme_id, theme in live.items():
        figures = snapshot.themes.get(theme_id)
        if figures is None or figures.count is None:
            small.append(ThemeView(theme_id, disclosure.shown_label(theme, False), False))
            continue
        label = disclosure.shown_label(theme, figures.label_allowed)
        views.append(ThemeView(theme_id, label, True, figures.count,
                               [MonthCell(month, n) for month, n in figures.trend],
                               figure_snapshots.board_quotes(session, figures.quote_ids)))
    views.sort(key=lambda v: (-(v.count or 0), v.label or "", v.theme_id))
    return views + sorted(small, key=lambda v: v.theme_id)


def visible_themes(session: Session, snapshot: BoardSnapshot) -> list[ThemeView]:
    """The themes a round shows in full (and the only ones that can be ranked or recommended on)."""
    return [view for view in round_themes(session, snapshot) if view.visible]


# Ballots --------------------------------------------------------------------------------------

def own_ballot(session: Session, *, round_id: int, account_id: int) -> dict[int, int]:
    """The member's own choices in a round, theme id to rank (shown to that member only)."""
    ballot = session.scalar(select(Ballot).where(Ballot.round_id == round_id,
                                                 Ballot.account_id == account_id))
    return {rank.theme_id: rank.rank for rank in ballot.ranks} if ballot else {}


def check_ballot(visible_ids: Sequence[int], posted: Mapping[str, str]) -> dict[int, int]:
    """The ranks of a posted ballot, theme id to rank, from the number posted beside each theme
    (``{"12": "1", "15": ""}``, "" for not ranked); raises BallotError for the first rule broken:
    a number not on the list, a theme not on the page, then those of ``check_ranks``."""
    numbers = {str(n) for n in range(1, len(visible_ids) + 1)}
    shown = {str(theme_id): theme_id for theme_id in visible_ids}
    out_of_range = [theme_id for key, theme_id in shown.items()
                    if posted.get(key, "") not in {"", *numbers}]
    if out_of_range:
        raise BallotError(BallotProblem.OUT_OF_RANGE, out_of_range)
    # A theme number that is not on the page (a small theme, or a stale page) is refused too.
    unknown = [int(key) for key, value in posted.items()
               if value and key not in shown and key.isdecimal()]
    if unknown:
        raise BallotError(BallotProblem.UNKNOWN_THEME, unknown)
    ranks = {theme_id: int(posted[key]) for key, theme_id in shown.items() if posted.get(key)}
    check_ranks(ranks, list(visible_ids))
    return ranks


def check_ranks(ranks: dict[int, int], visible_ids: list[int]) -> None:
    """Raise BallotError unless the ranks are distinct numbers 1..n for visible themes only."""
    if not ranks:
        raise BallotError(BallotProblem.EMPTY)
    unknown = [theme_id for theme_id in ranks if theme_id not in visible_ids]
    if unknown:
        raise BallotError(BallotProblem.UNKNOWN_THEME, unknown)
    out_of_range = [t for t, rank in ranks.items() if not 1 <= rank <= len(visible_ids)]
    if out_of_range:
        raise BallotError(BallotProblem.OUT_OF_RANGE, out_of_range)
    seen: dict[int, list[int]] = {}
    for theme_id, rank in ranks.items():
        seen.setdefault(rank, []).append(theme_id)
    repeated = [t for ids in seen.values() if len(ids) > 1 for t in ids]
    if repeated:
        raise BallotError(BallotProblem.REPEATED_RANK, repeated)


def cast_ballot(session: Session, *, round_id: int, account_id: int, ranks: dict[int, int],
                k_min: int) -> Ballot:
    """Save a member's ranking, replacing their earlier one in this round; raises BoardError (no
    round), RoundClosedError, or BallotError."""
    found = get_round(session, round_id)
    if found.state != "open":
        raise RoundClosedError("the round is closed")
    snapshot = figure_snapshots.board_snapshot(session, k_min=k_min)
    check_ranks(ranks, [view.theme_id for view in visible_themes(session, snapshot)])
    ballot = session.scalar(select(Ballot).where(Ballot.round_id == round_id,
                                                 Ballot.account_id == account_id))
    replaced = ballot is not None
    if ballot is None:
        ballot = Ballot(round_id=round_id, account_id=account_id)
        session.add(ballot)
        session.flush()
    else:
        session.execute(delete(BallotRank).where(BallotRank.ballot_id == ballot.id))
        session.expire(ballot, ["ranks"])
    session.add_all(BallotRank(ballot_id=ballot.id, theme_id=theme_id, rank=rank)
                    for theme_id, rank in ranks.items())
    # The record says who voted, never what: not the choices, nor how many themes were ranked,
    # which would pair the ballot with the totals once the round closes.
    audit.record(session, "ballot.cast", actor_kind="board", actor_id=account_id,
                 target_kind="review_round", target_id=round_id,
                 detail={"replaced": replaced})
    session.commit()
    return ballot


def _ballots(session: Session, round_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Ballot).where(
        Ballot.round_id == round_id)) or 0


def _borda(session: Session, round_id: int, themes: list[ThemeView]) -> list[RoundPriority]:
    """The Borda count over the round's ballots, for the themes visible as it closes. With n
    such themes, a ballot's first place gets n points, its second n - 1, and so on; unranked
    themes get 0. Ranked themes no longer visible are left out and the other places close up."""
    ids = {view.theme_id for view in themes}
    n = len(themes)
    points = dict.fromkeys(ids, 0)
    for ballot in session.scalars(select(Ballot).where(Ballot.round_id == round_id)):
        ordered = [rank.theme_id for rank in sorted(ballot.ranks, key=lambda r: r.rank)
                   if rank.theme_id in ids]
        for position, theme_id in enumerate(ordered, start=1):
            points[theme_id] += n - position + 1
    rows: list[RoundPriority] = []
    order = sorted(themes, key=lambda v: (-points[v.theme_id], v.label or "", v.theme_id))
    for index, view in enumerate(order):
        tied = rows and rows[-1].points == points[view.theme_id]
        place = rows[-1].place if tied else index + 1
        rows.append(RoundPriority(round_id=round_id, theme_id=view.theme_id, label=view.label,
                                  points=points[view.theme_id], place=place))
    return rows


def priority_list(session: Session, *, round_id: int) -> PriorityList:
    """The round's priorities as frozen when it closed (nothing while it is open)."""
    found = get_round(session, round_id)
    closed = found.state == "closed"
    rows = session.scalars(select(RoundPriority).where(RoundPriority.round_id == round_id)
                           .order_by(RoundPriority.place, RoundPriority.id)) if closed else []
    priorities = [Priority(row.theme_id, row.label, row.points, row.place) for row in rows]
    return PriorityList(closed, _ballots(session, round_id) >= BALLOT_MIN, priorities)


# Recommendations ------------------------------------------------------------------------------

def recommendable_themes(session: Session, snapshot: BoardSnapshot) -> list[ThemeView]:
    """Themes a recommendation may link: those visible, while some round is open."""
    if session.scalar(select(ReviewRound.id).where(ReviewRound.state == "open").limit(1)) is None:
        return []
    return visible_themes(session, snapshot)


def write_recommendation(session: Session, *, author_id: int, title: str, body: str,
                         theme_ids: list[int], k_min: int, language: str = "en") -> Recommendation:
    """A board member's recommendation on themes visible in an open round, redacted before it is
    saved (board members are often survivors, and staff read it); raises RecommendationError."""
    title, body = title.strip()[:TITLE_MAX_CHARS], body.strip()[:BODY_MAX_CHARS]
    snapshot = figure_snapshots.board_snapshot(session, k_min=k_min)
    allowed = {view.theme_id for view in recommendable_themes(session, snapshot)}
    if not title or not body:
        raise RecommendationError("a recommendation needs a title and a text")
    if not theme_ids or not set(theme_ids) <= allowed:
        raise RecommendationError("link themes shown in an open round")
    redacted_title, redacted_body = redact_answer(title, language), redact_answer(body, language)
    title, body = redacted_title.text, redacted_body.text
    found = Recommendation(author_id=author_id, title=title, body=body,
                           written_on=clock.today(), status="new",
                           themes=[RecommendationTheme(theme_id=t) for t in sorted(set(theme_ids))])
    session.add(found)
    session.flush()
    audit.record(session, "recommendation.written", actor_kind="board", actor_id=author_id,
                 target_kind="recommendation", target_id=found.id,
                 detail={"themes": len(found.themes),
                         "redacted": len(redacted_title.spans) + len(redacted_body.spans)})
    session.commit()
    return found


def all_recommendations(session: Session) -> list[Recommendation]:
    return list(session.scalars(select(Recommendation).order_by(Recommendation.id.desc())))


def get_recommendation(session: Session, recommendation_id: int) -> Recommendation:
    found = session.get(Recommendation, recommendation_id)
    if found is None:
        raise RecommendationError("no such recommendation", reason=Reason.NOT_FOUND)
    return found


def theme_names(session: Session, recommendations: list[Recommendation],
                snapshot: BoardSnapshot) -> dict[int, str | None]:
    """Names of the linked themes as the board may see them now (None: a neutral name)."""
    ids = {link.theme_id for rec in recommendations for link in rec.themes}
    themes = session.scalars(select(Theme).where(Theme.id.in_(ids))) if ids else []
    return {theme.id: disclosure.shown_label(
        theme, snapshot.visible(theme.id) and snapshot.themes[theme.id].label_allowed)
        for theme in themes}


def answer_recommendation(session: Session, *, recommendation_id: int, status: str,
                          response: str, actor_id: int) -> Recommendation:
    """Staff set a status and a reply (redacted before it is saved); raises RecommendationError."""
    found = get_recommendation(session, recommendation_id)
    if status not in RECOMMENDATION_STATUSES:
        raise RecommendationError("unknown status")
    response = response.strip()[:BODY_MAX_CHARS]
    if not response:
        raise RecommendationError("a response needs a text")
    redacted = redact_answer(response)
    found.status, found.response, found.responded_on = status, redacted.text, clock.today()
    audit.record(session, "recommendation.answered", actor_kind="staff", actor_id=actor_id,
                 target_kind="recommendation", target_id=found.id,
                 detail={"status": status, "redacted": len(redacted.spans)})
    session.commit()
    return found
