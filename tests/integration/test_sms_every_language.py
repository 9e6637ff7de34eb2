"""A survivor's whole SMS conversation in each of the twelve languages, on SQLite and PostgreSQL:
the keyword, the language by its number in the menu, consent, every question answered (a free
text in the language), the receipt, the status asked for with each of the language's code words,
and the feedback withdrawn with the language's stop word. Every text is the one the catalogue
holds for that language, and fits the segments the platform allows."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from feedback_app.config import PROJECT_ROOT, SHIPPED_LANGUAGES
from feedback_app.extensions import db
from feedback_app.models import Answer, Reply, SmsConversation, Submission
from feedback_app.services.languages import glossaries
from feedback_app.services.redaction import redact_answer
from feedback_app.services.sms_encoding import fit
from feedback_app.services.surveys import SurveyCatalogue, text_in
from tests.people import post_form
from tests.sms_phone import RECEIPT, Phone, catalogue_text, twilio_settings
from tests.support.voices import VOICES

PUBLIC_URL = "https://feedback.example.org"
SHELTER = SurveyCatalogue(PROJECT_ROOT / "surveys").get("shelter")
STAFF_REPLY = "We changed the meal times."
# A question carries its prompt and options, so it may take three segments; the receipt carries
# the code and the link to /r (tests/unit/test_sms_texts.py allows it three too); every other
# text the platform sends fits two.
QUESTION = re.compile(r"^\d+/\d+ ")


@pytest.fixture
def sms_app(app_factory):
    # One survivor texts every code word of a language here, more than the 20 texts in five
    # minutes a number may send (tests/integration/test_sms_bad_input.py covers that limit).
    return app_factory(**twilio_settings(), PUBLIC_URL=PUBLIC_URL,
                       SMS_LIMIT_SENDER="100 per 5 minutes")


def expected(app, language: str, key: str, **values: object) -> str:
    return catalogue_text(app, language, key, PUBLIC_URL, **values)


def stop_word(language: str) -> str:
    """The language's own word for STOP: one in its script, else the first after STOP."""
    words = glossaries()[language].sms["stop"]
    return next((word for word in words if not word.isascii()), words[1])


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def answers_every_question(app, phone: Phone, language: str) -> tuple[dict[str, str], str]:
    """Answer the shelter survey's questions as they come, each choice by its number (the first
    by its label, as a survivor may type it) and each free text with words in the language;
    return the answers as they must be stored (the texts as the redactor leaves them) and the
    receipt text."""
    questions = SHELTER.questions()
    voices = iter(VOICES[language])
    stored: dict[str, str] = {}
    reply = phone.last()
    for n, question in enumerate(questions, start=1):
        values: dict[str, object] = {"n": n, "total": len(questions),
                                     "prompt": text_in(question.prompt, language)}
        if question.kind == "choice":
            options = SHELTER.options(question, language)
            values["options"] = tuple(label for _, label in options)
        assert reply == expected(app, language, question.kind, **values), (n, reply)
        if question.kind == "choice":
            pick = (n - 1) % len(options)
            stored[question.key] = options[pick][0]
            answer = options[pick][1] if n == 1 else str(pick + 1)
        else:
            answer = next(voices)
            stored[question.key] = redact_answer(answer, language).text
        (reply,) = phone.text(answer)
    return stored, reply


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_survivor_gives_feedback_reads_the_status_and_withdraws_by_sms_in_every_language(
        sms_app, language: str):
    phone = Phone(sms_app.test_client())
    glossary = glossaries()[language]
    # Given the language menu, which names each language in itself
    (menu,) = phone.text("SHELTER")
    number = sms_app.config["LANGUAGES"].index(language) + 1
    assert f"{number} {glossary.name}" in menu.split(", "), menu
    # When the survivor picks theirs by its number, agrees and answers everything
    assert phone.text(str(number)) == [expected(sms_app, language, "consent")]
    assert phone.text("1") == [expected(sms_app, language, "board")]
    assert phone.text("1") == [expected(sms_app, language, "quote")]
    phone.text("2")
    stored, receipt = answers_every_question(sms_app, phone, language)
    # Then the receipt comes in the language, and the feedback is kept as written
    code = phone.receipt_code()
    assert receipt == expected(sms_app, language, "receipt", code=code, url=f"{PUBLIC_URL}/r")
    with sms_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        assert (submission.channel, submission.language) == ("sms", language)
        assert {a.question_key: a.choice or a.text_redacted
                for a in submission.answers} == stored
        db.session.scalars(select(SmsConversation)).one()

    # When the survivor asks for the status with each of the language's code words
    words = glossary.sms["code"]
    assert phone.text(f"{words[-1]} {code}") == [expected(sms_app, language, "no_reply")]
    with sms_app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        db.session.add(Reply(submission_id=submission.id, body=STAFF_REPLY,
                             sent_on=dt.date.today(), number=1))
        db.session.commit()
    reply = expected(sms_app, language, "staff_reply", body=STAFF_REPLY)
    for word in words:
        # Then each one reads the team's reply, in the survivor's language
        assert phone.text(f"{word} {code}") == [reply], word

    # When the survivor texts the language's stop word
    assert phone.text(stop_word(language)) == [expected(sms_app, language, "stopped")]
    # Then nothing of the feedback is left, and the code opens nothing on the web
    assert (count(sms_app, Submission), count(sms_app, Answer),
            count(sms_app, SmsConversation)) == (0, 0, 0)
    page = post_form(sms_app.test_client(), "/r", {"code": code}).get_data(as_text=True)
    assert VOICES[language][0] not in page and STAFF_REPLY not in page

    # And every text the platform sent fits the segments it may take
    too_long = [(text, fit(text, language).segments) for text in phone.received
                if fit(text, language).segments > (3 if QUESTION.match(text)
                                                   or RECEIPT.search(text) else 2)]
    assert too_long == []


def test_vietnamese_words_for_staff_and_locking_are_kept_as_written():
    # "Nhân viên" is "staff" and "khóa" is "locked": a survivor writing about a shelter uses
    # both, and neither is a name.
    for text in VOICES["vi"]:
        assert redact_answer(text, "vi").text == text
