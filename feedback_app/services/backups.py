"""Encrypted backups that restore, on SQLite and PostgreSQL.

A backup is one consistent copy of the database (SQLite's online backup API, or pg_dump's custom
format) encrypted in the age format, so the standard `age -d` opens it as well. Restore loads a
copy into a database with no tables; `finish_restore` then deletes again what was deleted after
the backup was made. The plain copy is only ever held in memory, never written to disk.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519
from sqlalchemy import delete, inspect
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from feedback_app.models import Draft, SmsConversation
from feedback_app.services import audit
from feedback_app.services.errors import ServiceError
from feedback_app.services.submissions import (
    SubmissionNotFoundError,
    remove_expired,
    remove_submission,
    scrub_deleted_text,
)
from feedback_app.services.withdrawal_record import withdrawn_keys

AGE_HEADER = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"
PG_TIMEOUT_SECONDS = 3600


class BackupError(ServiceError):
    """A backup could not be made or restored; the message says why in one line."""


@dataclass(frozen=True)
class RestoreCounts:
    withdrawals_reapplied: int
    purged: int
    in_progress_dropped: int


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else "no message"


# Encryption -------------------------------------------------------------------------------------


def encrypt(data: bytes, *, recipients: Sequence[str], passphrase: str | None) -> bytes:
    """Encrypt for age recipients (age1…) or with a passphrase; raises BackupError."""
    if bool(recipients) == bool(passphrase):
        raise BackupError("Give either --recipient (one or more) or --passphrase-stdin.")
    if passphrase:
        return bytes(age_passphrase.encrypt(data, passphrase))
    try:
        keys = [x25519.Recipient.from_str(recipient.strip()) for recipient in recipients]
    except pyrage.RecipientError as error:
        raise BackupError("That is not an age public key: it starts with age1 "
                          "(age-keygen -y KEYFILE prints it).") from error
    return bytes(pyrage.encrypt(data, keys))


def _identities(identity_text: str) -> list[x25519.Identity]:
    lines = [line.strip() for line in identity_text.splitlines()]
    keys = [line for line in lines if line and not line.startswith("#")]
    try:
        identities = [x25519.Identity.from_str(key) for key in keys]
    except pyrage.IdentityError as error:
        raise BackupError("The identity file holds something other than age secret keys "
                          "(lines starting AGE-SECRET-KEY-1).") from error
    if not identities:
        raise BackupError("The identity file holds no age secret key (AGE-SECRET-KEY-1…).")
    return identities


def _dearmored(data: bytes) -> bytes:
    """The binary form of a file written with `age --armor` (PEM-style base64)."""
    if not data.lstrip().startswith(AGE_ARMOR):
        return data
    lines = data.decode("ascii", "replace").splitlines()
    body = [line.strip() for line in lines if not line.strip().startswith("-----")]
    try:
        return base64.b64decode("".join(body), validate=True)
    except ValueError as error:
        raise BackupError("The backup file is damaged (its armor is not base64).") from error


def decrypt(data: bytes, *, identity_text: str | None, passphrase: str | None) -> bytes:
    """Decrypt an age file with identities (age-keygen's file) or a passphrase; BackupError."""
    if (identity_text is None) == (passphrase is None):
        raise BackupError("Give either --identity KEYFILE or --passphrase-stdin.")
    data = _dearmored(data)
    if not data.startswith(AGE_HEADER):
        raise BackupError("This file is not an age-encrypted backup.")
    with_passphrase = data.split(b"\n", 2)[1].startswith(b"-> scrypt ")
    if with_passphrase and passphrase is None:
        raise BackupError("This backup was encrypted with a passphrase: use --passphrase-stdin.")
    if not with_passphrase and passphrase is not None:
        raise BackupError("This backup was encrypted for an age key: use --identity KEYFILE.")
    try:
        if passphrase is not None:
            return bytes(age_passphrase.decrypt(data, passphrase))
        return bytes(pyrage.decrypt(data, _identities(identity_text or "")))
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error) or "Decryption failed" in str(error):
            raise BackupError("The key or passphrase does not open this backup.") from error
        raise BackupError(f"The backup file is damaged ({error}).") from error


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode 0600) whole or not at all: a partial file, then rename."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Cannot write {path}: {error.strerror or error}.") from error


# The database copy ------------------------------------------------------------------------------


def _sqlite_copy(engine: Engine) -> bytes:
    raw = engine.raw_connection()
    copy = sqlite3.connect(":memory:")
    try:
        # One step (pages=-1) copies every page under one read transaction: a consistent copy
        # while the site keeps writing.
        raw.driver_connection.backup(copy)  # type: ignore[union-attr]
        data = bytearray(copy.serialize())
    finally:
        copy.close()
        raw.close()
    # Header bytes 18-19 say WAL; as a plain file the copy is in rollback-journal form, which
    # SQLite (and sqlite3 on the command line) opens without a -wal file beside it.
    data[18:20] = b"\x01\x01"
    return bytes(data)


def _pg_tool(name: str, pg_bin_dir: str) -> str:
    found = shutil.which(name, path=pg_bin_dir or None)
    if found is None:
        raise BackupError(f"{name} was not found: install the PostgreSQL client programs "
                          f"(the server's version or newer), or set SV_PG_BIN_DIR.")
    return found


def pg_connection(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq address without the password, which goes in the environment instead of argv."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    # Built afresh: URL.set(password=None) would keep the password.
    address = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                         database=url.database, query=url.query)
    return address.render_as_string(hide_password=False), env


