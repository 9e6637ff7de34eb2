"""The migrations build exactly the models' schema, and every revision goes down and up again."""

from __future__ import annotations

import datetime as dt
import hashlib

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import current_app
from flask_migrate import downgrade, upgrade

from feedback_app import create_app
from feedback_app.extensions import db
from feedback_app.models import Base
from tests.apps import config_for_tests


def schema_differences(app) -> list:
    with app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_models_match_upgrade_head(database_url):
    app = create_app(config_for_tests(database_url))
    assert schema_differences(app) == []
    with app.app_context():
        db.engine.dispose()


def test_every_revision_goes_down_and_up_again(database_url):
    app = create_app(config_for_tests(database_url))
    with app.app_context():
        downgrade(revision="base")
        with db.engine.connect() as connection:
            tables = set(db.inspect(connection).get_table_names()) - {"alembic_version"}
        assert tables == set()
        upgrade()
    assert schema_differences(app) == []
    with app.app_context():
        db.engine.dispose()


THEME_MODEL_VERSION_REVISION = "e5a8c31f9d20"


def test_a_theme_model_saved_before_versions_gets_the_digest_of_its_body(database_url):
    # Given a database just before theme models had versions, holding a saved model
    app = create_app(config_for_tests(database_url))
    body = '{"languages": {}, "labels": ["made up"]}'
    with app.app_context():
        migrate = current_app.extensions["migrate"].migrate
        scripts = ScriptDirectory.from_config(migrate.get_config())
        downgrade(revision=scripts.get_revision(THEME_MODEL_VERSION_REVISION).down_revision)
        with db.engine.begin() as connection:
            connection.execute(sa.text(
                "INSERT INTO theme_model (body, created_on, current) VALUES (:body, :on, :yes)"),
                {"body": body, "on": dt.date(2026, 11, 1), "yes": True})
        # When the schema is upgraded
        upgrade()
        with db.engine.connect() as connection:
            versions = connection.scalars(sa.text("SELECT version FROM theme_model")).all()
        db.engine.dispose()
    # Then the model's version is the digest of its body
    assert versions == [hashlib.sha256(body.encode()).hexdigest()]
