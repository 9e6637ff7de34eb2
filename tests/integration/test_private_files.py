"""The SQLite database, its -wal and -shm files and the instance folder are their owner's alone:
0600 and 0700, whatever the umask, for a fresh instance, an older database and a restored one."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade

from feedback_app import create_app
from feedback_app.extensions import db
from tests.apps import config_for_tests, make_app
from tests.flow import Survivor


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def database_files(database: Path) -> dict[str, int]:
    return {path.name: mode(path) for path in sorted(database.parent.iterdir())
            if path.name.startswith(database.name)}


@contextmanager
def umask(value: int) -> Iterator[None]:
    before = os.umask(value)
    try:
        yield
    finally:
        os.umask(before)


def app_in(instance: Path, monkeypatch: pytest.MonkeyPatch) -> Flask:
    """The app on its default database: a SQLite file in the instance folder."""
    monkeypatch.delenv("SV_DATABASE_URL", raising=False)
    settings = config_for_tests("unused", INSTANCE_PATH=str(instance))
    del settings["SQLALCHEMY_DATABASE_URI"]
    return create_app(settings)


def dispose(app: Flask) -> None:
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o000], ids=["umask-022", "umask-002", "umask-000"])
def test_a_fresh_instance_folder_and_its_database_wal_and_shm_are_private(tmp_path, monkeypatch,
                                                                          mask):
    # Given no instance folder yet, and a umask that would leave new files open to others
    instance = tmp_path / "var" / "instance"
    with umask(mask):
        # When the app starts, builds its schema and takes a survivor's first steps
        app = app_in(instance, monkeypatch)
        with app.app_context():
            upgrade()
            Survivor(app.test_client()).opens_programme()
            database = Path(db.engine.url.database)
            # Then, while connections are open (SQLite removes -wal and -shm after the last)
            files = database_files(database)
        dispose(app)
    assert database.parent == instance
    assert mode(instance) == 0o700
    assert files == {database.name: 0o600, f"{database.name}-shm": 0o600,
                     f"{database.name}-wal": 0o600}


def test_an_older_database_and_its_wal_open_to_others_are_made_private(tmp_path):
    # Given a database, -wal and -shm left 0644 by an older version, still open elsewhere
    database = tmp_path / "older.sqlite3"
    with umask(0o022):
        older = sqlite3.connect(database)
        older.execute("PRAGMA journal_mode=WAL")
        older.execute("CREATE TABLE kept (x)")
        older.commit()
    assert set(database_files(database).values()) == {0o644}
    try:
        # When the app opens it
        app = create_app(config_for_tests(f"sqlite:///{database}"))
        with app.app_context():
            db.session.execute(db.text("SELECT 1"))
            files = database_files(database)
        dispose(app)
    finally:
        older.close()
    # Then no one else may read any of them
    assert files == {database.name: 0o600, f"{database.name}-shm": 0o600,
                     f"{database.name}-wal": 0o600}


def test_an_instance_folder_open_to_others_is_made_private_at_start(tmp_path, monkeypatch):
    instance = tmp_path / "instance"
    instance.mkdir()
    os.chmod(instance, 0o755)  # noqa: S103  (the folder an older version or a person left)
    dispose(app_in(instance, monkeypatch))
    assert mode(instance) == 0o700


def test_a_missing_folder_for_another_sqlite_path_is_not_made_up(tmp_path):
    # A database outside the instance folder whose folder is gone stays an outage (503), not a
    # new empty database somewhere nobody backs up.
    gone = tmp_path / "gone" / "sv.sqlite3"
    app = create_app(config_for_tests(f"sqlite:///{gone}"))
    assert app.test_client().get("/healthz").status_code == 503
    assert not gone.parent.exists()
    dispose(app)


def test_a_database_restored_from_a_backup_is_private(sqlite_url, tmp_path):
    # Given a backup of a database with feedback in it
    record = tmp_path / "withdrawn-receipts"
    record.touch(mode=0o600)
    app = make_app(sqlite_url, WITHDRAWAL_RECORD=str(record))
    Survivor(app.test_client()).submits(should_change="kept through a restore")
    backup = tmp_path / "sv.age"
    runner = app.test_cli_runner()
    done = runner.invoke(args=["backup", str(backup), "--passphrase-stdin"], input="horse\n")
    assert done.exit_code == 0, done.output
    assert mode(backup) == 0o600
    dispose(app)
    # When the database is lost and restored into a new file, under an open umask
    restored = tmp_path / "restored.sqlite3"
    with umask(0o000):
        again = create_app(config_for_tests(f"sqlite:///{restored}",
                                            WITHDRAWAL_RECORD=str(record)))
        done = again.test_cli_runner().invoke(
            args=["restore", str(backup), "--passphrase-stdin"], input="horse\n")
        assert done.exit_code == 0, done.output
        with again.app_context():
            db.session.execute(db.text("SELECT 1"))
            files = database_files(restored)
        dispose(again)
    # Then the restored file and its companions are private too
    assert files and set(files.values()) == {0o600}
    assert restored.name in files
