"""Nothing stored or logged places a survivor's action within its day.

Survivors' actions are dated, never timed: they stay out of the timed audit log, the rows they
write hold no time of day, submission, answer and reply ids carry no order (a submission's
answers still read in the order asked), and no log line of theirs holds an id, a receipt code or
a phone number. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import (
    Account,
    Answer,
    AuditEvent,
    ChangeEntryQuote,
    Programme,
    Reply,
    Submission,
    SurvivorEvent,
    ThemeLink,
)
from feedback_app.providers import catalogue, kdf
from feedback_app.services import audit, changelog
from feedback_app.services.submissions import (
    Consents,
    add_survivor_reply,
    find_by_receipt,
    submit_feedback,
)
from tests import seed
from tests.flow import Survivor
from tests.people import add_person, post_form, signed_in
from tests.sms_phone import SHELTER_ANSWERS, KannelPhone, Phone, running_sendsms, twilio_settings

STAFF = "sam@example.org"
# Rows of a conversation in progress need an expiry; it is kept to the hour (drafts: three hours
# from the start of this one; SMS: a day), and the row goes when the survey is sent or left.
EXPIRIES_TO_THE_HOUR = {("draft", "expires_hour"), ("sms_conversation", "expires_at")}
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\b")


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def _every_row(app) -> dict[str, set[tuple[tuple[str, Any], ...]]]:
    """Every row of every table the database holds, found by walking its schema."""
    with app.app_context():
        db.session.remove()
        inspector = sa.inspect(db.engine)
        rows = {}
        with db.engine.connect() as connection:
            for name in inspector.get_table_names():
                table = sa.Table(name, sa.MetaData(), autoload_with=connection)
                rows[name] = {tuple(sorted((column, _hashable(value))
                                           for column, value in row._mapping.items()))
                              for row in connection.execute(select(table))}
        return rows


def _datetime_columns(app) -> set[tuple[str, str]]:
    with app.app_context():
        inspector = sa.inspect(db.engine)
        return {(table, column["name"]) for table in inspector.get_table_names()
                for column in inspector.get_columns(table)
                if isinstance(column["type"], sa.DateTime)}


@contextmanager
def rows_written(app, found: list[tuple[str, dict[str, Any]]]) -> Iterator[None]:
    """Collect the rows that are new or changed after the block, table by table."""
    before = _every_row(app)
    yield
    after = _every_row(app)
    for table, rows in after.items():
        found.extend((table, dict(row)) for row in rows - before.get(table, set()))


def _staff_entry_for(app, theme_id: int) -> int:
    with app.app_context():
        account = db.session.scalars(select(Account)).first()
        entry, _ = changelog.create_entry(db.session, account, changelog.EntryText(
            title="Kitchen open later", heard="Heard.", did="Did.", reason="",
            programme_id=db.session.scalar(select(Programme.id).where(
                Programme.slug == "safe-house"))), status="planned")
        changelog.link_themes(db.session, account, entry.id, (theme_id,))
        changelog.set_published(db.session, account, entry.id, True)
        return entry.id


def _link_to_a_theme(app) -> int:
    """Staff put the survivor's answer in a theme (so a change entry can answer it)."""
    with app.app_context():
        theme = seed.theme(db.session, "Kitchen hours")
        answer = db.session.scalars(select(Answer).where(Answer.text_redacted.is_not(None))).one()
        db.session.add(ThemeLink(answer_id=answer.id, theme_id=theme.id, origin="human"))
        db.session.commit()
        return theme.id


