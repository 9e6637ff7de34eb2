"""The database itself holds statuses, roles, states and kinds to the values the code knows, and
links an answer to a theme once: raw SQL that breaks either is refused on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from sqlalchemy.exc import IntegrityError, StatementError

from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    AccountLink,
    AuditEvent,
    ChangeEntry,
    ChangeFeedback,
    ChangeUpdate,
    Programme,
    Recommendation,
    ReviewRound,
    SmsConversation,
    Submission,
    Theme,
    ThemeLink,
)
from feedback_app.models.base import random_row_id
from feedback_app.services import themes
from tests import seed

WHEN = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)


def one_row_in_every_table(app: Flask) -> dict[str, dict[str, Any]]:
    """One valid row per table with a checked column; returns, per table, the values a copy of
    that row needs to stay clear of its unique constraints."""
    with app.app_context():
        session = db.session
        programme = session.scalars(sa.select(Programme).order_by(Programme.id)).first()
        assert programme is not None
        account = Account(email="staff@example.org", name="Staff", role="staff")
        entry = ChangeEntry(title="Locks", heard="Doors", did="Fixed", status="planned")
        session.add_all([account, entry, ReviewRound(title="Spring", opened_on=WHEN.date())])
        session.flush()
        food, other = seed.theme(session, "Food"), seed.theme(session, "Other")
        seed.submission(session, themes=[food])
        session.add_all([
            AccountLink(token_hash="a" * 64, purpose="invite", email="new@example.org",
                        role="board", expires_at=WHEN),
            AuditEvent(actor_kind="system", action="programme.added"),
            Recommendation(author_id=account.id, title="Food", body="More", written_on=WHEN.date()),
            ChangeUpdate(entry_id=entry.id, on=WHEN.date(), status="planned", note="Soon"),
            ChangeFeedback(entry_id=entry.id, voter_key="v" * 64, answer="yes"),
            SmsConversation(key_hmac="k" * 64, stage="language", programme_id=programme.id,
                            expires_at=WHEN),
        ])
        session.commit()
        return {"account": {"email": "other@example.org"},
                "account_link": {"token_hash": "b" * 64},
                "programme": {"slug": "another-programme", "sms_keyword": None},
                "submission": {"receipt_key": "c" * 64},
                "change_feedback": {"voter_key": "w" * 64},
                "sms_conversation": {"key_hmac": "l" * 64},
                "theme_link": {"theme_id": other.id}}


def insert_a_copy(app: Flask, table_name: str, changes: dict[str, Any]) -> None:
    """INSERT a copy of the table's first row with ``changes``, through the table as the
    database describes it (reflected): the models' own checks play no part."""
    with app.app_context(), db.engine.connect() as connection:
        table = sa.Table(table_name, sa.MetaData(), autoload_with=connection)
        row = connection.execute(sa.select(table).order_by(table.c.id).limit(1)).mappings().one()
        values = {**{k: v for k, v in row.items() if k != "id"}, **changes}
        if table.c.id.server_default is None:  # a random id, which the app draws itself
            values["id"] = random_row_id()
        try:
            connection.execute(table.insert().values(values))
        finally:
            connection.rollback()


# table, column, a value the code writes, one it never writes
FIXED_SETS = [
    ("account", "role", "admin", "superuser"),
    ("account_link", "purpose", "reset", "join"),
    ("account_link", "role", "admin", "owner"),
    ("audit_event", "actor_kind", "survivor", "robot"),
    ("programme", "kind", "legal-aid", "prison"),
    ("submission", "status", "closed", "lost"),
    ("submission", "channel", "sms", "fax"),
    ("review_round", "state", "closed", "paused"),
    ("recommendation", "status", "in progress", "ignored"),
    ("change_entry", "status", "not doing", "maybe"),
    ("change_update", "status", "done", "maybe"),
    ("change_feedback", "answer", "partly", "perhaps"),
    ("sms_conversation", "stage", "receipt_pending", "finished"),
    ("theme", "origin", "human", "robot"),
    ("theme", "state", "retired", "deleted"),
    ("theme_link", "origin", "human", "robot"),
]


@pytest.mark.parametrize(("table", "column", "known", "unknown"), FIXED_SETS)
def test_the_database_refuses_a_value_outside_the_columns_set(
        app: Flask, table: str, column: str, known: str, unknown: str) -> None:
    # Given one valid row in every table
    fresh = one_row_in_every_table(app).get(table, {})
    # When a copy with a value the code knows is inserted, then it is taken
    insert_a_copy(app, table, {**fresh, column: known})
    # And when the same copy holds a value the code never writes, then the database refuses it
    with pytest.raises(IntegrityError, match=f"ck_{table}_{column}"):
        insert_a_copy(app, table, {**fresh, column: unknown})


def test_the_models_refuse_an_unknown_status_before_the_database(app: Flask) -> None:
    # Given a stored submission
    with app.app_context():
        submission = seed.submission(db.session, themes=[])
        db.session.commit()
        # When its status is set to a value the code does not know, then saving it fails
        submission.status = "lost"
        with pytest.raises(StatementError, match="not among the defined enum values"):
            db.session.commit()
        db.session.rollback()
        # And the stored row keeps its status
        assert db.session.get(Submission, submission.id).status == "received"


def test_the_database_links_an_answer_to_a_theme_once(app: Flask) -> None:
    # Given an answer linked to a theme
    with app.app_context():
        food, other = seed.theme(db.session, "Food").id, seed.theme(db.session, "Other").id
        answer_id = seed.submission(db.session, themes=[db.session.get(Theme, food)]).answers[0].id
        db.session.commit()
    # When the answer is linked to another theme, then that is taken
    insert_a_copy(app, "theme_link", {"theme_id": other})
    # And when the same link is inserted again, then the database refuses it
    with pytest.raises(IntegrityError, match=r"uq_theme_link_answer_id|UNIQUE constraint failed"):
        insert_a_copy(app, "theme_link", {"origin": "engine"})
    with app.app_context():
        links = db.session.scalars(sa.select(ThemeLink).where(ThemeLink.answer_id == answer_id))
        assert [link.theme_id for link in links] == [food]


def test_the_database_keeps_one_answer_in_each_place_of_a_submission(app: Flask) -> None:
    # Given a submission with one answer, in place 1
    with app.app_context():
        seed.submission(db.session, themes=[])
        db.session.commit()
    # When another answer takes place 2, then that is taken
    insert_a_copy(app, "answer", {"position": 2})
    # And when another answer is put in place 1 too, then the database refuses it
    with pytest.raises(IntegrityError, match=r"uq_answer_submission_id|UNIQUE constraint failed"):
        insert_a_copy(app, "answer", {"question_key": "worked_well"})


def test_merging_themes_that_share_an_answer_keeps_one_link(app: Flask) -> None:
    # Given an answer in two themes, and another answer in the first only
    with app.app_context():
        food, meals = seed.theme(db.session, "Food"), seed.theme(db.session, "Meals")
        shared = seed.submission(db.session, themes=[food, meals]).answers[0].id
        only_food = seed.submission(db.session, themes=[food]).answers[0].id
        db.session.commit()
        # When the first is merged into the second
        themes.merge_themes(db.session, source_ids=[food.id], target_id=meals.id, actor_id=None)
        # Then each answer is linked to the merged theme once
        links = db.session.execute(sa.select(ThemeLink.answer_id, ThemeLink.theme_id)
                                   .order_by(ThemeLink.answer_id)).all()
        assert sorted(tuple(link) for link in links) == sorted([(shared, meals.id),
                                                                (only_food, meals.id)])
