"""Whole SMS conversations through the real Kannel: fakesmsc → bearerbox → smsbox → get-url →
the app → sendsms → bearerbox → fakesmsc. On SQLite and PostgreSQL."""

from __future__ import annotations

import re
import secrets
import threading
import time

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import SmsConversation, Submission
from feedback_app.services.sms_encoding import fit
from tests.integration.test_canary import every_log, stored_bytes  # noqa: F401  (fixture)
from tests.people import post_form
from tests.sms_phone import SHELTER_ANSWERS, SHELTER_QUESTION_COUNT

RECEIPT = re.compile(r"(\d{4} \d{4} \d{4} \d{4} \d{4})")


def converse(kannel, number: str, texts: list[str]) -> list[list[str]]:
    return [kannel.send(number, text) for text in texts]


def opens_at_r(app, code: str) -> bool:
    page = post_form(app.test_client(), "/r", {"code": code})
    return "The food was cold and late" in page.get_data(as_text=True)


def store_without(kannel, needle: bytes, timeout: float = 5) -> bytes:
    """Kannel's store once `needle` has left it (a delivered message goes at its ack), or as it
    is after `timeout`."""
    end = time.monotonic() + timeout
    while needle in (stored := kannel.stored()) and time.monotonic() < end:
        time.sleep(0.05)
    return stored


def test_a_receipt_kannel_could_not_take_comes_as_a_fresh_code_once_it_is_back(kannel, kannel_app):
    # Given a survivor at the last question, and bearerbox going down as their answer arrives
    number = "+447700901" + f"{secrets.randbelow(1000):03d}"
    converse(kannel, number, ["shelter", "1", "1", "1", "2", *SHELTER_ANSWERS[:-1]])
    handled = threading.Event()

    def stops_bearerbox_first(environ, start_response):
        kannel.stop_bearerbox()
        try:
            return kannel_app(environ, start_response)
        finally:
            handled.set()

    kannel.switch.app = stops_bearerbox_first
    try:
        # When the last answer is sent: no receipt reaches the phone, but the feedback is kept
        assert kannel.send(number, SHELTER_ANSWERS[-1], expect=0) == []
        assert handled.wait(30)
        with kannel_app.app_context():
            submission = db.session.scalars(select(Submission)).one()
            lost_key = submission.receipt_key
            assert db.session.scalars(select(SmsConversation.stage)).one() == "receipt_pending"
        # And when Kannel is back and the survivor texts anything
        kannel.start()
        kannel.switch.app = kannel_app
        answers = kannel.send(number, "hello?")
    finally:
        if not kannel.running():
            kannel.start()
        kannel.switch.app = kannel_app
    # Then a fresh code arrives, for the same submission, and it works on the web
    codes = [match.group(1) for text in answers for match in RECEIPT.finditer(text)]
    assert len(codes) == 1, answers
    assert any("Only this one works" in text for text in answers), answers
    with kannel_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        assert submission.receipt_key != lost_key
        assert db.session.scalars(select(SmsConversation.stage)).one() == "sent"
    assert opens_at_r(kannel_app, codes[0])


def test_a_text_kannel_has_queued_survives_a_restart_of_kannel(kannel, kannel_app):
    # Given a text Kannel has taken while the phone is off the network
    number = "+447700902" + f"{secrets.randbelow(1000):03d}"
    kannel.hang_up()
    gateway = kannel_app.extensions["sms_gateway"]
    assert gateway.send(number, fit("Sent before the restart"))
    assert b"Sent before the restart" in kannel.stored()  # waiting in the store, on disk
    # When Kannel restarts
    kannel.stop_bearerbox()
    kannel.start()
    # Then the phone gets it once it is back, and the store lets it go
    answers = kannel.send(number, "hello?", expect=2)
    assert "Sent before the restart" in answers, answers
    assert b"Sent before the restart" not in store_without(kannel, b"Sent before the restart")


