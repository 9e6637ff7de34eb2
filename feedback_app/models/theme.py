"""Themes found in free text, and the links from answers to them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from feedback_app.models.base import (
    Base,
    RowId,
    intpk,
    json_list,
    one_of,
    randompk,
    str40,
    str200,
)

THEME_ORIGINS = ("engine", "human")
THEME_STATES = ("suggested", "curated", "retired")


class Theme(Base):
    __tablename__ = "theme"

    id: Mapped[intpk]
    label: Mapped[str200]
    keywords: Mapped[json_list] = mapped_column(default=list)
    language: Mapped[str40]
    origin: Mapped[str] = mapped_column(one_of(THEME_ORIGINS, name="origin"), default="engine")
    state: Mapped[str] = mapped_column(one_of(THEME_STATES, name="state"), default="suggested")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id"), nullable=True)
    # The index of this theme in the current engine model, if the engine knows it.
    model_index: Mapped[int | None]
    # The programmes whose answers the engine built this label and these keywords from: staff
    # who do not answer for all of them must not read them. None: made before this was kept.
    label_programmes: Mapped[list[int] | None] = mapped_column(JSON, nullable=True)


class ThemeModelRecord(Base):
    """A saved engine model (JSON), so new answers are assigned without re-running discovery."""

    __tablename__ = "theme_model"

    id: Mapped[intpk]
    body: Mapped[str] = mapped_column(Text)
    # SHA-256 of the body, hex. Every process compares this small column with the model it holds;
    # the id cannot serve, as SQLite hands a replaced record the same id again.
    version: Mapped[str] = mapped_column(String(64))
    created_on: Mapped[dt.date] = mapped_column(Date)
    current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)


class ThemeLink(Base):
    __tablename__ = "theme_link"
    # An answer is in a theme once: a second link would say nothing new, yet count twice.
    __table_args__ = (UniqueConstraint("answer_id", "theme_id"),)

    # Random, not a sequence: the links a submission makes would otherwise be numbered between
    # the links staff made by hand, whose times the audit log holds.
    id: Mapped[randompk]
    answer_id: Mapped[int] = mapped_column(RowId, ForeignKey("answer.id", ondelete="CASCADE"),
                                           index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    # "human": a person put the answer here, and re-running discovery leaves it.
    origin: Mapped[str] = mapped_column(one_of(THEME_ORIGINS, name="origin"), default="engine")
    score: Mapped[float | None] = mapped_column(Float)
