"""Bad input at the SMS webhooks: a kind answer or none, never a 500, nothing saved lost."""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import SmsConversation, Submission
from tests.kannel import TOKEN
from tests.sms_phone import (
    SHELTER_ANSWERS,
    SHELTER_CHOICE_COUNT,
    SHELTER_QUESTION_COUNT,
    Phone,
    signed,
    twilio_settings,
)
from tests.support.twiml import messages

KANNEL = {"SMS_GATEWAY": "kannel", "KANNEL_TOKEN": TOKEN,
          # Nothing listens here: sending fails, which must not lose what was stored.
          "KANNEL_SENDSMS_URL": "http://127.0.0.1:9/cgi-bin/sendsms",
          "KANNEL_USERNAME": "u", "KANNEL_PASSWORD": "p"}


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def twilio_app(app_factory):
    return app_factory(**twilio_settings())


@pytest.mark.parametrize("body", ["", " ", "\x00", "x" * 10_000, "\ud800".encode(
    "utf-8", "surrogatepass").decode("latin-1"), "😀" * 500, "<Message>&amp;</Message>"])
def test_odd_bodies_mid_survey_get_the_question_again_and_keep_the_answers(twilio_app, body):
    phone = Phone(twilio_app.test_client(), number="+15005550200")
    for text in ("SHELTER", "1", "1", "1", "1", "2"):
        phone.text(text)
    answers = phone.text(body)
    assert answers and answers[0].strip()
    with twilio_app.app_context():
        row = db.session.scalars(select(SmsConversation)).one()
        assert row.answers.get("felt_safe") == "partly"


def test_a_10_kb_answer_to_a_free_text_question_is_cut_to_the_question_limit(twilio_app):
    phone = Phone(twilio_app.test_client(), number="+15005550201")
    skipped = ["0"] * (SHELTER_QUESTION_COUNT - SHELTER_CHOICE_COUNT - 1)  # the other free texts
    phone.answers_survey([*SHELTER_ANSWERS[:SHELTER_CHOICE_COUNT], "long " * 2000, *skipped])
    with twilio_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        text = next(a.text_redacted for a in submission.answers if a.text_redacted)
        assert 1000 <= len(text) <= 2000


@pytest.mark.parametrize("sender", ["", "BANK", "+", "12", "+1234567890123456", "abc123",
                                    "1-800-FLOWERS", "\x00", "+44 7700 900 900 900 900"])
def test_unknown_sender_formats_are_answered_with_nothing_and_store_nothing(twilio_app, sender):
    params = {"From": sender, "Body": "SHELTER"}
    response = twilio_app.test_client().post("/sms/twilio", data=params, headers=signed(params))
    assert response.status_code == 200
    assert messages(response.get_data()) == []
    assert count(twilio_app, SmsConversation) == 0


def test_sender_formats_a_phone_may_use_are_read(twilio_app):
    for sender in ("+44 7700 900202", "0044-7700-900203", "(555) 555.0204", "12345"):
        params = {"From": sender, "Body": "SHELTER"}
        response = twilio_app.test_client().post("/sms/twilio", data=params,
                                                 headers=signed(params))
        assert messages(response.get_data()), sender
    assert count(twilio_app, SmsConversation) == 4


def test_twilio_requests_without_a_valid_signature_are_refused(twilio_app):
    client = twilio_app.test_client()
    params = {"From": "+15005550205", "Body": "SHELTER"}
    assert client.post("/sms/twilio", data=params).status_code == 403
    forged = {"X-Twilio-Signature": signed(params)["X-Twilio-Signature"][::-1]}
    assert client.post("/sms/twilio", data=params, headers=forged).status_code == 403
    other_body = {**params, "Body": "LEGAL"}
    assert client.post("/sms/twilio", data=other_body, headers=signed(params)).status_code == 403
    assert client.get("/sms/kannel?token=x").status_code == 404  # not the configured gateway
    assert count(twilio_app, SmsConversation) == 0


def test_a_flood_from_one_number_is_slowed_kindly_once_then_quietly(app_factory):
    app = app_factory(**twilio_settings(), SMS_LIMIT_SENDER="10 per 5 minutes")
    # Limits are counted per number in the limiter's storage: a number no other test uses.
    phone = Phone(app.test_client(), number=f"+1500{secrets.randbelow(10**8):08d}")
    replies = [phone.text("hello") for _ in range(25)]
    assert all(len(r) == 1 for r in replies[:10])
    assert "very fast" in replies[10][0]
    assert all(r == [] for r in replies[11:])
    other = Phone(app.test_client(), number="+15005550207")
    assert other.text("SHELTER")  # another phone is not held up


def test_kannel_text_in_any_charset_or_invalid_bytes_never_fails(app_factory):
    app = app_factory(**KANNEL)
    client = app.test_client()
    base = f"/sms/kannel?token={TOKEN}&from=%2B15005550208&to=12345"
    for query in ("&text=SHELTER", "&text=%FF%FE%00", "&text=%C3%28&charset=UTF-8",
                  "&text=%00S%00H%00E%00L%00T%00E%00R&charset=UTF-16BE",
                  "&text=abc&charset=no-such-charset", "", "&text=" + "A" * 10_000,
                  "&from=&text=x", "&text=%E9t%E9&charset=ISO-8859-1"):
        response = client.get(base + query)
        assert response.status_code == 200, query
    assert count(app, SmsConversation) == 1  # the first SHELTER started it; the rest was read
    response = client.post(base + "&text=1")
    assert response.status_code == 200
    with app.app_context():
        assert db.session.scalars(select(SmsConversation.stage)).one() == "consent"


def test_kannel_sendsms_being_down_loses_nothing_already_stored(app_factory):
    app = app_factory(**KANNEL)
    client = app.test_client()
    base = f"/sms/kannel?token={TOKEN}&from=%2B15005550209&to=12345&text="
    for text in ("SHELTER", "1", "1", "1", "1", *SHELTER_ANSWERS):
        assert client.get(base + text.replace(" ", "+")).status_code == 200
    assert count(app, Submission) == 1
