"""How the app holds its database connections, and which database errors mean "not reachable now".

An outage (PostgreSQL stopped or restarting, SQLite locked by another writer, the connection pool
full) is answered with a kind 503 and ``Retry-After``: nothing the survivor did was wrong, and the
same request will work once the database is back. Every other database error (a broken constraint,
a missing table, a bad query) is a fault of ours and stays a 500.

A SQLite database holds everything survivors sent, and its -wal and -shm files hold recent pages of
it: they are made readable by their owner only (0600), in an instance folder only its owner can
open (0700), whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import event, exc, make_url
from sqlalchemy.engine import Dialect, Engine
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


PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
# SQLite's files beside the database: the write-ahead log, its index, a rollback journal.
SQLITE_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def sqlite_file(database_url: str) -> Path | None:
    """The file of a SQLite database URL; None for another database or one in memory."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).absolute()


def keep_instance_private(instance_folder: Path, database_url: str) -> None:
    """Make the instance folder (0700) when the SQLite database is to live in it, as it does by
    default, and take group and other access off one that exists (it holds the secrets)."""
    database = sqlite_file(database_url)
    if database is not None and database.parent == instance_folder.absolute():
        with contextlib.suppress(OSError):  # unwritable: SQLite then reports it as an outage
            instance_folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    _take_away_others(instance_folder, PRIVATE_FOLDER_MODE)


def _take_away_others(path: Path, mode: int) -> None:
    """chmod `path` to `mode` if it exists, is ours and others may read it; files of another
    user are theirs to set."""
    with contextlib.suppress(OSError):
        found = path.stat()
        if found.st_uid == os.geteuid() and stat.S_IMODE(found.st_mode) & 0o077:
            os.chmod(path, mode)


@event.listens_for(Engine, "do_connect")
def _private_sqlite_files(dialect: Dialect, _record: Any, cargs: list[Any],
                          cparams: dict[str, Any]) -> None:
    """Before SQLite opens a file database: create it 0600 if it is not there yet (SQLite would
    use 0644, less the umask), and tighten it and its companions if they are more open. SQLite
    gives the -wal and -shm files the database file's mode, so they follow it."""
    if dialect.name != "sqlite" or cparams.get("uri") or not cargs:
        return
    name = cargs[0]
    if not isinstance(name, str) or name in ("", ":memory:"):
        return
    database = Path(name)
    with contextlib.suppress(FileExistsError, FileNotFoundError):  # a missing folder: outage
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    for path in (database, *(Path(f"{name}{suffix}") for suffix in SQLITE_COMPANION_SUFFIXES)):
        _take_away_others(path, PRIVATE_FILE_MODE)
