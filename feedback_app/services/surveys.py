"""Survey definitions: versioned TOML files under ``surveys/<key>/v<N>.toml``.

A published version is never edited; a change is a new file. Every text carries its own
translations, and a definition is rejected at load time if any language lacks one. Languages
added later come from ``surveys/translations/`` (services/survey_translations.py).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from feedback_app.services.errors import Reason, ServiceError
from feedback_app.services.survey_translations import added_languages, with_added_languages

QUESTION_KINDS = ("choice", "text")
TEXT_MAX_CHARS_LIMIT = 4000
_KEY = re.compile(r"^[a-z][a-z0-9_-]{0,78}$")
_FILE = re.compile(r"^v([1-9][0-9]*)\.toml$")


class SurveyError(ServiceError):
    """A survey definition is missing or malformed."""

    reason = Reason.UNAVAILABLE


Translations = dict[str, str]


@dataclass(frozen=True)
class Question:
    key: str
    kind: str
    prompt: Translations
    hint: Translations = field(default_factory=dict)
    scale: str | None = None
    max_chars: int = 2000


@dataclass(frozen=True)
class Page:
    key: str
    heading: Translations
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Scale:
    options: tuple[str, ...]
    labels: dict[str, Translations]  # language -> option -> label


@dataclass(frozen=True)
class Survey:
    key: str
    version: int
    languages: tuple[str, ...]
    title: Translations
    scales: dict[str, Scale]
    pages: tuple[Page, ...]

    def questions(self) -> list[Question]:
        return [q for page in self.pages for q in page.questions]

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions() if q.key == key), None)

    def options(self, question: Question, language: str) -> list[tuple[str, str]]:
        """The (value, label) pairs of a choice question in a language."""
        scale = self.scales[question.scale or ""]
        labels = scale.labels.get(language) or scale.labels["en"]
        return [(option, labels[option]) for option in scale.options]

    def option_label(self, question: Question, value: str, language: str) -> str:
        """An option's label in a language; the value itself if the scale no longer has it."""
        return dict(self.options(question, language)).get(value, value)


def text_in(translations: Translations, language: str) -> str:
    """The text in a language, falling back to English."""
    return translations.get(language) or translations.get("en", "")


def _translations(raw: Any, languages: tuple[str, ...], where: str) -> Translations:
    if not isinstance(raw, dict) or not all(isinstance(v, str) and v.strip() for v in raw.values()):
        raise SurveyError(f"{where}: expected a table of language = text")
    missing = [lang for lang in languages if lang not in raw]
    if missing:
        raise SurveyError(f"{where}: no text for {', '.join(missing)}")
    return dict(raw)


def _scale(name: str, raw: dict[str, Any], languages: tuple[str, ...]) -> Scale:
    options = tuple(raw.get("options", ()))
    if not options or not all(isinstance(o, str) and _KEY.match(o) for o in options):
        raise SurveyError(f"scale {name}: options must be a list of keys")
    labels = raw.get("labels", {})
    for lang in languages:
        got = labels.get(lang, {})
        if set(got) != set(options):
            raise SurveyError(f"scale {name}: labels in {lang} must name exactly {options}")
    return Scale(options=options, labels={lang: dict(labels[lang]) for lang in languages})


def _question(raw: dict[str, Any], survey: dict[str, Any], langs: tuple[str, ...]) -> Question:
    key, kind = raw.get("key", ""), raw.get("kind", "")
    if not _KEY.match(key) or kind not in QUESTION_KINDS:
        raise SurveyError(f"question {key!r}: needs a key and a kind in {QUESTION_KINDS}")
    scale = raw.get("scale")
    if kind == "choice" and scale not in survey.get("scales", {}):
        raise SurveyError(f"question {key}: unknown scale {scale!r}")
    max_chars = int(raw.get("max_chars", 2000))
    if not 1 <= max_chars <= TEXT_MAX_CHARS_LIMIT:
        raise SurveyError(f"question {key}: max_chars must be 1..{TEXT_MAX_CHARS_LIMIT}")
    hint = _translations(raw["hint"], langs, f"{key}.hint") if "hint" in raw else {}
    return Question(
        key=key,
        kind=kind,
        prompt=_translations(raw.get("prompt"), langs, f"{key}.prompt"),
        hint=hint,
        scale=scale,
        max_chars=max_chars,
    )


def parse_survey(raw: dict[str, Any], *, key: str, version: int) -> Survey:
    """Build a Survey from parsed TOML, checking that it is complete in every language."""
    if raw.get("key") != key or raw.get("version") != version:
        raise SurveyError(f"{key} v{version}: key and version must match the file's path")
    langs = tuple(raw.get("languages", ()))
    if "en" not in langs:
        raise SurveyError(f"{key} v{version}: languages must include en")
    scales = {name: _scale(name, s, langs) for name, s in raw.get("scales", {}).items()}
    pages = []
    for page in raw.get("pages", ()):
        questions = tuple(_question(q, raw, langs) for q in page.get("questions", ()))
        if not questions:
            raise SurveyError(f"{key} v{version}: page {page.get('key')!r} has no questions")
        heading = _translations(page.get("heading"), langs, f"page {page.get('key')}")
        pages.append(Page(key=page.get("key", ""), heading=heading, questions=questions))
    keys = [q.key for p in pages for q in p.questions]
    if not pages or len(keys) != len(set(keys)):
        raise SurveyError(f"{key} v{version}: needs pages, and question keys must be unique")
    title = _translations(raw.get("title"), langs, "title")
    return Survey(key, version, langs, title, scales, tuple(pages))


class SurveyCatalogue:
    """The published surveys found in one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def versions(self, key: str) -> list[int]:
        folder = self.directory / key
        if not _KEY.match(key) or not folder.is_dir():
            return []
        found = (_FILE.match(p.name) for p in folder.iterdir())
        return sorted(int(m.group(1)) for m in found if m)

    def keys(self) -> list[str]:
        if not self.directory.is_dir():
            return []
        return sorted(p.name for p in self.directory.iterdir() if self.versions(p.name))

    def get(self, key: str, version: int | None = None) -> Survey:
        """The survey ``key`` at ``version`` (newest if None); raises SurveyError."""
        versions = self.versions(key)
        if not versions or (version is not None and version not in versions):
            raise SurveyError(f"no published survey {key} v{version or 'latest'}")
        return _load(self.directory / key / f"v{version or versions[-1]}.toml")


@cache
def _load(path: Path) -> Survey:
    with path.open("rb") as f:
        raw = tomllib.load(f)
    match = _FILE.match(path.name)
    assert match  # versions() only lists matching files
    raw = with_added_languages(raw, added_languages(path.parent.parent))
    return parse_survey(raw, key=path.parent.name, version=int(match.group(1)))