def _run_pg(command: list[str], env: dict[str, str], data: bytes | None = None) -> bytes:
    try:
        # The program is found with shutil.which; the arguments are ours; no shell.
        done = subprocess.run(command, input=data, env=env, capture_output=True,  # noqa: S603
                              timeout=PG_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BackupError(f"{Path(command[0]).name} did not run: {error}.") from error
    if done.returncode != 0:
        message = _one_line(done.stderr.decode("utf-8", "replace"))
        raise BackupError(f"{Path(command[0]).name} failed: {message}")
    return done.stdout


def _pg_copy(engine: Engine, pg_bin_dir: str) -> bytes:
    address, env = pg_connection(engine.url)
    # pg_dump reads in one repeatable-read snapshot: consistent while the site keeps writing.
    return _run_pg([_pg_tool("pg_dump", pg_bin_dir), "--format=custom", "--no-password",
                    f"--dbname={address}"], env)


def make_backup(session: Session, destination: Path, *, recipients: Sequence[str],
                passphrase: str | None, pg_bin_dir: str = "") -> int:
    """Write an encrypted copy of the database to ``destination``; its size. Raises BackupError."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    try:
        if engine.dialect.name == "sqlite":
            data = _sqlite_copy(engine)
        elif engine.dialect.name == "postgresql":
            data = _pg_copy(engine, pg_bin_dir)
        else:
            raise BackupError(f"Backups of {engine.dialect.name} databases are not supported.")
    except (SQLAlchemyError, sqlite3.Error) as error:
        raise BackupError(f"Could not read the database: {_one_line(str(error))}") from error
    encrypted = encrypt(data, recipients=recipients, passphrase=passphrase)
    write_private_file(destination, encrypted)
    audit.record(session, "database.backed_up", actor_kind="system")
    session.commit()
    return len(encrypted)


# Restore ----------------------------------------------------------------------------------------


def _refuse_unless_empty(engine: Engine) -> None:
    try:
        tables = inspect(engine).get_table_names()
    except SQLAlchemyError as error:
        raise BackupError(f"Could not reach the database: {_one_line(str(error))}") from error
    if tables:
        raise BackupError("The database is not empty: restore only into a new database with no "
                          "tables (do not run `flask db upgrade` first).")


def _sqlite_load(engine: Engine, data: bytes) -> None:
    # A copy opened once in WAL mode (by the app, say, after `age -d`) says so in its header;
    # SQLite can only load it into memory in rollback-journal form.
    image = bytearray(data)
    image[18:20] = b"\x01\x01"
    copy = sqlite3.connect(":memory:")
    try:
        copy.deserialize(bytes(image))
        ok = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        ours = copy.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
        if not ok or not ours:
            raise BackupError("The backup opened, but it is not a whole Survivor Voice database.")
        raw = engine.raw_connection()
        try:
            copy.backup(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
    except sqlite3.Error as error:
        raise BackupError(f"The backup could not be loaded: {error}.") from error
    finally:
        copy.close()


def _pg_load(engine: Engine, data: bytes, pg_bin_dir: str) -> None:
    address, env = pg_connection(engine.url)
    tool = _pg_tool("pg_restore", pg_bin_dir)
    _run_pg([tool, "--list"], env, data)  # a damaged archive stops here, before any change
    # One transaction: if anything fails, the database is left as empty as it was.
    _run_pg([tool, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
             "--no-password", f"--dbname={address}"], env, data)


def restore_backup(session: Session, source: Path, *, identity_text: str | None,
                   passphrase: str | None, pg_bin_dir: str = "") -> None:
    """Load an encrypted backup into this empty database; raises BackupError, changing nothing.

    Follow it with the migrations and `finish_restore`.
    """
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    try:
        encrypted = source.read_bytes()
    except OSError as error:
        raise BackupError(f"Cannot read {source}: {error.strerror or error}.") from error
    data = decrypt(encrypted, identity_text=identity_text, passphrase=passphrase)
    backend = engine.dialect.name
    made_on = ("sqlite" if data.startswith(SQLITE_HEADER)
               else "postgresql" if data.startswith(PG_DUMP_HEADER) else None)
    if made_on is None:
        raise BackupError("The backup opened, but it is not a database copy made by `backup`.")
    if made_on != backend:
        raise BackupError(f"This backup was made on {made_on}; restore it into {made_on}, "
                          f"not {backend}.")
    _refuse_unless_empty(engine)
    if backend == "sqlite":
        _sqlite_load(engine, data)
    else:
        _pg_load(engine, data, pg_bin_dir)
    engine.dispose()  # connections opened before the load knew an empty schema


def finish_restore(session: Session, *, withdrawal_record: Path, voter_secret: str,
                   retention_days: int, on: dt.date | None = None) -> RestoreCounts:
    """After a restore: withdraw again every key in the withdrawal record, purge what is past
    retention, and drop drafts and SMS conversations that were in progress (a survivor may have
    stopped or left one since, which leaves no record). Raises WithdrawalRecordError.
    """
    dropped = session.execute(delete(Draft)).rowcount  # type: ignore[attr-defined]
    dropped += session.execute(delete(SmsConversation)).rowcount  # type: ignore[attr-defined]
    reapplied = 0
    for key in withdrawn_keys(withdrawal_record):
        try:
            # The survivor's own withdrawal, exactly as it ran; already recorded, so not again.
            remove_submission(session, receipt_key=key, voter_secret=voter_secret,
                              withdrawal_record=None)
        except SubmissionNotFoundError:
            continue  # withdrawn before the backup was made
        reapplied += 1
    purged = remove_expired(session, retention_days=retention_days, on=on)
    audit.record(session, "database.restored", actor_kind="system",
                 detail={"withdrawals_reapplied": reapplied, "purged": purged})
    session.commit()
    scrub_deleted_text(session)
    return RestoreCounts(reapplied, purged, dropped)