def test_a_stolen_database_holds_no_survivor_action_with_a_time_of_day(app_factory):
    # Given a site whose staff act too, and survivors on the web and by SMS
    app = app_factory(**twilio_settings())
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    staff = signed_in(app, STAFF)
    written: list[tuple[str, dict[str, Any]]] = []
    survivor = Survivor(app.test_client())
    # When survivors send feedback, come back, reply, change consent, answer "did this help",
    # withdraw, text a whole survey, look a receipt up by SMS, and leave surveys half done
    with rows_written(app, written):
        code = survivor.submits(should_change="The kitchen closes too early.")
    entry = _staff_entry_for(app, _link_to_a_theme(app))
    with app.app_context():
        submission_id = db.session.scalar(select(Submission.id))
    post_form(staff, f"/staff/submissions/{submission_id}/reply", {"body": "We hear you."},
              form_page=f"/staff/submissions/{submission_id}")
    with rows_written(app, written):
        survivor.opens_receipt(code)
        survivor.post({"body": "Thank you"}, path="/r/reply")
        survivor.post({"consent_board": "yes", "consent_quote": "no"}, path="/r/consent")
        survivor.post({"entry": str(entry), "helped": "yes"}, path="/r/helped")
        leaving = Survivor(app.test_client())
        leaving.opens_receipt(leaving.submits(should_change="Less noise at night."))
        leaving.get("/r/withdraw")
        leaving.post({"confirm": "yes"}, path="/r/withdraw")
        phone = Phone(app.test_client(), number="+447700900123")
        sms_code = phone.answers_survey(SHELTER_ANSWERS)
        phone.text(f"CODE {sms_code}")
        Phone(app.test_client(), number="+447700900124").text("SHELTER")
        Survivor(app.test_client()).starts_survey()
    # Then the rows they wrote hold no time of day: no timed audit event, no timestamp but the
    # hour a conversation in progress expires at, and no time in any text or detail
    assert {table for table, _ in written} >= {"submission", "reply", "change_feedback",
                                                "draft", "sms_conversation"}
    timed = _datetime_columns(app)
    assert ("audit_event", "at") in timed  # the walk does see timestamps
    for table, row in written:
        for column, value in row.items():
            if (table, column) in timed and value is not None:
                assert (table, column) in EXPIRIES_TO_THE_HOUR, (table, column, value)
                assert (value.minute, value.second, value.microsecond) == (0, 0, 0), (table, row)
            if isinstance(value, str):
                assert not TIME_OF_DAY.search(str(value)), (table, column, value)
    assert "audit_event" not in {table for table, _ in written}


def _send(programme: Programme) -> int:
    """One submission through the service; its id."""
    code = submit_feedback(db.session, programme=programme, survey=catalogue().get("shelter"),
                           language="en", consents=Consents(staff=True, board=False, quote=False),
                           answers={}, kdf=kdf())
    return find_by_receipt(db.session, typed_code=code, kdf=kdf()).id


def test_ids_of_submissions_and_replies_made_one_after_another_carry_no_order(app):
    with app.app_context():
        # Given a programme
        programme = db.session.scalar(select(Programme).where(Programme.slug == "safe-house"))
        # When 20 submissions are sent one after the other, and a reply on each in that order
        submission_ids = [_send(programme) for _ in range(20)]
        reply_ids = []
        for submission_id in submission_ids:
            key = db.session.get(Submission, submission_id).receipt_key
            reply_ids.append(add_survivor_reply(db.session, receipt_key=key, body="Thanks").id)
        db.session.remove()
        stored = set(db.session.scalars(select(Submission.id)))
    # Then the ids, in the order they were made, neither rise nor fall, reach past 32 bits, and
    # are the ones stored
    for ids in (submission_ids, reply_ids):
        assert len(set(ids)) == 20
        assert ids != sorted(ids) and ids != sorted(ids, reverse=True), ids
        assert max(ids) > 2**31
    assert stored == set(submission_ids)


def test_theme_links_made_one_after_another_carry_no_order(app):
    with app.app_context():
        # Given a theme
        theme = seed.theme(db.session, "Kitchen hours")
        # When 20 answers are put in it one after the other
        links = [seed.submission(db.session, themes=[theme]).answers[0].id for _ in range(20)]
        db.session.commit()
        ids = [db.session.scalar(select(ThemeLink.id).where(ThemeLink.answer_id == answer))
               for answer in links]
    # Then the links' ids neither rise nor fall
    assert len(set(ids)) == 20
    assert ids != sorted(ids) and ids != sorted(ids, reverse=True), ids


