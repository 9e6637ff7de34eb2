"""Survey definitions: every shipped survey loads complete; malformed ones are refused."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from feedback_app.config import PROJECT_ROOT, SHIPPED_LANGUAGES
from feedback_app.services.surveys import SurveyCatalogue, SurveyError, parse_survey

SHIPPED = ("shelter", "legal-aid", "case-management", "health", "job-training")
LANGUAGES = SHIPPED_LANGUAGES


@pytest.mark.parametrize("key", SHIPPED)
def test_shipped_survey_is_complete_in_every_language(key):
    survey = SurveyCatalogue(PROJECT_ROOT / "surveys").get(key)
    assert set(LANGUAGES) <= set(survey.languages)
    kinds = {q.kind for q in survey.questions()}
    assert kinds == {"choice", "text"}
    keys = {q.key for q in survey.questions()}
    assert {"should_change", "worked_well"} <= keys
    for question in survey.questions():
        for language in LANGUAGES:
            assert question.prompt[language].strip()
            if question.kind == "choice":
                assert len(survey.options(question, language)) >= 2


def minimal() -> dict:
    return {
        "key": "demo", "version": 1, "languages": ["en", "es"],
        "title": {"en": "Demo", "es": "Demo"},
        "scales": {"yn": {"options": ["yes", "no"],
                          "labels": {"en": {"yes": "Yes", "no": "No"},
                                     "es": {"yes": "Sí", "no": "No"}}}},
        "pages": [{"key": "p", "heading": {"en": "Page", "es": "Página"}, "questions": [
            {"key": "safe", "kind": "choice", "scale": "yn",
             "prompt": {"en": "Safe?", "es": "¿Segura?"}},
            {"key": "change", "kind": "text", "prompt": {"en": "Change?", "es": "¿Cambio?"}},
        ]}],
    }


def test_minimal_definition_loads():
    survey = parse_survey(minimal(), key="demo", version=1)
    assert [q.key for q in survey.questions()] == ["safe", "change"]
    assert survey.options(survey.questions()[0], "es") == [("yes", "Sí"), ("no", "No")]


@pytest.mark.parametrize("breaks", [
    lambda d: d["pages"][0]["questions"][0]["prompt"].pop("es"),
    lambda d: d["scales"]["yn"]["labels"]["es"].pop("no"),
    lambda d: d["pages"][0]["questions"][0].update(scale="missing"),
    lambda d: d["pages"][0]["questions"][1].update(kind="slider"),
    lambda d: d["pages"][0]["questions"][1].update(key="safe"),
    lambda d: d["pages"][0]["questions"][1].update(max_chars=100_000),
    lambda d: d.update(version=2),
    lambda d: d.update(languages=["es"]),
    lambda d: d.update(pages=[]),
])
def test_malformed_definitions_are_refused(breaks):
    definition = minimal()
    breaks(definition)
    with pytest.raises(SurveyError):
        parse_survey(definition, key="demo", version=1)


def test_catalogue_lists_versions_and_picks_the_newest(tmp_path: Path):
    folder = tmp_path / "demo"
    folder.mkdir()
    for version in (1, 2):
        definition = minimal() | {"version": version}
        text = tomllib_dump(definition)
        (folder / f"v{version}.toml").write_text(text, encoding="utf-8")
    (folder / "notes.txt").write_text("ignored", encoding="utf-8")
    catalogue = SurveyCatalogue(tmp_path)
    assert catalogue.keys() == ["demo"]
    assert catalogue.versions("demo") == [1, 2]
    assert catalogue.get("demo").version == 2
    assert catalogue.get("demo", 1).version == 1
    with pytest.raises(SurveyError):
        catalogue.get("demo", 3)
    with pytest.raises(SurveyError):
        catalogue.get("../etc")


def tomllib_dump(value: dict) -> str:
    """A tiny TOML writer for the test: JSON-like inline tables are valid TOML values."""
    import json

    lines = [f"{key} = {json.dumps(val) if not isinstance(val, dict | list) else inline(val)}"
             for key, val in value.items()]
    text = "\n".join(lines)
    tomllib.loads(text)  # what we wrote must parse
    return text


def inline(value) -> str:
    import json

    if isinstance(value, dict):
        return "{ " + ", ".join(f'"{k}" = {inline(v)}' for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(inline(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)
