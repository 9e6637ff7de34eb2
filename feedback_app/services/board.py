"""The survivor advisory board: review rounds, what a round shows, ballots, the Borda priority list
and recommendations.

A round is live: its themes, counts and quotes are worked out when it is viewed, through the
disclosure rules, so a theme below ``k_min`` never shows a count, a trend or a quote, and looks the
same whether 0 or ``k_min - 1`` people wrote about it. Single ballots are never shown; the priority
list appears only once ``BALLOT_MIN`` ballots exist.
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
    Account,
    Answer,
    Ballot,
    BallotRank,
    Recommendation,
    RecommendationTheme,
    ReviewRound,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.services import audit, disclosure
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.redaction import redact_answer
from feedback_app.services.theme_sizes import ThemeFigures, theme_figures

BALLOT_MIN = 3
QUOTES_PER_THEME = 5
TREND_MONTHS = 6
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
    month: dt.date | None  # None: every month before the trend's window
    count: int | None  # None: hidden


@dataclass
class ThemeView:
    """One theme as the board may see it. Small themes carry no count, trend or quotes."""

    theme_id: int
    label: str | None
    visible: bool
    count: int | None = None
    trend: list[MonthCell] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)

    @property
    def has_hidden_months(self) -> bool:
        return any(cell.count is None for cell in self.trend)


@dataclass
class Priority:
    theme_id: int
    label: str
    points: int
    place: int


@dataclass
class PriorityList:
    ballots: int
    members: int
    themes: int
    priorities: list[Priority]

    minimum: int = BALLOT_MIN

    @property
    def published(self) -> bool:
        return self.ballots >= self.minimum

    @property
    def ballots_needed(self) -> int:
        return max(self.minimum - self.ballots, 0)


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


def close_round(session: Session, *, round_id: int, actor_id: int) -> ReviewRound:
    """Close an open round; raises BoardError (no round) or RoundClosedError (closed already)."""
    found = get_round(session, round_id)
    if found.state != "open":
        raise RoundClosedError("the round is closed already")
    found.state, found.closed_on = "closed", clock.today()
    ballots = session.scalar(select(func.count()).select_from(Ballot).where(
        Ballot.round_id == found.id)) or 0
    audit.record(session, "round.closed", actor_kind="staff", actor_id=actor_id,
                 target_kind="review_round", target_id=found.id, detail={"ballots": ballots})
    session.commit()
    return found


# What a round shows ---------------------------------------------------------------------------

def _quotes(session: Session, theme_ids: list[int]) -> dict[int, list[str]]:
    """Redacted texts the survivors let the board read, newest first, a few per theme."""
    rows = session.execute(
        select(ThemeLink.theme_id, Answer.text_redacted)
        .join(Answer, Answer.id == ThemeLink.answer_id)
        .join(Submission, Submission.id == Answer.submission_id)
        .where(ThemeLink.theme_id.in_(theme_ids), Submission.consent_board.is_(True),
               Submission.hidden.is_(False), Answer.text_redacted.is_not(None),
               Answer.text_redacted != "")
        .order_by(Submission.received_on.desc(), Answer.id.desc()))
    quotes: dict[int, list[str]] = {}
    for theme_id, text in rows:
        chosen = quotes.setdefault(theme_id, [])
        if len(chosen) < QUOTES_PER_THEME and text not in chosen:
            chosen.append(text)
    return quotes


def _trend(figures: ThemeFigures, today: dt.date, k_min: int) -> list[MonthCell]:
    """The last months and, first, every earlier month together, so that the cells add up to the
    theme's count and the complementary suppression covers the whole of it."""
    months = disclosure.months_back(today, TREND_MONTHS)
    cells = [len(figures.months.get(month, ())) for month in months]
    earlier = figures.count - sum(cells)
    shown = disclosure.suppress_cells([earlier, *cells], k_min)
    trend = [MonthCell(month, count) for month, count in zip(months, shown[1:], strict=True)]
    if earlier or shown[0] is None:
        trend.insert(0, MonthCell(None, shown[0]))
    return trend


