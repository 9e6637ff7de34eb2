"""SMS receipts are never lost: until the gateway has taken the receipt text, the survivor's next
text gets a fresh receipt code for the same submission. Kannel's get-url with a stand-in for
smsbox's sendsms that can be down (the real Kannel is in test_sms_kannel.py); SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from feedback_app.extensions import db
from feedback_app.models import (
    ChangeEntry,
    ChangeFeedback,
    SmsConversation,
    Submission,
    SurvivorEvent,
)
from feedback_app.providers import sms_settings
from feedback_app.services import sms, sms_store
from feedback_app.services.change_feedback import voter_key
from feedback_app.services.submissions import replace_receipt_code, withdraw_submission
from tests.people import post_form
from tests.sms_phone import RECEIPT, SHELTER_ANSWERS, KannelPhone, running_sendsms

NUMBER = "+447700900555"


@pytest.fixture
def sendsms():
    with running_sendsms() as running:
        yield running


@pytest.fixture
def sms_app(app_factory, sendsms):
    return app_factory(**sendsms.app_settings())


@pytest.fixture
def phone(sms_app, sendsms):
    return KannelPhone(sms_app.test_client(), number=NUMBER, sendsms=sendsms)


def answers_all_but_the_last_question(phone: KannelPhone) -> None:
    for reply in ("SHELTER", "1", "1", "1", "2", *SHELTER_ANSWERS[:-1]):
        phone.text(reply)


def sends_the_last_answer_while_the_gateway_is_down(phone: KannelPhone) -> str:
    """The survey is complete but its receipt text is refused; returns the code that was lost."""
    answers_all_but_the_last_question(phone)
    phone.sendsms.down = True
    assert phone.text(SHELTER_ANSWERS[-1]) == []  # nothing reached the phone
    (tried,) = phone.tried
    assert "Receipt code" in tried
    phone.sendsms.down = False
    return RECEIPT.search(tried).group(1)


def opens_at_r(app, code: str) -> str | None:
    """The receipt page's text for a code, or None if the code opens nothing."""
    page = post_form(app.test_client(), "/r", {"code": code})
    body = page.get_data(as_text=True)
    return body if "The food was cold and late" in body else None


def conversation(app) -> SmsConversation:
    with app.app_context():
        row = db.session.scalars(select(SmsConversation)).one()
        db.session.expunge(row)
        return row


def submissions(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Submission))


def test_a_receipt_the_gateway_takes_leaves_the_conversation_sent(sms_app, phone):
    answers_all_but_the_last_question(phone)
    (receipt,) = phone.text(SHELTER_ANSWERS[-1])
    assert "Receipt code" in receipt
    assert conversation(sms_app).stage == "sent"
    assert opens_at_r(sms_app, phone.receipt_code())


def test_a_refused_receipt_keeps_the_submission_and_waits_for_the_next_text(sms_app, phone):
    lost = sends_the_last_answer_while_the_gateway_is_down(phone)
    row = conversation(sms_app)
    assert row.stage == "receipt_pending" and row.answers == {} and row.submission_id
    assert submissions(sms_app) == 1
    assert opens_at_r(sms_app, lost)  # the code was committed before it was refused


@pytest.mark.parametrize("next_text", ["hello?", "HELP", "SHELTER", "1", "0", "",
                                       "CODE 1234 5678 9012 3456 7890", "AYUDA"])
def test_any_next_text_gets_a_fresh_code_for_the_same_submission_and_the_old_one_stops_working(
        sms_app, phone, next_text):
    # Given a receipt that never reached the phone
    lost = sends_the_last_answer_while_the_gateway_is_down(phone)
    with sms_app.app_context():
        before = db.session.scalars(select(Submission)).one()
        submission_id, old_key = before.id, before.receipt_key
    # When the survivor texts anything at all
    (again,) = phone.text(next_text)
    # Then a fresh code comes, for the same submission, and only it opens the feedback
    assert again.startswith("Sorry, your receipt code may not have reached you.")
    assert "Only this one works" in again
    fresh = phone.receipt_code()
    assert fresh != lost
    with sms_app.app_context():
        after = db.session.scalars(select(Submission)).one()
        assert after.id == submission_id and after.receipt_key != old_key
        event = db.session.scalars(select(SurvivorEvent).where(
            SurvivorEvent.action == "submission.receipt_replaced")).one()
        assert event.detail == {}
    assert opens_at_r(sms_app, fresh) and opens_at_r(sms_app, lost) is None
    assert conversation(sms_app).stage == "sent"
    assert "was sent" in phone.text("thanks")[0]  # from now on, as after any receipt


