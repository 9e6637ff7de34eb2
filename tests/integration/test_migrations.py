"""The migrations build exactly the models' schema, and every revision goes down and up again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
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
