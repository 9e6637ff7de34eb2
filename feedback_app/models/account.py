"""Signed-in people: staff, admins and advisory board members."""

from __future__ import annotations

import hashlib

from sqlalchemy import BigInteger, Boolean, Column, ForeignKey, Integer, String, Table, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback_app.models.base import Base, intpk, one_of, str200

ROLES = ("admin", "staff", "board")

# The programmes a staff member answers for; admins see every programme.
account_programme = Table(
    "account_programme",
    Base.metadata,
    Column("account_id", ForeignKey("account.id", ondelete="CASCADE"), primary_key=True),
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
)


class Account(Base):
    __tablename__ = "account"

    id: Mapped[intpk]
    email: Mapped[str200] = mapped_column(unique=True)
    name: Mapped[str200]
    role: Mapped[str] = mapped_column(one_of(ROLES, name="role"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set by an admin: this account must sign in with a second factor (TOTP).
    totp_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The time step of the last two-step code accepted: a code of that step or an earlier one is
    # refused, in every process, so a code seen over someone's shoulder cannot be used again.
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    # Part of every session's id: raised at sign-out, a password change and an admin's reset, so
    # a cookie copied before then no longer signs anyone in.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    programmes = relationship("Programme", secondary=account_programme, order_by="Programme.name")

    # What Flask-Login asks of a signed-in person, without importing Flask into the models.
    @property
    def is_active(self) -> bool:
        return bool(self.active)

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        """The id, the session version and a digest that changes with the password: the user
        loader checks all three, so sign-out and a password reset end every older session."""
        digest = hashlib.sha256((self.password_hash or "").encode()).hexdigest()[:12]
        return f"{self.id}:{self.session_version or 0}:{digest}"

    def end_sessions(self) -> None:
        """End every session of this account, on every device (the user loader then refuses)."""
        self.session_version = (self.session_version or 0) + 1
