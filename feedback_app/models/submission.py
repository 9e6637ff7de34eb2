"""A survivor's submission, its answers and the replies on it.

Nothing here may identify a survivor: dates, never times of day; only redacted text; the receipt
code itself is never stored, only a key derived from it. Submissions, answers and replies take
random ids (random_row_id), so neither their ids nor the order of them tells when one was
written; lists sort them by their date, then by that id, and a submission's answers and replies
by their place within it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.models.base import (
    Base,
    RowId,
    intpk,
    json_dict,
    one_of,
    randompk,
    str40,
    str80,
    text,
    utc_datetime,
)

SUBMISSION_STATUSES = ("received", "read", "answered", "closed")
CHANNELS = ("web", "sms")


class Submission(Base):
    __tablename__ = "submission"

    id: Mapped[randompk]
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    survey_key: Mapped[str80]
    survey_version: Mapped[int]
    language: Mapped[str40]
    channel: Mapped[str] = mapped_column(one_of(CHANNELS, name="channel"), default="web")
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(one_of(SUBMISSION_STATUSES, name="status"),
                                        default="received")
    consent_staff: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_board: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    receipt_key: Mapped[str] = mapped_column(String(128), unique=True)
    # Hidden by a moderator: out of the inbox's default view, the board, and everything public.
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    programme = relationship("Programme")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="Answer.position"
    )
    replies: Mapped[list[Reply]] = relationship(
        back_populates="submission", cascade="all, delete-orphan",
        order_by="[Reply.number, Reply.id]"
    )

    def next_reply_number(self) -> int:
        """The place of a new reply in this submission's conversation."""
        return max((reply.number for reply in self.replies), default=0) + 1


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("submission_id", "position"),)

    id: Mapped[randompk]
    submission_id: Mapped[int] = mapped_column(
        RowId, ForeignKey("submission.id", ondelete="CASCADE"), index=True
    )
    # 1, 2, 3 within its submission, in the order the survey asked: the submission reads in
    # that order, while nothing orders answers across submissions (a sequence would give the
    # order in which all feedback arrived).
    position: Mapped[int] = mapped_column(Integer)
    question_key: Mapped[str80]
    choice: Mapped[str | None] = mapped_column(String(80))
    text_redacted: Mapped[str | None] = mapped_column()
    # How many details of each kind redaction replaced (never the details themselves).
    redactions: Mapped[json_dict | None] = mapped_column(nullable=True)
    # A moderator approved this text as a public quote (only possible with quote consent).
    quote_approved: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())

    submission: Mapped[Submission] = relationship(back_populates="answers")


class Reply(Base):
    """A message on a submission: from staff (author set) or from the survivor (author None)."""

    __tablename__ = "reply"

    id: Mapped[randompk]
    submission_id: Mapped[int] = mapped_column(
        RowId, ForeignKey("submission.id", ondelete="CASCADE"), index=True
    )
    # 1, 2, 3 within its submission: the conversation reads in order, while nothing orders
    # replies across submissions (a global order would interleave survivors' replies with
    # staff replies, whose times the audit log holds).
    number: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    from_survivor: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[text]
    sent_on: Mapped[dt.date] = mapped_column(Date)

    submission: Mapped[Submission] = relationship(back_populates="replies")
    author = relationship("Account")


class Draft(Base):
    """Server-side state of a survey in progress, keyed by a hash of a token in the session.

    Holds only redacted text, expires within hours, and is deleted on send or quick exit.
    """

    __tablename__ = "draft"

    id: Mapped[intpk]
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    language: Mapped[str40]
    step: Mapped[str80]
    state: Mapped[json_dict]
    # Rounded to the hour: enough to expire drafts, too coarse to tell when someone wrote.
    expires_hour: Mapped[utc_datetime] = mapped_column(index=True)
