"""The monthly figure snapshot: every number the board or the public sees in a month.

A snapshot is worked out at the first view on or after the 1st of a month, from the submissions
received before that 1st, stored (one row per month and audience) and served unchanged until the
next month. Watching the pages within a month therefore shows nothing new, however many
submissions or withdrawals arrive; docs/disclosure.md gives the whole argument.

Several web processes may make the same month's snapshot at once: the row is written with
INSERT ... ON CONFLICT DO NOTHING and then read back, so all of them serve the one that won.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import (
    HELPED_ANSWERS,
    Answer,
    ChangeFeedback,
    FigureSnapshot,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.services import disclosure
from feedback_app.services.theme_sizes import ThemeFigures, theme_figures

QUOTES_PER_THEME = 5
TREND_MONTHS = 6


@dataclass(frozen=True)
class BoardTheme:
    """One theme as the board's snapshot holds it; numbers are already floored (None: fewer)."""

    theme_id: int
    count: int | None
    label_allowed: bool  # may the board read the engine's label of this theme?
    trend: list[tuple[dt.date, int | None]] = field(default_factory=list)  # cumulative
    quote_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class BoardSnapshot:
    month: dt.date
    k_min: int
    themes: dict[int, BoardTheme]

    def visible(self, theme_id: int) -> bool:
        found = self.themes.get(theme_id)
        return found is not None and found.count is not None


@dataclass(frozen=True)
class PublicSnapshot:
    month: dt.date
    themes: dict[int, int | None]  # theme id -> public number
    helped: dict[int, dict[str, int | None]]  # entry id -> answer -> public number

    def theme_number(self, theme_id: int) -> int | None:
        return self.themes.get(theme_id)

    def tally(self, entry_id: int) -> dict[str, int | None]:
        found = self.helped.get(entry_id, {})
        return {answer: found.get(answer) for answer in HELPED_ANSWERS}


def stored_figures(session: Session, month: dt.date, audience: str,
                   compute: Callable[[dt.date], dict[str, Any]]) -> dict[str, Any]:
    """The stored figures of this month and audience, made now from ``compute`` if none are."""
    query = select(FigureSnapshot.figures).where(FigureSnapshot.month == month,
                                                 FigureSnapshot.audience == audience)
    found = session.scalar(query)
    if found is not None:
        return found
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" \
        else sqlite_insert
    session.execute(insert(FigureSnapshot).values(month=month, audience=audience,
                                                  figures=compute(month))
                    .on_conflict_do_nothing(index_elements=["month", "audience"]))
    return session.scalar(query)  # ours, or that of the process that was quicker


# The board ------------------------------------------------------------------------------------

def _cumulative(figures: ThemeFigures, months: list[dt.date], k_min: int) -> list[list[Any]]:
    """Each month's count up to its end, floored: one month's own count is never shown."""
    trend = []
    for month in months:
        upto = sum(len(ids) for first, ids in figures.months.items() if first <= month)
        trend.append([month.isoformat(), disclosure.board_number(upto, k_min)])
    return trend


def _board_quotes(session: Session, theme_ids: list[int], before: dt.date) -> dict[int, list[int]]:
    """The newest texts the survivors let the board read, a few per theme, as answer ids."""
    rows = session.execute(
        select(ThemeLink.theme_id, Answer.id, Answer.text_redacted)
        .join(Answer, Answer.id == ThemeLink.answer_id)
        .join(Submission, Submission.id == Answer.submission_id)
        .where(ThemeLink.theme_id.in_(theme_ids), Submission.consent_board.is_(True),
               Submission.hidden.is_(False), Submission.received_on < before,
               Answer.text_redacted.is_not(None), Answer.text_redacted != "")
        .order_by(Submission.received_on.desc(), Submission.id, Answer.position))
    chosen: dict[int, list[tuple[int, str]]] = {}
    for theme_id, answer_id, text in rows:
        picked = chosen.setdefault(theme_id, [])
        if len(picked) < QUOTES_PER_THEME and text not in {t for _i, t in picked}:
            picked.append((answer_id, text))
    return {theme_id: [i for i, _t in picked] for theme_id, picked in chosen.items()}


def _themes_with_unconsented_text(session: Session) -> set[int]:
    """Themes holding any answer whose survivor said no to the board: the engine built their
    label from all of a theme's texts, so the board does not read it (a person's label it may)."""
    return set(session.scalars(
        select(ThemeLink.theme_id).join(Answer, Answer.id == ThemeLink.answer_id)
        .join(Submission, Submission.id == Answer.submission_id)
        .where(Submission.consent_board.is_(False)).distinct()))


