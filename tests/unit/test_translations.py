"""Every interface text is translated into every shipped language, and the compiled catalogues
match their sources."""

from __future__ import annotations

import re

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from feedback_app.config import PROJECT_ROOT

TRANSLATIONS = PROJECT_ROOT / "feedback_app" / "translations"
LANGUAGES = ("es", "fr", "pt", "ar")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def catalogue(language: str):
    with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale=language)


def marked_strings() -> set[str]:
    """Every string the templates and code mark for translation, found by a plain scan."""
    found: set[str] = set()
    pattern = re.compile(r"""\b_l?\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")
    sources = [*(PROJECT_ROOT / "feedback_app").rglob("*.html"),
               *(p for p in (PROJECT_ROOT / "feedback_app").rglob("*.py")
                 if "theming" not in p.parts)]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        # Implicit concatenation of adjacent literals inside one call, as Python does.
        text = re.sub(r'"\s*\n\s*"', "", text)
        for double, single in pattern.findall(text):
            found.add(double or single)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    source = catalogue(language)
    assert not source.fuzzy, "a fuzzy catalogue is skipped by pybabel compile"
    messages = [m for m in source if m.id]
    assert len(messages) >= 80
    untranslated = [m.id for m in messages if not m.string or m.fuzzy]
    assert untranslated == []
    for message in messages:
        assert sorted(PLACEHOLDER.findall(message.id)) == sorted(
            PLACEHOLDER.findall(message.string)), message.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_covers_every_marked_string(language):
    ids = {m.id for m in catalogue(language) if m.id}
    missing = marked_strings() - ids
    assert missing == set(), "run pybabel extract and update (see feedback_app/babel.cfg)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.mo").open("rb") as f:
        compiled = {m.id: m.string for m in read_mo(f) if m.id}
    source = {m.id: m.string for m in catalogue(language) if m.id}
    assert compiled == source, "run pybabel compile -d feedback_app/translations"
