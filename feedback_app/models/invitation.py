"""One-time links to join (an invitation) or to choose a new password (a reset by an admin)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.models.account import ROLES
from feedback_app.models.base import Base, UtcDateTime, intpk, one_of, str200, utc_datetime

LINK_PURPOSES = ("invite", "reset")


class AccountLink(Base):
    __tablename__ = "account_link"
    id: Mapped[intpk]
    # SHA-256 of the token in the link: the link itself is shown once and never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(one_of(LINK_PURPOSES, name="purpose"))
    email: Mapped[str200]
    role: Mapped[str] = mapped_column(one_of(ROLES, name="role"))
    # Set for a reset; an invitation's account is created when the link is used.
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    expires_at: Mapped[utc_datetime]
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # An invitation's programmes, given to the account when the person joins (staff only).
    programmes = relationship("Programme", secondary="account_link_programme",
                              order_by="Programme.name")


class AccountLinkProgramme(Base):
    """A programme an invitation will give its account; goes with the link or the programme."""

    __tablename__ = "account_link_programme"
    link_id: Mapped[int] = mapped_column(ForeignKey("account_link.id", ondelete="CASCADE"),
                                         primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"),
                                              primary_key=True)
