"""The one clock of the app: every date and time the app reads comes from here, in UTC.

A survivor's data carries a date and never a time of day, and a date depends on the time zone:
one zone everywhere (UTC) means a submission sent late at night never lands on another day than
the one its audit record and retention count with. Tests choose a fixed clock through config
(``create_app({"CLOCK": FixedClock(...)})``) instead of patching the standard library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Protocol


class Clock(Protocol):
    """Where the app reads the time: ``now`` is timezone-aware UTC, ``today`` the UTC date."""

    def now(self) -> dt.datetime: ...

    def today(self) -> dt.date: ...


class SystemClock:
    """The machine's clock, read in UTC."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return self.now().date()


class FixedClock:
    """A clock that shows one moment until it is moved on; for tests and rehearsals."""

    def __init__(self, moment: dt.datetime) -> None:
        self._moment = _utc(moment)

    def now(self) -> dt.datetime:
        return self._moment

    def today(self) -> dt.date:
        return self._moment.date()

    def move_to(self, moment: dt.datetime) -> None:
        self._moment = _utc(moment)

    def advance(self, delta: dt.timedelta) -> None:
        self._moment += delta


class NaiveTimeError(ValueError):
    """A datetime without a time zone: it could be any zone's wall clock, so it is refused."""


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise NaiveTimeError(f"A datetime needs a time zone: {moment!r}")
    return moment.astimezone(dt.UTC)


SYSTEM_CLOCK = SystemClock()


def configured_clock(config: Mapping[str, Any]) -> Clock:
    """The clock config names under ``CLOCK``, else the system clock; create_app calls this."""
    chosen: Clock | None = config.get("CLOCK")
    return chosen if chosen is not None else SYSTEM_CLOCK


def current_clock() -> Clock:
    """The running app's clock (``app.extensions["clock"]``); the system clock outside an app.

    Services and models read the time only through this, so a test app with a fixed clock fixes
    every date the app writes, and no module needs the app passed in to know the date.
    """
    from flask import current_app, has_app_context

    if has_app_context():
        found = current_app.extensions.get("clock")
        if found is not None:
            return found  # type: ignore[no-any-return]
    return SYSTEM_CLOCK


def now() -> dt.datetime:
    """This moment, aware, in UTC, by the current clock."""
    return current_clock().now()


def today() -> dt.date:
    """Today's date in UTC, by the current clock."""
    return current_clock().today()


def midnight(day: dt.date) -> dt.datetime:
    """Midnight UTC at the start of ``day``: how a time without a time of day is stored."""
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)


def unix_seconds() -> int:
    """Whole seconds since the epoch by the current clock, for session timestamps."""
    return int(now().timestamp())