def test_a_whole_conversation_through_kannel_ends_with_a_receipt_that_works_on_the_web(
        kannel, kannel_app):
    number = "+447700900" + f"{secrets.randbelow(1000):03d}"
    answers = converse(kannel, number, ["shelter", "1", "1", "1", "2", *SHELTER_ANSWERS])
    # Twelve names in their own scripts: two UCS-2 parts, joined again by the phone.
    assert answers[0] == [
        "1 English, 2 Español, 3 Français, 4 Português, 5 العربية, 6 Tiếng Việt, 7 简体中文, "
        "8 Русский, 9 Українська, 10 Română, 11 Shqip, 12 ትግርኛ"]
    assert answers[4][0].startswith(f"1/{SHELTER_QUESTION_COUNT} Did you feel safe?")
    assert all(len(a) == 1 for a in answers), answers
    code = RECEIPT.search(answers[-1][0]).group(1)
    with kannel_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        assert submission.channel == "sms"
        assert any(a.text_redacted == "The food was cold and late" for a in submission.answers)
    assert kannel.send(number, f"CODE {code}") == [
        "No reply yet. Please text CODE and your code again later."]
    page = post_form(kannel_app.test_client(), "/r", {"code": code})
    assert "The food was cold and late" in page.get_data(as_text=True)
    assert kannel.send(number, "STOP") == ["Stopped. Everything from this conversation is deleted."]
    with kannel_app.app_context():
        assert db.session.scalars(select(Submission)).all() == []


def test_arabic_goes_both_ways_as_ucs2(kannel, kannel_app):
    number = "+201000000" + f"{secrets.randbelow(1000):03d}"
    converse(kannel, number, ["SHELTER"])
    consent = kannel.send(number, "العربية")
    assert consent and "الفريق" in consent[0]
    converse(kannel, number, ["\u0661", "2", "2"])  # agree; board no; quote no
    first = kannel.send(number, "نعم")[0]
    # "yes" in Arabic answered question 1
    assert first.startswith(f"2/{SHELTER_QUESTION_COUNT}"), first
    with kannel_app.app_context():
        conversation = db.session.scalars(select(SmsConversation)).one()
        assert conversation.language == "ar" and conversation.answers == {"felt_safe": "yes"}


def test_spanish_accents_arrive_intact_and_answers_come_back_in_spanish(kannel, kannel_app):
    number = "+34600000" + f"{secrets.randbelow(1000):03d}"
    converse(kannel, number, ["shelter"])
    consent = kannel.send(number, "Español")[0]
    assert consent.startswith("Tus respuestas llegan al equipo")
    converse(kannel, number, ["sí", "no"])
    question = kannel.send(number, "no")[0]
    assert "¿Te sentiste con seguridad?" in question


def test_a_wrong_token_is_refused_and_nothing_is_stored(kannel_app):
    client = kannel_app.test_client()
    response = client.get("/sms/kannel?token=wrong&from=%2B447700900111&text=SHELTER")
    assert response.status_code == 403
    assert client.post("/sms/twilio", data={"From": "+1", "Body": "x"}).status_code == 404
    with kannel_app.app_context():
        assert db.session.scalars(select(SmsConversation)).all() == []


def test_canary_number_is_nowhere_in_the_database_or_any_log(kannel, kannel_app, every_log,  # noqa: F811
                                                              database_url, request):
    digits = f"{secrets.randbelow(10**8):08d}"
    number = f"+4477{digits}"
    converse(kannel, number, ["SHELTER", "1", "1", "1", "1", *SHELTER_ANSWERS])
    kannel.send(number, "hello")
    kannel.send(number, "CODE 0000 0000 0000 0000 0000")
    with kannel_app.app_context():
        assert db.session.scalars(select(Submission)).one().channel == "sms"
        db.session.remove()
        pg_bin = request.getfixturevalue("pg_bin") if "postgresql" in database_url else None
        stored = stored_bytes(database_url, pg_bin)
    assert b"The food was cold and late" in stored  # the search does see what is stored
    logged = every_log.read_bytes()
    assert logged, "logging captured nothing, so the search below would prove nothing"
    kannel_logs = kannel.logs()
    kannel_store = store_without(kannel, digits.encode())  # what Kannel keeps on disk
    for needle in (number, number[1:], digits):
        for name, haystack in (("database", stored), ("app logs", logged),
                               ("Kannel logs", kannel_logs), ("Kannel store", kannel_store)):
            assert needle.encode() not in haystack, (needle, name)
