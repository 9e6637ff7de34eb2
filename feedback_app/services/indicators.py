"""Outcome indicators: what each survey's choice questions measure, from ``indicators.toml``.

The file sits beside a survey's versions (``surveys/<key>/indicators.toml``) rather than in them,
so published versions are never edited and a question keeps its meaning across versions: an
indicator is a question key, its outcome domain, and which options count as positive, as
partly, or as no response at all ("not needed"). Any other option counts as negative.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from feedback_app.services.survey_translations import added_languages, label_in_added_languages
from feedback_app.services.surveys import SurveyCatalogue, SurveyError, Translations, text_in

# After the survivor-driven Modern Slavery Core Outcome Set and the IJM Assessment of Survivor
# Outcomes; the names people read are in feedback_app/labels.py.
DOMAINS = ("safety", "housing", "respect", "health", "legal", "education", "livelihood",
           "social_support", "continuity")


class IndicatorError(SurveyError):
    """An indicator file is malformed or does not match its survey."""


@dataclass(frozen=True)
class Indicator:
    question: str
    domain: str
    positive: frozenset[str]
    partly: frozenset[str]
    excluded: frozenset[str]
    label: Translations

    def counts_as(self, choice: str) -> str | None:
        """'positive', 'partly', 'negative', or None for an option that is no response."""
        if choice in self.excluded:
            return None
        if choice in self.positive:
            return "positive"
        return "partly" if choice in self.partly else "negative"

    def name(self, language: str) -> str:
        return text_in(self.label, language)


def _options(raw: dict[str, Any], field: str, where: str) -> frozenset[str]:
    found = raw.get(field, [])
    if not isinstance(found, list) or not all(isinstance(o, str) for o in found):
        raise IndicatorError(f"{where}: {field} must be a list of options")
    return frozenset(found)


def _indicator(raw: Any, catalogue: SurveyCatalogue, key: str) -> Indicator:
    if not isinstance(raw, dict):
        raise IndicatorError(f"{key} indicators: each entry must be a table")
    question, domain = raw.get("question", ""), raw.get("domain", "")
    where = f"{key} indicator {question!r}"
    if domain not in DOMAINS:
        raise IndicatorError(f"{where}: domain must be one of {', '.join(DOMAINS)}")
    positive, partly, excluded = (_options(raw, f, where) for f in ("positive", "partly",
                                                                    "excluded"))
    if not positive or positive & partly or (positive | partly) & excluded:
        raise IndicatorError(f"{where}: needs positive options, each option in one list only")
    surveys = [catalogue.get(key, v) for v in catalogue.versions(key)]
    asked = [(s, s.question(question)) for s in surveys]
    asked = [(s, q) for s, q in asked if q is not None]
    if not asked or any(q.kind != "choice" for _s, q in asked):
        raise IndicatorError(f"{where}: no choice question of that key in any version")
    for survey, q in asked:
        unknown = (positive | partly | excluded) - set(survey.scales[q.scale or ""].options)
        if unknown:
            raise IndicatorError(f"{where}: v{survey.version} has no option {sorted(unknown)}")
    label = raw.get("label")
    newest = surveys[-1]
    if isinstance(label, dict):
        label = label_in_added_languages(label, newest.languages,
                                         added_languages(catalogue.directory))
    if not isinstance(label, dict) or any(not isinstance(label.get(lang), str)
                                          or not label[lang].strip()
                                          for lang in newest.languages):
        raise IndicatorError(f"{where}: needs a label in {', '.join(newest.languages)}")
    return Indicator(question, domain, positive, partly, excluded, dict(label))


def indicators(catalogue: SurveyCatalogue, key: str) -> tuple[Indicator, ...]:
    """The indicators of survey ``key`` in file order; none if it has no file. Raises
    IndicatorError for a file that does not match its survey's versions."""
    path = catalogue.directory / key / "indicators.toml"
    if not catalogue.versions(key) or not path.is_file():
        return ()
    return _load(path, catalogue.directory)


@cache
def _load(path: Path, directory: Path) -> tuple[Indicator, ...]:
    with path.open("rb") as f:
        try:
            raw = tomllib.load(f)
        except tomllib.TOMLDecodeError as error:
            raise IndicatorError(f"{path.parent.name} indicators: {error}") from error
    catalogue = SurveyCatalogue(directory)
    found = tuple(_indicator(entry, catalogue, path.parent.name)
                  for entry in raw.get("indicators", ()))
    keys = [i.question for i in found]
    if len(keys) != len(set(keys)):
        raise IndicatorError(f"{path.parent.name} indicators: a question is mapped twice")
    return found
