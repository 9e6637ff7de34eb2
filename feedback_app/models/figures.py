"""Figures frozen for a while: the monthly figure snapshot and a closed round's priorities."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from feedback_app.models.base import Base, intpk, json_dict, one_of

# The board's and the public's theme and "did this help?" figures, and their outcome figures.
AUDIENCES = ("board", "public", "board-outcomes", "public-outcomes")


class FigureSnapshot(Base):
    """Every number one audience sees in a month, worked out once from the submissions received
    before the month began, so that watching the pages within a month shows nothing new."""

    __tablename__ = "figure_snapshot"
    __table_args__ = (UniqueConstraint("month", "audience"),)
    id: Mapped[intpk]
    month: Mapped[dt.date] = mapped_column(Date)  # the first day of the month it serves
    audience: Mapped[str] = mapped_column(one_of(AUDIENCES, name="audience"))
    figures: Mapped[json_dict]


class RoundPriority(Base):
    """One theme's place in a closed round's priority list, frozen when the round closed."""

    __tablename__ = "round_priority"
    __table_args__ = (UniqueConstraint("round_id", "theme_id"),)
    id: Mapped[intpk]
    round_id: Mapped[int] = mapped_column(ForeignKey("review_round.id", ondelete="CASCADE"),
                                          index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"))
    label: Mapped[str | None] = mapped_column(String(200), nullable=True)  # None: a neutral name
    points: Mapped[int]
    place: Mapped[int]


__all__ = ["AUDIENCES", "FigureSnapshot", "RoundPriority"]
