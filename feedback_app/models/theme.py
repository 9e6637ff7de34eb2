"""Themes found in free text, and the links from answers to them."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from feedback_app.models.base import Base, intpk, json_list, str40, str200

THEME_ORIGINS = ("engine", "human")
THEME_STATES = ("suggested", "curated", "retired")


class Theme(Base):
    __tablename__ = "theme"

    id: Mapped[intpk]
    label: Mapped[str200]
    keywords: Mapped[json_list] = mapped_column(default=list)
    language: Mapped[str40]
    origin: Mapped[str40] = mapped_column(default="engine")
    state: Mapped[str40] = mapped_column(default="suggested")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id"), nullable=True)


class ThemeLink(Base):
    __tablename__ = "theme_link"

    id: Mapped[intpk]
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    origin: Mapped[str] = mapped_column(String(40), default="engine")
    score: Mapped[float | None] = mapped_column(Float)