def test_a_staff_link_with_a_random_submission_id_opens_and_a_larger_one_is_a_kind_404(app):
    # Given a submission, with its random id, and a staff member of its programme
    Survivor(app.test_client()).submits(should_change="The kitchen closes too early.")
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    staff = signed_in(app, STAFF)
    with app.app_context():
        submission_id = db.session.scalar(select(Submission.id))
    # When the staff member opens it, replies, and types an id past 63 bits
    page = staff.get(f"/staff/submissions/{submission_id}")
    reply = post_form(staff, f"/staff/submissions/{submission_id}/reply", {"body": "Noted."},
                      form_page=f"/staff/submissions/{submission_id}")
    too_large = staff.get(f"/staff/submissions/{2**63}")
    # Then the page and the reply work, and the overflow is a kind 404
    assert page.status_code == 200 and "The kitchen closes too early." in page.text
    assert reply.status_code == 303
    assert too_large.status_code == 404


SHELTER_WORDS = {"should_change": "The kitchen closes too early.",
                 "worked_well": "Staff listened to me.", "house_rules": "Curfew is too strict."}
SHELTER_CHOICES = {"felt_safe": "yes", "respected": "partly", "listened_to": "no",
                   "private_space": "yes", "got_what_needed": "partly", "stable_housing": "no",
                   "health_care": "yes", "someone_to_turn_to": "partly"}


def _questions_asked(app, answered: set[str]) -> list[str]:
    with app.app_context():
        return [q.key for q in catalogue().get("shelter").questions() if q.key in answered]


def test_answer_ids_made_one_after_another_carry_no_order(app):
    with app.app_context():
        # Given a programme
        programme = db.session.scalar(select(Programme).where(Programme.slug == "safe-house"))
        # When 20 submissions of one written answer each are sent one after the other
        answer_ids = []
        for n in range(20):
            code = submit_feedback(
                db.session, programme=programme, survey=catalogue().get("shelter"),
                language="en", consents=Consents(staff=True, board=False, quote=False),
                answers={"should_change": f"Answer number {n}."}, kdf=kdf())
            submission = find_by_receipt(db.session, typed_code=code, kdf=kdf())
            answer_ids.append(submission.answers[0].id)
        db.session.remove()
        stored = set(db.session.scalars(select(Answer.id)))
    # Then the answer ids, in the order they were made, neither rise nor fall, reach past 32
    # bits, and are the ones stored
    assert len(set(answer_ids)) == 20
    assert answer_ids != sorted(answer_ids), answer_ids
    assert answer_ids != sorted(answer_ids, reverse=True), answer_ids
    assert max(answer_ids) > 2**31
    assert stored == set(answer_ids)


def test_a_web_submissions_answers_read_in_the_order_the_questions_were_asked(app):
    # Given a survivor who answers every question of the survey on the web
    Survivor(app.test_client()).submits(**SHELTER_CHOICES, **SHELTER_WORDS)
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    asked = _questions_asked(app, set(SHELTER_CHOICES) | set(SHELTER_WORDS))
    # When the submission is read back, and staff open it
    with app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        read = [(answer.position, answer.question_key) for answer in submission.answers]
        submission_id = submission.id
    page = signed_in(app, STAFF).get(f"/staff/submissions/{submission_id}").text
    # Then the answers are numbered 1, 2, 3... in the order asked, and the page shows them so
    assert read == list(enumerate(asked, start=1))
    shown = [page.index(SHELTER_WORDS[key]) for key in asked if key in SHELTER_WORDS]
    assert shown == sorted(shown)


def test_an_sms_submissions_answers_read_in_the_order_the_questions_were_asked(app_factory):
    # Given a survivor who texts a whole survey
    app = app_factory(**twilio_settings())
    Phone(app.test_client(), number="+447700900123").answers_survey(SHELTER_ANSWERS)
    # When the submission is read back
    with app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        read = [(answer.position, answer.question_key) for answer in submission.answers]
        answered = {answer.question_key for answer in submission.answers}
    # Then its answers are numbered 1, 2, 3... in the order the texts asked them
    assert submission.channel == "sms" and len(read) >= 7
    assert read == list(enumerate(_questions_asked(app, answered), start=1))


