"""Audit records, written in the same transaction as the action they record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from feedback_app.models import AuditEvent


def survivor_day() -> dt.datetime:
    """Midnight UTC of today: the only time a survivor's action is recorded with."""
    today = dt.datetime.now(dt.UTC).date()
    return dt.datetime.combine(today, dt.time(0), tzinfo=dt.UTC)


def record(
    session: Session,
    action: str,
    *,
    actor_kind: str,
    actor_id: int | None = None,
    target_kind: str | None = None,
    target_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one audit event to the session; the caller commits it with the action."""
    event = AuditEvent(
        actor_kind=actor_kind,
        actor_id=actor_id,
        action=action,
        target_kind=target_kind,
        target_id=target_id,
        detail=detail or {},
    )
    if actor_kind == "survivor":
        event.at = survivor_day()
    session.add(event)
    return event
