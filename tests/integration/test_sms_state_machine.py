"""Any sequence of texts, from several phones, leaves every conversation in a valid state.

Hypothesis drives the Twilio webhook, and Kannel's get-url with a sendsms that goes down and comes
back, with keywords, commands, digits in several scripts, garbage, empty and very long texts, and
lets conversations expire; after every step the invariants below must hold, every text must have
had an answer, and a conversation is only ever "sent" when its phone holds a working code.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import delete, select

from feedback_app.extensions import db
from feedback_app.models import SMS_STAGES, Programme, SmsConversation, Submission
from feedback_app.providers import sms_settings
from feedback_app.services import sms, sms_store
from feedback_app.services.sms_encoding import fit
from feedback_app.services.submissions import SubmissionNotFoundError, find_by_receipt
from tests.sms_phone import (
    RECEIPT,
    SHELTER_CHOICE_COUNT,
    SHELTER_QUESTION_COUNT,
    KannelPhone,
    Phone,
    Sendsms,
    running_sendsms,
    twilio_settings,
)

NUMBERS = ("+15005550101", "+15005550102", "0044 7700 900103")
WORDS = ["SHELTER", "legal", "Shélter", "STOP", "parar", "help", "AYUDA", "0", "1", "2", "3",
         "4", "9", "٢", "yes", "no", "sí", "Español", "العربية", "CODE 1234", "code", "",
         " ", "\x00", "x" * 5000, "STOP please", "🙂"]
TEXTS = st.one_of(st.sampled_from(WORDS), st.text(max_size=60))
# The shelter survey asks its choices first; after the first free text, the others are skipped.
SKIPPED_TEXTS = ["0"] * (SHELTER_QUESTION_COUNT - SHELTER_CHOICE_COUNT - 1)


def run(app, sendsms: Sendsms | None = None) -> None:
    class Conversations(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            if sendsms is None:
                self.phones = {n: Phone(app.test_client(), number=n) for n in NUMBERS}
            else:
                sendsms.down = False
                self.phones = {n: KannelPhone(app.test_client(), number=n, sendsms=sendsms)
                               for n in NUMBERS}
            self.receipts: list[str] = []
            self.holds: dict[str, str] = {}  # number -> the newest code that reached it
            with app.app_context():
                db.session.execute(delete(SmsConversation))
                db.session.execute(delete(Submission))
                db.session.commit()

        def got(self, number: str, answers: list[str]) -> None:
            for answer in answers:
                found = RECEIPT.search(answer)
                if found:
                    self.receipts.append(found.group(1))
                    self.holds[number] = found.group(1)

        @rule(number=st.sampled_from(NUMBERS), text=TEXTS)
        def texts(self, number: str, text: str) -> None:
            phone = self.phones[number]
            answers = phone.text(text)
            assert phone.tried, f"no answer to {text!r}: a dead end"
            for answer in phone.tried:
                assert answer.strip() and fit(answer).segments <= 4, answer
            self.got(number, answers)

        @rule(down=st.booleans())
        def the_gateway_goes_down_or_comes_back(self, down: bool) -> None:
            if sendsms is not None:
                sendsms.down = down

        @rule(number=st.sampled_from(NUMBERS), language=st.sampled_from("12345"),
              choices=st.lists(st.sampled_from("0123"), min_size=SHELTER_CHOICE_COUNT,
                               max_size=SHELTER_CHOICE_COUNT))
        def answers_a_whole_survey(self, number: str, language: str, choices: list[str]) -> None:
            phone = self.phones[number]
            tried = []
            for text in ("SHELTER", language, "1", "2", "1", *choices, "My words", *SKIPPED_TEXTS):
                self.got(number, phone.text(text))
                tried.extend(phone.tried)
            # The receipt, or (if one was still waiting) a fresh code at the first text
            assert any(RECEIPT.search(text) for text in tried), tried

        @rule(number=st.sampled_from(NUMBERS), data=st.data())
        def asks_for_a_code(self, number: str, data: st.DataObject) -> None:
            if self.receipts:
                code = data.draw(st.sampled_from(self.receipts))
                phone = self.phones[number]
                self.got(number, phone.text(f"CODE {code}"))
                assert phone.tried

        @rule()
        def a_day_of_silence(self) -> None:
            with app.test_request_context():
                later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=25)
                sms_store.expire_conversations(db.session, sms_settings(), later)

        @invariant()
        def conversations_are_valid(self) -> None:
            with app.test_request_context():
                settings_ = sms_settings()
                rows = db.session.scalars(select(SmsConversation)).all()
                now = dt.datetime.now(dt.UTC)
                owners = {key: n for n in NUMBERS for key in sms_store.conversation_keys(
                    settings_.hmac_secret, sms.normalise_sender(n), now)}  # today's, yesterday's
                assert len(rows) <= len(NUMBERS)
                for row in rows:
                    assert row.stage in SMS_STAGES
                    programme = db.session.get(Programme, row.programme_id)
                    survey = settings_.surveys.get(programme.survey_key, programme.survey_version)
                    questions = {q.key: q for q in survey.questions()}
                    if row.stage != "language":
                        assert row.language in survey.languages
                    if row.stage in ("board", "quote", "question", "receipt_pending", "sent"):
                        assert row.consent_staff
                    if row.stage == "question":
                        assert 0 <= row.question < len(questions)
                    for key, value in row.answers.items():
                        question = questions[key]
                        if question.kind == "choice":
                            assert value in dict(survey.options(question, "en"))
                        else:
                            assert value.strip() and len(value) <= question.max_chars + 200
                    if row.stage in ("receipt_pending", "sent"):
                        assert row.answers == {} and row.submission_id is not None
                    if row.stage == "receipt_pending":  # only while the gateway refuses
                        assert sendsms is not None
                    if row.stage == "sent":  # its phone holds a code that opens it
                        code = self.holds.get(owners[row.key_hmac])
                        assert code, "a sent conversation whose phone never got a code"
                        try:
                            found = find_by_receipt(db.session, typed_code=code,
                                                    kdf=settings_.kdf)
                        except SubmissionNotFoundError:
                            raise AssertionError(f"a sent conversation's code is lost: {code}") \
                                from None
                        assert found.id == row.submission_id
                    for number in NUMBERS:
                        assert sms.normalise_sender(number).lstrip("+") not in row.key_hmac
                db.session.remove()

    run_state_machine_as_test(Conversations, settings=settings(
        max_examples=15, stateful_step_count=25, deadline=None,
        suppress_health_check=list(HealthCheck)))


LIMITS = {"SMS_LIMIT_SENDER": "100000 per minute", "SMS_CODE_LIMIT_SENDER": "100000 per minute"}


def test_any_sequence_of_texts_leaves_valid_conversations(app_factory):
    app = app_factory(**twilio_settings(), **LIMITS)
    run(app)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_gateway_that_goes_down_never_leaves_a_sent_conversation_without_its_code(
        app_factory):
    with running_sendsms() as sendsms:
        app = app_factory(**sendsms.app_settings(), **LIMITS)
        run(app, sendsms)