def test_staff_actions_on_an_answer_take_its_random_id_and_a_larger_one_is_a_kind_404(app):
    # Given a quotable written answer in a theme, another theme, a change entry, and staff
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    staff = signed_in(app, STAFF)
    with app.app_context():
        doors, locks = seed.theme(db.session, "Doors"), seed.theme(db.session, "Locks")
        row = seed.submission(db.session, themes=[doors], text="My door finally locks.",
                              quote=True)
        db.session.commit()
        answer_id, submission_id, doors_id, locks_id = (row.answers[0].id, row.id, doors.id,
                                                        locks.id)
    entry = _staff_entry_for(app, doors_id)
    submission_page, entry_page = f"/staff/submissions/{submission_id}", f"/staff/changes/{entry}"
    # When staff take words out of it, approve it as a quote, add it to the entry and take it
    # off again, move it to the other theme, and then try an id past 63 bits
    redacted = post_form(staff, f"/staff/answers/{answer_id}/redact",
                         {f"a{answer_id}-phrase": "finally"}, form_page=submission_page)
    approved = post_form(staff, f"/staff/answers/{answer_id}/quote", {"approve": "yes"},
                         form_page=submission_page)
    linked = post_form(staff, f"{entry_page}/quotes", {"answer": answer_id},
                       form_page=entry_page)
    with app.app_context():
        quoted = db.session.scalars(select(ChangeEntryQuote.answer_id)).all()
    unlinked = post_form(staff, f"{entry_page}/quotes/{answer_id}/remove", {},
                         form_page=entry_page)
    moved = post_form(staff, f"/staff/answers/{answer_id}/move", {"theme": locks_id},
                      form_page=f"/staff/themes/{doors_id}")
    too_large = [post_form(staff, path, data, form_page=page) for path, data, page in (
        (f"/staff/answers/{2**63}/redact", {f"a{2**63}-phrase": "door"}, submission_page),
        (f"/staff/answers/{2**63}/quote", {"approve": "yes"}, submission_page),
        (f"{entry_page}/quotes/{2**63}/remove", {}, entry_page),
        (f"/staff/answers/{2**63}/move", {"theme": locks_id}, f"/staff/themes/{doors_id}"))]
    quote_too_large = post_form(staff, f"{entry_page}/quotes", {"answer": 2**63},
                                form_page=entry_page)
    # Then every action on the random id (wider than 32 bits) worked, and the overflow is a kind
    # 404, or a kind form error where the id is typed into a form
    assert answer_id > 2**31
    assert [r.status_code for r in (redacted, approved, linked, unlinked, moved)] == [303] * 5
    assert quoted == [answer_id]
    with app.app_context():
        answer = db.session.get(Answer, answer_id)
        assert "finally" not in answer.text_redacted and answer.quote_approved
        assert db.session.scalars(select(ThemeLink.theme_id).where(
            ThemeLink.answer_id == answer_id)).all() == [locks_id]
        assert db.session.scalars(select(ChangeEntryQuote.answer_id)).all() == []
    assert [r.status_code for r in too_large] == [404] * 4
    assert quote_too_large.status_code == 400 and "Please choose a quote." in quote_too_large.text


@pytest.fixture
def sendsms():
    with running_sendsms() as running:
        yield running


def _survivor_secrets(app, codes: list[str], numbers: list[str]) -> list[str]:
    with app.app_context():
        ids = [str(i) for i in db.session.scalars(select(Submission.id))]
        ids += [str(i) for i in db.session.scalars(select(Reply.id))]
        keys = list(db.session.scalars(select(Submission.receipt_key)))
    spelled = [form for code in codes for form in (code, code.replace(" ", ""))]
    return ids + keys + spelled + numbers + [n.lstrip("+") for n in numbers]


