import logging
from contextlib import contextmanager
from logging.config import fileConfig

from alembic import context
from flask import current_app
from sqlalchemy.engine import Connection

# this is the Alembic Config object, which provides
# access to the values within the .ini file in use.
config = context.config

# Interpret the config file for Python logging.
# This line sets up loggers basically.
fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger('alembic.env')


def get_engine():
    return current_app.extensions['migrate'].db.engine


def get_engine_url():
    try:
        return get_engine().url.render_as_string(hide_password=False).replace(
            '%', '%%')
    except AttributeError:
        return str(get_engine().url).replace('%', '%%')


# add your model's MetaData object here
# for 'autogenerate' support
# from myapp import mymodel
# target_metadata = mymodel.Base.metadata
config.set_main_option('sqlalchemy.url', get_engine_url())
target_db = current_app.extensions['migrate'].db

# other values from the config, defined by the needs of env.py,
# can be acquired:
# my_important_option = config.get_main_option("my_important_option")
# ... etc.


def get_metadata():
    if hasattr(target_db, 'metadatas'):
        return target_db.metadatas[None]
    return target_db.metadata


# Autogenerate and the schema tests compare column types and server defaults too, so a model
# whose type or default differs from what the migrations build is noticed.
COMPARE = {'compare_type': True, 'compare_server_default': True}


@contextmanager
def sqlite_migration_connection(connection):
    """On SQLite: foreign keys off, and every revision in one transaction; yields whether run()
    must send BEGIN itself.

    Batch mode rebuilds a table on SQLite: copy, drop the old one, rename. With foreign keys on,
    dropping a table first deletes its rows, and ON DELETE CASCADE would take every row that
    refers to them along (a submission's answers, a theme's links); each revision checks the keys
    instead. Python's sqlite3 opens a transaction only before INSERT, UPDATE or DELETE, so a
    failed revision would leave the tables it had made (batch mode's _alembic_tmp_ copies) and
    the next upgrade would stop on them; with the driver's own transactions off and BEGIN sent
    by run(), a failure undoes everything. Both settings are put back: the connection returns to
    the app's pool.
    """
    if connection.dialect.name != 'sqlite':
        yield False
        return
    connection.exec_driver_sql('PRAGMA foreign_keys=OFF')
    connection.commit()
    driver = connection.connection.dbapi_connection
    isolation_level, driver.isolation_level = driver.isolation_level, None
    try:
        yield True
    finally:
        connection.rollback()
        driver.isolation_level = isolation_level
        connection.exec_driver_sql('PRAGMA foreign_keys=ON')
        connection.commit()


def check_sqlite_foreign_keys(ctx, **_):
    """After each revision, within its transaction: refuse a row that points at a row that is
    not there (with foreign keys off, SQLite would not)."""
    if ctx.connection.dialect.name != 'sqlite':
        return
    broken = ctx.connection.exec_driver_sql('PRAGMA foreign_key_check').fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise RuntimeError(f'rows refer to missing rows in: {", ".join(tables)}')


def run_migrations_offline():
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.

    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url, target_metadata=get_metadata(), literal_binds=True, **COMPARE
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """

    # this callback is used to prevent an auto-migration from being generated
    # when there are no changes to the schema
    # reference: http://alembic.zzzcomputing.com/en/latest/cookbook.html
    def process_revision_directives(context, revision, directives):
        if getattr(config.cmd_opts, 'autogenerate', False):
            script = directives[0]
            if script.upgrade_ops.is_empty():
                directives[:] = []
                logger.info('No changes in schema detected.')

    conf_args = current_app.extensions['migrate'].configure_args
    if conf_args.get("process_revision_directives") is None:
        conf_args["process_revision_directives"] = process_revision_directives

    def run(connection, send_begin=False):
        # With BEGIN sent here, SQLite's DDL is inside the one transaction too.
        own_transaction = {'transactional_ddl': True} if send_begin else {}
        context.configure(
            connection=connection,
            target_metadata=get_metadata(),
            on_version_apply=check_sqlite_foreign_keys,
            **{**COMPARE, **own_transaction, **conf_args}
        )
        with context.begin_transaction():
            if send_begin:
                connection.exec_driver_sql('BEGIN')
            context.run_migrations()

    # A connection or engine given by the caller (pytest-alembic's documented way), else the
    # app's own engine.
    connectable = config.attributes.get('connection') or get_engine()
    if isinstance(connectable, Connection):
        run(connectable)
        return
    with connectable.connect() as connection, \
            sqlite_migration_connection(connection) as send_begin:
        run(connection, send_begin)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
