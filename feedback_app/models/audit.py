"""Append-only audit records. The application inserts them and never updates or deletes them:
the mapper refuses it here, and triggers (migration 0005) refuse it in the database. A later
migration that rebuilds this table on SQLite (batch mode) must create those triggers again."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column

from feedback_app import clock
from feedback_app.models.base import Base, intpk, json_dict, one_of, str80, utc_datetime

# staff and admins act as "staff", board members as "board"; "system" is a command or a timer.
ACTOR_KINDS = ("staff", "board", "survivor", "system")


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[intpk]
    # None with actor_kind "survivor" or "system": survivors have no account.
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    actor_kind: Mapped[str] = mapped_column(one_of(ACTOR_KINDS, name="actor_kind"))
    action: Mapped[str80] = mapped_column(index=True)
    target_kind: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[int | None]
    # Survivor events are stored at midnight of their day: no time of day.
    at: Mapped[utc_datetime] = mapped_column(default=clock.now)
    detail: Mapped[json_dict] = mapped_column(default=dict)


class AuditEventIsAppendOnly(RuntimeError):
    """Raised when code tries to change or delete an audit event."""


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_change(_mapper, _connection, target: AuditEvent) -> None:
    raise AuditEventIsAppendOnly(f"audit event {target.id} cannot be changed or deleted")
