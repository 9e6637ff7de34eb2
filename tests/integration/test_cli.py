"""Command-line tasks: purge, programmes add and list, demo."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Answer, AuditEvent, Programme, Submission
from tests.flow import Survivor


def test_purge_deletes_only_submissions_past_retention_like_a_withdrawal(app, client):
    Survivor(client).submits(should_change="old words")
    Survivor(app.test_client()).submits(should_change="new words")
    with app.app_context():
        old = db.session.scalars(select(Submission).join(Answer).where(
            Answer.text_redacted == "old words")).one()
        old.received_on = dt.date.today() - dt.timedelta(days=400)
        db.session.commit()
    result = app.test_cli_runner().invoke(args=["purge"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 submissions older than 365 days" in result.output
    with app.app_context():
        texts = db.session.scalars(select(Answer.text_redacted)).all()
        assert texts == ["new words"]
        purged = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "submission.purged")).all()
        assert len(purged) == 1 and purged[0].detail == {}


def test_programmes_add_prints_the_survivor_path_and_refuses_bad_input(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["programmes", "add", "north-shelter", "--name", "North Shelter",
                                 "--survey", "shelter"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "/p/north-shelter"
    with app.app_context():
        programme = db.session.scalars(select(Programme).where(
            Programme.slug == "north-shelter")).one()
        assert programme.kind == "shelter" and "ar" in programme.languages
    for args, message in (
        (["north-shelter", "--name", "Again", "--survey", "shelter"], "exists already"),
        (["Bad Slug", "--name", "X", "--survey", "shelter"], "lowercase letters"),
        (["other", "--name", "X", "--survey", "no-such-survey"], "No published survey"),
    ):
        result = runner.invoke(args=["programmes", "add", *args])
        assert result.exit_code != 0 and message in result.output, result.output
    listing = runner.invoke(args=["programmes", "list"]).output
    assert "/p/north-shelter  North Shelter  [shelter]" in listing


def test_empty_demo_is_idempotent_and_prints_one_path_per_line(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "--empty"]).output.splitlines()
    second = runner.invoke(args=["demo", "--empty"]).output.splitlines()
    assert first == second
    assert first == ["/p/safe-house", "/p/legal-clinic", "/p/case-support", "/p/health-access",
                     "/p/work-ready"]
    with app.app_context():
        assert len(db.session.scalars(select(Programme)).all()) == 5
