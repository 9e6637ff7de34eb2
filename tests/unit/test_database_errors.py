"""Which database errors count as "not reachable now" (a kind 503) and which are our bugs (500),
from real errors raised by SQLite and SQLAlchemy's pool; and the engine settings behind them."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import exc, text

from feedback_app import create_app
from feedback_app.config import settings_from_env
from feedback_app.database import database_unavailable
from tests.apps import config_for_tests


def raised(engine: sqlalchemy.Engine, *statements: str) -> BaseException:
    with pytest.raises(exc.SQLAlchemyError) as caught, engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    return caught.value


def test_a_locked_sqlite_database_is_an_outage(tmp_path: Path):
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}",
                                      connect_args={"timeout": 0.05})
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)"))
    holder = engine.raw_connection()
    holder.execute("BEGIN EXCLUSIVE")
    try:
        error = raised(engine, "INSERT INTO t VALUES (1)")
    finally:
        holder.rollback()
        holder.close()
    assert "database is locked" in str(error) and database_unavailable(error)


def test_a_sqlite_file_that_cannot_be_opened_is_an_outage(tmp_path: Path):
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'missing' / 'x.sqlite3'}")
    assert database_unavailable(raised(engine, "SELECT 1"))


def test_a_full_connection_pool_is_an_outage(tmp_path: Path):
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}",
                                      poolclass=sqlalchemy.QueuePool, pool_size=1,
                                      max_overflow=0, pool_timeout=0.01)
    with engine.connect(), pytest.raises(exc.TimeoutError) as caught:
        engine.connect()
    assert database_unavailable(caught.value)


@pytest.mark.parametrize("statements", [
    ("CREATE TABLE t (id INTEGER PRIMARY KEY)", "INSERT INTO t VALUES (1)",
     "INSERT INTO t VALUES (1)"),  # a broken constraint
    ("SELECT * FROM no_such_table",),  # a missing table: the schema, not an outage
    ("SELEC 1",),  # bad SQL, which sqlite3 also reports as OperationalError
])
def test_our_own_mistakes_are_not_outages(statements):
    assert not database_unavailable(raised(sqlalchemy.create_engine("sqlite://"), *statements))


def test_errors_outside_the_database_are_not_outages():
    assert not database_unavailable(ValueError("database is locked"))


def test_busy_timeout_defaults_to_three_seconds_and_can_be_set(tmp_path: Path):
    env = {"SV_ENV": "development", "SV_SECRET_KEY": "k", "SV_RECEIPT_SALT": "s",
           "SV_RATELIMIT_KEY_SECRET": "r", "SV_SMS_HMAC_SECRET": "h", "SV_VOTER_KEY_SECRET": "v"}
    assert settings_from_env(tmp_path, env)["DB_BUSY_TIMEOUT_MS"] == 3000
    given = settings_from_env(tmp_path, {**env, "SV_DB_BUSY_TIMEOUT_MS": "500"})
    assert given["DB_BUSY_TIMEOUT_MS"] == 500


def test_engine_options_ping_connections_and_keep_options_a_deployment_gives(tmp_path: Path):
    sqlite = create_app(config_for_tests(f"sqlite:///{tmp_path / 'x.sqlite3'}",
                                         DB_BUSY_TIMEOUT_MS=250,
                                         SQLALCHEMY_ENGINE_OPTIONS={"pool_recycle": 300}))
    assert sqlite.config["SQLALCHEMY_ENGINE_OPTIONS"] == {
        "pool_pre_ping": True, "pool_recycle": 300, "connect_args": {"timeout": 0.25}}
    postgresql = create_app(config_for_tests("postgresql+psycopg://postgres@127.0.0.1:1/x"))
    assert postgresql.config["SQLALCHEMY_ENGINE_OPTIONS"] == {
        "pool_pre_ping": True, "connect_args": {"connect_timeout": 5}}
