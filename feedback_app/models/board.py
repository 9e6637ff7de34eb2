"""The survivor advisory board: review rounds, ballots and recommendations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.models.base import Base, intpk, one_of, str200, text

ROUND_STATES = ("open", "closed")
RECOMMENDATION_STATUSES = ("new", "accepted", "in progress", "done", "declined")


class ReviewRound(Base):
    """A period in which board members review the themes and rank them."""

    __tablename__ = "review_round"
    id: Mapped[intpk]
    title: Mapped[str200]
    state: Mapped[str] = mapped_column(one_of(ROUND_STATES, name="state"), default="open")
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Ballot(Base):
    """One member's ranking in one round. Never shown on its own: only the Borda count is."""

    __tablename__ = "ballot"
    __table_args__ = (UniqueConstraint("round_id", "account_id"),)
    id: Mapped[intpk]
    round_id: Mapped[int] = mapped_column(ForeignKey("review_round.id", ondelete="CASCADE"),
                                          index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    ranks: Mapped[list[BallotRank]] = relationship(
        back_populates="ballot", cascade="all, delete-orphan", order_by="BallotRank.rank")


class BallotRank(Base):
    __tablename__ = "ballot_rank"
    __table_args__ = (UniqueConstraint("ballot_id", "theme_id"),)
    id: Mapped[intpk]
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"),
                                           index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"))
    rank: Mapped[int]
    ballot: Mapped[Ballot] = relationship(back_populates="ranks")


class Recommendation(Base):
    """A board member's recommendation on some themes, and the staff response to it."""

    __tablename__ = "recommendation"
    id: Mapped[intpk]
    author_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    title: Mapped[str200]
    body: Mapped[text]
    written_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(one_of(RECOMMENDATION_STATUSES, name="status"),
                                        default="new")
    response: Mapped[str | None] = mapped_column(nullable=True)
    responded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    themes: Mapped[list[RecommendationTheme]] = relationship(cascade="all, delete-orphan")
    author = relationship("Account")


class RecommendationTheme(Base):
    __tablename__ = "recommendation_theme"
    __table_args__ = (UniqueConstraint("recommendation_id", "theme_id"),)
    id: Mapped[intpk]
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"))
    theme = relationship("Theme")


__all__ = ["RECOMMENDATION_STATUSES", "ROUND_STATES", "Ballot", "BallotRank", "Recommendation",
           "RecommendationTheme", "ReviewRound"]
