"""How the app holds its database connections, and which database errors mean "not reachable now".

An outage (PostgreSQL stopped or restarting, SQLite locked by another writer, the connection pool
full) is answered with a kind 503 and ``Retry-After``: nothing the survivor did was wrong, and the
same request will work once the database is back. Every other database error (a broken constraint,
a missing table, a bad query) is a fault of ours and stays a 500.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from sqlalchemy import exc, make_url
from sqlalchemy.orm import scoped_session

RETRY_AFTER_SECONDS = 60
# SQLite's own words for "another connection holds the lock" and "the file cannot be opened".
_SQLITE_OUTAGE_MESSAGES = ("database is locked", "database table is locked",
                           "unable to open database file", "disk i/o error")


def engine_options(config: Mapping[str, Any]) -> dict[str, Any]:
    """SQLAlchemy engine options: options given in config win over these defaults.

    ``pool_pre_ping`` tests a pooled connection before each use, so after a database restart the
    app reconnects on the next request instead of failing once per stale connection.
    """
    options: dict[str, Any] = {"pool_pre_ping": True}
    given = dict(config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    url = make_url(config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "sqlite":
        # sqlite3's timeout is SQLite's busy timeout: how long a write waits for another writer.
        connect_args: dict[str, Any] = {"timeout": config["DB_BUSY_TIMEOUT_MS"] / 1000}
    else:
        # libpq waits for ever on a server that drops packets or never answers: give up and
        # show the kind 503 instead.
        connect_args = {"connect_timeout": config["DB_CONNECT_TIMEOUT_SECONDS"]}
    connect_args.update(given.pop("connect_args", {}))
    options["connect_args"] = connect_args
    options.update(given)
    return options


def database_unavailable(error: BaseException) -> bool:
    """Whether an error means the database cannot be reached or is busy, for now."""
    if isinstance(error, exc.TimeoutError):  # every pooled connection is in use
        return True
    if not isinstance(error, exc.DBAPIError):
        return False
    if error.connection_invalidated:  # the connection dropped under a query
        return True
    if not isinstance(error, exc.OperationalError):
        return False  # integrity, data and programming errors are ours, not an outage
    if isinstance(error.orig, sqlite3.OperationalError):
        # sqlite3 also raises OperationalError for a missing table or bad SQL: those are bugs.
        message = str(error.orig).lower()
        return any(words in message for words in _SQLITE_OUTAGE_MESSAGES)
    # psycopg's OperationalError: refused or lost connections, shutdown, too many connections,
    # lock or statement timeouts, deadlocks. All pass, so all are worth a retry.
    return True


def roll_back(session: scoped_session[Any]) -> None:
    """End the request's transaction; with the database gone the rollback itself may fail, and
    then the session is dropped (its connection goes back to the pool to be replaced)."""
    try:
        session.rollback()
    except exc.SQLAlchemyError:
        session.remove()
