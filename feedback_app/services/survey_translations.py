"""Survey texts in languages a published file does not carry.

A published survey version is never edited, yet a deployment that adds a language must be able to
offer every survey in it. So each added language has one file, ``surveys/translations/<lang>.toml``,
that maps each English text of the surveys (titles, page headings, questions, hints, option labels,
indicator labels) to its translation, the way a gettext catalogue maps a message. A version is
offered in that language when every one of its English texts is there; a new version that rewords
a question is not offered in it until the new wording is translated, so no survivor ever reads a
translation of a question the survey no longer asks.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from feedback_app.services.errors import Reason, ServiceError

FOLDER = "translations"

TextTable = Mapping[str, str]  # English text -> translation


class SurveyTranslationError(ServiceError):
    """A file of survey translations is malformed."""

    reason = Reason.UNAVAILABLE


@cache
def added_languages(directory: Path) -> dict[str, TextTable]:
    """Each added language's table of survey texts, from ``<directory>/translations``."""
    folder = Path(directory) / FOLDER
    tables: dict[str, TextTable] = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise SurveyTranslationError(f"{path.name}: {error}") from error
        texts = raw.get("texts")
        if raw.get("language") != path.stem or not isinstance(texts, dict) or not all(
                isinstance(v, str) and v.strip() for v in texts.values()):
            raise SurveyTranslationError(
                f"{path.name}: needs language = \"{path.stem}\" and a [texts] table of text = text")
        tables[path.stem] = dict(texts)
    return tables


def _translatable(raw: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every table of a survey definition that holds one text in each of its languages."""
    if isinstance(raw.get("title"), dict):
        yield raw["title"]
    for page in raw.get("pages", ()):
        if isinstance(page.get("heading"), dict):
            yield page["heading"]
        for question in page.get("questions", ()):
            for field in ("prompt", "hint"):
                if isinstance(question.get(field), dict):
                    yield question[field]


def _scale_labels(raw: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for scale in raw.get("scales", {}).values():
        if isinstance(scale, dict) and isinstance(scale.get("labels"), dict):
            yield scale["labels"]


def english_texts(raw: dict[str, Any]) -> set[str]:
    """The English texts of a survey definition that a translation must cover."""
    found = {str(table.get("en", "")) for table in _translatable(raw)}
    for labels in _scale_labels(raw):
        found.update(str(label) for label in dict(labels.get("en", {})).values())
    return found - {""}


def with_added_languages(raw: dict[str, Any], tables: Mapping[str, TextTable]) -> dict[str, Any]:
    """The definition with every added language whose table translates all of its texts."""
    wanted = english_texts(raw)
    have = list(raw.get("languages", ()))
    complete = [lang for lang, table in tables.items()
                if lang not in have and wanted <= table.keys()]
    if not complete:
        return raw
    raw = copy.deepcopy(raw)
    for lang in complete:
        table = tables[lang]
        for texts in _translatable(raw):
            texts[lang] = table[texts["en"]]
        for labels in _scale_labels(raw):
            labels[lang] = {option: table[label] for option, label in labels["en"].items()}
    raw["languages"] = have + complete
    return raw


def label_in_added_languages(label: dict[str, str], languages: tuple[str, ...],
                             tables: Mapping[str, TextTable]) -> dict[str, str]:
    """An indicator's label with its translations into the added languages that have one."""
    english = label.get("en", "")
    return {**{lang: tables[lang][english] for lang in languages
               if lang not in label and lang in tables and english in tables[lang]}, **label}
