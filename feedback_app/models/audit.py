"""Append-only records of what happened: staff, board and system actions in `audit_event`, with
their time; survivors' actions in `survivor_event`, with their day only.

The application inserts them and never updates or deletes them: the mapper refuses it here, and
triggers (migrations 0005 and 0014) refuse it in the database. A later migration that rebuilds
either table on SQLite (batch mode) must create those triggers again.

Survivor events keep their own table so that nothing places a survivor's action within its day:
`audit_event` is one numbered sequence stamped to the microsecond, and a survivor's row in it
would sit between the staff actions just before and after it. A survivor event holds the day,
the action and a detail that names no one (a programme, a channel), with a random id and no
link to a submission; the staff see them only as counts by day. They are rows, not counters, so
that they stay append-only like the rest of the audit: a counter would have to be updated.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, event
from sqlalchemy.orm import Mapped, mapped_column

from feedback_app import clock
from feedback_app.models.base import (
    Base,
    RowId,
    intpk,
    json_dict,
    one_of,
    randompk,
    str80,
    utc_datetime,
)

# staff and admins act as "staff", board members as "board"; "system" is a command or a timer.
# "survivor" stays in the set only for rows written before survivor events had their own table.
ACTOR_KINDS = ("staff", "board", "survivor", "system")


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[intpk]
    # None with actor_kind "system": survivors have no account (and no row here).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    actor_kind: Mapped[str] = mapped_column(one_of(ACTOR_KINDS, name="actor_kind"))
    action: Mapped[str80] = mapped_column(index=True)
    target_kind: Mapped[str | None] = mapped_column(String(40))
    # 64 bits: submissions have random ids of up to 63 bits.
    target_id: Mapped[int | None] = mapped_column(RowId)
    at: Mapped[utc_datetime] = mapped_column(default=clock.now)
    detail: Mapped[json_dict] = mapped_column(default=dict)


class SurvivorEvent(Base):
    """Something a survivor did, on a day: read back ordered by day only (then the random id)."""

    __tablename__ = "survivor_event"

    id: Mapped[randompk]
    happened_on: Mapped[dt.date] = mapped_column(Date, index=True)
    action: Mapped[str80]
    detail: Mapped[json_dict] = mapped_column(default=dict)


class AuditEventIsAppendOnly(RuntimeError):
    """Raised when code tries to change or delete an audit or survivor event."""


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
@event.listens_for(SurvivorEvent, "before_update")
@event.listens_for(SurvivorEvent, "before_delete")
def _refuse_change(_mapper, _connection, target: AuditEvent | SurvivorEvent) -> None:
    raise AuditEventIsAppendOnly(
        f"{target.__tablename__} {target.id} cannot be changed or deleted")
