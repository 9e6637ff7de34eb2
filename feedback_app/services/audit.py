"""Audit records, written in the same transaction as the action they record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback_app.models import AuditEvent


def today() -> dt.date:
    """Today's date in UTC: the only time a survivor's data carries."""
    return dt.datetime.now(dt.UTC).date()


def survivor_day() -> dt.datetime:
    """Midnight UTC of today: the only time a survivor's action is recorded with."""
    return dt.datetime.combine(today(), dt.time(0), tzinfo=dt.UTC)


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


AUDIT_PAGE_SIZE = 200


def recent_events(session: Session, *, action: str | None = None,
                  actor_id: int | None = None) -> list[AuditEvent]:
    """The newest audit events, optionally for one action and one actor."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(AUDIT_PAGE_SIZE)
    if action:
        query = query.where(AuditEvent.action == action)
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    return list(session.scalars(query))


def known_actions(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditEvent.action).distinct()))
