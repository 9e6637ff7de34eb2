"""Themes in the product: intake assignment, re-discovery that keeps ids and curation, audit."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from feedback_app.extensions import db
from feedback_app.models import (
    Answer,
    AuditEvent,
    Programme,
    Submission,
    Theme,
    ThemeLink,
    ThemeModelRecord,
)
from feedback_app.services import themes
from feedback_app.theming import ThemeModel, assign
from tests.apps import TEST_SECRETS
from tests.flow import Survivor

REPOSITORY = Path(__file__).resolve().parents[2]

TOPICS = {
    "food": ["The food was cold every evening", "Meals were small and the food was cold",
             "More food please, dinner was cold again", "The kitchen food was cold and bland",
             "Cold food at dinner, not enough meals", "Food portions small, food often cold"],
    "night": ["I did not feel safe at night in the dorm", "Doors do not lock at night, not safe",
              "At night strangers came in, I felt unsafe", "Night staff left and we were unsafe",
              "Not safe at night, the locks are broken", "Unsafe at night without locks on doors"],
    "kind": ["The case worker was kind and listened to me", "Staff were kind and always listened",
             "My worker listened and was very kind", "Kind staff who listened to my story",
             "She listened and was kind every time", "Staff listened, kind and patient with me"],
}


def seed_answers(app, copies: int = 2, topics: Iterable[str] = tuple(TOPICS)) -> list[int]:
    """Store made-up answers directly, as intake would have (already redacted)."""
    with app.app_context():
        programme = db.session.scalars(select(Programme)).first()
        ids = []
        texts = [t for _ in range(copies) for topic in topics for t in TOPICS[topic]]
        for text in texts:
            submission = Submission(
                programme_id=programme.id, survey_key="shelter", survey_version=1,
                language="en", received_on=dt.date.today(), receipt_key=secrets.token_hex(32),
                answers=[Answer(question_key="should_change", position=1, text_redacted=text)])
            db.session.add(submission)
            db.session.flush()
            ids.append(submission.answers[0].id)
        db.session.commit()
        return ids


def links(app) -> dict[int, int]:
    with app.app_context():
        return dict(db.session.execute(select(ThemeLink.answer_id, ThemeLink.theme_id)).all())


def live_themes(app) -> dict[int, Theme]:
    with app.app_context():
        found = {t.id: t for t in db.session.scalars(select(Theme).where(Theme.state != "retired"))}
        db.session.expunge_all()
        return found


def audit_count(app, action: str) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == action))


def test_refresh_themes_every_answer_and_new_answers_join_at_intake(app, client):
    answer_ids = seed_answers(app)
    result = app.test_cli_runner().invoke(args=["themes", "refresh", "--themes", "3"])
    assert result.exit_code == 0, result.output
    assert f"{len(answer_ids)} answers" in result.output
    linked = links(app)
    assert set(linked) == set(answer_ids)
    assert len(set(linked.values())) >= 2
    Survivor(app.test_client()).submits(should_change="The food was cold again at dinner")
    with app.app_context():
        newest = db.session.scalars(select(Answer).where(Answer.id.not_in(answer_ids))).one()
        link = db.session.scalars(select(ThemeLink).where(ThemeLink.answer_id == newest.id)).one()
        food_theme = links(app)[answer_ids[0]]
        assert link.theme_id == food_theme and link.origin == "engine"


def test_refreshing_again_keeps_theme_ids(app):
    seed_answers(app)
    with app.app_context():
        themes.refresh_themes(db.session, n_themes=3)
    before = links(app)
    with app.app_context():
        counts = themes.refresh_themes(db.session, n_themes=3)
    assert links(app) == before
    assert counts["created"] == 0
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ThemeModelRecord)) == 1


def test_curation_survives_rediscovery(app):
    ids = seed_answers(app)
    with app.app_context():
        themes.refresh_themes(db.session, n_themes=3)
    linked = links(app)
    food, night, kind = linked[ids[0]], linked[ids[6]], linked[ids[12]]
    assert len({food, night, kind}) == 3
    with app.app_context():
        themes.rename_theme(db.session, theme_id=food, label="Food and meals", actor_id=None)
        themes.merge_themes(db.session, source_ids=[night], target_id=kind, actor_id=None)
        themes.move_answer(db.session, answer_id=ids[1], theme_id=kind, actor_id=None)
        themes.refresh_themes(db.session, seed=1, n_themes=3)
    after, alive = links(app), live_themes(app)
    assert alive[food].label == "Food and meals" and alive[food].state == "curated"
    assert night not in alive  # merged away, not revived
    assert after[ids[1]] == kind  # the pinned answer stayed
    assert after[ids[2]] == food
    for action in ("theme.renamed", "theme.merged", "answer.moved", "themes.refreshed"):
        assert audit_count(app, action) >= 1


def test_split_makes_curated_children_and_is_audited(app):
    ids = seed_answers(app)
    with app.app_context():
        themes.refresh_themes(db.session, n_themes=3)
        everything = links(app)[ids[0]]
        themes.merge_themes(db.session, source_ids=[links(app)[ids[6]]], target_id=everything,
                            actor_id=None)
        children = themes.split_theme(db.session, theme_id=everything, actor_id=None)
        child_ids = [c.id for c in children]
    assert len(child_ids) == 2
    moved = [t for a, t in links(app).items() if a in ids[:12]]
    assert set(moved) <= set(child_ids) | {everything}
    assert set(child_ids) & set(moved)
    assert audit_count(app, "theme.split") == 1


@pytest.mark.parametrize(("call", "kwargs"), [
    (themes.rename_theme, {"theme_id": 999, "label": "x"}),
    (themes.rename_theme, {"theme_id": None, "label": " "}),
    (themes.merge_themes, {"source_ids": [], "target_id": None}),
    (themes.move_answer, {"answer_id": 999, "theme_id": None}),
    (themes.split_theme, {"theme_id": None}),
])
def test_bad_curation_requests_are_refused_with_a_named_error(app, call, kwargs):
    ids = seed_answers(app, copies=1)
    with app.app_context():
        themes.refresh_themes(db.session, n_themes=3)
        some_theme = links(app)[ids[0]]
        kwargs = {k: (some_theme if v is None else v) for k, v in kwargs.items()}
        before = db.session.scalar(select(func.count()).select_from(AuditEvent))
        with pytest.raises(themes.ThemeError):
            if call is themes.split_theme:
                lonely = themes.split_theme(db.session, theme_id=some_theme, actor_id=None,
                                            parts=50)
                del lonely
            call(db.session, actor_id=None, **kwargs)
        db.session.rollback()
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before


def test_withdrawal_removes_the_answer_from_its_theme(app, client):
    seed_answers(app, copies=1)
    with app.app_context():
        themes.refresh_themes(db.session, n_themes=3)
    survivor = Survivor(client)
    code = survivor.submits(should_change="Not safe at night, doors do not lock")
    count_before = len(links(app))
    survivor.opens_receipt(code)
    survivor.get("/r/withdraw")
    survivor.post({"confirm": "yes"}, path="/r/withdraw")
    assert len(links(app)) == count_before - 1


def refresh_in_another_process(database_url: str, n_themes: int) -> None:
    """Re-run discovery the way a second web or cron process would: its own app, same database."""
    env = {**os.environ, "SV_DATABASE_URL": database_url,
           "SV_PUBLIC_URL": "https://feedback.example.org",
           **{f"SV_{name}": value for name, value in TEST_SECRETS.items()}}
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "feedback_app", "themes", "refresh",
         "--themes", str(n_themes)],
        cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def newest_answer_theme(app, text: str, seeded: Iterable[int] = ()) -> int | None:
    """The theme of the answer just sent, found by its words among those not seeded (answer ids
    carry no order)."""
    with app.app_context():
        newest = db.session.scalars(select(Answer).where(
            Answer.text_redacted == text, Answer.id.not_in(list(seeded)))).one()
        return db.session.scalar(select(ThemeLink.theme_id).where(ThemeLink.answer_id == newest.id))


def stored_model(app) -> ThemeModel:
    with app.app_context():
        return ThemeModel.from_json(db.session.scalar(select(ThemeModelRecord.body)))


def test_a_model_refreshed_by_another_process_is_used_for_this_process_next_answer(
        app, client, database_url):
    # Given themes found in food and night answers, and this process assigning with that model
    seed_answers(app, topics=("food", "night"))
    with app.app_context():
        themes.refresh_themes(db.session, n_themes=2)
    Survivor(app.test_client()).submits(should_change="The food was cold again at dinner")
    assert newest_answer_theme(app, "The food was cold again at dinner") is not None
    old_model = stored_model(app)
    # When kind answers arrive and another process re-runs discovery on the same database
    kind_ids = seed_answers(app, topics=("kind",))
    refresh_in_another_process(database_url, n_themes=3)
    kind_theme = links(app)[kind_ids[0]]
    text = "My case worker was kind and she listened to me"
    with app.app_context():
        index_to_theme = dict(db.session.execute(select(Theme.model_index, Theme.id)).all())
    old_index, _ = assign(old_model, text)
    assert index_to_theme.get(old_index) != kind_theme  # the old model would link it elsewhere
    # Then this process's next answer is assigned with the new model, to the kind theme
    Survivor(app.test_client()).submits(should_change=text)
    assert newest_answer_theme(app, text) == kind_theme


def test_assigning_with_an_unchanged_model_does_not_read_its_body_again(app, client):
    # Given a saved model this process has already used once
    seeded = seed_answers(app, copies=1)
    with app.app_context():
        themes.refresh_themes(db.session, n_themes=3)
    Survivor(app.test_client()).submits(should_change="The food was cold again at dinner")
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        # When the next answer is assigned
        Survivor(app.test_client()).submits(should_change="Not safe at night, the locks are broken")
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    # Then the model's small version column is read, never its body
    model_reads = [s for s in statements if "FROM theme_model" in s]
    assert model_reads, "the current model was never looked up"
    assert not [s for s in model_reads if "theme_model.body" in s]
    assert newest_answer_theme(app, "Not safe at night, the locks are broken",
                               seeded) is not None
