"""Every SMS text, in every language, is short, translated, and names no programme."""

from __future__ import annotations

import pytest

from feedback_app import create_app
from feedback_app.config import PROJECT_ROOT, SHIPPED_LANGUAGES
from feedback_app.services.sms_conversation import Context, Say, State, ask, language_menu
from feedback_app.services.sms_encoding import fit
from feedback_app.services.surveys import SurveyCatalogue
from feedback_app.sms import texts
from tests.apps import config_for_tests

LANGUAGES = SHIPPED_LANGUAGES
# Scripts GSM-7 cannot write: these go as UCS-2, 70 characters a text (67 when joined).
UCS2 = frozenset({"ar", "vi", "zh_Hans", "ru", "uk", "ti"})
RECEIPT = "1234 5678 9012 3456 7890"
FIXED = ("consent", "board", "quote", "again", "not_started", "stopped", "sent", "help",
         "how_to_start", "no_reply", "code_unknown", "too_fast", "unavailable", "survey_closed")


@pytest.fixture(scope="module")
def app():
    return create_app(config_for_tests("sqlite://"))


def rendered(app, language: str, *say: Say, url: str = "") -> list[str]:
    with app.app_context():
        return texts.render(language, say, public_url=url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_fixed_texts_fit_two_sms_and_most_fit_one(app, language):
    one = 0
    for key in FIXED:
        (text,) = rendered(app, language, Say(key))
        sms = fit(text, language)
        assert sms.segments <= 2, (key, language, sms)
        one += sms.segments == 1
    # Half fit one text where a text holds 160 characters, a third where it holds 70.
    enough = len(FIXED) // 3 if language in UCS2 else len(FIXED) // 2
    assert one >= enough, f"only {one} of {len(FIXED)} texts fit one SMS in {language}"
    receipt = fit(rendered(app, language, Say("receipt", {"code": RECEIPT}),
                           url="https://feedback.example.org")[0], language)
    assert receipt.segments <= 3 and RECEIPT in receipt.text


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_every_sms_text_is_translated(app, language):
    for key in FIXED:
        assert rendered(app, language, Say(key)) != rendered(app, "en", Say(key)), key


def test_latin_texts_never_take_more_sms_than_plain_gsm7_would_and_arabic_goes_as_ucs2(app):
    for key in FIXED:
        assert fit(rendered(app, "en", Say(key))[0]).coding == "gsm7", key
    for language in ("es", "fr", "pt"):
        for key in FIXED:
            (text,) = rendered(app, language, Say(key))
            as_plain_gsm7 = 1 if len(text) <= 160 else -(-len(text) // 153)
            assert fit(text).segments <= as_plain_gsm7, (language, key)
    assert fit(rendered(app, "ar", Say("consent"))[0]).coding == "ucs2"


@pytest.mark.parametrize("survey_key", SurveyCatalogue(PROJECT_ROOT / "surveys").keys())
def test_every_question_of_every_survey_fits_three_sms_in_every_language(app, survey_key):
    survey = SurveyCatalogue(PROJECT_ROOT / "surveys").get(survey_key)
    context = Context(survey=survey, languages=survey.languages, redact=lambda t, lang: (t, {}))
    for language in survey.languages:
        for index in range(len(survey.questions())):
            state = State(stage="question", language=language, question=index)
            (text,) = rendered(app, language, ask(context, state))
            assert fit(text, language).segments <= 3, (survey_key, language, index, text)
            again = rendered(app, language, Say("again"), ask(context, state))
            assert len(again) == 1 and again[0].endswith(text)
    (menu,) = rendered(app, "en", language_menu(context))
    # Every language in its own script: twelve names take two UCS-2 texts.
    assert fit(menu).segments <= 2


def test_a_long_staff_reply_is_cut_at_a_word_and_points_to_the_web(app):
    body = "word " * 300
    (text,) = rendered(app, "en", Say("staff_reply", {"body": body}))
    assert len(text) < 600 and "whole reply is on the website" in text
    assert fit(text).segments <= 4


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_fresh_receipt_code_fits_three_sms_is_translated_and_says_only_it_works(app, language):
    again = Say("receipt_again", {"code": RECEIPT})
    (text,) = rendered(app, language, again, url="https://feedback.example.org")
    sms = fit(text, language)
    assert sms.segments <= 3 and RECEIPT in text and text.endswith("feedback.example.org/r")
    (plain,) = rendered(app, language, again)
    assert fit(plain, language).coding == ("ucs2" if language in UCS2 else "gsm7")
    if language != "en":
        assert plain != rendered(app, "en", again)[0]
        assert plain != rendered(app, language, Say("receipt", {"code": RECEIPT}))[0]


def test_vietnamese_goes_with_its_tone_marks_even_when_plain_letters_would_save_a_segment():
    # "Bạn có cảm thấy an toàn không?" without its marks is "ban co cam thay an toan khong?",
    # which reads as other words: Vietnamese texts go as UCS-2, whole.
    text = "1/11 Bạn có cảm thấy an toàn không? 1 Có, 2 Một phần, 3 Không, 0 bỏ qua câu này"
    assert fit(text).coding == "gsm7" and fit(text).text != text
    sent = fit(text, "vi")
    assert sent.coding == "ucs2" and sent.text == text
