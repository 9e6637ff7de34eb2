"""Templates show a survey's texts through text_in and Survey.option_label, the rules of the survey
catalogue, and never pick a language out of the translations themselves."""

from __future__ import annotations

import re

import pytest
from flask import Flask, render_template_string

from feedback_app import create_app
from feedback_app.config import PROJECT_ROOT
from feedback_app.services.surveys import parse_survey
from tests.apps import config_for_tests
from tests.unit.test_surveys import minimal

TEMPLATES = PROJECT_ROOT / "feedback_app" / "templates"
# A language's text picked from a translations table, or an option label looked up, by hand.
BY_HAND = re.compile(r"\.get\(lang\)|\.en\b|\[['\"]en['\"]\]|dict\(survey\.options")


def test_no_template_picks_a_language_from_the_translations_itself():
    found = [f"{path.relative_to(TEMPLATES)}: {line.strip()}"
             for path in sorted(TEMPLATES.rglob("*.html"))
             for line in path.read_text(encoding="utf-8").splitlines() if BY_HAND.search(line)]
    assert found == []


@pytest.fixture
def templating() -> Flask:
    """The app as create_app makes it, templates and all; no database is opened."""
    return create_app(config_for_tests("sqlite://"))


@pytest.mark.parametrize(("texts", "language", "shown"), [
    ({"en": "How you were treated", "es": "Cómo te trataron"}, "es", "Cómo te trataron"),
    ({"en": "How you were treated", "es": "Cómo te trataron"}, "ar", "How you were treated"),
    ({"en": "How you were treated", "es": ""}, "es", "How you were treated"),
    ({"es": "Cómo te trataron"}, "fr", ""),
])
def test_the_template_global_shows_the_language_or_english(templating, texts, language, shown):
    with templating.test_request_context():
        assert render_template_string("{{ text_in(texts, lang) }}", texts=texts,
                                      lang=language) == shown


@pytest.mark.parametrize(("value", "language", "shown"), [
    ("yes", "es", "Sí"),
    ("no", "en", "No"),
    ("yes", "fr", "Yes"),  # a language the scale has no labels in: English
    ("partly", "es", "partly"),  # no longer an option of the scale: the stored value
])
def test_an_option_label_is_in_the_language_or_the_value_itself(value, language, shown):
    survey = parse_survey(minimal(), key="demo", version=1)
    assert survey.option_label(survey.questions()[0], value, language) == shown
