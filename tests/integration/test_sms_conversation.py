"""The SMS conversation through the Twilio webhook, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from feedback_app.clock import FixedClock
from feedback_app.extensions import db
from feedback_app.models import Answer, Programme, Reply, SmsConversation, Submission
from feedback_app.providers import sms_settings
from feedback_app.services import sms, sms_store
from tests.people import post_form
from tests.sms_phone import (
    SHELTER_ANSWERS,
    SHELTER_CHOICE_COUNT,
    SHELTER_QUESTION_COUNT,
    Phone,
    twilio_settings,
)


@pytest.fixture
def sms_app(app_factory):
    return app_factory(**twilio_settings())


@pytest.fixture
def phone(sms_app):
    return Phone(sms_app.test_client())


def rows(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def test_whole_conversation_stores_redacted_feedback_with_a_receipt_that_works_on_the_web(
        sms_app, phone):
    assert phone.text("shelter") == [
        "1 English, 2 Español, 3 Français, 4 Português, 5 العربية, 6 Tiếng Việt, 7 简体中文, "
        "8 Русский, 9 Українська, 10 Română, 11 Shqip, 12 ትግርኛ"]
    assert "Reply 1 to agree" in phone.text("1")[0]
    assert "advisory board" in phone.text("1")[0]
    assert "in public" in phone.text("1")[0]
    first = phone.text("2")[0]  # quote: no
    assert first.startswith(f"1/{SHELTER_QUESTION_COUNT} Did you feel safe?")
    assert "1 Yes, 2 Partly, 3 No" in first
    for answer in SHELTER_ANSWERS[:SHELTER_CHOICE_COUNT]:
        phone.text(answer)
    phone.text("Call me on 07700 900123, Maria Lopez. The food was cold")
    phone.text("0")
    done = phone.text("0")
    assert "Receipt code" in done[0]
    code = phone.receipt_code()
    with sms_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        assert (submission.channel, submission.language) == ("sms", "en")
        assert (submission.consent_board, submission.consent_quote) == (True, False)
        answers = {a.question_key: a.choice or a.text_redacted for a in submission.answers}
        assert (answers["felt_safe"], answers["respected"]) == ("yes", "partly")
        text = next(a.text_redacted for a in submission.answers if a.text_redacted)
        assert "07700" not in text and "Maria" not in text and "food was cold" in text
        conversation = db.session.scalars(select(SmsConversation)).one()
        assert conversation.stage == "sent" and conversation.answers == {}
        assert conversation.submission_id == submission.id
    status = post_form(sms_app.test_client(), "/r", {"code": code})
    assert status.status_code == 200
    assert "food was cold" in status.get_data(as_text=True)
    # A glance at the phone tells little: no text the platform sent names the programme.
    assert phone.received and not any("Safe House" in text or "safe-house" in text
                                      for text in phone.received)


def test_language_is_chosen_by_number_or_name_and_arabic_digits_count(sms_app, phone):
    phone.text("SHELTER")
    consent = phone.text("español")[0]
    phone.text("\u0661")  # "1" typed on an Arabic keyboard: agrees
    phone.text("2")
    first = phone.text("2")[0]
    assert first.startswith(f"1/{SHELTER_QUESTION_COUNT} ¿Te sentiste con seguridad?"), first
    with sms_app.app_context():
        conversation = db.session.scalars(select(SmsConversation)).one()
        assert (conversation.language, conversation.consent_staff) == ("es", True)
    arabic = Phone(sms_app.test_client(), number="+15005550013")
    arabic.text("SHELTER")
    arabic.text("\u0665")  # 5: Arabic
    with sms_app.app_context():
        languages = db.session.scalars(select(SmsConversation.language)).all()
    assert sorted(languages) == ["ar", "es"]
    assert consent  # (its translation is checked in tests/unit/test_sms_texts.py)


def test_keyword_ignores_case_accents_and_punctuation(phone):
    assert "English" in phone.text("  Shélter! ")[0]


def test_unknown_keyword_gets_a_kind_way_to_start_that_names_no_programme(sms_app, phone):
    reply = phone.text("hello?")[0]
    assert "text the word on the poster" in reply
    with sms_app.app_context():
        names = db.session.scalars(select(Programme.name)).all()
        keywords = db.session.scalars(select(Programme.sms_keyword)).all()
    for word in [*names, *keywords]:
        assert word.lower() not in reply.lower()
    assert rows(sms_app, SmsConversation) == 0


def test_a_garbled_reply_gets_the_same_question_again(phone):
    phone.text("SHELTER")
    phone.text("1")
    phone.text("1")
    phone.text("1")
    question = phone.text("1")[0]
    again = phone.text("maybe?")[0]
    assert again.startswith("Sorry") and again.endswith(question)
    assert phone.text("9")[0].endswith(question)  # not an option either


def test_stop_mid_way_deletes_the_conversation_and_keeps_nothing(sms_app, phone):
    phone.text("SHELTER")
    phone.text("1")
    phone.text("1")
    phone.text("1")
    phone.text("1")
    phone.text("2")
    assert "deleted" in phone.text("stop")[0]
    assert rows(sms_app, SmsConversation) == 0
    assert rows(sms_app, Submission) == 0


def test_stop_after_the_receipt_withdraws_the_feedback(sms_app, phone):
    phone.answers_survey(SHELTER_ANSWERS)
    assert rows(sms_app, Submission) == 1
    phone.text("PARAR")
    assert rows(sms_app, Submission) == 0
    assert rows(sms_app, Answer) == 0
    assert rows(sms_app, SmsConversation) == 0


def test_declining_consent_ends_the_conversation_and_keeps_nothing(sms_app, phone):
    phone.text("SHELTER")
    phone.text("1")
    assert "Nothing was kept" in phone.text("2")[0]
    assert rows(sms_app, SmsConversation) == 0


def test_help_explains_and_repeats_the_question(phone):
    phone.text("SHELTER")
    menu = phone.last()
    reply = phone.text("help")[0]
    assert "STOP" in reply and reply.endswith(menu)


def test_code_reads_the_newest_staff_reply_and_wrong_codes_are_told_kindly(sms_app, phone):
    code = phone.answers_survey(SHELTER_ANSWERS)
    assert "No reply yet" in phone.text(f"CODE {code}")[0]
    with sms_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        db.session.add(Reply(submission_id=submission.id, body="We changed the meal times.",
                             sent_on=dt.date.today(), number=1))
        db.session.commit()
    assert "We changed the meal times." in phone.text(f"code {code}")[0]
    wrong = "0000 0000 0000 0000 0001"
    assert "could not find" in phone.text(f"CODE {wrong}")[0]
    other = Phone(sms_app.test_client(), number="+15005550007")
    assert "We changed the meal times." in other.text(f"CODE {code.replace(' ', '-')}")[0]


def test_a_staff_reply_reaches_the_survivor_once_while_the_conversation_is_open(sms_app, phone):
    phone.answers_survey(SHELTER_ANSWERS)
    assert "was sent" in phone.text("hi")[0]
    with sms_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        db.session.add(Reply(submission_id=submission.id, body="Thank you, we are on it.",
                             sent_on=dt.date.today(), number=1))
        db.session.commit()
    assert phone.text("hi") == ["Reply from the team: Thank you, we are on it."]
    assert "was sent" in phone.text("hi")[0]  # sent once


def test_silence_expires_the_conversation_and_keeps_answers_only_after_consent(sms_app):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
    consented = Phone(sms_app.test_client(), number="+15005550010")
    for text in ("SHELTER", "1", "1", "2", "2", "3", "The beds were fine"):
        consented.text(text)
    undecided = Phone(sms_app.test_client(), number="+15005550011")
    undecided.text("SHELTER")
    undecided.text("1")
    with sms_app.test_request_context():
        ended = sms_store.expire_conversations(db.session, sms_settings(), later)
        assert ended == 2
        assert db.session.scalar(select(func.count()).select_from(SmsConversation)) == 0
        submission = db.session.scalars(select(Submission)).one()
        assert submission.channel == "sms"
        assert [a.question_key for a in submission.answers] == ["felt_safe"]


def test_expiry_is_at_most_24_hours_and_kept_to_the_hour(sms_app, phone):
    before = dt.datetime.now(dt.UTC)
    phone.text("SHELTER")
    with sms_app.app_context():
        expires = db.session.scalars(select(SmsConversation.expires_at)).one()
    assert (expires.minute, expires.second, expires.microsecond) == (0, 0, 0)
    assert dt.timedelta(hours=23) <= expires - before <= dt.timedelta(hours=24)


def test_the_conversation_key_changes_daily_and_a_conversation_goes_on_over_midnight(
        app_factory):
    # Given a conversation begun at 22:00 UTC
    number = "+15005550012"
    clock = FixedClock(dt.datetime(2031, 3, 1, 22, 0, tzinfo=dt.UTC))
    sms_app = app_factory(**twilio_settings(), CLOCK=clock)
    with sms_app.test_request_context():
        settings = sms_settings()
        sms.handle(db.session, settings, number=number, text="SHELTER")
        old_key = db.session.scalars(select(SmsConversation.key_hmac)).one()
        # When the next text comes after midnight UTC
        clock.advance(dt.timedelta(hours=3))
        today_key, yesterday_key = sms_store.conversation_keys(settings.hmac_secret, number,
                                                               clock.now())
        assert old_key == yesterday_key != today_key
        answer = sms.handle(db.session, settings, number=number, text="1")
        # Then it goes on with the same conversation, under today's key
        assert answer.say[0].key == "consent"
        assert db.session.scalars(select(SmsConversation.key_hmac)).one() == today_key
        assert number not in today_key and number.lstrip("+") not in today_key


def test_staff_keyword_validation_and_a_second_programme_keyword(sms_app):
    from feedback_app.services.programmes import KeywordError, KeywordProblem, clean_keyword
    reserved, bad_format, taken = (KeywordProblem.RESERVED, KeywordProblem.FORMAT,
                                   KeywordProblem.TAKEN)
    with sms_app.app_context():
        assert clean_keyword(db.session, " Refugio ") == "REFUGIO"
        for bad, problem in (("STOP", reserved), ("ayuda", reserved), ("x", bad_format),
                             ("12AB", bad_format), ("Shélter!", taken), ("مأوى", bad_format)):
            with pytest.raises(KeywordError) as caught:
                clean_keyword(db.session, bad)
            assert caught.value.problem is problem, bad


def test_a_keyword_after_the_receipt_starts_a_new_conversation_and_keeps_the_first_feedback(
        sms_app, phone):
    phone.answers_survey(SHELTER_ANSWERS)
    assert "English" in phone.text("LEGAL")[0]
    with sms_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 1
        conversation = db.session.scalars(select(SmsConversation)).one()
        assert (conversation.stage, conversation.submission_id) == ("language", None)


def test_a_keyword_typed_as_a_free_text_answer_is_an_answer(sms_app, phone):
    for text in ("SHELTER", "1", "1", "1", "1", *SHELTER_ANSWERS[:SHELTER_CHOICE_COUNT]):
        phone.text(text)
    # the first free text takes it, and the question after that is asked
    after_it = f"{SHELTER_CHOICE_COUNT + 2}/{SHELTER_QUESTION_COUNT}"
    assert phone.text("Shelter")[0].startswith(after_it)
    with sms_app.app_context():
        conversation = db.session.scalars(select(SmsConversation)).one()
        assert conversation.answers["should_change"] == "Shelter"


def test_staff_see_how_an_sms_survivor_gets_their_reply(sms_app, phone):
    from tests.people import add_person, signed_in

    phone.answers_survey(SHELTER_ANSWERS)
    add_person(sms_app, "staff", programmes=("safe-house",))
    staff = signed_in(sms_app, "staff@example.org")
    with sms_app.app_context():
        submission_id = db.session.scalars(select(Submission.id)).one()
    page = staff.get(f"/staff/submissions/{submission_id}").get_data(as_text=True)
    assert "This feedback came by SMS" in page and " · by SMS" in page
    assert " · by SMS" in staff.get("/staff/inbox").get_data(as_text=True)


def test_a_gateway_without_its_settings_stops_the_app_from_starting():
    from feedback_app.sms.gateways import GatewayConfigError, configured_gateway

    base = {"SMS_GATEWAY": "", "KANNEL_TOKEN": "", "KANNEL_SENDSMS_URL": "",
            "KANNEL_USERNAME": "", "KANNEL_PASSWORD": "", "TWILIO_AUTH_TOKEN": "",
            "TWILIO_WEBHOOK_URL": ""}
    assert configured_gateway(base) is None
    for name in ("kannel", "twilio", "nexmo"):
        with pytest.raises(GatewayConfigError):
            configured_gateway({**base, "SMS_GATEWAY": name})


def test_two_processes_expiring_the_same_conversation_keep_its_answers_once(sms_app):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
    phone = Phone(sms_app.test_client(), number="+15005550014")
    for text in ("SHELTER", "1", "1", "2", "2", "3"):
        phone.text(text)
    with sms_app.test_request_context():
        from sqlalchemy.orm import Session

        other = Session(db.engine)  # a second process, which read the row before it went
        (stale,) = other.scalars(select(SmsConversation)).all()
        assert sms_store.expire_conversations(db.session, sms_settings(), later) == 1
        assert sms_store.claim(other, stale.id) is False  # nothing left: no second submission
        other.rollback()
        other.close()
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 1
