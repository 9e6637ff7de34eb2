"""Test fixtures: the app on SQLite and on a real PostgreSQL server this run starts.

The schema always comes from the migrations (`flask db upgrade`), built once per backend into a
template and copied for each test, so tests never share rows and never mock the database.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import alembic.config
import pytest
import pytest_alembic
import sqlalchemy
from flask import Flask
from pytest_alembic.config import Config as AlembicTestConfig

from feedback_app import create_app
from feedback_app.extensions import db
from tests.apps import config_for_tests, make_app, upgrade_schema
from tests.bench.servers import postgres_bindir, postgresql_server
from tests.bench.stack import Stack, deployed_stack, redis_server

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_bin() -> str:
    """The newest installed PostgreSQL's binaries folder."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.exit("PostgreSQL not found: apt-get install -y postgresql", returncode=3)
    return bindir


@pytest.fixture(scope="session")
def pg_server(pg_bin: str) -> Iterator[str]:
    """A PostgreSQL server for this test process (URL prefix); each xdist worker has its own."""
    with postgresql_server(durable=False) as server:
        yield server


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> str:
    """A database migrated to head, used as the template of every test database."""
    admin = sqlalchemy.create_engine(f"{pg_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text("CREATE DATABASE sv_template"))
    admin.dispose()
    upgrade_schema(f"{pg_server}/sv_template")
    return "sv_template"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    upgrade_schema(f"sqlite:///{path}")
    return path


def _fresh_pg_database(request: pytest.FixtureRequest, *, migrated: bool = True) -> Iterator[str]:
    server = request.getfixturevalue("pg_server")
    # template0 is empty: no tables, not even an alembic_version
    template = request.getfixturevalue("pg_template") if migrated else "template0"
    name = f"t_{os.getpid()}_{next(_counter)}"
    admin = sqlalchemy.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}" TEMPLATE {template}'))
    try:
        yield f"{server}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database: SQLite file or PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / "sv.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
    else:
        yield from _fresh_pg_database(request)


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def module_database_url(request: pytest.FixtureRequest,
                        tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, migrated database that one module's tests share, for tests that only read what
    one costly step (the demo's year of feedback) made: SQLite file or PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("module-db") / "sv.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
    else:
        yield from _fresh_pg_database(request)


@pytest.fixture
def pg_database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database (for tests that only make sense there)."""
    yield from _fresh_pg_database(request)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables yet, for the migrations to build: SQLite or PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    else:
        yield from _fresh_pg_database(request, migrated=False)


@pytest.fixture
def migrations_app(empty_database_url: str) -> Iterator[Flask]:
    """The app on an empty database, its context pushed: the migrations' env.py reads it."""
    application = create_app(config_for_tests(empty_database_url))
    with application.app_context():
        yield application
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def alembic_config(migrations_app: Flask) -> alembic.config.Config:
    """pytest-alembic's configuration: the app's migrations, as `flask db upgrade` runs them."""
    return migrations_app.extensions["migrate"].migrate.get_config()


@pytest.fixture
def alembic_engine(migrations_app: Flask) -> sqlalchemy.Engine:
    """pytest-alembic's database: the app's own engine (and pool) on the empty database."""
    return db.engine


@pytest.fixture
def alembic_runner(alembic_config: alembic.config.Config,
                   alembic_engine: sqlalchemy.Engine) -> Iterator[pytest_alembic.MigrationContext]:
    """pytest-alembic's runner, made as its plugin makes it (the plugin is off: pyproject.toml)."""
    config = AlembicTestConfig.from_raw_config(alembic_config)
    with pytest_alembic.runner(config=config, engine=alembic_engine) as migration_context:
        yield migration_context


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "sv.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def app_factory(database_url: str, tmp_path: Path) -> Iterator[Callable[..., Flask]]:
    """Make apps with extra settings on this test's database; their pools close afterwards.

    Each test keeps its own withdrawal record, beside its database rather than in the instance.
    """
    made: list[Flask] = []

    def factory(**extra: Any) -> Flask:
        extra.setdefault("WITHDRAWAL_RECORD", str(tmp_path / "withdrawn-receipts"))
        made.append(make_app(database_url, **extra))
        return made[-1]

    yield factory
    for application in made:
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(app_factory: Callable[..., Flask]) -> Flask:
    """The app with the demo programmes, on a fresh database (SQLite and PostgreSQL)."""
    return app_factory()


@pytest.fixture
def client(app: Flask) -> Any:
    return app.test_client()


@pytest.fixture(scope="session")
def kannel() -> Iterator[Any]:
    """A real Kannel for this test process, with fakesmsc as the phone network."""
    from tests.kannel import kannel_installed, running_kannel

    if not kannel_installed():
        pytest.fail("Kannel is missing: apt-get install -y kannel kannel-extras")
    with running_kannel() as running:
        yield running


@pytest.fixture
def kannel_app(kannel: Any, app_factory: Callable[..., Flask]) -> Iterator[Flask]:
    """The app on this test's database, answering Kannel's get-url."""
    application = app_factory(**kannel.app_settings())
    kannel.switch.app = application
    yield application
    kannel.switch.app = None


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A Redis for this test, keeping nothing on disk."""
    with redis_server(tmp_path) as url:
        yield url


@pytest.fixture(scope="module")
def deployed(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The deployment kit running as deployed: nginx (TLS) in front of four gunicorn workers, on
    an empty PostgreSQL database that `db upgrade` fills, with Redis limits (one per module)."""
    name = f"stack_{os.getpid()}_{next(_counter)}"
    admin = sqlalchemy.create_engine(f"{pg_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    folder = tmp_path_factory.mktemp("stack")
    try:
        with redis_server(folder) as redis, deployed_stack(folder, f"{pg_server}/{name}",
                                                           redis) as stack:
            yield stack
    finally:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
