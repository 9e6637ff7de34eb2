"""The size of a theme: the one count that staff, the board and the public all start from.

A theme's size is the number of distinct submissions with an answer in it; a hidden submission
does not count, and a submission with two answers in a theme counts once. Staff see the size as
it is; the board and the public see it only through the rules of ``services/disclosure.py``,
from a monthly snapshot (``services/figure_snapshots.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import Answer, Submission, Theme, ThemeLink


@dataclass
class ThemeFigures:
    """One live theme's submissions, as the counting sees them (never shown as is)."""

    theme: Theme
    submissions: set[int] = field(default_factory=set)
    months: dict[dt.date, set[int]] = field(default_factory=lambda: defaultdict(set))

    @property
    def count(self) -> int:
        return len(self.submissions)


def theme_figures(session: Session, *, programme_id: int | None = None,
                  theme_ids: Collection[int] | None = None,
                  programme_ids: Collection[int] | None = None,
                  received_before: dt.date | None = None,
                  board_only: bool = False) -> list[ThemeFigures]:
    """Every live theme (or only those of ``theme_ids``) with the distinct visible submissions in
    it, of one programme, of the programmes of ``programme_ids``, or of all, largest first; the
    board's and the public's snapshots count only what was received before their month, and the
    board's only what survivors let it read."""
    live = [Theme.state != "retired"]
    if theme_ids is not None:
        live.append(Theme.id.in_(theme_ids))
    query = (select(Theme, Submission.id, Submission.received_on)
             .join(ThemeLink, ThemeLink.theme_id == Theme.id)
             .join(Answer, Answer.id == ThemeLink.answer_id)
             .join(Submission, Submission.id == Answer.submission_id)
             .where(*live, Submission.hidden.is_(False)))
    if programme_id is not None:
        query = query.where(Submission.programme_id == programme_id)
    if programme_ids is not None:
        query = query.where(Submission.programme_id.in_(programme_ids))
    if received_before is not None:
        query = query.where(Submission.received_on < received_before)
    if board_only:
        query = query.where(Submission.consent_board.is_(True))
    figures: dict[int, ThemeFigures] = {}
    for theme, submission_id, received_on in session.execute(query):
        entry = figures.setdefault(theme.id, ThemeFigures(theme))
        entry.submissions.add(submission_id)
        entry.months[received_on.replace(day=1)].add(submission_id)
    for theme in session.scalars(select(Theme).where(*live)):
        figures.setdefault(theme.id, ThemeFigures(theme))
    return sorted(figures.values(), key=lambda f: (-f.count, f.theme.label, f.theme.id))


def theme_sizes(session: Session) -> dict[int, int]:
    """The size of every live theme, by theme id."""
    return {figures.theme.id: figures.count for figures in theme_figures(session)}


def theme_size(session: Session, theme_id: int) -> int:
    """The size of one live theme; 0 for a retired or unknown one."""
    found = theme_figures(session, theme_ids=[theme_id])
    return found[0].count if found else 0
