"""The survivor's web flow through the test client, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from sqlalchemy import func, select

from feedback_app.config import PROJECT_ROOT
from feedback_app.extensions import db
from feedback_app.models import (
    Answer,
    Draft,
    Reply,
    Submission,
    SurvivorEvent,
    Theme,
    ThemeLink,
)
from feedback_app.services.surveys import SurveyCatalogue
from tests.flow import Survivor
from tests.support.html import first_focusable

SURVEYS = PROJECT_ROOT / "surveys"


def only_submission(app: Flask) -> Submission:
    with app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        db.session.expunge_all()
        return submission


def count(app: Flask, model: type) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def test_survivor_sends_feedback_and_gets_a_receipt_only_after_it_is_stored(app, client):
    survivor = Survivor(client)
    code = survivor.submits(felt_safe="partly", should_change="Call me on +44 7700 900123")
    with app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        answers = {a.question_key: a for a in submission.answers}
        assert submission.received_on == dt.datetime.now(dt.UTC).date()
        # The programme is pinned to no version, so it follows the newest one
        assert submission.survey_key == "shelter"
        assert submission.survey_version == SurveyCatalogue(SURVEYS).versions("shelter")[-1]
        assert answers["felt_safe"].choice == "partly"
        assert "900123" not in answers["should_change"].text_redacted
        assert "[phone]" in answers["should_change"].text_redacted
        assert answers["should_change"].redactions == {"phone": 1}
        assert code not in submission.receipt_key and len(submission.receipt_key) == 64
        assert db.session.scalars(select(Draft)).all() == []


def test_preview_shows_text_exactly_as_it_will_be_stored(client):
    survivor = Survivor(client)
    survivor.starts_survey()
    while survivor.step() != "preview":
        survivor.answers_page(should_change="Write to me at someone@example.org please")
    assert '<mark class="redacted">[email]</mark>' in survivor.html
    assert "someone@example.org" not in survivor.html


def test_every_question_can_be_skipped(app, client):
    Survivor(client).submits()
    submission = only_submission(app)
    assert count(app, Answer) == 0 and submission.status == "received"


def test_survivor_who_says_staff_may_not_read_it_is_told_kindly_and_nothing_is_sent(app, client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.chooses_language("en")
    survivor.reads_before_you_start()
    survivor.consents(staff="no")
    assert survivor.last.status_code == 400
    assert "only send your feedback if our staff may read it" in survivor.html
    assert survivor.step() == "consent"
    assert count(app, Submission) == 0


def test_consents_default_to_no_for_board_and_quote(client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.chooses_language("en")
    survivor.reads_before_you_start()
    html = survivor.html
    assert 'name="consent_board" value="no" checked' in html
    assert 'name="consent_quote" value="no" checked' in html
    assert 'name="consent_staff" value="yes" checked' not in html


def test_returning_survivor_reads_staff_reply_and_answers_back(app, client):
    survivor = Survivor(client)
    code = survivor.submits(should_change="More privacy at night")
    submission = only_submission(app)
    with app.app_context():
        db.session.add(Reply(submission_id=submission.id, body="We are fitting locks this month.",
                             sent_on=dt.date.today(), number=1))
        db.session.commit()
    returning = Survivor(app.test_client())
    returning.opens_receipt(" ".join(code[i:i + 4] for i in range(0, 20, 4)))
    assert returning.heading() == "Your feedback"
    assert "We are fitting locks this month." in returning.html
    returning.post({"body": "Thank you. Ring 0161 496 0000 if needed"}, path="/r/reply")
    with app.app_context():
        replies = db.session.scalars(select(Reply).order_by(Reply.number)).all()
        assert [r.from_survivor for r in replies] == [False, True]
        assert "496 0000" not in replies[1].body


def test_wrong_code_gets_the_same_kind_page_status_as_a_right_one(app, client):
    code = Survivor(client).submits()
    right, wrong = Survivor(app.test_client()), Survivor(app.test_client())
    right.opens_receipt(code)
    wrong.opens_receipt(("1" if code[0] != "1" else "2") + code[1:])
    assert right.last.status_code == wrong.last.status_code == 200
    assert "could not find feedback with that code" in wrong.html


def test_survivor_changes_consent_with_the_code(app, client):
    survivor = Survivor(client)
    code = survivor.submits(board="no", quote="no")
    survivor.opens_receipt(code)
    survivor.post({"consent_board": "yes", "consent_quote": "yes"}, path="/r/consent")
    submission = only_submission(app)
    assert submission.consent_board and submission.consent_quote


def test_withdraw_deletes_submission_answers_replies_and_theme_links(app, client):
    survivor = Survivor(client)
    code = survivor.submits(felt_safe="no", should_change="Staff shouted at night")
    submission = only_submission(app)
    with app.app_context():
        theme = Theme(label="night staff", language="en")
        db.session.add(theme)
        db.session.flush()
        answer_id = db.session.scalar(select(Answer.id).where(Answer.text_redacted.is_not(None)))
        db.session.add(ThemeLink(answer_id=answer_id, theme_id=theme.id, score=0.9))
        db.session.add(Reply(submission_id=submission.id, body="Sorry.", sent_on=dt.date.today(),
                             number=1))
        db.session.commit()
    survivor.opens_receipt(code)
    survivor.get("/r/withdraw")
    survivor.post({"confirm": "yes"}, path="/r/withdraw")
    assert survivor.heading() == "Your feedback was deleted"
    for model in (Submission, Answer, Reply, ThemeLink):
        assert count(app, model) == 0, model
    assert count(app, Theme) == 1
    with app.app_context():
        tombstone = db.session.scalars(
            select(SurvivorEvent).where(SurvivorEvent.action == "submission.withdrawn")).one()
        assert tombstone.detail == {} and tombstone.happened_on == dt.datetime.now(dt.UTC).date()
    again = Survivor(app.test_client())
    again.opens_receipt(code)
    assert "could not find feedback" in again.html


def test_withdraw_needs_confirmation(app, client):
    survivor = Survivor(client)
    code = survivor.submits()
    survivor.opens_receipt(code)
    survivor.get("/r/withdraw")
    survivor.post({}, path="/r/withdraw")
    assert count(app, Submission) == 1


def test_quick_exit_leaves_at_once_and_forgets_the_draft(app, client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.chooses_language("en")
    assert count(app, Draft) == 1
    response = client.get("/exit")
    assert response.status_code == 303
    assert response.headers["Location"] == "https://weather.example/"
    assert response.headers["Clear-Site-Data"] == '"cache", "storage"'
    assert count(app, Draft) == 0
    survivor.opens_programme()
    assert survivor.heading() == "Choose your language"


def test_quick_exit_is_the_first_focusable_element_of_every_survivor_page(client):
    survivor = Survivor(client)
    survivor.opens_programme()
    pages = [survivor.html]
    survivor.chooses_language("en")
    pages.append(survivor.html)
    pages.append(client.get("/").get_data(as_text=True))
    pages.append(client.get("/r").get_data(as_text=True))
    pages.append(client.get("/p/no-such-place").get_data(as_text=True))
    for html in pages:
        first = first_focusable(html)
        assert first == ("a", {"class": "exit", "id": "quick-exit", "href": "/exit"}), first


def test_stale_tab_posting_an_old_step_changes_nothing(app, client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.chooses_language("en")
    survivor.reads_before_you_start()
    token = survivor.csrf()
    response = client.post("/p/safe-house", data={"csrf_token": token, "step": "intro"})
    assert response.status_code == 303
    with app.app_context():
        assert db.session.scalars(select(Draft.step)).one() == "consent"


def test_language_choice_sets_page_language_and_direction(client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.chooses_language("ar")
    assert '<html lang="ar" dir="rtl">' in survivor.html


def test_switching_language_mid_survey_keeps_the_answers(app, client):
    survivor = Survivor(client)
    survivor.starts_survey()
    survivor.answers_page(felt_safe="yes")
    survivor.post({"language": "es", "next": "/p/safe-house"}, path="/language")
    assert '<html lang="es" dir="ltr">' in survivor.html
    assert "Qué cambió para ti" in survivor.html or "Cómo te trataron" in survivor.html
    with app.app_context():
        draft = db.session.scalars(select(Draft)).one()
        assert draft.language == "es" and draft.state["answers"]["felt_safe"] == "yes"


def test_empty_reply_is_refused_kindly_on_the_status_page(app, client):
    survivor = Survivor(client)
    code = survivor.submits()
    survivor.opens_receipt(code)
    survivor.post({"body": "   "}, path="/r/reply")
    assert survivor.last.status_code == 400
    assert "Please write your message, or go back." in survivor.html
    assert survivor.heading() == "Your feedback"
    assert count(app, Reply) == 0
