"""Every interface text is translated into every shipped language, and the compiled catalogues
match their sources."""

from __future__ import annotations

import ast
import re

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from feedback_app.config import PROJECT_ROOT, SHIPPED_LANGUAGES

TRANSLATIONS = PROJECT_ROOT / "feedback_app" / "translations"
LANGUAGES = tuple(code for code in SHIPPED_LANGUAGES if code != "en")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def catalogue(language: str):
    with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale=language)


FEEDBACK_APP = PROJECT_ROOT / "feedback_app"
# What survivors and the public read: the survivor flow, /r, SMS, the change log, error pages.
SURVIVOR_FACING = ("templates/survivor", "templates/public", "templates/base.html",
                   "templates/errors.html", "templates/macros.html", "survivor", "public",
                   "security.py", "sms")


def _sources(only: tuple[str, ...] | None = None) -> list:
    paths = [*FEEDBACK_APP.rglob("*.html"),
             *(p for p in FEEDBACK_APP.rglob("*.py") if "theming" not in p.parts)]
    if only is None:
        return paths
    return [p for p in paths if any(str(p.relative_to(FEEDBACK_APP)).startswith(prefix)
                                    for prefix in only)]


def marked_strings(only: tuple[str, ...] | None = None) -> set[str]:
    """Every string the templates and code mark for translation, found by a plain scan."""
    found: set[str] = set()
    pattern = re.compile(r"""\b(?:_l?|ngettext)\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")
    for path in _sources(only):
        text = path.read_text(encoding="utf-8")
        # Implicit concatenation of adjacent literals inside one call, as Python does.
        text = re.sub(r'"\s*\n\s*"', "", text)
        for double, single in pattern.findall(text):
            literal = double or single
            if "\\" in literal:  # an escape such as \u201c in Python source: read it as Python does
                literal = ast.literal_eval(f'"{literal}"' if double else f"'{literal}'")
            found.add(literal)
    return found


def _key(message) -> str:
    return message.id[0] if isinstance(message.id, tuple) else message.id


def _hashable(value):
    return tuple(value) if isinstance(value, list | tuple) else value


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings) and not message.fuzzy


def _untranslated(language: str, only: tuple[str, ...] | None) -> list[str]:
    source = catalogue(language)
    assert not source.fuzzy, "a fuzzy catalogue is skipped by pybabel compile"
    wanted = marked_strings(only) if only else None
    return [_key(m) for m in source if m.id and not _translated(m)
            and (wanted is None or _key(m) in wanted)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_survivor_and_public_message_is_translated(language):
    assert len(marked_strings(SURVIVOR_FACING)) >= 80
    assert _untranslated(language, SURVIVOR_FACING) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    assert _untranslated(language, None) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(language):
    for message in catalogue(language):
        if not message.id or not _translated(message):
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            assert sorted(set(PLACEHOLDER.findall(ids[-1]))) == sorted(
                set(PLACEHOLDER.findall(string))), (message.id, string)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_covers_every_marked_string(language):
    ids = {_key(m) for m in catalogue(language) if m.id}
    missing = marked_strings() - ids
    assert missing == set(), "run pybabel extract and update (see feedback_app/babel.cfg)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    with (TRANSLATIONS / language / "LC_MESSAGES" / "messages.mo").open("rb") as f:
        compiled = {_hashable(m.id): _hashable(m.string) for m in read_mo(f) if m.id}
    # Untranslated texts are left out of the compiled file (they show in English).
    source = {_hashable(m.id): _hashable(m.string) for m in catalogue(language)
              if m.id and _translated(m)}
    stale = {key: compiled.get(key) for key in source if compiled.get(key) != source[key]}
    assert stale == {}, "run pybabel compile -d feedback_app/translations"