def round_themes(session: Session, *, k_min: int, today: dt.date | None = None) -> list[ThemeView]:
    """Every live theme as the board sees it: visible ones (at least k_min submissions) first, by
    size; then small ones by id, so their order and look never depend on their size."""
    k_min = disclosure.effective_k_min(k_min)
    today = today or clock.today()
    figures = theme_figures(session)
    large = [f for f in figures if f.count >= k_min]
    small = sorted((f for f in figures if f.count < k_min), key=lambda f: f.theme.id)
    quotes = _quotes(session, [f.theme.id for f in large])
    views = [ThemeView(f.theme.id, disclosure.shown_label(f.theme, True), True, f.count,
                       _trend(f, today, k_min), quotes.get(f.theme.id, [])) for f in large]
    views += [ThemeView(f.theme.id, disclosure.shown_label(f.theme, False), False) for f in small]
    return views


def visible_themes(session: Session, *, k_min: int) -> list[ThemeView]:
    """The themes a round shows in full (and the only ones that can be ranked or recommended on)."""
    return [view for view in round_themes(session, k_min=k_min) if view.visible]


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
    check_ranks(ranks, [view.theme_id for view in visible_themes(session, k_min=k_min)])
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
    # The detail never holds the choices: a single ballot is never shown, not even in the log.
    audit.record(session, "ballot.cast", actor_kind="board", actor_id=account_id,
                 target_kind="review_round", target_id=round_id,
                 detail={"ranked": len(ranks), "replaced": replaced})
    session.commit()
    return ballot


def board_members(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account).where(
        Account.role == "board", Account.active.is_(True))) or 0


def priority_list(session: Session, *, round_id: int, k_min: int) -> PriorityList:
    """The Borda count over the round's ballots, for the themes visible now. With n such themes,
    a ballot's first place gets n points, its second n - 1, and so on; unranked themes get 0.
    Ranked themes no longer visible are left out and the ballot's other places close up."""
    get_round(session, round_id)
    themes = visible_themes(session, k_min=k_min)
    ids = {view.theme_id for view in themes}
    n = len(themes)
    points = dict.fromkeys(ids, 0)
    ballots = list(session.scalars(select(Ballot).where(Ballot.round_id == round_id)))
    for ballot in ballots:
        ordered = [rank.theme_id for rank in sorted(ballot.ranks, key=lambda r: r.rank)
                   if rank.theme_id in ids]
        for position, theme_id in enumerate(ordered, start=1):
            points[theme_id] += n - position + 1
    priorities: list[Priority] = []
    if len(ballots) >= BALLOT_MIN:
        order = sorted(themes, key=lambda v: (-points[v.theme_id], v.label or "", v.theme_id))
        for index, view in enumerate(order):
            tied = priorities and priorities[-1].points == points[view.theme_id]
            place = priorities[-1].place if tied else index + 1
            priorities.append(Priority(view.theme_id, view.label or "", points[view.theme_id],
                                       place))
    return PriorityList(len(ballots), board_members(session), n, priorities)


# Recommendations ------------------------------------------------------------------------------

def recommendable_themes(session: Session, *, k_min: int) -> list[ThemeView]:
    """Themes a recommendation may link: those visible, while some round is open."""
    if session.scalar(select(ReviewRound.id).where(ReviewRound.state == "open").limit(1)) is None:
        return []
    return visible_themes(session, k_min=k_min)


def write_recommendation(session: Session, *, author_id: int, title: str, body: str,
                         theme_ids: list[int], k_min: int, language: str = "en") -> Recommendation:
    """A board member's recommendation on themes visible in an open round, redacted before it is
    saved (board members are often survivors, and staff read it); raises RecommendationError."""
    title, body = title.strip()[:TITLE_MAX_CHARS], body.strip()[:BODY_MAX_CHARS]
    allowed = {view.theme_id for view in recommendable_themes(session, k_min=k_min)}
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
                *, k_min: int) -> dict[int, str | None]:
    """Names of the linked themes as the board may see them now (None: a neutral name)."""
    ids = {link.theme_id for rec in recommendations for link in rec.themes}
    large = {view.theme_id for view in visible_themes(session, k_min=k_min)} if ids else set()
    themes = session.scalars(select(Theme).where(Theme.id.in_(ids))) if ids else []
    return {theme.id: disclosure.shown_label(theme, theme.id in large) for theme in themes}


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
