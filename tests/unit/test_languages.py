"""Every configured language is whole: a name in its own script, a glossary whose terms the
catalogue keeps, the words a survivor may text, every survey in it, and theming's stop words.

docs/translating.md lists the same parts for a deployment that adds a language; these tests fail
when one of them is missing.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from feedback_app.config import PROJECT_ROOT, SHIPPED_LANGUAGES
from feedback_app.services.indicators import indicators
from feedback_app.services.languages import SMS_WORD_KINDS, TRANSLATIONS_DIR, glossaries
from feedback_app.services.sms_words import fold
from feedback_app.services.surveys import SurveyCatalogue

# The words the issue names as never varying, and those every catalogue uses as often.
REQUIRED_TERMS = ("receipt code", "quick exit", "withdraw", "advisory board", "consent",
                  "feedback", "theme", "programme")
MARKER = re.compile(r"\[[a-z]+\]")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def _messages(code: str) -> list[tuple[str, str]]:
    with (TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po").open("rb") as f:
        catalogue = read_po(f, locale=code)
    out = []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        out.extend((ids[min(i, len(ids) - 1)], s) for i, s in enumerate(strings))
    return out


@pytest.mark.parametrize("code", SHIPPED_LANGUAGES)
def test_each_language_has_a_glossary_with_its_name_register_terms_and_sms_words(code):
    glossary = glossaries()[code]
    assert glossary.name.strip() and glossary.register.strip()
    assert set(REQUIRED_TERMS) <= set(glossary.terms)
    assert set(glossary.sms) == set(SMS_WORD_KINDS)
    for kind in SMS_WORD_KINDS:
        assert any(fold(word) for word in glossary.sms[kind]), kind


def test_no_word_means_two_things_by_sms_in_any_two_languages():
    meaning: dict[str, str] = {}
    for glossary in glossaries().values():
        for kind, words in glossary.sms.items():
            for word in words:
                assert meaning.setdefault(fold(word), kind) == kind, (glossary.code, word)


@pytest.mark.parametrize("code", [c for c in SHIPPED_LANGUAGES if c != "en"])
def test_every_translation_uses_the_glossary_term_for_each_term_its_english_holds(code):
    glossary = glossaries()[code]
    off = []
    for english, translated in _messages(code):
        english = PLACEHOLDER.sub("", english)
        for term in glossary.terms:
            if re.search(rf"\b{re.escape(term)}", english, re.IGNORECASE) and not any(
                    spelling.casefold() in translated.casefold()
                    for spelling in glossary.spellings(term)):
                off.append((term, english, translated))
    assert off == []


@pytest.mark.parametrize("code", [c for c in SHIPPED_LANGUAGES if c != "en"])
def test_translations_keep_the_redaction_markers_survivors_see(code):
    # The stored text holds "[phone]", "[removed]" in English whatever the language; a text that
    # explains them must show them as they appear.
    changed = [(english, translated) for english, translated in _messages(code)
               if sorted(MARKER.findall(english)) != sorted(MARKER.findall(translated))]
    assert changed == []


@pytest.mark.parametrize("code", SHIPPED_LANGUAGES)
def test_every_survey_and_its_indicators_are_offered_in_each_language(code):
    surveys = SurveyCatalogue(PROJECT_ROOT / "surveys")
    for key in list(surveys.keys()):
        for version in surveys.versions(key):
            assert code in surveys.get(key, version).languages, (key, version)
        for indicator in indicators(surveys, key):
            assert indicator.label.get(code, "").strip(), (key, indicator.question)
