"""Audit records, written in the same transaction as the action they record: staff, board and
system actions with their time (`record`), survivors' actions with their day only
(`record_survivor_action`; see models/audit.py for why they are kept apart)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback_app import clock
from feedback_app.models import AuditEvent, SurvivorEvent
from feedback_app.services.errors import ServiceError


def month_after(first: dt.date) -> dt.date:
    """The first day of the month after the one ``first`` is in."""
    return first.replace(day=1) + relativedelta(months=1)


class SurvivorActionInTimedLogError(ServiceError):
    """A survivor's action was about to be written into the timed audit log."""


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
    """Add one audit event to the session; the caller commits it with the action. Raises
    SurvivorActionInTimedLogError for a survivor's action: record_survivor_action takes those."""
    if actor_kind == "survivor":
        raise SurvivorActionInTimedLogError(action)
    event = AuditEvent(
        actor_kind=actor_kind,
        actor_id=actor_id,
        action=action,
        target_kind=target_kind,
        target_id=target_id,
        detail=detail or {},
    )
    session.add(event)
    return event


def record_survivor_action(session: Session, action: str, *,
                           detail: dict[str, Any] | None = None) -> SurvivorEvent:
    """Add one survivor event, dated today, to the session; the caller commits it with the
    action. ``detail`` names no submission, receipt or person: a programme or a channel."""
    event = SurvivorEvent(happened_on=clock.today(), action=action, detail=detail or {})
    session.add(event)
    return event


@dataclass(frozen=True)
class SurvivorDay:
    day: dt.date
    action: str
    count: int


SURVIVOR_DAYS_SHOWN = 31


def survivor_days(session: Session, month: dt.date | None = None) -> list[SurvivorDay]:
    """How many times survivors did each thing, by day, newest day first: the days of
    ``month`` (any day of it), else the newest SURVIVOR_DAYS_SHOWN days with any."""
    query = select(SurvivorEvent.happened_on, SurvivorEvent.action, func.count())
    if month is not None:
        first = month.replace(day=1)
        query = query.where(SurvivorEvent.happened_on >= first,
                            SurvivorEvent.happened_on < month_after(first))
    else:
        days = select(SurvivorEvent.happened_on).distinct().order_by(
            SurvivorEvent.happened_on.desc()).limit(SURVIVOR_DAYS_SHOWN).subquery()
        query = query.where(SurvivorEvent.happened_on.in_(select(days.c.happened_on)))
    rows = session.execute(query.group_by(SurvivorEvent.happened_on, SurvivorEvent.action)
                           .order_by(SurvivorEvent.happened_on.desc(), SurvivorEvent.action))
    return [SurvivorDay(day, action, count) for day, action, count in rows]


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