def test_while_the_gateway_stays_down_each_text_tries_again_and_only_the_code_taken_works(
        sms_app, phone):
    first = sends_the_last_answer_while_the_gateway_is_down(phone)
    phone.sendsms.down = True
    assert phone.text("hello?") == []
    second = RECEIPT.search(phone.tried[0]).group(1)
    assert conversation(sms_app).stage == "receipt_pending"
    phone.sendsms.down = False
    phone.text("hello?")
    third = phone.receipt_code()
    assert len({first, second, third}) == 3
    assert [bool(opens_at_r(sms_app, code)) for code in (first, second, third)] == [
        False, False, True]
    assert submissions(sms_app) == 1


def test_stop_while_the_receipt_is_pending_deletes_the_feedback(sms_app, phone):
    sends_the_last_answer_while_the_gateway_is_down(phone)
    assert "deleted" in phone.text("STOP")[0]
    assert submissions(sms_app) == 0
    with sms_app.app_context():
        assert db.session.scalars(select(SmsConversation)).all() == []


def test_a_conversation_waiting_for_its_receipt_ends_after_a_day_of_silence_and_the_feedback_stays(
        sms_app, phone):
    sends_the_last_answer_while_the_gateway_is_down(phone)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
    with sms_app.test_request_context():
        assert sms_store.expire_conversations(db.session, sms_settings(), later) == 1
        assert db.session.scalars(select(SmsConversation)).all() == []
    assert submissions(sms_app) == 1  # consented and sent: kept, though its code is out of reach
    assert "text the word on the poster" in phone.text("hello?")[0]


def test_the_waiting_conversation_stores_neither_the_number_nor_any_receipt_code(sms_app, phone):
    lost = sends_the_last_answer_while_the_gateway_is_down(phone)
    phone.sendsms.down = True
    phone.text("hello?")
    refused_again = RECEIPT.search(phone.tried[0]).group(1)
    with sms_app.app_context():
        stored = " ".join(str(value) for value in db.session.execute(
            text("SELECT * FROM sms_conversation")).one())
        submission = " ".join(str(value) for value in db.session.execute(
            text("SELECT * FROM submission")).one())
    assert "receipt_pending" in stored  # the search below does read the row
    for code in (lost, refused_again):
        for needle in (code, code.replace(" ", "")):
            assert needle not in stored and needle not in submission
    for needle in (NUMBER, NUMBER[1:], NUMBER[-6:]):
        assert needle not in stored


def test_a_text_the_next_day_finds_the_waiting_conversation_and_gets_the_fresh_code(sms_app):
    # Given a survey finished late yesterday whose receipt the gateway never took (nothing
    # called receipt_sent)
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(hours=20)
    with sms_app.test_request_context():
        settings = sms_settings()
        for reply in ("SHELTER", "1", "1", "1", "2", *SHELTER_ANSWERS[:-1]):
            sms.handle(db.session, settings, number=NUMBER, text=reply, now=yesterday)
        answer = sms.handle(db.session, settings, number=NUMBER, text=SHELTER_ANSWERS[-1],
                            now=yesterday)
        assert answer.say[0].key == "receipt" and answer.receipt_for is not None
        # When the survivor texts today, under today's conversation key
        again = sms.handle(db.session, settings, number=NUMBER, text="hello?")
        # Then the conversation is found, re-keyed, and a fresh code goes out
        assert again.say[0].key == "receipt_again" and again.receipt_for == answer.receipt_for
        today_key, _ = sms_store.conversation_keys(settings.hmac_secret, NUMBER,
                                                   dt.datetime.now(dt.UTC))
        row = db.session.scalars(select(SmsConversation)).one()
        assert (row.key_hmac, row.stage) == (today_key, "receipt_pending")
        sms.receipt_sent(db.session, conversation_id=again.receipt_for)
        assert db.session.scalars(select(SmsConversation.stage)).one() == "sent"


def test_a_fresh_code_carries_the_did_this_help_answers_so_withdrawing_still_deletes_them(
        sms_app, phone):
    sends_the_last_answer_while_the_gateway_is_down(phone)
    with sms_app.test_request_context():
        settings = sms_settings()
        submission = db.session.scalars(select(Submission)).one()
        entry = ChangeEntry(title="Hot meals", heard="Cold food", did="New kitchen",
                            published=True)
        db.session.add(entry)
        db.session.flush()
        old_vote = voter_key(settings.voter_secret, submission.receipt_key, entry.id)
        db.session.add(ChangeFeedback(entry_id=entry.id, answer="yes", voter_key=old_vote))
        db.session.commit()
        replace_receipt_code(db.session, submission_id=submission.id, kdf=settings.kdf,
                             voter_secret=settings.voter_secret)
        new_key = db.session.get(Submission, submission.id).receipt_key
        assert db.session.scalars(select(ChangeFeedback.voter_key)).one() == voter_key(
            settings.voter_secret, new_key, entry.id)
        withdraw_submission(db.session, receipt_key=new_key, voter_secret=settings.voter_secret,
                            withdrawal_record=settings.withdrawal_record)
        assert db.session.scalars(select(ChangeFeedback)).all() == []
