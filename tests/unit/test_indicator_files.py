"""Every survey's indicator file matches every version of its survey, read as plain TOML.

The file is read here without the app's own loader, so a loader that grew lenient could not
hide a file that says something the surveys do not: an option no version offers, a question
counted under two indicators, a choice question nobody counts, or a kind of programme whose
newest survey no longer asks about what matters most for it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from feedback_app.config import PROJECT_ROOT

SURVEYS = PROJECT_ROOT / "surveys"
SHIPPED = ("shelter", "legal-aid", "case-management", "health", "job-training")
DOMAINS = {"safety", "housing", "respect", "health", "legal", "education", "livelihood",
           "social_support", "continuity"}
# What each kind of programme's newest survey must ask about, after the Modern Slavery Core
# Outcome Set: what a survivor most needs from that kind of help.
DOMAINS_OF_A_KIND = {
    "shelter": {"safety", "housing", "health", "social_support"},
    "legal-aid": {"legal", "safety", "respect"},
    "case-management": {"continuity", "social_support", "housing", "safety"},
    "health": {"health", "respect", "safety"},
    "job-training": {"livelihood", "education"},
}


def versions(key: str, surveys: Path = SURVEYS) -> dict[int, dict[str, Any]]:
    found = {}
    for path in (surveys / key).glob("v*.toml"):
        with path.open("rb") as f:
            found[int(path.stem[1:])] = tomllib.load(f)
    return dict(sorted(found.items()))


def indicator_file(key: str, surveys: Path = SURVEYS) -> list[dict[str, Any]]:
    with (surveys / key / "indicators.toml").open("rb") as f:
        return tomllib.load(f)["indicators"]


def choice_questions(survey: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Each choice question's key, with the options of its scale."""
    return {q["key"]: tuple(survey["scales"][q["scale"]]["options"])
            for page in survey["pages"] for q in page["questions"] if q["kind"] == "choice"}


def wrong_options(key: str, surveys: Path = SURVEYS) -> list[str]:
    """Indicators naming no choice question, or options its scale lacks in a version."""
    asked = {v: choice_questions(s) for v, s in versions(key, surveys).items()}
    found = []
    for indicator in indicator_file(key, surveys):
        question = indicator["question"]
        having = {v: qs[question] for v, qs in asked.items() if question in qs}
        counted = [*indicator["positive"], *indicator["partly"], *indicator["excluded"]]
        if not having:
            found.append(f"{question}: no choice question of that key in any version")
        if not indicator["positive"] or len(counted) != len(set(counted)):
            found.append(f"{question}: needs positive options, each in one list only")
        found += [f"{question}: v{v} has no option {sorted(set(counted) - set(options))}"
                  for v, options in having.items() if not set(counted) <= set(options)]
    return found


def wrong_domains_or_labels(key: str, surveys: Path = SURVEYS) -> list[str]:
    newest = list(versions(key, surveys).values())[-1]
    found = []
    for indicator in indicator_file(key, surveys):
        if indicator["domain"] not in DOMAINS:
            found.append(f"{indicator['question']}: unknown domain {indicator['domain']!r}")
        label = indicator.get("label", {})
        found += [f"{indicator['question']}: no label in {language}"
                  for language in newest["languages"]
                  if not isinstance(label.get(language), str) or not label[language].strip()]
    return found


def uncounted_or_twice(key: str, surveys: Path = SURVEYS) -> list[str]:
    mapped = [indicator["question"] for indicator in indicator_file(key, surveys)]
    found = [f"{q}: mapped twice" for q in sorted(set(mapped)) if mapped.count(q) > 1]
    for version, survey in versions(key, surveys).items():
        found += [f"v{version} {q}: counted nowhere"
                  for q in sorted(set(choice_questions(survey)) - set(mapped))]
    return found


def missing_domains(key: str, surveys: Path = SURVEYS) -> set[str]:
    newest = list(versions(key, surveys).values())[-1]
    asked = set(choice_questions(newest))
    covered = {i["domain"] for i in indicator_file(key, surveys) if i["question"] in asked}
    return DOMAINS_OF_A_KIND[key] - covered


