"""Each public service is one transaction: it commits once, keeps what its caller did, and a
failure leaves nothing half done. Service refusals reach people as kind pages, never a trace."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from feedback_app.config import SURVEYS_DIR
from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    AccountLink,
    AccountLinkProgramme,
    AuditEvent,
    Programme,
    SmsConversation,
    Submission,
    SurvivorEvent,
)
from feedback_app.providers import catalogue, kdf, password_policy
from feedback_app.services import account_links, sign_in
from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.submissions import Consents, submit_feedback
from tests.people import add_person, post_form, signed_in
from tests.sms_phone import SHELTER_ANSWERS, Phone, twilio_settings

TAKEN_CODE, FREE_CODE = "1" * 20, "2" * 20


@contextmanager
def commits_counted(*, fail: bool = False) -> Iterator[list[int]]:
    """Count the commits of every session meanwhile; with ``fail``, each commit fails instead."""
    seen: list[int] = []

    def before_commit(_session: Session) -> None:
        seen.append(1)
        if fail:
            raise RuntimeError("the commit failed")

    event.listen(Session, "before_commit", before_commit)
    try:
        yield seen
    finally:
        event.remove(Session, "before_commit", before_commit)


def count(app: Flask, model: Any, *where: Any) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def codes(*given: str) -> Callable[[], str]:
    it = iter(given)
    return lambda: next(it)


def _send(programme: Programme, new_code: Callable[[], str]) -> str:
    return submit_feedback(db.session, programme=programme, survey=catalogue().get("shelter"),
                           language="en", consents=Consents(staff=True, board=False, quote=False),
                           answers={}, kdf=kdf(), new_code=new_code)


def test_a_callers_pending_work_survives_a_receipt_code_tried_again(app):
    # Given a submission holding a receipt code, and a caller's change not flushed yet
    with app.app_context():
        programme = db.session.scalar(select(Programme).where(Programme.slug == "safe-house"))
        _send(programme, codes(TAKEN_CODE))
        programme.name = "Safe House North"
        # When the next submission draws that code first and has to try again
        code = _send(programme, codes(TAKEN_CODE, FREE_CODE))
        db.session.remove()
    # Then it gets the free code, and the caller's change was committed with it
    assert code == FREE_CODE
    assert count(app, Submission) == 2
    assert count(app, Programme, Programme.name == "Safe House North") == 1


@pytest.fixture
def one_language_surveys(tmp_path: Path) -> str:
    """The shipped surveys, with every version of the shelter survey in English only."""
    surveys = tmp_path / "surveys"
    shutil.copytree(SURVEYS_DIR, surveys)
    for shelter in (surveys / "shelter").glob("v*.toml"):
        lines = shelter.read_text().splitlines()
        shelter.write_text("\n".join('languages = ["en"]' if line.startswith("languages =")
                                     else line for line in lines) + "\n")
    return str(surveys)


def test_a_new_programme_in_languages_its_survey_lacks_leaves_nothing(
        app_factory, one_language_surveys):
    # Given an admin, and a survey in English only
    app = app_factory(SURVEYS_DIR=one_language_surveys)
    add_person(app, "admin")
    admin = signed_in(app, "admin@example.org")
    fields = {"name": "Night Shelter", "slug": "night", "kind": "shelter", "survey": "shelter"}
    # When a programme is added in Arabic only
    with commits_counted() as commits:
        refused = post_form(admin, "/staff/programmes/new", {**fields, "languages": ["ar"]},
                            form_page="/staff/programmes/new")
    # Then the form comes back with the languages' message, and nothing was committed
    assert refused.status_code == 400
    assert "Choose at least one language that the survey has." in refused.get_data(as_text=True)
    assert commits == []
    assert count(app, Programme, Programme.slug == "night") == 0
    assert count(app, AuditEvent, AuditEvent.action == "programme.added",
                 AuditEvent.actor_kind == "staff") == 0


def test_a_new_programme_with_chosen_languages_is_one_commit(app):
    # Given an admin
    add_person(app, "admin")
    admin = signed_in(app, "admin@example.org")
    # When a programme is added in two languages
    with commits_counted() as commits:
        added = post_form(admin, "/staff/programmes/new", {
            "name": "Night Shelter", "slug": "night", "kind": "shelter", "survey": "shelter",
            "languages": ["es", "en"]}, form_page="/staff/programmes/new")
    # Then one commit holds the programme in those languages and its one audit row
    assert added.status_code == 303
    assert len(commits) == 1
    with app.app_context():
        programme = db.session.scalar(select(Programme).where(Programme.slug == "night"))
        assert programme.languages == ["es", "en"]
        events = db.session.scalars(select(AuditEvent.action).where(
            AuditEvent.target_kind == "programme", AuditEvent.target_id == programme.id)).all()
    assert events == ["programme.added"]


@pytest.fixture
def sms_app(app_factory):
    return app_factory(**twilio_settings())


def test_an_sms_stop_withdraws_and_ends_the_conversation_in_one_commit(sms_app):
    # Given a survivor who sent feedback by SMS, the conversation still open
    phone = Phone(sms_app.test_client())
    phone.answers_survey(SHELTER_ANSWERS)
    assert count(sms_app, Submission) == 1 and count(sms_app, SmsConversation) == 1
    # When they text STOP
    with commits_counted() as commits:
        phone.text("STOP")
    # Then the withdrawal and the end of the conversation were one commit
    assert len(commits) == 1
    assert count(sms_app, Submission) == 0 and count(sms_app, SmsConversation) == 0
    assert count(sms_app, SurvivorEvent, SurvivorEvent.action == "submission.withdrawn") == 1


def test_an_sms_stop_whose_commit_fails_keeps_both_the_feedback_and_the_conversation(sms_app):
    # Given a survivor who sent feedback by SMS, the conversation still open
    phone = Phone(sms_app.test_client())
    phone.answers_survey(SHELTER_ANSWERS)
    # When they text STOP and the commit fails
    with commits_counted(fail=True), pytest.raises(RuntimeError):
        phone.text("STOP")
    # Then neither the withdrawal nor the end of the conversation happened
    assert count(sms_app, Submission) == 1 and count(sms_app, SmsConversation) == 1
    assert count(sms_app, SurvivorEvent, SurvivorEvent.action == "submission.withdrawn") == 0


def test_signing_out_is_recorded_by_the_service(app):
    # Given a staff account
    staff_id = add_person(app, "staff")
    with app.app_context():
        account = db.session.get(Account, staff_id)
        # When the sign-in service records its sign-out
        with commits_counted() as commits:
            sign_in.sign_out(db.session, account)
        db.session.remove()
    # Then one commit wrote the audit row naming the account
    assert len(commits) == 1
    assert count(app, AuditEvent, AuditEvent.action == "account.signed_out",
                 AuditEvent.actor_id == staff_id, AuditEvent.target_id == staff_id) == 1


def test_the_sign_out_page_writes_one_audit_row(app):
    add_person(app, "staff")
    client = signed_in(app, "staff@example.org")
    response = post_form(client, "/staff/sign-out", {}, form_page="/staff/")
    assert response.status_code == 303
    assert count(app, AuditEvent, AuditEvent.action == "account.signed_out") == 1


def test_an_invitations_programmes_come_from_its_own_table(app):
    # Given an invitation for staff of two programmes
    admin_id = add_person(app, "admin")
    with app.app_context():
        chosen = db.session.scalars(select(Programme).where(
            Programme.slug.in_(["safe-house", "legal-clinic"])).order_by(Programme.id)).all()
        chosen_ids = [programme.id for programme in chosen]
        token = account_links.invite(db.session, email="new@example.org", role="staff",
                                     programme_ids=chosen_ids, actor_id=admin_id, hours=72)
        link = db.session.scalar(select(AccountLink).where(AccountLink.email == "new@example.org"))
        assert sorted(p.id for p in link.programmes) == sorted(chosen_ids)
        # When one of them leaves the invitation (its audit event still names both)
        db.session.execute(AccountLinkProgramme.__table__.delete().where(
            AccountLinkProgramme.programme_id == chosen_ids[0]))
        db.session.commit()
        # And the person joins
        account = account_links.join(db.session, token=token, name="New",
                                     password="a long enough password", policy=password_policy())
        # Then the account answers for the programme the table still holds, only
        assert [p.id for p in account.programmes] == [chosen_ids[1]]


class _NoSuchReasonError(ServiceError):
    reason = "no such reason"  # type: ignore[assignment]


@pytest.mark.parametrize(
    "error, status",
    [
        (ServiceError("what someone typed"), 400),
        (ServiceError("what someone typed", reason=Reason.NOT_FOUND), 404),
        (ServiceError("what someone typed", reason=Reason.CONFLICT), 409),
        (ServiceError("what someone typed", reason=Reason.UNAVAILABLE), 503),
        (_NoSuchReasonError("what someone typed"), 400),
    ],
)
def test_a_service_refusal_gets_a_kind_page_and_never_a_trace(app, error, status, caplog):
    # Given a page whose service refuses (the app is in testing mode, where a bug would raise)
    def refusing() -> str:
        raise error

    app.add_url_rule("/refusing", view_func=refusing)
    # When it is opened
    response = app.test_client().get("/refusing")
    # Then a kind error page answers, with neither the error's words nor a trace, here or in logs
    page = response.get_data(as_text=True)
    assert response.status_code == status
    assert "<h1" in page and "Traceback" not in page and "what someone typed" not in page
    assert "what someone typed" not in caplog.text


def test_an_unknown_change_log_entry_gets_the_kind_404_page(client):
    response = client.get("/changes/999999")
    assert response.status_code == 404
    assert "We could not find that page" in response.get_data(as_text=True)
