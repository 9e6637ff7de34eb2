"""The public "you said, we did" change log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app import clock
from feedback_app.models.base import Base, RowId, intpk, one_of, str200, text, utc_datetime

CHANGE_STATUSES = ("planned", "in progress", "done", "not doing")
HELPED_ANSWERS = ("yes", "partly", "no")


class ChangeEntry(Base):
    __tablename__ = "change_entry"
    id: Mapped[intpk]
    title: Mapped[str200]
    # None: the entry is about the whole organisation, not one programme.
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), nullable=True,
                                                     index=True)
    heard: Mapped[text]
    did: Mapped[text]
    status: Mapped[str] = mapped_column(one_of(CHANGE_STATUSES, name="status"),
                                        default="planned")
    reason: Mapped[str | None] = mapped_column(nullable=True)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[utc_datetime] = mapped_column(default=clock.now)
    # Staff edits only: the Atom feed's <updated>. Survivors' "did this help" never touches it.
    updated_at: Mapped[utc_datetime] = mapped_column(default=clock.now)
    programme = relationship("Programme")
    themes: Mapped[list[ChangeEntryTheme]] = relationship(cascade="all, delete-orphan")
    quotes: Mapped[list[ChangeEntryQuote]] = relationship(cascade="all, delete-orphan",
                                                          order_by="ChangeEntryQuote.id")
    updates: Mapped[list[ChangeUpdate]] = relationship(cascade="all, delete-orphan",
                                                       order_by="ChangeUpdate.id")
    indicators: Mapped[list[ChangeEntryIndicator]] = relationship(
        cascade="all, delete-orphan", order_by="ChangeEntryIndicator.id")


class ChangeEntryTheme(Base):
    __tablename__ = "change_entry_theme"
    __table_args__ = (UniqueConstraint("entry_id", "theme_id"),)
    id: Mapped[intpk]
    entry_id: Mapped[int] = mapped_column(ForeignKey("change_entry.id", ondelete="CASCADE"),
                                          index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    theme = relationship("Theme")


class ChangeEntryIndicator(Base):
    """An indicator of the entry's programme that the change means to move, by question key."""

    __tablename__ = "change_entry_indicator"
    __table_args__ = (UniqueConstraint("entry_id", "question"),)
    id: Mapped[intpk]
    entry_id: Mapped[int] = mapped_column(ForeignKey("change_entry.id", ondelete="CASCADE"),
                                          index=True)
    question: Mapped[str] = mapped_column(String(80))


class ChangeEntryQuote(Base):
    """An approved, quote-consented answer shown on an entry; goes when the answer goes."""

    __tablename__ = "change_entry_quote"
    __table_args__ = (UniqueConstraint("entry_id", "answer_id"),)
    id: Mapped[intpk]
    entry_id: Mapped[int] = mapped_column(ForeignKey("change_entry.id", ondelete="CASCADE"),
                                          index=True)
    answer_id: Mapped[int] = mapped_column(RowId, ForeignKey("answer.id", ondelete="CASCADE"),
                                           index=True)
    answer = relationship("Answer")


class ChangeUpdate(Base):
    """One step in an entry's history: its status and what changed, as published."""

    __tablename__ = "change_update"
    id: Mapped[intpk]
    entry_id: Mapped[int] = mapped_column(ForeignKey("change_entry.id", ondelete="CASCADE"),
                                          index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(one_of(CHANGE_STATUSES, name="status"))
    note: Mapped[text]


class ChangeFeedback(Base):
    """A survivor's "did this help?": one per receipt and entry, keyed so it cannot be linked
    to the submission without the site secret and the receipt code."""

    __tablename__ = "change_feedback"
    __table_args__ = (UniqueConstraint("entry_id", "voter_key"),)
    id: Mapped[intpk]
    entry_id: Mapped[int] = mapped_column(ForeignKey("change_entry.id", ondelete="CASCADE"),
                                          index=True)
    voter_key: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(one_of(HELPED_ANSWERS, name="answer"))
    # The first day of the month it was given (never the day): the public tally counts only
    # answers given before a month began. None: given before answers were dated; counted.
    given_month: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