@pytest.mark.parametrize("gateway", ["twilio", "kannel"])
def test_no_log_line_of_a_survivor_holds_a_submission_id_receipt_code_or_phone(
        app_factory, sendsms, caplog, gateway: str) -> None:
    # Given every logger captured at DEBUG, and survivors on the web and by SMS
    settings = twilio_settings() if gateway == "twilio" else sendsms.app_settings()
    app = app_factory(**settings)
    add_person(app, "staff", STAFF, programmes=("safe-house",))
    caplog.set_level(logging.DEBUG)
    number = "+447700900777"
    make_phone: Callable[[], Phone] = (
        (lambda: Phone(app.test_client(), number=number)) if gateway == "twilio"
        else (lambda: KannelPhone(app.test_client(), number=number, sendsms=sendsms)))
    # When they send feedback, read and answer a staff reply, change consent, look a receipt up
    # by SMS, get a fresh receipt code, and withdraw
    survivor = Survivor(app.test_client())
    code = survivor.submits(should_change="The kitchen closes too early.")
    with app.app_context():
        first_id = db.session.scalar(select(Submission.id))
    staff = signed_in(app, STAFF)
    post_form(staff, f"/staff/submissions/{first_id}/reply", {"body": "We hear you."},
              form_page=f"/staff/submissions/{first_id}")
    survivor.opens_receipt(code)
    survivor.post({"body": "Thank you"}, path="/r/reply")
    survivor.post({"consent_board": "yes", "consent_quote": "no"}, path="/r/consent")
    phone = make_phone()
    sms_code = phone.answers_survey(SHELTER_ANSWERS)
    phone.text(f"CODE {sms_code}")
    phone.text("hello")
    secrets_of_survivors = _survivor_secrets(app, [code, sms_code], [number])
    survivor.get("/r/withdraw")
    survivor.post({"confirm": "yes"}, path="/r/withdraw")
    phone.text("STOP")
    # Then logging saw them, and no line holds an id, a receipt key or code, or the number
    survivor_lines = [record for record in caplog.records
                      if record.name.startswith("feedback_app")]
    assert {"submission_received", "submission_withdrawn", "sms_stopped"} <= {
        record.getMessage().split()[0] for record in survivor_lines}
    for record in caplog.records:
        line = f"{record.name} {record.getMessage()} {record.args!r}"
        for secret in secrets_of_survivors:
            assert secret not in line, (secret, line)


def test_the_deploy_kit_keeps_no_access_log_of_survivors_paths() -> None:
    # Given the kit's gunicorn unit and nginx site, which see /r and /sms/kannel?from=… paths
    root = Path(__file__).resolve().parents[2] / "deploy"
    unit = (root / "systemd" / "survivor-voice.service").read_text()
    site = (root / "nginx" / "survivor-voice.conf").read_text()
    start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    # Then gunicorn writes no access log (none is its default) and nginx switches its off in
    # every server block
    assert "gunicorn" in start
    assert not re.search(r"--access-log|--accesslog|access_log", start)
    assert site.count("server {") == site.count("access_log off;") >= 1


def test_survivor_events_read_back_by_day_only(app):
    # Given survivor events written on two days in an order unrelated to their ids
    with app.app_context():
        for day, action in ((2, "submission.received"), (1, "submission.received"),
                            (2, "submission.withdrawn"), (2, "submission.received")):
            db.session.add(SurvivorEvent(happened_on=dt.date(2026, 11, day), action=action))
        db.session.commit()
        # When the audit page's counts are read
        days = audit.survivor_days(db.session)
        timed = db.session.scalar(select(sa.func.count()).select_from(AuditEvent).where(
            AuditEvent.actor_kind == "survivor"))
    # Then they are counts by day and action, newest day first, and none is in the timed log
    assert [(d.day.day, d.action, d.count) for d in days] == [
        (2, "submission.received", 2), (2, "submission.withdrawn", 1),
        (1, "submission.received", 1)]
    assert timed == 0


def test_the_audit_page_shows_survivors_actions_as_counts_by_day_apart_from_staff_times(app):
    # Given two survivors who sent feedback today, and an admin
    for words in ("The kitchen closes too early.", "Less noise at night."):
        Survivor(app.test_client()).submits(should_change=words)
    add_person(app, "admin", "ada@example.org")
    admin = signed_in(app, "ada@example.org")
    # When the admin reads the audit log
    page = admin.get("/staff/audit").text
    # Then survivors' sending is one count for the day, with no time, and not among the timed
    # staff events
    timed, by_day = page.split('id="survivors"')
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert "submission.received" not in timed
    assert re.search(rf"<td class=\"when\">{today}</td><td>submission.received</td><td>2</td>",
                     by_day), by_day
    assert not TIME_OF_DAY.search(by_day)
