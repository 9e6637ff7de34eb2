"""Reading survivors' texts: commands in every language, digits from any keyboard."""

from __future__ import annotations

import pytest

from feedback_app.services import sms_words


@pytest.mark.parametrize("text", ["STOP", "stop", " Stop! ", "parar", "Arrêt", "SAIR", "إلغاء",
                                  "توقّف", "Fin"])
def test_stop_in_every_language(text):
    assert sms_words.is_stop(text)


@pytest.mark.parametrize("text", ["stop the noise", "stopped", "1", ""])
def test_a_stop_word_inside_a_sentence_is_an_answer_not_a_command(text):
    assert not sms_words.is_stop(text)


@pytest.mark.parametrize("text", ["help", "AYUDA", "aide", "Ajuda", "مساعدة"])
def test_help_in_every_language(text):
    assert sms_words.is_help(text)


def test_code_requests_accept_spaces_dashes_and_arabic_digits():
    assert sms_words.code_request("CODE 1234 5678-9012") == "123456789012"
    assert sms_words.code_request("código ١٢٣٤") == "1234"
    assert sms_words.code_request("code") is None
    assert sms_words.code_request("my code is 1234") is None


def test_numbers_from_any_keyboard():
    assert [sms_words.number(t) for t in ("2", " ٢ ", "2.", "۳", "two", "12345")] == [
        2, 2, 2, 3, None, None]


def test_yes_and_no():
    assert [sms_words.yes_no(t) for t in ("1", "yes", "Sí", "oui", "sim", "نعم")] == [True] * 6
    assert [sms_words.yes_no(t) for t in ("2", "no", "Não", "non", "لا")] == [False] * 5
    assert sms_words.yes_no("perhaps") is None


def test_keywords_fold_case_accents_and_punctuation():
    assert sms_words.keyword(" Shélter! ") == sms_words.keyword("SHELTER") == "SHELTER"
