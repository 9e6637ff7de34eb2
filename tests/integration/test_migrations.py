"""The migrations build exactly the models' schema, every revision goes down and up again, and an
upgrade keeps every row. The general checks are pytest-alembic's, run on SQLite and PostgreSQL
(the fixtures `alembic_config` and `alembic_engine` are in tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from flask import current_app
from flask_migrate import downgrade, upgrade
from pytest_alembic import MigrationContext
from pytest_alembic import tests as pytest_alembic_tests
from pytest_alembic.plugin.error import AlembicTestFailure

from feedback_app import create_app
from feedback_app.extensions import db
from feedback_app.models import Base, Programme, Reply, ThemeLink
from feedback_app.services import audit
from tests import seed
from tests.apps import config_for_tests

# The newest revision before the database held statuses, roles and states to their sets.
BEFORE_FIXED_SETS_REVISION = "395f504d2676"


def test_the_migrations_have_a_single_head(alembic_runner: MigrationContext) -> None:
    pytest_alembic_tests.test_single_head_revision(alembic_runner)


def test_an_empty_database_upgrades_to_head(alembic_runner: MigrationContext) -> None:
    pytest_alembic_tests.test_upgrade(alembic_runner)


def test_the_models_match_the_ddl_the_migrations_build(alembic_runner: MigrationContext) -> None:
    """Types and server defaults included (env.py compares both)."""
    pytest_alembic_tests.test_model_definitions_match_ddl(alembic_runner)


def test_every_revision_goes_up_down_and_up_again(alembic_runner: MigrationContext) -> None:
    pytest_alembic_tests.test_up_down_consistency(alembic_runner)


def test_downgrading_to_base_leaves_no_table(alembic_runner: MigrationContext) -> None:
    # Given a database at head
    alembic_runner.migrate_up_to("heads")
    # When every revision is undone
    alembic_runner.migrate_down_to("base")
    # Then only Alembic's own table is left
    tables = set(sa.inspect(db.engine).get_table_names())
    assert tables == {"alembic_version"}


@pytest.fixture
def model_drift() -> Iterator[dict[str, sa.Column]]:
    """Columns of the models to change for one test, put back as they were afterwards."""
    columns = {"server default": Reply.__table__.c.from_survivor,
               "type": Programme.__table__.c.slug}
    saved = {name: (column.server_default, column.type) for name, column in columns.items()}
    yield columns
    for name, column in columns.items():
        column.server_default, column.type = saved[name]


@pytest.mark.parametrize("drift", ["server default", "type"])
def test_a_model_that_differs_from_the_migrations_is_noticed(
        alembic_runner: MigrationContext, model_drift: dict[str, sa.Column], drift: str) -> None:
    # Given a model whose server default, or type, is not what the migrations build
    column = model_drift[drift]
    if drift == "server default":
        column.server_default = sa.DefaultClause(sa.false())
    else:
        column.type = sa.String(81)
    # When the models are compared with the DDL, then the difference is found
    with pytest.raises(AlembicTestFailure, match=column.name):
        pytest_alembic_tests.test_model_definitions_match_ddl(alembic_runner)


def test_upgrading_keeps_every_row_of_the_tables_it_rebuilds(
        alembic_runner: MigrationContext) -> None:
    """SQLite rebuilds a table to add a constraint: with foreign keys on, dropping the old one
    would delete its rows and, through ON DELETE CASCADE, every answer and link under them."""
    # Given a database before the CHECK constraints, with programmes, themed answers, a reply
    alembic_runner.migrate_up_to(BEFORE_FIXED_SETS_REVISION)
    add_demo_programmes()
    themes = [seed.theme(db.session, "Food"), seed.theme(db.session, "Safety")]
    submission = seed.submission(db.session, themes=[], id=1)  # its answer's id is 1 too
    for link_id, theme in enumerate(themes, start=1):  # 32-bit ids, as that revision had
        db.session.add(ThemeLink(id=link_id, answer_id=1,
                                 theme_id=theme.id, origin="human"))
    db.session.execute(sa.text(
        "INSERT INTO reply (id, submission_id, body, sent_on, from_survivor)"
        " VALUES (1, :submission, 'Thank you.', :on, :no)"),
        {"submission": submission.id, "on": dt.date(2026, 11, 30), "no": False})
    audit.record(db.session, "submission.replied", actor_kind="system")
    db.session.commit()
    db.session.remove()
    before = row_counts()
    assert before["answer"] == 1 and before["theme_link"] == 2 and before["reply"] == 1
    # When it is upgraded to head
    alembic_runner.migrate_up_to("heads")
    # Then every row is still there (tables added since are extra), and SQLite checks foreign
    # keys again on the app's connection
    assert before.items() <= row_counts().items()
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_upgrade_stopped_by_a_row_outside_its_set_changes_nothing(
        alembic_runner: MigrationContext) -> None:
    # Given a database before the CHECK constraints, with a programme's kind changed by hand
    alembic_runner.migrate_up_to(BEFORE_FIXED_SETS_REVISION)
    add_demo_programmes()
    db.session.remove()
    with db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE programme SET kind = 'prison' WHERE id = 1"))
    tables = set(sa.inspect(db.engine).get_table_names())
    # When it is upgraded, then the upgrade stops, naming the constraint
    with pytest.raises(sa.exc.IntegrityError, match="ck_programme_kind"):
        alembic_runner.migrate_up_to("heads")
    # And nothing changed: the same revision, the same tables (no half-rebuilt copies on SQLite)
    assert alembic_runner.current == BEFORE_FIXED_SETS_REVISION
    assert set(sa.inspect(db.engine).get_table_names()) == tables
    # And once the row is put right, the upgrade goes through
    with db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE programme SET kind = 'shelter' WHERE kind = 'prison'"))
    alembic_runner.migrate_up_to("heads")
    assert alembic_runner.current == alembic_runner.heads[0]


def add_demo_programmes() -> None:
    """The demo programmes, added as `flask demo --empty` adds them."""
    result = current_app.test_cli_runner().invoke(args=["demo", "--empty"])
    assert result.exit_code == 0, result.output


def row_counts() -> dict[str, int]:
    """Rows per table of the models, for the tables the database has at its revision."""
    with db.engine.connect() as connection:
        present = set(sa.inspect(connection).get_table_names())
        return {table.name: connection.scalar(sa.select(sa.func.count()).select_from(table))
                for table in Base.metadata.sorted_tables if table.name in present}


# The revision that keeps one link per answer and theme, before links became unique.
ONE_LINK_PER_PAIR_REVISION = "1118aa932407"


def test_upgrading_keeps_one_link_per_answer_and_theme_a_persons_first(
        alembic_runner: MigrationContext) -> None:
    # Given links made twice before the pair was unique: by the engine and by a person for one
    # answer and theme, twice by the engine for another
    alembic_runner.migrate_up_before(ONE_LINK_PER_PAIR_REVISION)
    add_demo_programmes()
    answer = seed.submission(db.session, themes=[], id=1).id  # its answer's id is the same
    db.session.commit()
    # Themes by hand: the model has columns that later revisions add.
    with db.engine.begin() as connection:
        food, safety = (connection.scalar(sa.text(
            "INSERT INTO theme (label, keywords, language, origin, state) "
            "VALUES (:label, '[]', 'en', 'human', 'curated') RETURNING id"), {"label": label})
            for label in ("Food", "Safety"))
    doubled = [(food, "engine"), (food, "human"), (safety, "engine"), (safety, "engine")]
    with db.engine.begin() as connection:
        for theme_id, origin in doubled:
            connection.execute(sa.text(
                "INSERT INTO theme_link (answer_id, theme_id, origin) VALUES (:a, :t, :o)"),
                {"a": answer, "t": theme_id, "o": origin})
        first_safety = connection.scalar(sa.text(
            "SELECT MIN(id) FROM theme_link WHERE theme_id = :t"), {"t": safety})
    db.session.remove()
    # When it is upgraded to head
    alembic_runner.migrate_up_to("heads")
    # Then each pair has one link: the person's, else the oldest
    with db.engine.connect() as connection:
        kept = connection.execute(sa.text(
            "SELECT theme_id, origin, id FROM theme_link ORDER BY theme_id")).all()
    assert [tuple(row) for row in kept] == [(food, "human", kept[0].id),
                                            (safety, "engine", first_safety)]


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


# The revision before invitations kept their programmes in their own table.
BEFORE_INVITATION_PROGRAMMES_REVISION = "19e7940e86e2"
INVITATION_PROGRAMMES_TABLE_REVISION = "3c6f2a9d41b7"


def _invitation(connection: sa.Connection, email: str, *, used: bool, detail: object) -> int:
    link_id = connection.execute(sa.text(
        "INSERT INTO account_link (token_hash, purpose, email, role, expires_at, used_at)"
        " VALUES (:hash, 'invite', :email, 'staff', :expires, :used) RETURNING id"), {
        "hash": hashlib.sha256(email.encode()).hexdigest(), "email": email,
        "expires": dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
        "used": dt.datetime(2026, 11, 1, tzinfo=dt.UTC) if used else None}).scalar_one()
    connection.execute(sa.text(
        "INSERT INTO audit_event (at, actor_kind, action, target_kind, target_id, detail)"
        " VALUES (:at, 'staff', 'account.invited', 'account_link', :link, :detail)"), {
        "at": dt.datetime(2026, 11, 1, tzinfo=dt.UTC), "link": link_id,
        "detail": json.dumps(detail)})
    return link_id


def test_upgrading_copies_a_pending_invitations_programmes_from_its_audit_event(
        alembic_runner: MigrationContext) -> None:
    # Given invitations made before the table: one pending, one used, naming programmes (one
    # deleted since, one not an id at all) only in their audit events
    alembic_runner.migrate_up_to(BEFORE_INVITATION_PROGRAMMES_REVISION)
    add_demo_programmes()
    with db.engine.begin() as connection:
        first, second = connection.execute(sa.text(
            "SELECT id FROM programme ORDER BY id LIMIT 2")).scalars().all()
        pending = _invitation(connection, "pending@example.org", used=False,
                              detail={"role": "staff", "programmes": [first, second, 9999, "x"]})
        _invitation(connection, "used@example.org", used=True,
                    detail={"role": "staff", "programmes": [first]})
    # When it is upgraded to head
    alembic_runner.migrate_up_to("heads")
    # Then the pending invitation holds its two programmes, and the used one none
    with db.engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT link_id, programme_id FROM account_link_programme"
            " ORDER BY programme_id")).all()
    assert [tuple(row) for row in rows] == [(pending, first), (pending, second)]
    # And going back down empties the table, its audit events unchanged
    alembic_runner.migrate_down_to(INVITATION_PROGRAMMES_TABLE_REVISION)
    with db.engine.connect() as connection:
        assert connection.scalar(sa.text("SELECT COUNT(*) FROM account_link_programme")) == 0
        assert connection.scalar(sa.text(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'account.invited'")) == 2


BEFORE_SURVIVOR_EVENTS_REVISION = "8a4e1d07c5f3"


def test_upgrading_moves_survivor_events_out_of_the_timed_log_and_keeps_old_ids_working(
        alembic_runner: MigrationContext) -> None:
    # Given a database before survivor events had their own table: a submission with a
    # sequential id, two replies, and survivor events numbered among a staff event's
    alembic_runner.migrate_up_to(BEFORE_SURVIVOR_EVENTS_REVISION)
    add_demo_programmes()
    old_id = seed.submission(db.session, themes=[], id=7).id
    db.session.commit()
    db.session.remove()
    at = dt.datetime(2026, 11, 30, 14, 37, tzinfo=dt.UTC)
    with db.engine.begin() as connection:
        for reply_id, survivor in ((3, False), (5, True)):
            connection.execute(sa.text(
                "INSERT INTO reply (id, submission_id, body, sent_on, from_survivor)"
                " VALUES (:id, :submission, 'Thanks.', :on, :survivor)"),
                {"id": reply_id, "submission": old_id, "on": at.date(), "survivor": survivor})
        for kind, action, target in (("survivor", "submission.received", old_id),
                                     ("staff", "submission.replied", old_id),
                                     ("survivor", "submission.survivor_replied", old_id)):
            connection.execute(sa.text(
                "INSERT INTO audit_event (at, actor_kind, action, target_kind, target_id, detail)"
                " VALUES (:at, :kind, :action, 'submission', :target, :detail)"),
                {"at": at, "kind": kind, "action": action, "target": target,
                 "detail": json.dumps({"channel": "web"} if kind == "survivor" else {})})
    # When it is upgraded to head
    alembic_runner.migrate_up_to("heads")
    with db.engine.connect() as connection:
        timed = connection.execute(sa.text(
            "SELECT actor_kind, action FROM audit_event WHERE target_kind = 'submission'"
            " ORDER BY id")).all()
        by_day = connection.execute(sa.text(
            "SELECT happened_on, action, detail FROM survivor_event ORDER BY action")).all()
        replies = connection.execute(sa.text(
            "SELECT id, number FROM reply ORDER BY id")).all()
    # Then only the staff event keeps its time; the survivor events hold their day only
    assert [tuple(row) for row in timed] == [("staff", "submission.replied")]
    assert [(str(row.happened_on), row.action) for row in by_day] == [
        ("2026-11-30", "submission.received"), ("2026-11-30", "submission.survivor_replied")]
    assert all(json.loads(row.detail) if isinstance(row.detail, str) else row.detail
               for row in by_day)
    # and the replies read in their old order, and the old submission is still found by its id
    assert [tuple(row) for row in replies] == [(3, 1), (5, 2)]
    from feedback_app.models import Submission
    assert db.session.get(Submission, old_id) is not None
    # and a new submission takes a random id wider than 32 bits, which the column holds
    db.session.remove()
    new_id = seed.submission(db.session, themes=[]).id
    db.session.commit()
    assert db.session.get(Submission, new_id) is not None
    db.session.remove()


@pytest.mark.parametrize("statement", ["UPDATE survivor_event SET action = 'x'",
                                       "DELETE FROM survivor_event"])
def test_survivor_events_are_append_only_in_the_database(
        alembic_runner: MigrationContext, statement: str) -> None:
    # Given a survivor event at head
    alembic_runner.migrate_up_to("heads")
    with db.engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO survivor_event (id, happened_on, action, detail)"
            " VALUES (12345678901234, :on, 'submission.received', '{}')"),
            {"on": dt.date(2026, 12, 1)})
    # When a statement tries to change or delete it, then the database refuses
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), db.engine.begin() as conn:
        conn.execute(sa.text(statement))


BEFORE_RANDOM_ANSWER_IDS_REVISION = "cb925d30a389"


def test_upgrading_numbers_answers_in_their_old_order_and_new_answers_take_random_ids(
        alembic_runner: MigrationContext) -> None:
    # Given a database whose answers had sequential ids: two submissions, their answers stored
    # in turn, and a theme link to one of them
    alembic_runner.migrate_up_to(BEFORE_RANDOM_ANSWER_IDS_REVISION)
    add_demo_programmes()
    first, second = (seed.submission(db.session, themes=[], id=i).id for i in (7, 8))
    theme_id = seed.theme(db.session, "Food").id
    db.session.commit()
    db.session.remove()
    with db.engine.begin() as connection:
        for answer_id, submission_id, question in ((3, first, "worked_well"),
                                                   (5, second, "worked_well"),
                                                   (12, first, "house_rules")):
            connection.execute(sa.text(
                "INSERT INTO answer (id, submission_id, question_key, text_redacted)"
                " VALUES (:id, :submission, :question, 'Words.')"),
                {"id": answer_id, "submission": submission_id, "question": question})
        connection.execute(sa.text(
            "INSERT INTO theme_link (id, answer_id, theme_id, origin) VALUES (1, 12, :t, 'human')"),
            {"t": theme_id})
    # When it is upgraded to head
    alembic_runner.migrate_up_to("heads")
    with db.engine.connect() as connection:
        numbered = connection.execute(sa.text(
            "SELECT submission_id, id, position FROM answer ORDER BY submission_id, id")).all()
    # Then the answers keep their ids and are numbered within their submission in the old order
    assert [tuple(row) for row in numbered] == [(7, 3, 1), (7, 7, 2), (7, 12, 3),
                                                (8, 5, 1), (8, 8, 2)]
    from feedback_app.models import Answer, Submission, Theme
    assert [a.id for a in db.session.get(Submission, first).answers] == [3, 7, 12]
    assert db.session.get(Answer, 12) is not None
    # and a new answer takes a random id wider than 32 bits, which its theme link holds too
    db.session.remove()
    theme = db.session.get(Theme, theme_id)
    new_id = seed.submission(db.session, themes=[theme]).answers[0].id
    db.session.commit()
    db.session.remove()
    assert new_id > 2**31
    linked = db.session.scalars(sa.select(ThemeLink.answer_id).where(
        ThemeLink.theme_id == theme_id).order_by(ThemeLink.answer_id)).all()
    assert linked == [12, new_id]
    db.session.remove()
