# ruff: noqa: RUF001  (texts in other scripts are the point of these tests)
"""A text that no conversation explains is answered in the language the survivor wrote it in:
a receipt code that matches nothing, HELP, or words before any keyword. On SQLite and
PostgreSQL, through the Twilio webhook, every answer equal to the catalogue's text."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import SmsConversation
from tests.sms_phone import Phone, twilio_settings
from tests.sms_phone import catalogue_text as expected

UNKNOWN_CODE = "1234 5678 9012 3456 7890"


@pytest.fixture
def sms_app(app_factory):
    return app_factory(**twilio_settings())


@pytest.mark.parametrize(("word", "language"), [
    ("КОД", "ru"),  # Russian and Ukrainian share it: the site lists Russian first
    ("kodi", "sq"), ("Mã", "vi"), ("ma", "vi"), ("回执码", "zh_Hans"), ("ኮድ", "ti"),
    ("código", "es"), ("رمز", "ar"), ("cod", "ro"), ("CODE", "en"),
])
def test_a_code_that_matches_nothing_is_answered_in_the_language_of_its_code_word(
        sms_app, word: str, language: str):
    phone = Phone(sms_app.test_client())
    assert phone.text(f"{word} {UNKNOWN_CODE}") == [expected(sms_app, language, "code_unknown")]
    with sms_app.app_context():  # and asking starts no conversation
        assert db.session.scalar(select(func.count()).select_from(SmsConversation)) == 0


@pytest.mark.parametrize(("text", "language"), [
    ("AYUDA", "es"), ("aide", "fr"), ("ПОМОЩЬ", "ru"), ("допомога", "uk"), ("帮助", "zh_Hans"),
    ("ndihme", "sq"), ("ሓገዝ", "ti"), ("مساعدة", "ar"), ("HELP", "en"),
])
def test_help_before_any_conversation_is_answered_in_the_language_of_the_word(
        sms_app, text: str, language: str):
    assert Phone(sms_app.test_client()).text(text) == [expected(sms_app, language, "help")]


@pytest.mark.parametrize(("text", "language"), [
    ("здравствуйте, я хочу оставить отзыв о приюте", "ru"),
    ("xin chào, em muốn góp ý về nhà tạm lánh", "vi"),
    ("你好，我想对庇护所提意见", "zh_Hans"),
    ("hola quiero dejar mi opinion sobre el albergue", "es"),
    ("مرحبا اريد ان اكتب رأيي عن المأوى", "ar"),
    ("hello how do i start", "en"),
])
def test_words_before_any_keyword_get_how_to_start_in_the_language_they_are_written_in(
        sms_app, text: str, language: str):
    assert Phone(sms_app.test_client()).text(text) == [expected(sms_app, language,
                                                                "how_to_start")]


def test_a_language_the_site_does_not_offer_is_answered_in_english(app_factory):
    app = app_factory(**twilio_settings(), LANGUAGES=("en", "es"))
    assert Phone(app.test_client()).text("КОД " + UNKNOWN_CODE) == [
        expected(app, "en", "code_unknown")]
    assert Phone(app.test_client(), number="+15005550007").text(
        "здравствуйте, как начать") == [expected(app, "en", "how_to_start")]


def test_an_unknown_code_in_a_conversation_is_answered_in_the_conversation_language(sms_app):
    phone = Phone(sms_app.test_client())
    phone.text("SHELTER")
    phone.text(str(sms_app.config["LANGUAGES"].index("uk") + 1))  # Ukrainian from the menu
    assert phone.text(f"CODE {UNKNOWN_CODE}") == [expected(sms_app, "uk", "code_unknown")]
