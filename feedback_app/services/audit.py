"""Audit records, written in the same transaction as the action they record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import AuditEvent


def month_after(first: dt.date) -> dt.date:
    """The first day of the month after the one ``first`` is in."""
    return first.replace(day=1) + relativedelta(months=1)


def survivor_day() -> dt.datetime:
    """Midnight UTC of today: the only time a survivor's action is recorded with."""
    return clock.midnight(clock.today())


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


AUDIT_PAGE_SIZE = 100


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    actor_id: int | None = None
    month: dt.date | None = None  # any day of the month; events of that UTC month
    before: int | None = None  # only events older than this one (the next page)


@dataclass(frozen=True)
class AuditPage:
    events: list[AuditEvent]
    older: int | None  # `before` for the next, older page; None on the last page


def events_page(session: Session, filters: AuditFilter,
                size: int = AUDIT_PAGE_SIZE) -> AuditPage:
    """One page of audit events, newest first, keyed by id so new events never shift a page."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(size + 1)
    if filters.action:
        query = query.where(AuditEvent.action == filters.action)
    if filters.actor_id is not None:
        query = query.where(AuditEvent.actor_id == filters.actor_id)
    if filters.month is not None:
        first = filters.month.replace(day=1)
        query = query.where(AuditEvent.at >= clock.midnight(first),
                            AuditEvent.at < clock.midnight(month_after(first)))
    if filters.before is not None:
        query = query.where(AuditEvent.id < filters.before)
    rows = list(session.scalars(query))
    return AuditPage(rows[:size], rows[size - 1].id if len(rows) > size else None)


def known_actions(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditEvent.action).distinct()))


def known_months(session: Session) -> list[dt.date]:
    """The first day of every month from the oldest event to the newest, newest first."""
    oldest, newest = session.execute(select(func.min(AuditEvent.at), func.max(AuditEvent.at))).one()
    if oldest is None or newest is None:
        return []
    months, month = [], dt.date(oldest.year, oldest.month, 1)
    while month <= newest.date():
        months.append(month)
        month = month_after(month)
    return months[::-1]