CHECKS = (wrong_options, wrong_domains_or_labels, uncounted_or_twice, missing_domains)


def test_every_shipped_survey_has_an_indicator_file_and_a_second_version():
    assert sorted(p.parent.name for p in SURVEYS.glob("*/indicators.toml")) == sorted(SHIPPED)
    for key in SHIPPED:
        assert 2 in versions(key), key


@pytest.mark.parametrize("key", SHIPPED)
def test_each_indicator_counts_options_of_its_question_in_every_version_that_asks_it(key):
    assert wrong_options(key) == []


@pytest.mark.parametrize("key", SHIPPED)
def test_each_indicator_has_a_known_domain_and_a_label_in_every_language_of_the_newest(key):
    assert wrong_domains_or_labels(key) == []


@pytest.mark.parametrize("key", SHIPPED)
def test_every_choice_question_of_every_version_is_counted_exactly_once(key):
    assert uncounted_or_twice(key) == []


@pytest.mark.parametrize("key", SHIPPED)
def test_the_newest_version_asks_about_the_domains_its_kind_of_programme_should(key):
    assert missing_domains(key) == set()


@pytest.mark.parametrize("key", SHIPPED)
def test_the_second_version_keeps_every_question_of_the_first_with_its_options(key):
    first, second = versions(key)[1], versions(key)[2]
    kept = {q["key"]: q for page in second["pages"] for q in page["questions"]}
    for page in first["pages"]:
        for question in page["questions"]:
            assert question["key"] in kept, (key, question["key"])
            again = kept[question["key"]]
            assert again["kind"] == question["kind"], (key, question["key"])
            if question["kind"] == "choice":
                # A question keeps its meaning: the same options, so answers stay comparable.
                assert (second["scales"][again["scale"]]["options"]
                        == first["scales"][question["scale"]]["options"]), (key, question["key"])


@pytest.mark.parametrize("key", SHIPPED)
def test_the_newest_version_stays_short_enough_for_a_cheap_phone(key):
    newest = list(versions(key).values())[-1]
    assert sum(len(page["questions"]) for page in newest["pages"]) <= 13, key


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BREAKS = {
    "a misspelt option": (wrong_options, "indicators.toml", 'positive = ["yes"]',
                          'positive = ["yess"]'),
    "a question no version asks": (wrong_options, "indicators.toml", 'question = "felt_safe"',
                                   'question = "felt_safer"'),
    "an option in two lists": (wrong_options, "indicators.toml", 'partly = ["partly"]',
                               'partly = ["partly", "yes"]'),
    "an unknown domain": (wrong_domains_or_labels, "indicators.toml", 'domain = "safety"',
                          'domain = "safeness"'),
    "a label missing in Arabic": (wrong_domains_or_labels, "indicators.toml",
                                  'ar = "الشعور بالأمان"\n', ""),
    "a question mapped twice": (uncounted_or_twice, "indicators.toml",
                                'question = "respected"', 'question = "felt_safe"'),
    "a choice question counted nowhere": (uncounted_or_twice, "v2.toml",
                                          'key = "health_care"', 'key = "health_care_now"'),
    "a kind of programme's domain left out": (missing_domains, "indicators.toml",
                                              'domain = "housing"', 'domain = "respect"'),
}


@pytest.mark.parametrize("broken", BREAKS.values(), ids=BREAKS.keys())
def test_each_check_finds_the_mistake_it_is_for(tmp_path: Path, broken):
    # Given a copy of the shelter survey that is right for every check
    check, name, old, new = broken
    copy = tmp_path / "shelter"
    copy.mkdir()
    for path in (SURVEYS / "shelter").iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    assert [c("shelter", tmp_path) for c in CHECKS] == [[], [], [], set()]
    # When one mistake is made in it
    _replace(copy / name, old, new)
    # Then the check for that kind of mistake finds it
    assert check("shelter", tmp_path)