def _board_figures(session: Session, month: dt.date, k_min: int) -> dict[str, Any]:
    months = disclosure.closed_months(month, TREND_MONTHS)
    figures = theme_figures(session, received_before=month, board_only=True)
    visible = [f.theme.id for f in figures if f.count >= k_min]
    quotes = _board_quotes(session, visible, month) if visible else {}
    unconsented = _themes_with_unconsented_text(session)
    themes = {}
    for f in figures:
        shown = f.count >= k_min
        themes[str(f.theme.id)] = {
            "count": disclosure.board_number(f.count, k_min),
            "label": shown and f.theme.id not in unconsented,
            "trend": _cumulative(f, months, k_min) if shown else [],
            "quotes": quotes.get(f.theme.id, []),
        }
    return {"k_min": k_min, "themes": themes}


def board_snapshot(session: Session, *, k_min: int) -> BoardSnapshot:
    """This month's board figures, made (and flushed) at the first view; the caller commits.

    A K_MIN changed within a month applies from the next month's snapshot."""
    month = disclosure.snapshot_month(clock.today())
    k = disclosure.effective_k_min(k_min)
    stored = stored_figures(session, month, "board", lambda m: _board_figures(session, m, k))
    themes = {}
    for key, entry in stored["themes"].items():
        trend = [(dt.date.fromisoformat(first), n) for first, n in entry["trend"]]
        themes[int(key)] = BoardTheme(int(key), entry["count"], entry["label"], trend,
                                      list(entry["quotes"]))
    return BoardSnapshot(month, int(stored["k_min"]), themes)


def board_figures(session: Session, *, k_min: int) -> BoardSnapshot:
    """This month's board figures, for a page; commits the snapshot if this view made it."""
    found = board_snapshot(session, k_min=k_min)
    session.commit()
    return found


def board_quotes(session: Session, answer_ids: list[int]) -> list[str]:
    """The snapshot's quotes that may still be read: a withdrawn or hidden one, or one whose
    survivor has since said no to the board, is gone at once (its words must go)."""
    if not answer_ids:
        return []
    texts = dict(session.execute(
        select(Answer.id, Answer.text_redacted).join(Submission)
        .where(Answer.id.in_(answer_ids), Submission.consent_board.is_(True),
               Submission.hidden.is_(False))).all())
    return [texts[i] for i in answer_ids if texts.get(i)]


# The public -----------------------------------------------------------------------------------

def _helped(session: Session, month: dt.date) -> dict[str, dict[str, int | None]]:
    rows = session.execute(
        select(ChangeFeedback.entry_id, ChangeFeedback.answer, func.count())
        .where(or_(ChangeFeedback.given_month.is_(None), ChangeFeedback.given_month < month))
        .group_by(ChangeFeedback.entry_id, ChangeFeedback.answer))
    helped: dict[str, dict[str, int | None]] = {}
    for entry_id, answer, n in rows:
        helped.setdefault(str(entry_id), {})[answer] = disclosure.public_number(n)
    return helped


def _public_figures(session: Session, month: dt.date) -> dict[str, Any]:
    themes = {str(f.theme.id): disclosure.public_number(f.count)
              for f in theme_figures(session, received_before=month)}
    return {"themes": themes, "helped": _helped(session, month)}


def public_snapshot(session: Session) -> PublicSnapshot:
    """This month's public figures, made (and flushed) at the first view; the caller commits."""
    month = disclosure.snapshot_month(clock.today())
    stored = stored_figures(session, month, "public", lambda m: _public_figures(session, m))
    return PublicSnapshot(
        month, {int(k): n for k, n in stored["themes"].items()},
        {int(k): dict(tally) for k, tally in stored["helped"].items()})


def public_figures(session: Session) -> PublicSnapshot:
    """This month's public figures, for a page or the feed; commits the snapshot if made now."""
    found = public_snapshot(session)
    session.commit()
    return found


def public_themes(session: Session, figures: PublicSnapshot) -> list[tuple[str, int]]:
    """The themes the public summary lists, largest first, with their public numbers: only
    live ones the snapshot shows (a label and a number each, never a total)."""
    shown = {theme_id: n for theme_id, n in figures.themes.items() if n is not None}
    if not shown:
        return []
    themes = session.scalars(select(Theme).where(Theme.id.in_(shown), Theme.state != "retired"))
    return sorted(((theme.label, shown[theme.id]) for theme in themes),
                  key=lambda pair: (-pair[1], pair[0]))
